import type { LifecycleStepper } from "../../kernel/stepper.ts";
import { releaseExpiredAuthorizations } from "./settle.ts";

/** The pay service's simulated lifecycle: authorizations not captured in time are released. */
export const payStepper: LifecycleStepper = {
  name: "pay",
  async nextDueAt(context) {
    const row = await context.db
      .selectFrom("pay_intents")
      .select((eb) => eb.fn.min("expires_at").as("due"))
      .where("status", "=", "requires_capture")
      .executeTakeFirst();
    return row?.due === null || row?.due === undefined ? undefined : Number(row.due);
  },
  async runDue(context, now) {
    await releaseExpiredAuthorizations(context, now);
  },
};
