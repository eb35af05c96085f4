import type { LifecycleStepper } from "../kernel/stepper.ts";

/** The tickets service's simulated lifecycle. */
export const ticketsStepper: LifecycleStepper = {
  name: "tickets",
  nextDueAt: async () => undefined,
  runDue: async () => {},
};
