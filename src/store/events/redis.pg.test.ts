import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisEventLog, redisUnavailable } from "./redis.ts";

const REDIS_URL = process.env.DIMPLE_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

const unavailable = await redisUnavailable(REDIS_URL);
if (unavailable) console.warn(`[dimple] Redis tests skipped: no server at ${REDIS_URL} (${unavailable})`);

describe.skipIf(unavailable !== undefined)("events across processes through a Redis Stream", () => {
  const key = `dimple:events:test_${randomBytes(4).toString("hex")}`;
  let processA: RedisEventLog<{ text: string }>;
  let processB: RedisEventLog<{ text: string }>;

  beforeAll(async () => {
    processA = await RedisEventLog.open({ url: REDIS_URL, key });
    processB = await RedisEventLog.open({ url: REDIS_URL, key });
  });
  afterAll(async () => {
    const { Redis } = await import("ioredis");
    const redis = new Redis(REDIS_URL);
    await redis.del(key);
    redis.disconnect();
    await processA?.close();
    await processB?.close();
  });

  it("delivers an event appended in one process to the other's subscribers once, with its stream id", async () => {
    const received: { id: string; userId: string; text: string }[] = [];
    processB.subscribe(({ id, userId, event }) => received.push({ id, userId, text: event.text }));
    const id = await processA.append("u_1", { text: "骑手已取货" });
    await expect.poll(() => received.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([{ id, userId: "u_1", text: "骑手已取货" }]);
  });

  it("gives a reconnecting stream the user's events after its last id, in order, and no one else's", async () => {
    const last = await processA.append("u_2", { text: "one" });
    await processB.append("u_2", { text: "two" });
    await processA.append("u_3", { text: "not yours" });
    await processB.append("u_2", { text: "three" });
    const missed = await processA.since("u_2", last);
    expect(missed.map((entry) => entry.event.text)).toEqual(["two", "three"]);
  });
});
