import type { Kysely, Migration } from "kysely";

/**
 * API keys for outside clients (MCP, OpenAI-compatible), single-use event-stream tickets and the
 * sessions OpenAI-compatible conversations map onto (issue 17).
 */
export const authMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("auth_api_keys")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("name", "varchar(80)", (column) => column.notNull())
      .addColumn("key_hash", "varchar(80)", (column) => column.notNull().unique())
      .addColumn("scopes", "varchar(80)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("last_used_at", "bigint")
      .addColumn("revoked_at", "bigint")
      .execute();
    await db.schema.createIndex("auth_api_keys_user").on("auth_api_keys").column("user_id").execute();
    await db.schema
      .createTable("auth_stream_tickets")
      .addColumn("ticket_hash", "varchar(80)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createTable("auth_chat_threads")
      .addColumn("history_hash", "varchar(80)", (column) => column.primaryKey())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("agent_auth_tokens_user").on("agent_auth_tokens").column("user_id").execute();
  },
};
