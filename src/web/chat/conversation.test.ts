import { describe, expect, it } from "vitest";
import type { AgentEvent, TaskEvent } from "../api/types.ts";
import {
  type ConversationAction,
  conversationReducer,
  initialConversation,
  latestSuggestions,
} from "./conversation.ts";

const event = (value: AgentEvent): ConversationAction => ({ type: "event", event: value });
const run = (...actions: ConversationAction[]) => actions.reduce(conversationReducer, initialConversation);

describe("conversationReducer", () => {
  it("adds user messages and replies in order", () => {
    const state = run({ type: "user-message", text: "hi" }, event({ type: "reply", text: "hello" }));
    expect(state.items.map((item) => item.kind)).toEqual(["user", "reply"]);
  });

  it("shows a task once and updates it in place, keeping fields later events omit", () => {
    const quote = { merchant: "M", lines: [], totalFen: 100, cartHash: "h" };
    const state = run(
      event({ type: "task", taskId: "t1", kind: "order_delivery", status: "awaiting_confirmation", quote }),
      event({ type: "reply", text: "confirmed" }),
      event({ type: "task", taskId: "t1", kind: "order_delivery", status: "in_fulfilment", orderId: "o1" }),
    );
    expect(state.items.filter((item) => item.kind === "task")).toHaveLength(1);
    expect(state.tasks.t1).toMatchObject({ status: "in_fulfilment", orderId: "o1", quote });
  });

  it("builds a task's timeline from status changes and its notifications, in world time", () => {
    const quote = { merchant: "M", lines: [], totalFen: 100, cartHash: "h" };
    const task = (status: TaskEvent["status"], at?: number) =>
      event({
        type: "task",
        taskId: "t1",
        kind: "order_delivery",
        status,
        quote,
        ...(at ? { at } : {}),
      } as TaskEvent);
    const note = (text: string, at: number) =>
      event({ type: "notification", text, taskId: "t1", at } as AgentEvent);
    const state = run(
      task("awaiting_confirmation"),
      task("in_fulfilment", 1000),
      task("in_fulfilment", 1000),
      note("商家已接单", 2000),
      note("商家已接单", 2000),
      note("已送达", 3000),
      task("completed", 3000),
    );
    expect(state.progress.t1).toEqual([
      { status: "in_fulfilment", at: 1000 },
      { text: "商家已接单", at: 2000 },
      { text: "已送达", at: 3000 },
    ]);
    // Notifications about a card on screen join its timeline instead of the conversation.
    expect(state.items.map((item) => item.kind)).toEqual(["task"]);
    expect(state.tasks.t1).not.toHaveProperty("at");
  });

  it("marks completion on the timeline when no notification said so", () => {
    const state = run(
      event({ type: "task", taskId: "t2", kind: "payment", status: "processing" }),
      event({ type: "task", taskId: "t2", kind: "payment", status: "completed" }),
    );
    expect(state.progress.t2).toEqual([{ status: "processing" }, { status: "completed" }]);
  });

  it("drops a notification repeated back to back from the event stream", () => {
    const note = event({ type: "notification", text: "Rider picked up", taskId: "t1" });
    expect(run(note, note).items).toHaveLength(1);
  });

  it("offers the latest reply's suggestions until the user speaks", () => {
    const withReply = run(event({ type: "reply", text: "which?", suggestions: ["A", "B"] }));
    expect(latestSuggestions(withReply)).toEqual(["A", "B"]);
    expect(latestSuggestions(conversationReducer(withReply, { type: "user-message", text: "A" }))).toEqual(
      [],
    );
  });

  it("keeps the wallet balance from a summary", () => {
    expect(run(event({ type: "summary", tasks: [], walletFen: 1234 })).walletFen).toBe(1234);
  });

  it("replays the server's record into the same screen the live events built", () => {
    const quote = { merchant: "M", lines: [], totalFen: 100, cartHash: "h" };
    const card = { type: "task", taskId: "t1", kind: "order_delivery", quote } as const;
    const live = run(
      { type: "user-message", text: "a latte" },
      event({ type: "reply", text: "here it is", suggestions: ["cheaper?"] }),
      event({ ...card, status: "awaiting_confirmation" }),
      event({ ...card, status: "in_fulfilment", at: 1000 } as TaskEvent),
      event({ type: "notification", text: "The shop accepted", taskId: "t1", at: 2000 } as AgentEvent),
    );
    const replayed = conversationReducer(run({ type: "user-message", text: "something shown before" }), {
      type: "replay",
      entries: [
        { kind: "user", text: "a latte", at: 0, sessionId: "s1" },
        { kind: "event", event: { type: "reply", text: "here it is", suggestions: ["cheaper?"] } },
        { kind: "event", event: { ...card, status: "awaiting_confirmation" } },
        { kind: "event", event: { ...card, status: "in_fulfilment", at: 1000 } as TaskEvent },
        {
          kind: "event",
          event: { type: "notification", text: "The shop accepted", taskId: "t1", at: 2000 } as AgentEvent,
        },
      ],
    });
    expect(replayed).toEqual(live);
    expect(replayed.items.filter((item) => item.kind === "notification")).toHaveLength(0);
  });

  it("adds a turn said in another tab: its words, then what Dimple answered", () => {
    const state = conversationReducer(run(), {
      type: "turn",
      text: "taxi to West Lake",
      events: [{ type: "reply", text: "Here is a car" }],
    });
    expect(state.items.map((item) => item.kind)).toEqual(["user", "reply"]);
    expect(latestSuggestions(state)).toEqual([]);
  });
});
