import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../../agent/brain/index.ts";
import type { ReplyEvent, TaskEvent } from "../../agent/events.ts";
import { createAgent } from "../../agent/runtime.ts";
import type { ConversationReplay, LogEntry } from "../../agent/session/conversation-log.ts";
import { seededTestDatabase } from "../../ecosystem/world/test-cache.ts";
import { createWorld, type World } from "../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import { buildServer } from "../app.ts";
import { loginToken } from "../login-for-tests.ts";

let app: FastifyInstance;
let world: World;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  world = await createWorld({
    db: await seededTestDatabase("sqlite", 7),
    seed: 7,
    clock: new SimulatedClock(),
  });
  const agent = createAgent({ world, brain: await createBrain("embedded", world.context) });
  app = await buildServer({ agent });
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

const headers = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });

async function session(user: string): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/sessions",
    headers: headers(user),
    payload: {},
  });
  return response.json().sessionId;
}

async function say(user: string, sessionId: string, payload: Record<string, unknown>) {
  return app.inject({
    method: "POST",
    url: `/api/sessions/${sessionId}/messages`,
    headers: headers(user),
    payload,
  });
}

async function replay(user: string): Promise<ConversationReplay> {
  const response = await app.inject({ method: "GET", url: "/api/conversation", headers: headers(user) });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const events = (entries: LogEntry[]) =>
  entries.flatMap((entry) => (entry.kind === "event" ? [entry.event] : []));

describe("GET /api/conversation", () => {
  it("replays the words, the card and every update of its fulfilment, in the order they happened", async () => {
    const sessionId = await session("xiaoming");
    const turn = await say("xiaoming", sessionId, { text: "帮我点一杯少糖的拿铁送到公司" });
    const card = (turn.json().events as TaskEvent[]).find((event) => event.type === "task") as TaskEvent;
    expect(card.status).toBe("awaiting_confirmation");
    const confirmed = await app.inject({
      method: "POST",
      url: `/api/tasks/${card.taskId}/confirm`,
      headers: headers("xiaoming"),
      payload: { cartHash: card.quote?.cartHash },
    });
    expect(confirmed.statusCode).toBe(200);
    await world.advance(90 * 60_000);

    const log = await replay("xiaoming");
    expect(log.sessionId).toBe(sessionId);
    expect(log.entries[0]).toMatchObject({ kind: "user", text: "帮我点一杯少糖的拿铁送到公司", sessionId });
    const replayed = events(log.entries);
    expect(replayed[0]?.type).toBe("reply");
    expect(replayed.some((event) => event.type === "state")).toBe(false);
    const statuses = replayed
      .filter((event): event is TaskEvent => event.type === "task" && event.taskId === card.taskId)
      .map((event) => event.status);
    expect(statuses[0]).toBe("awaiting_confirmation");
    expect(statuses).toContain("in_fulfilment");
    expect(statuses.at(-1)).toBe("completed");
    // The service's notifications about the order come after its card, each stamped with its time.
    const firstCard = replayed.findIndex((event) => event.type === "task");
    const notes = replayed.filter((event) => event.type === "notification");
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const note of notes) expect(replayed.indexOf(note)).toBeGreaterThan(firstCard);
    const times = notes.map((note) => (note as { at?: number }).at ?? 0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("keeps a card waiting for confirmation across a new sign-in", async () => {
    const sessionId = await session("alice");
    await say("alice", sessionId, { text: "book me a taxi to West Lake" });
    tokens.alice = await loginToken(app, "alice");
    const cards = events((await replay("alice")).entries).filter(
      (event): event is TaskEvent => event.type === "task",
    );
    expect(cards.at(-1)?.status).toBe("awaiting_confirmation");
    expect(cards.at(-1)?.kind).toBe("ride_hail");
  });

  it("shows a user only their own conversation, and asks for a sign-in", async () => {
    const alice = events((await replay("alice")).entries);
    expect(alice.some((event) => event.type === "task" && event.kind === "order_delivery")).toBe(false);
    const anonymous = await app.inject({ method: "GET", url: "/api/conversation" });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe("a tapped option", () => {
  it("picks from the list it was shown in, by its id", async () => {
    const sessionId = await session("xiaoming");
    const listed = await say("xiaoming", sessionId, { text: "周六有什么演唱会" });
    const reply = (listed.json().events as ReplyEvent[]).find(
      (event) => event.type === "reply" && event.options,
    );
    const option = reply?.options?.[1];
    expect(option).toBeDefined();
    // The words alone would say "the first"; the tap says which option it was.
    const picked = await say("xiaoming", sessionId, {
      text: "第1个",
      option: { id: option?.id, label: option?.label },
    });
    expect(picked.statusCode).toBe(200);
    const answer = (picked.json().events as ReplyEvent[]).find((event) => event.type === "reply");
    expect(answer?.text).toContain(option?.label.split(" ")[0]);
  });

  it("answers an emoji-only message with a friendly nod, not what Dimple cannot do", async () => {
    const sessionId = await session("xiaoming");
    const response = await say("xiaoming", sessionId, { text: "👍" });
    const reply = (response.json().events as ReplyEvent[]).find((event) => event.type === "reply");
    expect(reply?.text).toContain("收到");
    expect(reply?.text).not.toContain("做不了");
  });

  it("refuses a malformed option with its field", async () => {
    const sessionId = await session("xiaoming");
    const response = await say("xiaoming", sessionId, { text: "第1个", option: { id: "" } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toMatch(/^option/);
  });
});
