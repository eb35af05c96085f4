import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { verifyPassword } from "./password.ts";
import { useTestWorld } from "./testing.ts";

describeEachDialect("the seeded world", (dialect) => {
  const world = useTestWorld(dialect);

  it("has every demo user with a home and an office address", async () => {
    const { db } = world().context;
    for (const demo of DEMO_USERS.filter((user) => user.role === "user")) {
      const labels = await db
        .selectFrom("user_addresses")
        .select("label")
        .where("user_id", "=", demo.id)
        .execute();
      expect(labels.map((row) => row.label).sort()).toEqual(["home", "office"]);
    }
  });

  it("stores demo passwords as scrypt hashes that verify", async () => {
    const row = await world()
      .context.db.selectFrom("users")
      .select("password_hash")
      .where("username", "=", "xiaoming")
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith("scrypt$")).toBe(true);
    expect(verifyPassword("dimple123", row.password_hash)).toBe(true);
    expect(verifyPassword("wrong", row.password_hash)).toBe(false);
  });

  it("records its seed so a reopened world is not seeded twice", async () => {
    const meta = await world()
      .context.db.selectFrom("world_meta")
      .selectAll()
      .where("key", "=", "seed")
      .execute();
    expect(meta).toHaveLength(1);
  });
});
