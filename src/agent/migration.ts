import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("agent_sessions")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("lang", "varchar(8)", (column) => column.notNull())
      .addColumn("state", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createTable("agent_turns")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("seq", "integer", (column) => column.notNull())
      .addColumn("role", "varchar(16)", (column) => column.notNull())
      .addColumn("text", "text", (column) => column.notNull())
      .addColumn("events", "text", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("agent_turns_session")
      .on("agent_turns")
      .columns(["session_id", "seq"])
      .execute();
    await db.schema
      .createTable("agent_tasks")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("kind", "varchar(32)", (column) => column.notNull())
      .addColumn("status", "varchar(32)", (column) => column.notNull())
      .addColumn("title", "varchar(300)", (column) => column.notNull())
      .addColumn("request", "text", (column) => column.notNull())
      .addColumn("quote", "text")
      .addColumn("cart_hash", "varchar(80)")
      .addColumn("quote_id", "varchar(60)")
      .addColumn("payment_intent_id", "varchar(60)")
      .addColumn("order_id", "varchar(60)")
      .addColumn("paid_fen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("refunded_fen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("error", "text")
      .addColumn("parent_task_id", "varchar(40)")
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("agent_tasks_user")
      .on("agent_tasks")
      .columns(["user_id", "status"])
      .execute();
    await db.schema.createIndex("agent_tasks_order").on("agent_tasks").column("order_id").execute();
    await db.schema
      .createTable("agent_task_steps")
      .addColumn("task_id", "varchar(40)", (column) => column.notNull())
      .addColumn("step", "varchar(40)", (column) => column.notNull())
      .addColumn("idempotency_key", "varchar(100)", (column) => column.notNull())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .addColumn("result", "text")
      .addColumn("started_at", "bigint", (column) => column.notNull())
      .addColumn("finished_at", "bigint")
      .addPrimaryKeyConstraint("agent_task_steps_pk", ["task_id", "step"])
      .execute();
    await db.schema
      .createTable("agent_notifications")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("task_id", "varchar(40)")
      .addColumn("text", "text", (column) => column.notNull())
      .addColumn("event", "text", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("agent_notifications_user")
      .on("agent_notifications")
      .columns(["user_id", "at"])
      .execute();
    await db.schema
      .createTable("agent_auth_tokens")
      .addColumn("token_hash", "varchar(80)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .execute();
  },
};
