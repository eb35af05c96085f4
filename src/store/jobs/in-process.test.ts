import { describe, expect, it } from "vitest";
import { SimulatedClock } from "../../kernel/clock.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { InProcessScheduler } from "./in-process.ts";

describe("the in-process scheduler", () => {
  it("runs every stepper's due work at the clock's time, then the housekeeping, even when one stepper fails", async () => {
    const clock = new SimulatedClock(1_000);
    const seen: string[] = [];
    const errors: unknown[] = [];
    const context = { clock, log: (error: unknown) => errors.push(error) } as unknown as ServiceContext;
    const scheduler = new InProcessScheduler({
      context,
      steppers: [
        {
          name: "broken",
          nextDueAt: async () => 0,
          runDue: async () => {
            throw new Error("boom");
          },
        },
        {
          name: "orders",
          nextDueAt: async () => 0,
          runDue: async (_context, now) => void seen.push(`orders@${now}`),
        },
      ],
      housekeeping: async () => void seen.push("housekeeping"),
    });
    await scheduler.tick();
    expect(seen).toEqual(["orders@1000", "housekeeping"]);
    expect(errors).toHaveLength(1);
  });
});
