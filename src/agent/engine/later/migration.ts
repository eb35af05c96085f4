import type { Kysely, Migration } from "kysely";

/** Reminders and recurring orders with their runs (issue 15). Times are epoch ms. */
export const laterMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("agent_reminders")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("user_id", "text", (column) => column.notNull())
      .addColumn("session_id", "text", (column) => column.notNull())
      .addColumn("note", "text", (column) => column.notNull())
      .addColumn("lang", "text", (column) => column.notNull())
      .addColumn("due_at", "bigint", (column) => column.notNull())
      .addColumn("status", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("delivered_at", "bigint")
      .execute();
    await db.schema
      .createIndex("agent_reminders_due")
      .on("agent_reminders")
      .columns(["status", "due_at"])
      .execute();
    await db.schema
      .createIndex("agent_reminders_user")
      .on("agent_reminders")
      .columns(["user_id", "status"])
      .execute();
    await db.schema
      .createTable("agent_recurring_orders")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("user_id", "text", (column) => column.notNull())
      .addColumn("session_id", "text", (column) => column.notNull())
      .addColumn("rule", "text", (column) => column.notNull())
      .addColumn("rule_text", "text", (column) => column.notNull())
      .addColumn("order_args", "text", (column) => column.notNull())
      .addColumn("order_title", "text", (column) => column.notNull())
      .addColumn("lang", "text", (column) => column.notNull())
      .addColumn("open_mandate_id", "text", (column) => column.notNull())
      .addColumn("status", "text", (column) => column.notNull())
      .addColumn("next_run_at", "bigint")
      .addColumn("spent_fen", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("agent_recurring_orders_due")
      .on("agent_recurring_orders")
      .columns(["status", "next_run_at"])
      .execute();
    await db.schema
      .createTable("agent_recurring_runs")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("plan_id", "text", (column) => column.notNull())
      .addColumn("occurrence_at", "bigint", (column) => column.notNull())
      .addColumn("task_id", "text", (column) => column.notNull())
      .addColumn("status", "text", (column) => column.notNull())
      .addColumn("amount_fen", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("claimed_at", "bigint", (column) => column.notNull())
      .addColumn("finished_at", "bigint")
      .addUniqueConstraint("agent_recurring_runs_once", ["plan_id", "occurrence_at"])
      .execute();
    await db.schema
      .createIndex("agent_recurring_runs_status")
      .on("agent_recurring_runs")
      .columns(["status"])
      .execute();
  },
};
