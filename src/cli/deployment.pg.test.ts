import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScriptedBrain } from "../agent/brain/scripted.ts";
import { servicesUnavailable } from "../bench/scale/cluster.ts";
import { readCatalogue } from "../ecosystem/commerce/catalogue.ts";
import { searchItems } from "../ecosystem/commerce/search.ts";
import { seededTestDatabase } from "../ecosystem/world/test-cache.ts";
import { DEFAULT_SEED } from "../ecosystem/world/world.ts";
import { buildServer } from "../server/app.ts";
import { readSseFrames } from "../server/sse-client.ts";
import type { OpenDatabase } from "../store/database.ts";
import { type Deployment, openDeployment } from "./deployment.ts";

const REDIS_URL = process.env.DIMPLE_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const unreachable = await servicesUnavailable(REDIS_URL);
if (unreachable) console.warn(`[dimple] cross-process deployment tests skipped: ${unreachable}`);

/** A brain that answers every turn with the same words (these tests are about where turns go). */
const echoBrain = async () =>
  new ScriptedBrain([
    { match: /./, decide: (turn) => ({ type: "reply", text: `好的：${turn.text}`, state: turn.state }) },
  ]);

/**
 * Two server processes of one deployment, in one test process: two `openDeployment`s on the same
 * Postgres database and Redis stream, each with its own pools, caches and event reader — what two
 * `dimple serve --no-worker` share, without the cost of starting Node twice.
 */
describe.skipIf(unreachable !== undefined)("two server processes of one deployment [postgres+redis]", () => {
  let database: OpenDatabase;
  let serverA: Deployment;
  let serverB: Deployment;

  beforeAll(async () => {
    database = await seededTestDatabase("postgres", DEFAULT_SEED);
    const options = { db: database.url, redis: REDIS_URL, speed: 10, worker: false, brain: echoBrain };
    serverA = await openDeployment(options);
    serverB = await openDeployment(options);
  });
  afterAll(async () => {
    await serverA?.close();
    await serverB?.close();
    const { Redis } = await import("ioredis");
    const redis = new Redis(REDIS_URL);
    await redis.del(`dimple:events:${new URL(database.url).pathname.slice(1)}`);
    redis.disconnect();
    await database?.close();
  });

  it("echo a turn said on server B to the user's stream on server A, as a named event with its id", async () => {
    const app = await buildServer({ agent: serverA.agent });
    try {
      const address = await app.listen({ port: 0, host: "127.0.0.1" });
      const login = await fetch(`${address}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "xiaoming", password: "dimple123" }),
      });
      const { token } = (await login.json()) as { token: string };
      const frames = readSseFrames(
        (await fetch(`${address}/api/events`, { headers: { authorization: `Bearer ${token}` } })).body!,
      );
      // Someone else's turn on B first: A must not show it to xiaoming.
      const other = await serverB.agent.sessions.create("u_alice", "zh");
      await serverB.agent.conversation.message("u_alice", other.id, "someone else speaking");
      const session = await serverB.agent.sessions.create("u_xiaoming", "zh");
      await serverB.agent.conversation.message("u_xiaoming", session.id, "帮我看看天气", undefined, {
        origin: "phone",
      });
      const frame = (await frames.next()).value!;
      expect(frame.event).toBe("turn");
      expect(frame.id).toMatch(/^\d+-\d+$/);
      const turn = JSON.parse(frame.data) as {
        sessionId: string;
        origin: string;
        text: string;
        events: unknown[];
      };
      expect(turn).toMatchObject({ sessionId: session.id, origin: "phone", text: "帮我看看天气" });
      expect(turn.events).toContainEqual(
        expect.objectContaining({ type: "reply", text: "好的：帮我看看天气" }),
      );
      await frames.return(undefined);
    } finally {
      await app.close();
    }
  });

  it("see a catalogue change made through server B on server A's next search, with no message between them", async () => {
    const contextA = serverA.world.context;
    const { items } = await searchItems(contextA, { keyword: "拿铁", limit: 1 });
    const latte = items[0];
    if (!latte) throw new Error("no latte in the seeded world");
    const kept = await readCatalogue(contextA);
    await serverB.world.context.db
      .updateTable("commerce_skus")
      .set({ price_fen: latte.priceFen + 300 })
      .where("id", "=", latte.skuId)
      .execute();
    const fresh = await readCatalogue(contextA);
    expect(fresh).not.toBe(kept);
    expect(fresh.version).toBeGreaterThan(kept.version);
    const again = await searchItems(contextA, { keyword: latte.nameZh, limit: 30 });
    expect(again.items.find((item) => item.skuId === latte.skuId)?.priceFen).toBe(latte.priceFen + 300);
    // Server B reads the same version: one catalogue, whichever process searches.
    expect((await readCatalogue(serverB.world.context)).version).toBe(fresh.version);
  });
});
