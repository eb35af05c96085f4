import { describe, expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { ScriptedBrain } from "../brain/scripted.ts";
import type { BrainTrace } from "../brain/types.ts";
import type { AgentEvent, TaskStatus } from "../events.ts";
import { useTestAgent } from "../testing.ts";
import { NO_TOKENS, shares, TaskTokenLedger, turnTasks } from "./task-tokens.ts";

const task = (taskId: string, status: TaskStatus): AgentEvent => ({
  type: "task",
  taskId,
  kind: "order_delivery",
  status,
});
const reply: AgentEvent = { type: "reply", text: "ok" };

describe("which tasks a turn is about", () => {
  it("is the tasks it started, linked ones included, and not the card they replaced", () => {
    const events = [
      reply,
      task("t_old", "cancelled"),
      task("t_tickets", "awaiting_confirmation"),
      task("t_taxi", "failed"),
    ];
    expect(turnTasks(events, {})).toEqual({ about: ["t_tickets", "t_taxi"], replaced: ["t_old"] });
  });

  it("is the task it cancelled by words", () => {
    expect(turnTasks([reply, task("t_a", "cancelled")], {})).toEqual({ about: ["t_a"], replaced: [] });
  });

  it("adds the tasks the brain looked up, once, but never a replaced card", () => {
    const events = [task("t_old", "cancelled"), task("t_new", "awaiting_confirmation")];
    expect(turnTasks(events, { taskIds: ["t_new", "t_old", "t_other"] })).toEqual({
      about: ["t_new", "t_other"],
      replaced: ["t_old"],
    });
    expect(turnTasks([reply], { taskIds: ["t_asked"] })).toEqual({ about: ["t_asked"], replaced: [] });
  });

  it("is nothing for a plain reply", () => {
    expect(turnTasks([reply, { type: "state", state: "idle" }], {})).toEqual({ about: [], replaced: [] });
  });
});

describe("shares", () => {
  it("divides a count into whole shares that add up to it, the remainder first", () => {
    expect(shares(10, 3)).toEqual([4, 3, 3]);
    expect(shares(2, 3)).toEqual([1, 1, 0]);
    expect(shares(0, 2)).toEqual([0, 0]);
    for (const [total, parts] of [
      [1001, 7],
      [5, 5],
      [13, 4],
    ] as const)
      expect(shares(total, parts).reduce((sum, value) => sum + value, 0)).toBe(total);
  });
});

describeEachDialect("the task-token ledger", (dialect) => {
  const agent = useTestAgent(dialect, { brain: async () => new ScriptedBrain([]) });
  const ledger = () => new TaskTokenLedger(agent().world.context);
  const trace = (tokens: BrainTrace["tokens"], taskIds?: string[]): BrainTrace => ({
    brain: "llm",
    ...(tokens ? { tokens } : {}),
    ...(taskIds ? { taskIds } : {}),
  });
  const turnTokens = { prompt: 1001, completion: 51, cachedPrompt: 300, modelCalls: 3 };

  it("divides a turn that starts linked tasks between them, so the totals add up to the turn", async () => {
    await ledger().record(
      "u_xiaoming",
      [task(`${dialect}_tickets`, "awaiting_confirmation"), task(`${dialect}_taxi`, "awaiting_confirmation")],
      trace(turnTokens),
    );
    const totals = await ledger().getMany([`${dialect}_tickets`, `${dialect}_taxi`]);
    const tickets = totals.get(`${dialect}_tickets`);
    const taxi = totals.get(`${dialect}_taxi`);
    expect(tickets).toEqual({
      prompt: 501,
      completion: 26,
      cachedPrompt: 150,
      modelCalls: 2,
      modelTurns: 1,
      estimated: false,
    });
    expect(taxi).toEqual({
      prompt: 500,
      completion: 25,
      cachedPrompt: 150,
      modelCalls: 1,
      modelTurns: 1,
      estimated: false,
    });
  });

  it("adds later turns about a task, and marks estimates", async () => {
    const id = `${dialect}_asked`;
    await ledger().record("u_xiaoming", [task(id, "awaiting_confirmation")], trace(turnTokens));
    await ledger().record(
      "u_xiaoming",
      [reply],
      trace({ prompt: 7, completion: 2, cachedPrompt: 0, modelCalls: 1, estimated: true }, [id]),
    );
    expect(await ledger().get(id)).toEqual({
      prompt: 1008,
      completion: 53,
      cachedPrompt: 300,
      modelCalls: 4,
      modelTurns: 2,
      estimated: true,
    });
  });

  it("adds nothing for a turn without tokens (the embedded brain), and reports zeros", async () => {
    const id = `${dialect}_embedded`;
    await ledger().record("u_xiaoming", [task(id, "awaiting_confirmation")], trace(undefined));
    expect(await ledger().get(id)).toEqual(NO_TOKENS);
  });

  it("hands a replaced card's totals on once, even when the same turn is recorded again", async () => {
    const [old, corrected] = [`${dialect}_old`, `${dialect}_corrected`];
    await ledger().record("u_xiaoming", [task(old, "awaiting_confirmation")], trace(turnTokens));
    const correction = [task(old, "cancelled"), task(corrected, "awaiting_confirmation")];
    // An embedded-brain correction: no tokens of its own, but the old card's carry on.
    await ledger().record("u_xiaoming", correction, trace(undefined));
    await ledger().record("u_xiaoming", correction, trace(undefined));
    expect(await ledger().get(corrected)).toEqual({ ...turnTokens, modelTurns: 1, estimated: false });
    expect(await ledger().get(old)).toEqual({
      ...turnTokens,
      modelTurns: 1,
      estimated: false,
      replacedBy: corrected,
    });
  });

  it("never fails a turn: a broken write is logged", async () => {
    const logged: unknown[] = [];
    const context = { ...agent().world.context, log: (error: unknown) => logged.push(error) };
    const broken = new TaskTokenLedger({ ...context, db: undefined as never });
    await broken.observeTurn({
      session: { id: "ses_x", userId: "u_xiaoming", lang: "zh", state: {} },
      text: "hi",
      events: [task("t_any", "awaiting_confirmation")],
      trace: trace(turnTokens),
      latencyMs: 1,
    });
    expect(logged).toHaveLength(1);
  });
});
