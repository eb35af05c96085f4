import type { BrainDecision, Lang, TaskRequest } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { formatDistance, formatDuration, type Place, placeName } from "./places.ts";
import { tripEnds } from "./route.ts";

/** The rides service's products and the words that pick them (default economy / 快车). */
const PRODUCT_WORDS: readonly [productId: string, pattern: RegExp][] = [
  ["xl", /六座|6座|商务车|大车|\bxl\b|six[- ]seat|6[- ]seat|minivan|\bvan\b/iu],
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
  const estimate = await turn.tools.call<EstimateOutput>("rides_estimate", {
    origin: { lng: origin.lng, lat: origin.lat },
    destination: { lng: destination.lng, lat: destination.lat },
    productId,
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
  return {
    type: "start_task",
    request: rideRequest(origin, destination, productId, lang),
    text: say(
      lang,
      `${product.nameZh}从${placeName(origin, lang)}到${placeName(destination, lang)}，约 ${formatDistance(distanceMeters, lang)}、${formatDuration(durationSeconds, lang)}，预估 ${yuan(product.lowFen)}–${yuan(product.highFen)}。`,
      `${product.nameEn} from ${placeName(origin, lang)} to ${placeName(destination, lang)}: about ${formatDistance(distanceMeters, lang)}, ${formatDuration(durationSeconds, lang)}, estimated ${yuan(product.lowFen)}–${yuan(product.highFen)}.`,
    ),
    state,
  };
}
