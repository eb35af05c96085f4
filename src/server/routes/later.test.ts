import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedBrain } from "../../agent/brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../../agent/brain/embedded/world-gazetteer.ts";
import type { AgentEvent, TaskEvent } from "../../agent/events.ts";
import { createAgent } from "../../agent/runtime.ts";
import { seededTestDatabase } from "../../ecosystem/world/test-cache.ts";
import { createWorld, type World } from "../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import { buildServer } from "../app.ts";

const HOUR = 3_600_000;

describe("reminders and recurring orders over HTTP", () => {
  let world: World;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    world = await createWorld({
      db: await seededTestDatabase("sqlite", 7),
      seed: 7,
      clock: new SimulatedClock(),
    });
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

  const call = (user: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens[user]}` },
      ...(payload === undefined ? {} : { payload }),
    });

  async function say(user: string, text: string): Promise<AgentEvent[]> {
    const session = (await call(user, "POST", "/api/sessions", {})).json().sessionId as string;
    return (await call(user, "POST", `/api/sessions/${session}/messages`, { text })).json().events;
  }

  it("lists a reminder set in chat, delivers it at its time, and refuses another user's cancel", async () => {
    await say("xiaoming", "提醒我明天下午3点取快递");
    await say("xiaoming", "20分钟后提醒我关火");
    const listed = (await call("xiaoming", "GET", "/api/reminders")).json() as { id: string; note: string }[];
    expect(listed.map((reminder) => reminder.note)).toEqual(["关火", "取快递"]);
    const other = await call("alice", "DELETE", `/api/reminders/${listed[0]?.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error).toMatchObject({ code: "not_found", field: "id" });
    expect((await call("xiaoming", "DELETE", `/api/reminders/${listed[0]?.id}`)).json().status).toBe(
      "cancelled",
    );
    await world.advance(30 * HOUR);
    const notes = (await call("xiaoming", "GET", "/api/notifications")).json() as { text: string }[];
    expect(notes.filter((note) => note.text.startsWith("⏰"))).toEqual([
      expect.objectContaining({ text: "⏰ 提醒：取快递（11月27日周五 15:00）" }),
    ]);
    expect((await call("xiaoming", "GET", "/api/reminders")).json()).toEqual([]);
  });

  it("shows a recurring order with its open mandate, runs and spend; pauses, resumes and cancels it", async () => {
    const events = await say("alice", "every weekday at 9, a latte to my office, never more than ¥30");
    const card = events.find((event): event is TaskEvent => event.type === "task");
    expect(card?.kind).toBe("recurring_order");
    const confirmed = await call("alice", "POST", `/api/tasks/${card?.taskId}/confirm`, {
      cartHash: card?.quote?.cartHash,
    });
    expect(confirmed.json().events[0].status).toBe("scheduled");
    const [plan] = (await call("alice", "GET", "/api/recurring-orders")).json();
    expect(plan).toMatchObject({
      id: card?.taskId,
      status: "active",
      ruleText: { en: "every weekday at 09:00" },
      mandate: { status: "active", constraints: { perRunCapFen: 3000 } },
      runs: [],
    });
    expect((await call("alice", "POST", `/api/recurring-orders/${plan.id}/pause`)).json().status).toBe(
      "paused",
    );
    const again = await call("alice", "POST", `/api/recurring-orders/${plan.id}/pause`);
    expect(again.statusCode).toBe(409);
    await world.advance(2 * 24 * HOUR);
    expect((await call("alice", "GET", "/api/recurring-orders")).json()[0].runs).toEqual([]);
    expect((await call("alice", "POST", `/api/recurring-orders/${plan.id}/resume`)).json().status).toBe(
      "active",
    );
    await world.advance(4 * 24 * HOUR);
    const [ran] = (await call("alice", "GET", "/api/recurring-orders")).json();
    expect(ran.runs.length).toBeGreaterThan(0);
    expect(ran.runs.every((run: { status: string }) => run.status === "paid")).toBe(true);
    expect(ran.spentFen).toBe(
      ran.runs.reduce((sum: number, run: { amountFen: number }) => sum + run.amountFen, 0),
    );
    expect((await call("xiaoming", "POST", `/api/recurring-orders/${plan.id}/pause`)).statusCode).toBe(404);
    const bad = await call("alice", "POST", `/api/recurring-orders/${plan.id}/explode`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("action");
    await call("alice", "POST", `/api/tasks/${plan.id}/cancel`);
    expect((await call("alice", "GET", "/api/recurring-orders")).json()).toEqual([]);
  });
});
