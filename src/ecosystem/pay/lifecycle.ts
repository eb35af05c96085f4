import type { LifecycleStepper } from "../kernel/stepper.ts";

/** The pay service's simulated lifecycle. */
export const payStepper: LifecycleStepper = {
  name: "pay",
  nextDueAt: async () => undefined,
  runDue: async () => {},
};
