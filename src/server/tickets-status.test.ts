import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedBrain } from "../agent/brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../agent/brain/embedded/world-gazetteer.ts";
import type { TaskEvent } from "../agent/events.ts";
import { createAgent } from "../agent/runtime.ts";
import { seededTestDatabase } from "../ecosystem/world/test-cache.ts";
import { createWorld, type World } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";
import { loginToken } from "./login-for-tests.ts";

// Issue 13: once the tickets are issued, the task is done — the API says `completed`, as the card
// says 已出票 — and the tickets can still be given back from there under the event's rule.
describe("a ticket task over the HTTP API", () => {
  let world: World;
  let app: FastifyInstance;
  let token = "";

  beforeAll(async () => {
    world = await createWorld({ db: await seededTestDatabase("sqlite", 20261126) });
    const brain = new EmbeddedBrain(await loadWorldGazetteer(world.context));
    app = await buildServer({ agent: createAgent({ world, brain }) });
    token = await loginToken(app, "xiaoming");
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const headers = () => ({ authorization: `Bearer ${token}` });
  const task = async (taskId: string) =>
    (
      await app.inject({ method: "GET", url: `/api/tasks/${taskId}`, headers: headers() })
    ).json() as TaskEvent;

  it("says completed as soon as the tickets are issued, and cancelled with the refund after giving them back", async () => {
    const { sessionId } = (
      await app.inject({ method: "POST", url: "/api/sessions", headers: headers(), payload: {} })
    ).json();
    const turn = await app.inject({
      method: "POST",
      url: `/api/sessions/${sessionId}/messages`,
      headers: headers(),
      payload: { text: "买两张周六周杰伦演唱会的票，要连座，每张600块以内" },
    });
    const card = (turn.json().events as TaskEvent[]).find((event) => event.type === "task");
    expect(card?.status).toBe("awaiting_confirmation");
    const confirmed = await app.inject({
      method: "POST",
      url: `/api/tasks/${card?.taskId}/confirm`,
      headers: headers(),
      payload: { cartHash: card?.quote?.cartHash },
    });
    expect(confirmed.statusCode).toBe(200);

    const issued = await task(card?.taskId as string);
    expect(issued.status).toBe("completed");
    expect(issued.ticket?.code).toMatch(/^DM\d{10}/);
    expect(issued.paidFen).toBe(card?.quote?.totalFen);

    const cancelled = await app.inject({
      method: "POST",
      url: `/api/tasks/${card?.taskId}/cancel`,
      headers: headers(),
    });
    expect(cancelled.statusCode).toBe(200);
    const refunded = await task(card?.taskId as string);
    expect(refunded.status).toBe("cancelled");
    expect(refunded.refundedFen).toBe(card?.quote?.totalFen);
  });
});
