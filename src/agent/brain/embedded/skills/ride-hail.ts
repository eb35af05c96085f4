import { dayStartMs, zoneDay } from "../../../../kernel/time-zone.ts";
import type { RequestFrame } from "../../frame.ts";
import { eveningMeant } from "../../nlu/slots/clock-sense.ts";
import { partySaid } from "../../nlu/slots/party.ts";
import type { BrainDecision, Lang, TaskRequest } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import { HALF_OF_DAY, onlyPartOfDay } from "./booking-day.ts";
import type { SkillContext } from "./context.ts";
import { laterTime, whenLabel } from "./later.ts";
import { otherCity, outOfAreaText } from "./other-city.ts";
import { formatDistance, formatDuration, type Place, placeName } from "./places.ts";
import {
  BOOT_CASES,
  capIsCondition,
  departInMinutes,
  extrasAsked,
  extrasNote,
  fareCapFen,
  luggageCount,
  wantsStop,
} from "./ride-wishes.ts";
import { tripEnds, withTrip } from "./route.ts";
import { pickUpFor, saysBeforeShow, showRelative } from "./show-relative.ts";
import { saidTimeForShow, showTrip } from "./show-ride.ts";

/** The rides service's products and the words that pick them (default economy / 快车). */
const PRODUCT_WORDS: readonly [productId: string, pattern: RegExp][] = [
  // A bigger car, or a party of five or six (a four-seat car cannot take them).
  [
    "xl",
    /六座|6座|七座|7座|商务车|大车|大(?:一)?[点些]的车|空间大|行李多|\bxl\b|six[- ]seat|6[- ]seat|seven[- ]seat|minivan|\bvan\b|\bsuv\b|\b(?:big|bigger|large|larger)\s+(?:car|vehicle|taxi|cab|ride)\b|\blots of (?:luggage|bags)\b|(?:^|[^0-9])[5-6五六]\s*(?:个)?(?:人|位)|\b(?:5|6|five|six)\s+(?:of us|people|persons|passengers|adults)\b/iu,
  ],
  ["comfort", /专车|舒适|舒服|豪华|好一?[点些]的车|comfort|premier|premium|luxury|nicer car|\bnice car\b/iu],
  ["economy", /快车|经济|便宜|实惠|economy|express|cheap/iu],
];

interface EstimateOutput {
  distanceMeters: number;
  durationSeconds: number;
  products: {
    productId: string;
    nameZh: string;
    nameEn: string;
    fareFen: number;
    lowFen: number;
    highFen: number;
  }[];
}

/** Which product the text asks for; a party or luggage a four-seat car cannot take needs the XL. */
export function productOf(text: string): string {
  const party = partySaid(text)?.people;
  const cases = luggageCount(text);
  if ((party !== undefined && party >= 5) || (cases !== undefined && cases > BOOT_CASES)) return "xl";
  return PRODUCT_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? "economy";
}

/** Whether the turn names a product at all (a follow-up "换成专车" changes only that). */
export function namesProduct(text: string): boolean {
  return PRODUCT_WORDS.some(([, pattern]) => pattern.test(text));
}

/** The biggest car has this many seats. */
const MOST_SEATS = 6;

/** The engine's request for a ride between two places (the rides handler quotes it). */
export function rideRequest(
  origin: Place,
  destination: Place,
  productId = "economy",
  lang: Lang,
  departAt?: number,
): TaskRequest {
  const to = placeName(destination, lang);
  return {
    kind: "ride_hail",
    title: say(lang, `打车去${to}`, `Ride to ${to}`),
    args: {
      productId,
      // The name is what the driver sees (a street address for saved places); labels are for the card.
      origin: { lng: origin.lng, lat: origin.lat, name: origin.address ?? origin.name },
      destination: {
        lng: destination.lng,
        lat: destination.lat,
        name: destination.address ?? destination.name,
      },
      labels: {
        origin: { zh: origin.name, en: origin.nameEn },
        destination: { zh: destination.name, en: destination.nameEn },
      },
      ...(departAt !== undefined ? { departAt } : {}),
    },
  };
}

/** "帮我打个车去杭州东站": pickup (home by default), destination and product → a ride card. */
export async function rideHail(
  context: SkillContext,
  /** What an edited card keeps (its car and pick-up time) when the turn does not change them. */
  keep: { productId?: string; when?: { atMs: number; text: string } } = {},
): Promise<BrainDecision> {
  const { turn, lang } = context;
  const state: DialogueState = { ...context.state, lastIntent: "ride_hail", awaiting: undefined };
  const read = await tripEnds(context);
  // Right after a show was booked or chosen, "叫车过去" / "a cab home after the show" is that show's trip.
  const forShow = keep.when ? undefined : await showTrip(context, read);
  const ends = forShow ? { ...read, ...forShow } : read;
  const { origin, destination, destinationPhrase } = ends;
  if (!destinationPhrase) {
    return {
      type: "ask",
      slot: "destination",
      text: say(lang, "要去哪里？", "Where to?"),
      state: { ...state, awaiting: { intent: "ride_hail", slot: "destination" } },
    };
  }
  // A place in another city, unless the map has a place of that name here ("北京路").
  for (const [phrase, place] of [
    [destinationPhrase, destination],
    [ends.originPhrase, origin],
  ] as const) {
    const city = phrase ? otherCity(phrase) : undefined;
    const here = place && `${place.name} ${place.nameEn ?? ""}`;
    if (phrase && city && !(here?.includes(city.zh) || here?.includes(city.en)))
      return { type: "reply", text: outOfAreaText(phrase, city, lang), state };
  }
  if (!destination || !origin) {
    // The end that was not found is the one named: a known destination is no excuse for a lost pick-up.
    const missing = destination && ends.originPhrase ? ends.originPhrase : destinationPhrase;
    return {
      type: "reply",
      text: say(
        lang,
        `抱歉，地图上没找到「${missing}」。`,
        `Sorry, I couldn't find "${missing}" on the map.`,
      ),
      state,
    };
  }
  const remembered = withTrip(state, ends);
  const party = partySaid(turn.text)?.people;
  if (party !== undefined && party > MOST_SEATS) {
    // No car here takes them all: said, and asked, never squeezed onto one card.
    return {
      type: "reply",
      text: say(
        lang,
        `一辆车最多坐 ${MOST_SEATS} 人（六座商务），${party} 个人一辆坐不下。要分两辆车吗？你可以说「叫一辆六座商务去${placeName(destination, lang)}」，再叫一辆。`,
        `One car seats at most ${MOST_SEATS} (the XL), so ${party} people won't fit in one. Shall I book two cars? Say "an XL to ${placeName(destination, lang)}" and then book a second one.`,
      ),
      state: remembered,
    };
  }
  if (wantsStop(turn.text)) {
    // A ride goes from one place to one place: a stop is said, not dropped.
    return {
      type: "reply",
      text: say(
        lang,
        `我叫的车只能从一个地方直达另一个地方，没法中途停靠。可以分两段叫：先到第一站，再从那里去${placeName(destination, lang)}。要我先叫第一段吗？`,
        `I can only book a ride straight from one place to another, with no stops on the way. I can book it in two legs: first to the stop, then on to ${placeName(destination, lang)}. Which leg first?`,
      ),
      suggestions: [say(lang, `直接叫车去${destination.name}`, `Just a ride to ${destination.nameEn}`)],
      state: remembered,
    };
  }
  const productId = keep.productId ?? productOf(turn.text);
  const counted = keep.when ? undefined : showRelative(turn.text, forShow?.state ?? context.state);
  // "晚上7点出发" for the show's ride: the time said, on the show's day, not the default arrival.
  const toldTime = !keep.when && !counted && forShow ? saidTimeForShow(context, forShow) : undefined;
  const saidTime = toldTime?.atMs !== undefined ? { atMs: toldTime.atMs, text: toldTime.text } : undefined;
  const show = counted ?? (saidTime || keep.when ? undefined : forShow?.when);
  // "开场前一小时到" with no show carded before: which show is not known, so asked, never booked for now.
  if (!show && !keep.when && saysBeforeShow(turn.text))
    return {
      type: "reply",
      text: say(
        lang,
        "要按哪场演出的开场时间叫车？先告诉我是哪场（或直接说几点上车）。",
        "Which show should I time the ride to? Tell me the show, or just the pick-up time.",
      ),
      state: remembered,
    };
  let later =
    keep.when ??
    saidTime ??
    (show ? { atMs: show.atMs, text: show.text } : undefined) ??
    eveningRide(context) ??
    laterTime(context) ??
    soonTime(context);
  // "taxi to the airport tomorrow", "明天下午叫车去西湖": a day without the clock is asked, never
  // booked at an hour nobody said.
  const datetime = context.nlu.slots.datetime;
  if (
    later &&
    !keep.when &&
    !saidTime &&
    !show &&
    datetime &&
    (!datetime.timeKnown || onlyPartOfDay(datetime, turn.text)) &&
    later.atMs === datetime.startMs
  ) {
    // "后天上午" is read with an hour nobody said ("后天上午10点"): named back without it.
    const asked = datetime.timeKnown ? datetime.text.replace(/\s*\d{1,2}点$/u, "") : datetime.text;
    return {
      type: "ask",
      slot: "time",
      text: say(
        lang,
        `好的，${asked}从${placeName(origin, lang)}去${placeName(destination, lang)}。几点上车？（比如「8点」）`,
        `Sure: ${asked}, from ${placeName(origin, lang)} to ${placeName(destination, lang)}. What time should the car pick you up? (e.g. "8am")`,
      ),
      // A day said alone ("明天") is asked from its morning; its half ("tomorrow evening") from that hour.
      state: {
        ...remembered,
        awaiting: {
          intent: "ride_hail",
          slot: "time",
          dayMs: HALF_OF_DAY.test(datetime.text)
            ? datetime.startMs
            : dayStartMs(zoneDay(datetime.startMs, turn.profile.timeZone), turn.profile.timeZone),
        },
      },
    };
  }
  const points = {
    origin: { lng: origin.lng, lat: origin.lat },
    destination: { lng: destination.lng, lat: destination.lat },
  };
  if (show?.arrive) {
    // To be there by then, the car comes the trip's length earlier.
    const there = await turn.tools.call<EstimateOutput>("rides_estimate", {
      ...points,
      productId,
      at: show.atMs,
    });
    if (there.ok) later = { atMs: pickUpFor(show.atMs, there.data.durationSeconds), text: show.text };
  }
  const estimate = await turn.tools.call<EstimateOutput>("rides_estimate", {
    origin: { lng: origin.lng, lat: origin.lat },
    destination: { lng: destination.lng, lat: destination.lat },
    productId,
    ...(later ? { at: Math.max(turn.now, later.atMs - RIDE_DISPATCH_LEAD_MS) } : {}),
  });
  const product = estimate.ok ? estimate.data.products[0] : undefined;
  if (!estimate.ok || !product) {
    const reason = estimate.ok ? "" : estimate.error.message;
    return {
      type: "reply",
      text: say(lang, `抱歉，叫不了这趟车：${reason}`, `Sorry, I can't book that ride: ${reason}`),
      state,
    };
  }
  const { distanceMeters, durationSeconds } = estimate.data;
  const booked = rideRequest(origin, destination, productId, lang, later?.atMs);
  // Timed by the show's start with no time said: the pick-up is Dimple's suggestion (said on the card).
  const suggested = !keep.when && !saidTime && !counted && show !== undefined;
  const request = suggested ? { ...booked, args: { ...booked.args, suggested } } : booked;
  const trip = say(
    lang,
    `${product.nameZh}从${placeName(origin, lang)}到${placeName(destination, lang)}，约 ${formatDistance(distanceMeters, lang)}、${formatDuration(durationSeconds, lang)}，预估 ${yuan(product.lowFen)}–${yuan(product.highFen)}。`,
    `${product.nameEn} from ${placeName(origin, lang)} to ${placeName(destination, lang)}: about ${formatDistance(distanceMeters, lang)}, ${formatDuration(durationSeconds, lang)}, estimated ${yuan(product.lowFen)}–${yuan(product.highFen)}.`,
  );
  // A fare cap is named: over it → asked, not booked; within reach but not sure → said before the card.
  const cap = fareCapFen(turn.text, context.nlu.slots.budgetMaxFen);
  const budget = cap !== undefined ? { totalFen: cap } : undefined;
  // Said as the condition of booking ("only if it's under 100"): a fare that may go over it is asked about.
  const mayExceed = cap !== undefined && product.highFen > cap && capIsCondition(turn.text);
  if (cap !== undefined && (product.lowFen > cap || mayExceed)) {
    return {
      type: "reply",
      text: `${trip}${
        product.lowFen > cap
          ? say(
              lang,
              `最低也要 ${yuan(product.lowFen)} 左右，超出你说的 ${yuan(cap)}，这个价以内叫不到，所以我没有叫车。要按这个价叫吗？`,
              ` Even the low end is about ${yuan(product.lowFen)}, over your ${yuan(cap)}, so I haven't booked it. Book it at that price anyway?`,
            )
          : say(
              lang,
              `车费按里程计，最高可能到 ${yuan(product.highFen)}，会超过你说的 ${yuan(cap)}，所以我先没叫车。还要叫吗？`,
              ` The fare is metered and could reach ${yuan(product.highFen)}, over your ${yuan(cap)}, so I haven't booked it. Book it anyway?`,
            )
      }`,
      suggestions: [
        say(lang, `按这个价叫车去${destination.name}`, `Book the ride to ${destination.nameEn} anyway`),
      ],
      state: remembered,
    };
  }
  const capNote =
    cap === undefined
      ? ""
      : product.highFen > cap
        ? say(
            lang,
            `车费按实际里程计，可能超过你说的 ${yuan(cap)}，我没法保证在这个价以内。`,
            ` The fare is metered and may go over your ${yuan(cap)}; I can't guarantee staying under it.`,
          )
        : say(lang, `在你说的 ${yuan(cap)} 以内。`, ` That's within your ${yuan(cap)}.`);
  const extras = extrasNote(extrasAsked(turn.text), lang);
  // A time said for the show's ride that cannot be the departure is said, never silently replaced.
  const unusable = toldTime?.unusable
    ? say(
        lang,
        `你说的「${toldTime.text}」不在开场之前，所以按开场前的常规时间安排。`,
        `"${toldTime.text}" isn't before the show starts, so I went by the show's start instead. `,
      )
    : "";
  const said = `${unusable}${extras}${trip}${capNote}`;
  // The card's car and time, kept so an edit ("改去灵隐寺") changes only what it names.
  const carded = {
    ...remembered,
    skill: { ...remembered.skill, rideCard: { productId, ...(later ? { when: later } : {}) } },
  };
  if (!later)
    return {
      type: "start_task",
      request: { ...request, frame: rideFrame(undefined, budget) },
      text: said,
      state: carded,
    };
  return {
    type: "start_task",
    request: scheduledRide(request, later, budget),
    text: `${unusable}${extras}${say(lang, `预约 ${whenLabel(later.atMs, turn.now, lang, turn.profile.timeZone)} 上车。`, `Booked for pick-up ${whenLabel(later.atMs, turn.now, lang, turn.profile.timeZone)}. `)}${trip}${capNote}${say(
      lang,
      "确认后到点前自动叫车，出发时才预授权车费，之前可以随时免费取消。",
      " Once you confirm, I'll call the car shortly before then; the fare is only held when it's dispatched, and you can cancel free until then.",
    )}`,
    state: carded,
  };
}

/** A ride for later: the car is called this long before the pick-up time, to be there on time. */
export const RIDE_DISPATCH_LEAD_MS = 20 * 60_000;

/** A ride's request frame: its time when the user said one (a ride for now has nothing to check). */
export function rideFrame(
  when?: { atMs: number; text: string },
  budget?: { totalFen: number },
): RequestFrame {
  return {
    kind: "ride_hail",
    items: [],
    exclusions: [],
    bundle: [],
    problems: [],
    ...(when ? { when } : {}),
    ...(budget ? { budget } : {}),
  };
}

/** A bare hour already past today ("下班的时候6点叫车", said at 9 a.m.): this evening, not dawn tomorrow. */
function eveningRide(context: SkillContext): { atMs: number; text: string } | undefined {
  const datetime = context.nlu.slots.datetime;
  if (!datetime?.timeKnown) return undefined;
  const { turn } = context;
  const atMs = eveningMeant(datetime.text, turn.text, datetime.startMs, turn.now, turn.profile.timeZone);
  return atMs === datetime.startMs ? undefined : { atMs, text: datetime.text };
}

/** A pick-up said as a delay ("20分钟后", "in 30 minutes"): booked for then, however soon. */
function soonTime(context: SkillContext): { atMs: number; text: string } | undefined {
  const minutes = departInMinutes(context.turn.text);
  if (minutes === undefined || minutes < 10) return undefined;
  return { atMs: context.turn.now + minutes * 60_000, text: context.turn.text };
}

/** The request for a ride picked up at `when`: confirmed now, dispatched just before. */
export function scheduledRide(
  request: TaskRequest,
  when: { atMs: number; text: string },
  budget?: { totalFen: number },
): TaskRequest {
  return {
    ...request,
    scheduledFor: when.atMs,
    startLeadMs: RIDE_DISPATCH_LEAD_MS,
    frame: rideFrame(when, budget),
  };
}
