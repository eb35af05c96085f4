import { wallTime } from "../../../../kernel/time-zone.ts";
import { extractDateTime } from "../../nlu/slots/time.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";
import { shanghaiClock } from "./shanghai-time.ts";
import { showRideWish } from "./show-ride-wish.ts";
import { RIDE_TOO, type TicketDraft } from "./ticket-draft.ts";

// Where one part of a request ends and the next starts: the ride's own words are the part that asks for it.
const CLAUSES = /[，,;；。!！?？]|\s(?:and|then|plus|also)\s|然后|再(?=[叫打约帮给安])/giu;
// A clock said (a digit, or a Chinese hour), not a bare part of the day ("晚上" leaves the usual lead).
const CLOCK = /\d|[一二三四五六七八九十两]\s*[点:：]|noon|o'?clock/iu;

/**
 * The ride's time said in the same sentence as the tickets ("两张周六的宋城，再叫辆车晚上6点从家出发",
 * "tickets for Saturday at 7pm, and a car from home at 6:15"): read from the words that ask for the
 * ride only, so the show's own time is not taken for it. Kept when it is on the show's day before the
 * show starts; a time that cannot be the departure is said (the usual lead is used). The show's own
 * start said again in the ride's words ("周六晚上7点的宋城叫车过去") is no departure time.
 */
export function withRideClauseTime(
  text: string,
  draft: TicketDraft,
  startsAt: number,
  now: number,
  zone: string,
  lang: Lang,
): { draft: TicketDraft; note: string } {
  if (!draft.withRide || draft.rideBack || draft.rideAtMs !== undefined) return { draft, note: "" };
  const clause = text.split(CLAUSES).find((part) => part && RIDE_TOO.test(part));
  if (!clause || !CLOCK.test(clause)) return { draft, note: "" };
  const slot = extractDateTime(clause, lang, now, zone);
  if (!slot?.timeKnown || sameClock(slot.startMs, startsAt, zone)) return { draft, note: "" };
  const wish = showRideWish(clause, slot, startsAt, now, zone);
  if (wish.leaveAtMs !== undefined) return { draft: { ...draft, rideAtMs: wish.leaveAtMs }, note: "" };
  if (!wish.timeUnusable) return { draft, note: "" };
  return {
    draft,
    note: say(
      lang,
      `你说的出发时间（${slot.text}）不在开场（${shanghaiClock(startsAt)}）之前，所以按开场前的常规时间安排。`,
      ` The time you said for the ride (${slot.text}) isn't before the show starts (${shanghaiClock(startsAt)}), so I went by the show's start instead.`,
    ),
  };
}

function sameClock(a: number, b: number, zone: string): boolean {
  const [one, two] = [wallTime(a, zone), wallTime(b, zone)];
  return one.hour === two.hour && one.minute === two.minute;
}
