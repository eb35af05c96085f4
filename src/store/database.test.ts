import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./database.ts";
import { postgresUnavailable, TEST_POSTGRES_URL } from "./scratch.ts";

describe.skipIf(postgresUnavailable !== undefined)("a Postgres database handle", () => {
  it("survives the server ending an idle connection, and the next query reconnects", async () => {
    const opened = openDatabase(TEST_POSTGRES_URL);
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(opened.db);
      await admin.query("select pg_terminate_backend($1)", [rows[0]?.pid]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await sql<{ one: number }>`select 1 as one`.execute(opened.db);
      expect(again.rows[0]?.one).toBe(1);
    } finally {
      await admin.end();
      await opened.close();
    }
  });
});
