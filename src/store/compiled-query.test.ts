import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { seededTestDatabase } from "../ecosystem/world/test-cache.ts";
import { compiledQuery } from "./compiled-query.ts";
import type { Dialect } from "./database.ts";
import type { Database } from "./schema.ts";
import { postgresUnavailable } from "./scratch.ts";

const contacts = compiledQuery((db: Kysely<Database>, userId: string, limit: number) =>
  db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("demo", "=", 1)
    .where("id", "!=", userId)
    .orderBy("id")
    .limit(limit),
);

const dialects: Dialect[] = postgresUnavailable === undefined ? ["sqlite", "postgres"] : ["sqlite"];

describe.each(dialects)("a query compiled once (%s)", (dialect) => {
  it("returns what the same query built afresh returns, for each call's arguments", async () => {
    const opened = await seededTestDatabase(dialect, 7);
    try {
      const db = opened.db;
      const users = await db.selectFrom("users").select("id").orderBy("id").limit(3).execute();
      for (const [index, user] of users.entries()) {
        const fresh = await db
          .selectFrom("users")
          .select(["id", "display_name"])
          .where("demo", "=", 1)
          .where("id", "!=", user.id)
          .orderBy("id")
          .limit(index + 2)
          .execute();
        expect((await contacts(db, user.id, index + 2)).rows).toEqual(fresh);
      }
      // In a transaction (a handle of its own) as well.
      const inside = await db.transaction().execute((trx) => contacts(trx, users[0]?.id ?? "", 2));
      expect(inside.rows).toEqual((await contacts(db, users[0]?.id ?? "", 2)).rows);
    } finally {
      await opened.close();
    }
  });

  it("refuses a query that does not bind each argument as a value", async () => {
    const opened = await seededTestDatabase(dialect, 7);
    try {
      const unbound = compiledQuery((db: Kysely<Database>, _userId: string) =>
        db.selectFrom("users").select("id").where("demo", "=", 1),
      );
      await expect(async () => unbound(opened.db, "u_alice")).rejects.toThrow(
        /argument 0 is not a bound value/,
      );
    } finally {
      await opened.close();
    }
  });
});
