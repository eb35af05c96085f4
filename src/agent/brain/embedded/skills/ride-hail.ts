import type { RequestFrame } from "../../frame.ts";
import type { BrainDecision, Lang, TaskRequest } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { laterTime, whenLabel } from "./later.ts";
import { formatDistance, formatDuration, type Place, placeName } from "./places.ts";
import { tripEnds } from "./route.ts";

/** The rides service's products and the words that pick them (default economy / 快车). */
const PRODUCT_WORDS: readonly [productId: string, pattern: RegExp][] = [
  // A bigger car, or a party of five or six (a four-seat car cannot take them).
  [
    "xl",
    /六座|6座|七座|7座|商务车|大车|大(?:一)?[点些]的车|空间大|行李多|\bxl\b|six[- ]seat|6[- ]seat|seven[- ]seat|minivan|\bvan\b|\bsuv\b|\b(?:big|bigger|large|larger)\s+(?:car|vehicle|taxi|cab|ride)\b|\blots of (?:luggage|bags)\b|(?:^|[^0-9])[5-6五六]\s*(?:个)?(?:人|位)|\b(?:5|6|five|six)\s+(?:of us|people|persons|passengers|adults)\b/iu,
  ],
  ["comfort", /专车|舒适|豪华|comfort|premier|premium|luxury|nicer car/iu],
  ["economy", /快车|经济|economy|express|cheap/iu],
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

/** Which product the text asks for. */
export function productOf(text: string): string {
  return PRODUCT_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? "economy";
}

/** The engine's request for a ride between two places (the rides handler quotes it). */
export function rideRequest(
  origin: Place,
  destination: Place,
  productId: string,
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
export async function rideHail(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  const state: DialogueState = { ...context.state, lastIntent: "ride_hail", awaiting: undefined };
  const { origin, destination, destinationPhrase } = await tripEnds(context);
  if (!destinationPhrase) {
    return {
      type: "ask",
      slot: "destination",
      text: say(lang, "要去哪里？", "Where to?"),
      state: { ...state, awaiting: { intent: "ride_hail", slot: "destination" } },
    };
  }
  if (!destination || !origin) {
    return {
      type: "reply",
      text: say(
        lang,
        `抱歉，地图上没找到「${destinationPhrase}」。`,
        `Sorry, I couldn't find "${destinationPhrase}" on the map.`,
      ),
      state,
    };
  }
  const productId = productOf(turn.text);
  const later = laterTime(context);
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
  const request = rideRequest(origin, destination, productId, lang, later?.atMs);
  const trip = say(
    lang,
    `${product.nameZh}从${placeName(origin, lang)}到${placeName(destination, lang)}，约 ${formatDistance(distanceMeters, lang)}、${formatDuration(durationSeconds, lang)}，预估 ${yuan(product.lowFen)}–${yuan(product.highFen)}。`,
    `${product.nameEn} from ${placeName(origin, lang)} to ${placeName(destination, lang)}: about ${formatDistance(distanceMeters, lang)}, ${formatDuration(durationSeconds, lang)}, estimated ${yuan(product.lowFen)}–${yuan(product.highFen)}.`,
  );
  if (!later) return { type: "start_task", request: { ...request, frame: rideFrame() }, text: trip, state };
  return {
    type: "start_task",
    request: scheduledRide(request, later),
    text: `${say(lang, `预约 ${whenLabel(later.atMs, turn.now, lang, turn.profile.timeZone)} 上车。`, `Booked for pick-up ${whenLabel(later.atMs, turn.now, lang, turn.profile.timeZone)}. `)}${trip}${say(
      lang,
      "确认后到点前自动叫车，出发时才预授权车费，之前可以随时免费取消。",
      " Once you confirm, I'll call the car shortly before then; the fare is only held when it's dispatched, and you can cancel free until then.",
    )}`,
    state,
  };
}

/** A ride for later: the car is called this long before the pick-up time, to be there on time. */
export const RIDE_DISPATCH_LEAD_MS = 20 * 60_000;

/** A ride's request frame: its time when the user said one (a ride for now has nothing to check). */
export function rideFrame(when?: { atMs: number; text: string }): RequestFrame {
  return {
    kind: "ride_hail",
    items: [],
    exclusions: [],
    bundle: [],
    problems: [],
    ...(when ? { when } : {}),
  };
}

/** The request for a ride picked up at `when`: confirmed now, dispatched just before. */
export function scheduledRide(request: TaskRequest, when: { atMs: number; text: string }): TaskRequest {
  return {
    ...request,
    scheduledFor: when.atMs,
    startLeadMs: RIDE_DISPATCH_LEAD_MS,
    frame: rideFrame(when),
  };
}
