import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedBrain } from "../agent/brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../agent/brain/embedded/world-gazetteer.ts";
import type { TaskEvent } from "../agent/events.ts";
import { createAgent } from "../agent/runtime.ts";
import { getWallet } from "../ecosystem/pay/wallet.ts";
import { cachedWorld } from "../ecosystem/world/test-cache.ts";
import type { World } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";

// The smallest real PNG header: the signature and an IHDR chunk are all the service checks.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex").toString(
  "base64",
);

describe("after-sale over the HTTP API", () => {
  let world: World;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    world = await cachedWorld();
    const brain = new EmbeddedBrain(await loadWorldGazetteer(world.context));
    app = await buildServer({ agent: createAgent({ world, brain }) });
    for (const username of ["xiaoming", "alice"]) {
      const login = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: "dimple123" },
      });
      tokens[username] = login.json().token;
    }
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const auth = (user = "xiaoming") => ({ authorization: `Bearer ${tokens[user]}` });
  async function say(sessionId: string, text: string): Promise<TaskEvent | undefined> {
    const response = await app.inject({
      method: "POST",
      url: `/api/sessions/${sessionId}/messages`,
      headers: auth(),
      payload: { text },
    });
    const events = response.json().events as { type: string }[];
    return events.filter((event): event is TaskEvent => event.type === "task").at(-1);
  }
  const confirm = (task: TaskEvent, cartHash = task.quote?.cartHash) =>
    app.inject({
      method: "POST",
      url: `/api/tasks/${task.taskId}/confirm`,
      headers: auth(),
      payload: { cartHash },
    });

  it("takes a spilled-drink claim from chat to a refund confirmed on the trusted surface", async () => {
    const { sessionId } = (
      await app.inject({ method: "POST", url: "/api/sessions", headers: auth(), payload: {} })
    ).json();
    const order = (await say(sessionId, "来两杯珍珠奶茶")) as TaskEvent;
    expect((await confirm(order)).statusCode).toBe(200);
    await world.advance(60 * 60_000);
    const claim = (await say(sessionId, "我上一单的奶茶洒了，帮我申请退款")) as TaskEvent;
    expect(claim).toMatchObject({ kind: "after_sale", status: "awaiting_confirmation" });

    const forged = await confirm(claim, "not-the-card");
    expect(forged.statusCode).toBe(409);
    expect(forged.json().error).toMatchObject({ code: "cart_hash_mismatch", field: "cartHash" });

    const before = (await getWallet(world.context, "u_xiaoming")).availableFen;
    expect((await confirm(claim)).statusCode).toBe(200);
    const shown = await app.inject({ method: "GET", url: `/api/tasks/${claim.taskId}`, headers: auth() });
    expect(shown.json()).toMatchObject({
      status: "completed",
      afterSale: { status: "refunded", refundedFen: claim.quote?.totalFen },
    });
    expect((await getWallet(world.context, "u_xiaoming")).availableFen).toBe(
      before + (claim.quote?.totalFen ?? 0),
    );

    const someoneElse = await app.inject({
      method: "GET",
      url: `/api/tasks/${claim.taskId}`,
      headers: auth("alice"),
    });
    expect(someoneElse.statusCode).toBe(404);
  });
  it("takes a photo on a claim's card, files it with the claim, and the review approves it", async () => {
    const { sessionId } = (
      await app.inject({ method: "POST", url: "/api/sessions", headers: auth(), payload: {} })
    ).json();
    const order = (await say(sessionId, "来四杯珍珠奶茶")) as TaskEvent;
    await confirm(order);
    await world.advance(60 * 60_000);
    const claim = (await say(sessionId, "奶茶变质了，帮我退款")) as TaskEvent;
    expect(claim.quote?.notes?.some((note) => note.en.includes("need a photo"))).toBe(true);

    const notImage = await app.inject({
      method: "POST",
      url: `/api/tasks/${claim.taskId}/evidence`,
      headers: auth(),
      payload: { contentType: "image/png", dataBase64: "not base64!" },
    });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.json().error).toMatchObject({ code: "invalid_argument", field: "dataBase64" });

    const attached = await app.inject({
      method: "POST",
      url: `/api/tasks/${claim.taskId}/evidence`,
      headers: auth(),
      payload: { contentType: "image/png", dataBase64: PNG },
    });
    expect(attached.statusCode).toBe(200);
    const card = attached.json().events[0] as TaskEvent;
    expect(card.quote?.cartHash).not.toBe(claim.quote?.cartHash);
    expect(card.quote?.notes?.some((note) => note.en.includes("need a photo"))).toBe(false);
    // The old card no longer confirms: the photo is part of what the tap agrees to.
    expect((await confirm(claim)).statusCode).toBe(409);
    expect((await confirm(card)).statusCode).toBe(200);
    await world.advance(70 * 60_000);
    const shown = await app.inject({ method: "GET", url: `/api/tasks/${claim.taskId}`, headers: auth() });
    expect(shown.json()).toMatchObject({ status: "completed", afterSale: { status: "refunded" } });
    const stored = await world.context.db
      .selectFrom("commerce_claim_photos")
      .select(["content_type", "bytes"])
      .execute();
    expect(stored).toEqual([{ content_type: "image/png", bytes: Buffer.from(PNG, "base64").length }]);
  });
});
