import type { Kysely, Migration } from "kysely";

/** The flywheel's tables; same schema builder calls for SQLite and Postgres. */
export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("flywheel_turns")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("seq", "integer", (column) => column.notNull())
      .addColumn("lang", "varchar(8)", (column) => column.notNull())
      .addColumn("text", "text", (column) => column.notNull())
      .addColumn("intent", "varchar(40)")
      .addColumn("confidence", "double precision")
      .addColumn("slots", "text", (column) => column.notNull())
      .addColumn("brain", "varchar(40)", (column) => column.notNull())
      .addColumn("reply", "text", (column) => column.notNull())
      .addColumn("events", "text", (column) => column.notNull())
      .addColumn("task_ids", "text", (column) => column.notNull())
      .addColumn("latency_ms", "double precision", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("flywheel_turns_session")
      .on("flywheel_turns")
      .columns(["session_id", "seq"])
      .execute();
    await db.schema
      .createIndex("flywheel_turns_user")
      .on("flywheel_turns")
      .columns(["user_id", "at"])
      .execute();
    await db.schema.createIndex("flywheel_turns_at").on("flywheel_turns").column("at").execute();

    await db.schema
      .createTable("flywheel_tool_calls")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("session_id", "varchar(40)")
      .addColumn("turn_id", "varchar(40)")
      .addColumn("task_id", "varchar(40)")
      .addColumn("name", "varchar(80)", (column) => column.notNull())
      .addColumn("args", "text", (column) => column.notNull())
      .addColumn("ok", "integer", (column) => column.notNull())
      .addColumn("error_code", "varchar(60)")
      .addColumn("result", "text", (column) => column.notNull())
      .addColumn("duration_ms", "double precision", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("flywheel_tool_calls_turn")
      .on("flywheel_tool_calls")
      .column("turn_id")
      .execute();
    await db.schema
      .createIndex("flywheel_tool_calls_user")
      .on("flywheel_tool_calls")
      .column("user_id")
      .execute();

    await db.schema
      .createTable("flywheel_task_outcomes")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("task_id", "varchar(40)", (column) => column.notNull())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("kind", "varchar(32)", (column) => column.notNull())
      .addColumn("status", "varchar(32)", (column) => column.notNull())
      .addColumn("quoted_fen", "integer", (column) => column.notNull())
      .addColumn("paid_fen", "integer", (column) => column.notNull())
      .addColumn("refunded_fen", "integer", (column) => column.notNull())
      .addColumn("error_code", "varchar(60)")
      .addColumn("at", "bigint", (column) => column.notNull())
      .addUniqueConstraint("flywheel_task_outcomes_task_status", ["task_id", "status"])
      .execute();
    await db.schema
      .createIndex("flywheel_task_outcomes_user")
      .on("flywheel_task_outcomes")
      .column("user_id")
      .execute();

    await db.schema
      .createTable("flywheel_feedback")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("turn_id", "varchar(40)")
      .addColumn("rating", "varchar(8)", (column) => column.notNull())
      .addColumn("reason", "text")
      .addColumn("source", "varchar(16)", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("flywheel_feedback_user").on("flywheel_feedback").column("user_id").execute();

    await db.schema
      .createTable("flywheel_signals")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("turn_id", "varchar(40)")
      .addColumn("task_id", "varchar(40)")
      .addColumn("kind", "varchar(32)", (column) => column.notNull())
      .addColumn("detail", "text", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("flywheel_signals_user").on("flywheel_signals").column("user_id").execute();
    await db.schema
      .createIndex("flywheel_signals_task")
      .on("flywheel_signals")
      .columns(["task_id", "kind"])
      .execute();

    await db.schema
      .createTable("flywheel_consent")
      .addColumn("user_id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("share", "integer", (column) => column.notNull())
      .addColumn("retention_days", "integer", (column) => column.notNull())
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .execute();

    await db.schema
      .createTable("flywheel_model_versions")
      .addColumn("version", "varchar(80)", (column) => column.primaryKey())
      .addColumn("previous", "varchar(80)")
      .addColumn("promoted", "integer", (column) => column.notNull())
      .addColumn("examples", "integer", (column) => column.notNull())
      .addColumn("report", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
  },
};
