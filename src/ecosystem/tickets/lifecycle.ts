import type { LifecycleStepper } from "../../kernel/stepper.ts";
import { nextHoldExpiry, releaseExpiredHolds } from "./hold-expiry.ts";

/** The tickets service's simulated lifecycle: seat holds lapse and their seats go back on sale. */
export const ticketsStepper: LifecycleStepper = {
  name: "tickets",
  nextDueAt: (context) => nextHoldExpiry(context),
  runDue: async (context, now) => {
    await releaseExpiredHolds(context, now);
  },
};
