import type { LifecycleStepper } from "../kernel/stepper.ts";

/** The commerce service's simulated lifecycle. */
export const commerceStepper: LifecycleStepper = {
  name: "commerce",
  nextDueAt: async () => undefined,
  runDue: async () => {},
};
