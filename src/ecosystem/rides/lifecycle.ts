import type { LifecycleStepper } from "../kernel/stepper.ts";

/** The rides service's simulated lifecycle. */
export const ridesStepper: LifecycleStepper = {
  name: "rides",
  nextDueAt: async () => undefined,
  runDue: async () => {},
};
