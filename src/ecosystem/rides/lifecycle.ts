import { dueKey, type LifecycleStepper, parseDueKey } from "../../kernel/stepper.ts";
import { stepTrip } from "./trip-steps.ts";

/** Enough for any backlog a ticker could build up, and a guard against a step that never advances. */
const MAX_STEPS_PER_RUN = 1000;

/** The rides service's simulated lifecycle: dispatch, pickup, the ride itself and its end. */
export const ridesStepper: LifecycleStepper = {
  name: "rides",
  nextDueAt: async (context) => {
    const row = await context.db
      .selectFrom("rides_trips")
      .select((eb) => eb.fn.min("next_step_at").as("next"))
      .where("next_step_at", "is not", null)
      .executeTakeFirst();
    return row?.next === null || row?.next === undefined ? undefined : Number(row.next);
  },
  runDue: async (context, now) => {
    // Each step is dated at its own due time, so a late ticker replays the timeline faithfully.
    for (let steps = 0; steps < MAX_STEPS_PER_RUN; ) {
      const due = await context.db
        .selectFrom("rides_trips")
        .selectAll()
        .where("next_step_at", "<=", now)
        .orderBy("next_step_at")
        .orderBy("id")
        .limit(50)
        .execute();
      if (due.length === 0) return;
      for (const trip of due) {
        await stepTrip(context, trip, trip.next_step_at as number);
        steps += 1;
      }
    }
  },
  dueKeys: async (context, now) => {
    const due = await context.db
      .selectFrom("rides_trips")
      .select(["id", "next_step_at"])
      .where("next_step_at", "<=", now)
      .orderBy("next_step_at")
      .orderBy("id")
      .execute();
    return due.map((trip) => dueKey(trip.id, Number(trip.next_step_at)));
  },
  runOne: async (context, key) => {
    const { id, dueAt } = parseDueKey(key);
    const trip = await context.db
      .selectFrom("rides_trips")
      .selectAll()
      .where("id", "=", id)
      .where("next_step_at", "=", dueAt)
      .executeTakeFirst();
    // stepTrip's changes are conditional on the state read here: a second run moves nothing.
    if (trip) await stepTrip(context, trip, dueAt);
  },
};
