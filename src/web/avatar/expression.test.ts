import { describe, expect, it } from "vitest";
import type { AgentEvent, TaskEvent } from "../api/types.ts";
import {
  type AvatarAction,
  type AvatarState,
  avatarReducer,
  expressionOf,
  initialAvatarState,
} from "./expression.ts";

function run(...actions: AvatarAction[]): AvatarState {
  return actions.reduce(avatarReducer, initialAvatarState);
}

const event = (value: AgentEvent): AvatarAction => ({ type: "event", event: value });
const task = (status: TaskEvent["status"], taskId = "t1"): AvatarAction =>
  event({ type: "task", taskId, kind: "order_delivery", status });

describe("avatarReducer and expressionOf", () => {
  it("starts idle", () => {
    expect(expressionOf(initialAvatarState)).toBe("idle");
  });

  it("listens while the user types", () => {
    expect(expressionOf(run({ type: "typing", typing: true }))).toBe("listening");
  });

  it("thinks while a request is in flight", () => {
    expect(expressionOf(run({ type: "typing", typing: true }, { type: "request-start" }))).toBe("thinking");
  });

  it("shows executing while a tool call is in flight", () => {
    const state = run(
      { type: "request-start" },
      event({ type: "state", state: "executing", tool: "commerce.search" }),
    );
    expect(expressionOf(state)).toBe("executing");
  });

  it("goes back to thinking when the brain says it is thinking again", () => {
    const state = run(
      { type: "request-start" },
      event({ type: "state", state: "executing" }),
      event({ type: "state", state: "thinking" }),
    );
    expect(expressionOf(state)).toBe("thinking");
  });

  it("waits for confirmation once a card awaits it and the request is over", () => {
    const state = run({ type: "request-start" }, task("awaiting_confirmation"), { type: "request-end" });
    expect(expressionOf(state)).toBe("confirming");
  });

  it("smiles when a confirmed task moves on to processing", () => {
    const state = run(task("awaiting_confirmation"), { type: "request-start" }, task("processing"), {
      type: "request-end",
    });
    expect(expressionOf(state)).toBe("success");
  });

  it("smiles when a task completes", () => {
    expect(expressionOf(run(task("in_fulfilment"), task("completed")))).toBe("success");
  });

  it("keeps working while a task is under way, after the smile settles, and relaxes once it is done", () => {
    const underWay = run(task("awaiting_confirmation"), task("in_fulfilment"), { type: "settle" });
    expect(expressionOf(underWay)).toBe("executing");
    const done = [task("completed"), { type: "settle" } as AvatarAction].reduce(avatarReducer, underWay);
    expect(expressionOf(done)).toBe("idle");
  });

  it("restores what waits and what is under way without a feeling", () => {
    const tasks = [
      { type: "task", taskId: "a", kind: "ride_hail", status: "in_fulfilment" },
      { type: "task", taskId: "b", kind: "order_delivery", status: "completed" },
    ] as TaskEvent[];
    const restored = run(task("failed"), { type: "restore", tasks });
    expect(restored).toMatchObject({ mood: null, awaiting: [], working: ["a"] });
    expect(expressionOf(restored)).toBe("executing");
  });

  it("apologises when a task fails", () => {
    expect(expressionOf(run(task("failed")))).toBe("error");
  });

  it("apologises when a request fails", () => {
    expect(expressionOf(run({ type: "request-start" }, { type: "request-failed" }))).toBe("error");
  });

  it("relaxes back to idle when the feeling settles", () => {
    expect(expressionOf(run(task("completed"), { type: "settle" }))).toBe("idle");
  });

  it("returns to confirming after a feeling settles while a card still waits", () => {
    const state = run(task("awaiting_confirmation", "a"), task("completed", "b"), { type: "settle" });
    expect(expressionOf(state)).toBe("confirming");
  });

  it("stops confirming when the card is cancelled", () => {
    expect(expressionOf(run(task("awaiting_confirmation"), task("cancelled")))).toBe("idle");
  });

  it("speaks while speech is playing, over any other state", () => {
    const state = run(task("awaiting_confirmation"), { type: "speech-start" });
    expect(expressionOf(state)).toBe("speaking");
    expect(expressionOf(avatarReducer(state, { type: "speech-end" }))).toBe("confirming");
  });

  it("follows success and error state events from the brain", () => {
    expect(expressionOf(run(event({ type: "state", state: "success" })))).toBe("success");
    expect(expressionOf(run(event({ type: "state", state: "error" })))).toBe("error");
  });

  it("lets typing replace a lingering feeling with listening", () => {
    expect(expressionOf(run(task("failed"), { type: "typing", typing: true }))).toBe("listening");
  });

  it("ignores replies and notifications", () => {
    const state = run(event({ type: "reply", text: "hi" }), event({ type: "notification", text: "note" }));
    expect(state).toEqual(initialAvatarState);
  });
});
