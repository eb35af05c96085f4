import type { Kysely, Migration } from "kysely";

/**
 * Per-task model tokens (issue 6, token economy): one row per task a model worked on, updated by
 * atomic increments, so two turns about one task never lose a count. A table of its own rather than
 * columns on agent_tasks keeps the engine's task rows as they are.
 */
export const taskTokensMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("agent_task_tokens")
      .addColumn("task_id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("prompt_tokens", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("completion_tokens", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("cached_prompt_tokens", "bigint", (column) => column.notNull().defaultTo(0))
      .addColumn("model_calls", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("model_turns", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("estimated", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("replaced_by", "varchar(40)")
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .execute();
  },
};
