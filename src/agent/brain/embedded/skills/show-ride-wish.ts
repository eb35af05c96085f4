import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import { namesProduct, productOf } from "./ride-hail.ts";
import { clockOnShowDay } from "./show-ride.ts";

/** What the user said of the ride to a show, asked for after the tickets: when it leaves, which car. */
export interface ShowRideWish {
  /** The clock time said, on the show's day, when it is after now and before the show starts. */
  leaveAtMs?: number;
  /** A clock time was said that cannot be the departure (after the show starts, or gone): to be said. */
  timeUnusable?: boolean;
  /** The car asked for ("an XL", "a premier car"), when one is named. */
  productId?: string;
}

/**
 * "then book me an XL car at 6pm to get there", "a ride there leaving at 1pm that day": the time is
 * a clock time on the show's day (the words name no day of their own, or the show's), the car is
 * the product named. A deadline ("by 6pm") is when to arrive, not to leave: left to the usual lead.
 */
export function showRideWish(
  text: string,
  slot: DateTimeSlot | undefined,
  startsAt: number,
  now: number,
  zone: string,
): ShowRideWish {
  const wish: ShowRideWish = namesProduct(text) ? { productId: productOf(text) } : {};
  const said = clockOnShowDay(slot, startsAt, now, zone);
  if (!said) return wish;
  return said.atMs !== undefined ? { ...wish, leaveAtMs: said.atMs } : { ...wish, timeUnusable: true };
}
