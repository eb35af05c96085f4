import { wallTime } from "../../../../kernel/time-zone.ts";
import { extractDateTime } from "../../nlu/slots/time.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";
import type { SkillContext } from "./context.ts";
import { savedPlace } from "./places.ts";
import { namesProduct, productOf } from "./ride-hail.ts";
import { shanghaiClock } from "./shanghai-time.ts";
import { leadBeforeShow, pickUpFor } from "./show-relative.ts";
import { showRideWish } from "./show-ride-wish.ts";
import { RIDE_TOO, type TicketDraft } from "./ticket-draft.ts";

// Where one part of a request ends and the next starts: the ride's own words are the part that asks for it.
const CLAUSES = /[，,;；。!！?？]|\s(?:and|then|plus|also)\s|然后|再(?=[叫打约帮给安])/giu;
// A clock said (a digit, or a Chinese hour), not a bare part of the day ("晚上" leaves the usual lead).
const CLOCK = /\d|[一二三四五六七八九十两]\s*[点:：]|noon|o'?clock/iu;
/** A pick-up this soon at the earliest: the car needs time to come. */
const SOONEST_MS = 10 * 60_000;

interface Timed {
  draft: TicketDraft;
  note: string;
}

/**
 * The ride's own words said in the same sentence as the tickets: the car they name, and its time ("两张周六的宋城，再叫辆车晚上6点从家出发",
 * "tickets for Saturday at 7pm, and a car from home at 6:15", "再叫个车，开场前一个半小时到", "a car to
 * get me there an hour before it starts"). A clock time is read from the words that ask for the ride
 * only, so the show's own time is not taken for it, and kept when it is on the show's day before the
 * show starts; a time counted back from the start is the pick-up, or — said of arriving — the trip's
 * length earlier. A time that cannot be kept is said, never silently replaced.
 */
export async function withRideClause(
  context: SkillContext,
  draft: TicketDraft,
  startsAt: number,
  venue: { lng: number; lat: number },
): Promise<Timed> {
  const { turn, lang } = context;
  const { text, now } = turn;
  const zone = turn.profile.timeZone;
  const clause = text.split(CLAUSES).find((part) => part && RIDE_TOO.test(part));
  // "…, and a comfort car home after the show": the car named in the ride's own words (a "Premium
  // VIP" tier said for the seats is no car).
  if (draft.withRide && draft.rideProduct === undefined && clause && namesProduct(clause))
    draft = { ...draft, rideProduct: productOf(clause) };
  if (!draft.withRide || draft.rideBack || draft.rideAtMs !== undefined) return { draft, note: "" };
  const lead = leadBeforeShow(text);
  if (lead) return leadTime(context, draft, startsAt, venue, lead);
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

/** "开演前90分钟到现场": the pick-up that gets there then (or leaves then), said with the arrival. */
async function leadTime(
  context: SkillContext,
  draft: TicketDraft,
  startsAt: number,
  venue: { lng: number; lat: number },
  lead: { minutes: number; arrive: boolean },
): Promise<Timed> {
  const { turn, lang } = context;
  const target = startsAt - lead.minutes * 60_000;
  const origin = savedPlace(turn.profile, draft.rideFrom ?? "home");
  let departAt = target;
  let tripMinutes: number | undefined;
  if (lead.arrive && origin) {
    const there = await turn.tools.call<{ durationSeconds: number }>("rides_estimate", {
      origin: { lng: origin.lng, lat: origin.lat },
      destination: { lng: venue.lng, lat: venue.lat },
      productId: draft.rideProduct ?? "economy",
      at: target,
    });
    if (there.ok) {
      departAt = pickUpFor(target, there.data.durationSeconds);
      tripMinutes = Math.round(there.data.durationSeconds / 60);
    }
  }
  const span = spanWords(lead.minutes, lang);
  const soonest = Math.ceil((turn.now + SOONEST_MS) / 300_000) * 300_000;
  if (departAt < soonest) {
    // Too late to keep: the earliest car, and the user is told it cannot be as asked.
    return {
      draft: { ...draft, rideAtMs: soonest },
      note: say(
        lang,
        `开场前${span}${lead.arrive ? "到" : "出发"}已经来不及了（要 ${shanghaiClock(departAt)} 出发），车按最早的 ${shanghaiClock(soonest)} 出发安排。`,
        ` ${lead.arrive ? "Getting there" : "Leaving"} ${span} before the start is no longer possible (it would mean leaving at ${shanghaiClock(departAt)}), so the ride leaves at the earliest, ${shanghaiClock(soonest)}.`,
      ),
    };
  }
  const trip = tripMinutes === undefined ? undefined : departAt + tripMinutes * 60_000;
  return {
    draft: { ...draft, rideAtMs: departAt },
    // Said after the ride's line ("…，16:30 出发。"): why then.
    note:
      lead.arrive && trip !== undefined
        ? say(
            lang,
            `车程约 ${tripMinutes} 分钟，约 ${shanghaiClock(trip)} 到，开场前${span}以上。`,
            ` The trip takes about ${tripMinutes} min, so you're there by about ${shanghaiClock(trip)}, ${span} or more before the start.`,
          )
        : "",
  };
}

function spanWords(minutes: number, lang: Lang): string {
  if (minutes % 60 === 0) return say(lang, `${minutes / 60}小时`, `${minutes / 60} h`);
  if (minutes > 60 && minutes % 30 === 0) return say(lang, `${minutes / 60}小时`, `${minutes / 60} h`);
  return say(lang, `${minutes}分钟`, `${minutes} min`);
}

function sameClock(a: number, b: number, zone: string): boolean {
  const [one, two] = [wallTime(a, zone), wallTime(b, zone)];
  return one.hour === two.hour && one.minute === two.minute;
}
