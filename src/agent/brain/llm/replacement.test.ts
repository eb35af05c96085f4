import { describe, expect, it } from "vitest";
import type { TaskBrief } from "../types.ts";
import type { ProposalContext, ProposalOutcome } from "./proposal-context.ts";
import { replacing } from "./replacement.ts";
import { testTurn } from "./testing.ts";

const card = (taskId: string, status: string, kind: TaskBrief["kind"] = "order_delivery"): TaskBrief => ({
  taskId,
  kind,
  status,
  title: "Latte",
  createdAt: 0,
});
const context = {
  turn: testTurn("改成两杯", {
    tasks: [
      card("task_card", "awaiting_confirmation"),
      card("task_paid", "in_fulfilment"),
      card("task_ride", "awaiting_confirmation", "ride_hail"),
    ],
  }),
} as unknown as ProposalContext;
const proposal: ProposalOutcome = {
  decision: {
    type: "start_task",
    request: { kind: "order_delivery", title: "Latte ×2", args: {} },
    text: "两杯拿铁。",
    state: {},
  },
};

describe("a proposal that corrects a card", () => {
  it("drops the card it corrects when that card awaits confirmation", () => {
    expect(replacing(proposal, "task_card", context)).toMatchObject({
      decision: { type: "start_task", replacesTaskId: "task_card" },
    });
  });

  it("is left as it is without replacesTaskId", () => {
    expect(replacing(proposal, undefined, context)).toBe(proposal);
  });

  it("cannot replace a task the user does not have, one already paid, or one of another kind", () => {
    expect(replacing(proposal, "task_elsewhere", context)).toEqual({
      problem: "replacesTaskId task_elsewhere is not one of the user's tasks in the context",
    });
    expect(replacing(proposal, "task_paid", context)).toEqual({
      problem: "task task_paid is in_fulfilment; only a card awaiting confirmation can be replaced",
    });
    expect(replacing(proposal, "task_ride", context)).toEqual({
      problem: "task task_ride is ride_hail, not order_delivery; it cannot be replaced by this",
    });
  });
});
