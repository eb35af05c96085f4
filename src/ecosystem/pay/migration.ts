import { type Kysely, type Migration, PostgresAdapter, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<any>) {
    // Journals need an auto-increasing sequence so a statement lists same-millisecond movements in
    // the order they happened; SQLite and Postgres spell that differently, and nothing else here does.
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

    await db.schema
      .createTable("pay_accounts")
      .addColumn("id", "varchar(120)", (column) => column.primaryKey())
      .addColumn("kind", "varchar(32)", (column) => column.notNull())
      .addColumn("owner", "varchar(100)", (column) => column.notNull())
      .addColumn("currency", "varchar(3)", (column) => column.notNull())
      .addColumn("balance_fen", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("allow_negative", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addCheckConstraint("pay_accounts_no_overdraft", sql`allow_negative = 1 or balance_fen >= 0`)
      .execute();
    await db.schema.createIndex("pay_accounts_owner").on("pay_accounts").column("owner").execute();

    await db.schema
      .createTable("pay_journals")
      .addColumn("seq", postgres ? "bigserial" : "integer", (column) =>
        postgres ? column.primaryKey() : column.primaryKey().autoIncrement(),
      )
      .addColumn("id", "varchar(40)", (column) => column.notNull().unique())
      .addColumn("kind", "varchar(32)", (column) => column.notNull())
      .addColumn("intent_id", "varchar(40)")
      .addColumn("description", "varchar(300)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("pay_journals_intent").on("pay_journals").column("intent_id").execute();

    await db.schema
      .createTable("pay_entries")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("journal_id", "varchar(40)", (column) => column.notNull())
      .addColumn("account_id", "varchar(120)", (column) => column.notNull())
      .addColumn("amount_fen", "bigint", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("pay_entries_journal").on("pay_entries").column("journal_id").execute();
    await db.schema.createIndex("pay_entries_account").on("pay_entries").column("account_id").execute();

    await db.schema
      .createTable("pay_payment_methods")
      .addColumn("id", "varchar(60)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("kind", "varchar(16)", (column) => column.notNull())
      .addColumn("label_zh", "varchar(100)", (column) => column.notNull())
      .addColumn("label_en", "varchar(100)", (column) => column.notNull())
      .addColumn("bank", "varchar(60)")
      .addColumn("last4", "varchar(4)")
      .addColumn("funding_account_id", "varchar(120)", (column) => column.notNull())
      .addColumn("is_default", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("pay_payment_methods_user")
      .on("pay_payment_methods")
      .column("user_id")
      .execute();

    await db.schema
      .createTable("pay_intents")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("amount_fen", "bigint", (column) => column.notNull())
      .addColumn("captured_fen", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("refunded_fen", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("fee_fen", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("fee_refunded_fen", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("currency", "varchar(3)", (column) => column.notNull())
      .addColumn("status", "varchar(32)", (column) => column.notNull())
      .addColumn("payee", "varchar(100)", (column) => column.notNull())
      .addColumn("payee_account_id", "varchar(120)", (column) => column.notNull())
      .addColumn("reference", "varchar(200)", (column) => column.notNull())
      .addColumn("description", "varchar(300)", (column) => column.notNull())
      .addColumn("payment_method_id", "varchar(60)", (column) => column.notNull())
      .addColumn("funding_account_id", "varchar(120)", (column) => column.notNull())
      .addColumn("hold_account_id", "varchar(120)", (column) => column.notNull())
      .addColumn("cancel_reason", "varchar(100)")
      .addColumn("authorized_at", "bigint")
      .addColumn("expires_at", "bigint")
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .addCheckConstraint(
        "pay_intents_amounts",
        sql`captured_fen <= amount_fen and refunded_fen <= captured_fen and fee_refunded_fen <= fee_fen`,
      )
      .execute();
    await db.schema.createIndex("pay_intents_user").on("pay_intents").column("user_id").execute();
    await db.schema
      .createIndex("pay_intents_expiry")
      .on("pay_intents")
      .columns(["status", "expires_at"])
      .execute();

    await db.schema
      .createTable("pay_refunds")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("intent_id", "varchar(40)", (column) => column.notNull())
      .addColumn("amount_fen", "bigint", (column) => column.notNull())
      .addColumn("reason", "varchar(200)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("pay_refunds_intent").on("pay_refunds").column("intent_id").execute();

    await db.schema
      .createTable("pay_idempotency_keys")
      .addColumn("scope", "varchar(60)", (column) => column.notNull())
      .addColumn("key", "varchar(200)", (column) => column.notNull())
      .addColumn("request_hash", "varchar(64)", (column) => column.notNull())
      .addColumn("state", "varchar(16)", (column) => column.notNull())
      .addColumn("claim", "varchar(40)", (column) => column.notNull())
      .addColumn("outcome", "text")
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .addPrimaryKeyConstraint("pay_idempotency_keys_pk", ["scope", "key"])
      .execute();
  },
};
