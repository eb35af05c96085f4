import { expect, it } from "vitest";
import { useTestAgent } from "../../agent/testing.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { FlywheelRecorder } from "./recorder.ts";
import type { EventsSummary } from "./summary.ts";

describeEachDialect("the flywheel capture", (dialect) => {
  let flywheel: FlywheelRecorder;
  const agent = useTestAgent(dialect, {
    observer: (world) => (flywheel = new FlywheelRecorder(world.context)),
  });
  const db = () => agent().world.context.db;

  async function say(userId: string, sessionId: string, text: string) {
    return agent().conversation.message(userId, sessionId, text);
  }

  it("records a turn with its language, intent, confidence, slots, reply, latency and tool calls", async () => {
    const session = await agent().sessions.create("u_xiaoming", "zh");
    await say("u_xiaoming", session.id, "帮我点一杯拿铁送到公司");
    const turn = await db()
      .selectFrom("flywheel_turns")
      .selectAll()
      .where("session_id", "=", session.id)
      .executeTakeFirstOrThrow();
    expect(turn).toMatchObject({
      user_id: "u_xiaoming",
      seq: 1,
      lang: "zh",
      intent: "order_delivery",
      brain: "embedded",
    });
    expect(Number(turn.confidence)).toBeGreaterThan(0.5);
    expect(JSON.parse(turn.slots).addressLabel).toBe("office");
    expect(turn.reply.length).toBeGreaterThan(0);
    expect(Number(turn.latency_ms)).toBeGreaterThan(0);
    const events = JSON.parse(turn.events) as EventsSummary;
    expect(events.tasks[0]?.status).toBe("awaiting_confirmation");
    const calls = await db()
      .selectFrom("flywheel_tool_calls")
      .selectAll()
      .where("turn_id", "=", turn.id)
      .execute();
    expect(calls.map((call) => call.name)).toContain("commerce_search_items");
    expect(calls.every((call) => call.session_id === session.id)).toBe(true);
  });

  it("records a correction when the next turn replaces the card", async () => {
    const session = await agent().sessions.create("u_xiaoming", "zh");
    await say("u_xiaoming", session.id, "来杯美式送到家");
    await say("u_xiaoming", session.id, "换成大杯");
    const signals = await db()
      .selectFrom("flywheel_signals")
      .selectAll()
      .where("session_id", "=", session.id)
      .execute();
    const correction = signals.find((signal) => signal.kind === "correction");
    expect(correction).toBeDefined();
    const detail = JSON.parse(correction?.detail ?? "{}");
    expect(detail.before.taskId).not.toBe(detail.after.taskId);
    expect(detail.after.lines[0].options.size).toBe("large");
  });

  it("records a rephrasing when a misread turn is said again in other words", async () => {
    const session = await agent().sessions.create("u_alice", "en");
    await say("u_alice", session.id, "do i need a brolly");
    await say("u_alice", session.id, "what's the weather today");
    const signal = await db()
      .selectFrom("flywheel_signals")
      .selectAll()
      .where("session_id", "=", session.id)
      .where("kind", "=", "rephrase")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(signal.detail)).toMatchObject({ toIntent: "weather" });
  });

  it("records taps on the trusted surface and every status a task reaches, up to delivered", async () => {
    const session = await agent().sessions.create("u_bob", "en");
    await say("u_bob", session.id, "Order a latte to my office");
    const task = (await agent().engine.store.listForUser("u_bob", 5)).find(
      (row) => row.status === "awaiting_confirmation",
    );
    if (!task?.cart_hash) throw new Error("no card to confirm");
    await agent().engine.confirm("u_bob", task.id, task.cart_hash);
    await agent().world.advance(90 * 60_000);
    await flywheel.flush();
    const outcomes = await db()
      .selectFrom("flywheel_task_outcomes")
      .selectAll()
      .where("task_id", "=", task.id)
      .execute();
    expect(outcomes.map((row) => row.status)).toEqual(
      expect.arrayContaining(["awaiting_confirmation", "completed"]),
    );
    const completed = outcomes.find((row) => row.status === "completed");
    expect(completed?.paid_fen).toBeGreaterThan(0);
    expect(completed?.paid_fen).toBe(completed?.quoted_fen);
    const tap = await db()
      .selectFrom("flywheel_signals")
      .selectAll()
      .where("task_id", "=", task.id)
      .where("kind", "=", "confirmation")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(tap.detail).via).toBe("tap");
    const calls = await db()
      .selectFrom("flywheel_tool_calls")
      .select("name")
      .where("task_id", "=", task.id)
      .where("turn_id", "is", null)
      .execute();
    expect(calls.length).toBeGreaterThan(0);
  });

  it("marks a card left unconfirmed for an hour as abandoned, once", async () => {
    const session = await agent().sessions.create("u_lihua", "zh");
    await say("u_lihua", session.id, "来杯拿铁");
    await agent().world.advance(2 * 60 * 60_000);
    await flywheel.flush();
    await flywheel.flush();
    const abandoned = await db()
      .selectFrom("flywheel_signals")
      .selectAll()
      .where("session_id", "=", session.id)
      .where("kind", "=", "abandoned_confirmation")
      .execute();
    expect(abandoned).toHaveLength(1);
  });

  it("links feedback to the last turn of the session", async () => {
    const session = await agent().sessions.create("u_alice", "en");
    await say("u_alice", session.id, "hi");
    await say("u_alice", session.id, "what's the weather tomorrow");
    const result = await flywheel.feedback({
      userId: "u_alice",
      sessionId: session.id,
      rating: "down",
      reason: "wrong city",
      source: "app",
    });
    const last = await db()
      .selectFrom("flywheel_turns")
      .select("id")
      .where("session_id", "=", session.id)
      .where("seq", "=", 2)
      .executeTakeFirstOrThrow();
    expect(result?.turnId).toBe(last.id);
    const row = await db()
      .selectFrom("flywheel_feedback")
      .selectAll()
      .where("id", "=", result?.id ?? "")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ rating: "down", reason: "wrong city", source: "app" });
  });
});
