import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestWorld } from "../ecosystem/world/testing.ts";
import { describeEachDialect } from "../store/testing.ts";
import { DimpleError } from "./errors.ts";
import {
  canonicalJson,
  findKeyedRow,
  idempotencyConflict,
  isUniqueViolation,
  type KeyedTable,
  requestHash,
} from "./idempotency.ts";

// The tables that keep their own keys; commerce_orders is not one (its key columns are nullable).
const KEYED: KeyedTable[] = ["tickets_holds", "tickets_bookings", "rides_trips"];
// @ts-expect-error a table without the key columns is refused at compile time
const NOT_KEYED: KeyedTable = "commerce_orders";

describe("canonical request hashes", () => {
  it("sorts keys at every depth, drops undefined entries and keeps array order", () => {
    const body = {
      seatIds: ["s2", "s1"],
      sessionId: "ses_1",
      extra: undefined,
      nested: { z: [1, null], a: 0 },
    };
    expect(canonicalJson(body)).toBe(
      '{"nested":{"a":0,"z":[1,null]},"seatIds":["s2","s1"],"sessionId":"ses_1"}',
    );
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson([undefined, "是"])).toBe('[null,"是"]');
  });

  it("hashes equal bodies equally whatever their key order, and different bodies differently", () => {
    expect(requestHash({ a: 1, b: { c: 2, d: 3 } })).toBe(requestHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(requestHash({ seatIds: ["a", "b"] })).not.toBe(requestHash({ seatIds: ["b", "a"] }));
    expect(requestHash({ a: 1 })).toBe(createHash("sha256").update('{"a":1}').digest("hex"));
  });

  it("gives the hashes already stored in service rows (pinned from the services' former copies)", () => {
    const body = {
      seatIds: ["s2", "s1"],
      sessionId: "ses_1",
      extra: undefined,
      nested: { z: [1, null, { y: true, x: "是" }], a: 0 },
    };
    expect(requestHash(body)).toBe("3dadc43d57ff125644a4b8d5b53e8c52852b0471170f653710872ac3e03d06f9");
    expect(requestHash(undefined)).toBe("74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b");
  });

  it("reports a reused key as idempotency_conflict (409) on the idempotencyKey field", () => {
    const error = idempotencyConflict("k-1");
    expect(error).toBeInstanceOf(DimpleError);
    expect(error.toJSON()).toEqual({
      code: "idempotency_conflict",
      message: 'idempotency key "k-1" was already used with a different request',
      field: "idempotencyKey",
    });
    expect(error.status).toBe(409);
    expect(KEYED).not.toContain(NOT_KEYED);
  });
});

describeEachDialect("rows kept by idempotency key", (dialect) => {
  const world = useTestWorld(dialect);
  let serial = 0;

  async function insertHold(userId: string, idempotencyKey: string, hash: string): Promise<string> {
    const id = `hold_kernel_${dialect}_${++serial}`;
    await world()
      .context.db.insertInto("tickets_holds")
      .values({
        id,
        user_id: userId,
        session_id: "ses_kernel",
        seat_ids: "[]",
        total_fen: 0,
        status: "expired",
        expires_at: 0,
        idempotency_key: idempotencyKey,
        request_hash: hash,
        created_at: 0,
      })
      .execute();
    return id;
  }

  it("finds the row made under a key with the same body, and nothing for a new key or another user", async () => {
    const hash = requestHash({ seats: 1 });
    const id = await insertHold("usr_kernel_a", "key-1", hash);
    const request = { userId: "usr_kernel_a", idempotencyKey: "key-1" };
    expect(await findKeyedRow(world().context, "tickets_holds", request, hash)).toBe(id);
    expect(
      await findKeyedRow(world().context, "tickets_holds", { ...request, idempotencyKey: "key-2" }, hash),
    ).toBeUndefined();
    expect(
      await findKeyedRow(world().context, "tickets_holds", { ...request, userId: "usr_kernel_b" }, hash),
    ).toBeUndefined();
    expect(await findKeyedRow(world().context, "rides_trips", request, hash)).toBeUndefined();
  });

  it("refuses the same key with another body", async () => {
    await insertHold("usr_kernel_c", "key-1", requestHash({ seats: 1 }));
    const lookup = findKeyedRow(
      world().context,
      "tickets_holds",
      { userId: "usr_kernel_c", idempotencyKey: "key-1" },
      requestHash({ seats: 2 }),
    );
    await expect(lookup).rejects.toMatchObject({ code: "idempotency_conflict", field: "idempotencyKey" });
  });

  it("tells this database's unique-constraint violation from its other errors", async () => {
    await insertHold("usr_kernel_d", "key-1", "h");
    const duplicate = await insertHold("usr_kernel_d", "key-1", "h").catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    const missingTable = await world()
      .context.db.selectFrom("no_such_table" as "tickets_holds")
      .selectAll()
      .execute()
      .catch((error: unknown) => error);
    expect(missingTable).toBeInstanceOf(Error);
    expect(isUniqueViolation(missingTable)).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation(new Error("plain"))).toBe(false);
  });
});
