import type { Kysely, Migration } from "kysely";

/** The risk room's tables, and the mandate a task was confirmed with (for resume after a crash). */
export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("agent_tasks").addColumn("mandate_id", "varchar(40)").execute();
    await db.schema
      .createTable("risk_keys")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("algorithm", "varchar(16)", (column) => column.notNull())
      .addColumn("public_key", "text", (column) => column.notNull())
      .addColumn("private_key", "text")
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createTable("risk_mandates")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("task_id", "varchar(40)", (column) => column.notNull())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("cart_hash", "varchar(80)", (column) => column.notNull())
      .addColumn("reference", "varchar(80)", (column) => column.notNull())
      .addColumn("payee", "varchar(80)", (column) => column.notNull())
      .addColumn("amount_fen", "integer", (column) => column.notNull())
      .addColumn("kid", "varchar(40)", (column) => column.notNull())
      .addColumn("token", "text", (column) => column.notNull())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addUniqueConstraint("risk_mandates_task_cart", ["task_id", "cart_hash"])
      .execute();
    await db.schema
      .createIndex("risk_mandates_user")
      .on("risk_mandates")
      .columns(["user_id", "created_at"])
      .execute();
    await db.schema
      .createTable("risk_policies")
      .addColumn("user_id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("per_order_limit_fen", "integer", (column) => column.notNull())
      .addColumn("daily_limit_fen", "integer", (column) => column.notNull())
      .addColumn("merchant_allow", "text", (column) => column.notNull())
      .addColumn("merchant_block", "text", (column) => column.notNull())
      .addColumn("auto_approve_fen", "integer", (column) => column.notNull())
      .addColumn("step_up_above_fen", "integer", (column) => column.notNull())
      .addColumn("pin_hash", "varchar(200)")
      .addColumn("pin_failures", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("pin_locked_until", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createTable("risk_audit")
      .addColumn("seq", "integer", (column) => column.primaryKey())
      .addColumn("at", "bigint", (column) => column.notNull())
      .addColumn("type", "varchar(40)", (column) => column.notNull())
      .addColumn("actor", "varchar(60)", (column) => column.notNull())
      .addColumn("data", "text", (column) => column.notNull())
      .addColumn("prev_hash", "varchar(80)", (column) => column.notNull())
      .addColumn("hash", "varchar(80)", (column) => column.notNull())
      .execute();
  },
};
