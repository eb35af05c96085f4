import type { ToolClient } from "../../../tools/client.ts";
import { extractSavedEnds } from "../../nlu/slots/places.ts";
import type { BrainDecision, Lang } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";
import {
  formatDistance,
  formatDuration,
  type Place,
  placeName,
  placePhrase,
  resolvePlace,
  savedLabelOf,
  savedPlace,
} from "./places.ts";
import { askedModes, lineOf, type TravelMode, unplannable, usesMetro } from "./route-mode.ts";

interface PathsOutput {
  taxi_cost_fen?: number;
  paths?: { distance: number; duration: number }[];
}
interface TransitOutput {
  route?: { transits?: { duration: number; cost_fen?: number; summary?: string; summary_en?: string }[] };
}

/** Cycling is worth offering up to this distance. */
const CYCLING_MAX_METERS = 8_000;
/** Beyond these, a ride is suggested. */
const LONG_TRANSIT_SECONDS = 45 * 60;
const LONG_TRIP_METERS = 10_000;

/** The trip last planned or booked, kept so a follow-up ("那打车呢", "make it a premier") reuses it. */
export interface LastTrip {
  origin?: string;
  destination: string;
}

/** The trip the conversation was last about, if the last turn was a route or a ride. */
export function lastTrip(context: SkillContext): LastTrip | undefined {
  const { state } = context;
  if (state.lastIntent !== "route" && state.lastIntent !== "ride_hail") return undefined;
  const trip = state.skill?.trip as LastTrip | undefined;
  return trip && typeof trip.destination === "string" ? trip : undefined;
}

/** Where the trip starts and ends; undefined parts could not be resolved. */
export async function tripEnds(
  context: SkillContext,
): Promise<{ origin?: Place; destination?: Place; destinationPhrase?: string; originPhrase?: string }> {
  const { turn, nlu } = context;
  const { slots } = nlu;
  // Saved places said without "to" ("get me an Uber home", "从公司回家"), then the trip just discussed.
  const saved = extractSavedEnds(turn.text);
  const named = placePhrase(
    slots.destination,
    slots.entities?.filter((match) => match.text !== slots.origin),
  );
  const previous = named || saved.destination ? undefined : lastTrip(context);
  const destinationPhrase = named ?? saved.destination ?? previous?.destination;
  const originPhrase = slots.origin ?? saved.origin ?? previous?.origin;
  const destination = destinationPhrase
    ? await resolvePlace(turn.tools, turn.profile, destinationPhrase)
    : undefined;
  // Without an origin, trips start at home; a trip home starts at the office.
  const fallbackOrigin = destinationPhrase && savedLabelOf(destinationPhrase) === "home" ? "office" : "home";
  const origin = originPhrase
    ? await resolvePlace(turn.tools, turn.profile, originPhrase)
    : savedPlace(turn.profile, fallbackOrigin);
  return {
    ...(origin ? { origin } : {}),
    ...(destination ? { destination } : {}),
    ...(destinationPhrase ? { destinationPhrase } : {}),
    ...(originPhrase ? { originPhrase } : {}),
  };
}

/** The dialogue state remembering a trip, for the next turn's follow-up. */
export function withTrip<T extends { skill?: Record<string, unknown> }>(
  state: T,
  ends: { destinationPhrase?: string; originPhrase?: string },
): T {
  if (!ends.destinationPhrase) return state;
  const trip: LastTrip = {
    destination: ends.destinationPhrase,
    ...(ends.originPhrase ? { origin: ends.originPhrase } : {}),
  };
  return { ...state, skill: { ...state.skill, trip } };
}

const line = (mode: Comparison["lines"][number]["mode"], text: string) => ({ mode, text });

/** A "lng,lat" string for the maps tools. */
export const lngLat = (place: Place): string => `${place.lng.toFixed(6)},${place.lat.toFixed(6)}`;

/** "从西湖到杭州东站怎么走": transit, driving, walking (and cycling when short), compared. */
export async function route(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  const state = { ...context.state, lastIntent: "route", awaiting: undefined };
  const { origin, destination, destinationPhrase, originPhrase } = await tripEnds(context);
  if (!destinationPhrase) {
    return {
      type: "ask",
      slot: "destination",
      text: say(lang, "想去哪里？", "Where do you want to go?"),
      state: { ...state, awaiting: { intent: "route", slot: "destination" } },
    };
  }
  if (!destination || !origin) {
    const missing = !destination ? destinationPhrase : (originPhrase ?? "");
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
  const modes = askedModes(turn.text);
  const options = await compareModes(turn.tools, origin, destination, lang, modes.includes("bike"));
  const remembered = withTrip(state, { destinationPhrase, ...(originPhrase ? { originPhrase } : {}) });
  if (options.lines.length === 0) {
    return {
      type: "reply",
      text: say(
        lang,
        "抱歉，地图服务暂时规划不了这段路线。",
        "Sorry, the map couldn't plan that trip right now.",
      ),
      state,
    };
  }
  const long = options.distance > LONG_TRIP_METERS || (options.transitSeconds ?? 0) > LONG_TRANSIT_SECONDS;
  const rideHint = long
    ? say(lang, "路有点远，要我帮你叫车吗？", "It's a long way — want me to get you a ride?")
    : "";
  const from = placeName(origin, lang);
  const to = placeName(destination, lang);
  // The way asked for comes first; one the map has no answer for is said, not skipped.
  const wanted = modes.map(lineOf);
  const ordered = [...options.lines].sort((a, b) => rank(wanted, a.mode) - rank(wanted, b.mode));
  const notes = [...unplannable(turn.text, lang), ...modeNotes(modes, options, lang)];
  const lead = notes.length > 0 ? say(lang, `${notes.join("；")}。`, `${notes.join("; ")}. `) : "";
  const lines = ordered.map((line) => line.text);
  return {
    type: "reply",
    text: say(
      lang,
      `${lead}从${from}到${to}：${lines.join("；")}。${rideHint}`,
      `${lead}From ${from} to ${to}: ${lines.join("; ")}.${rideHint ? ` ${rideHint}` : ""}`,
    ),
    ...(long
      ? { suggestions: [say(lang, `打车去${destination.name}`, `Get me a ride to ${destination.nameEn}`)] }
      : {}),
    state: remembered,
  };
}

/** Where a line stands when some modes were asked for: asked ones first, in the order asked. */
function rank(wanted: readonly string[], mode: string): number {
  const at = wanted.indexOf(mode);
  return at < 0 ? wanted.length : at;
}

/** What to say about an asked mode the answer cannot give as asked (no metro on the way, no bike route). */
function modeNotes(modes: readonly TravelMode[], options: Comparison, lang: Lang): string[] {
  const notes: string[] = [];
  const has = (mode: string) => options.lines.some((line) => line.mode === mode);
  if (modes.includes("metro") && has("transit") && !usesMetro(options.transitSummary ?? ""))
    notes.push(
      say(
        lang,
        "这段路没有方便的地铁，最快的公共交通是坐公交",
        "There's no handy metro for this trip; the quickest transit is by bus",
      ),
    );
  if (modes.includes("bike") && !has("bike"))
    notes.push(say(lang, "地图规划不了这段骑行路线", "The map has no cycling route for this trip"));
  return notes;
}

interface Comparison {
  lines: { mode: "transit" | "drive" | "walk" | "bike"; text: string }[];
  distance: number;
  transitSeconds?: number;
  transitSummary?: string;
}

async function compareModes(
  tools: ToolClient,
  origin: Place,
  destination: Place,
  lang: Lang,
  bikeAsked = false,
): Promise<Comparison> {
  const points = { origin: lngLat(origin), destination: lngLat(destination) };
  const [transit, driving, walking] = await Promise.all([
    tools.call<TransitOutput>("maps_direction_transit_integrated", {
      ...points,
      city: "杭州",
      cityd: "杭州",
    }),
    tools.call<{ route?: PathsOutput }>("maps_direction_driving", points),
    tools.call<{ route?: PathsOutput }>("maps_direction_walking", points),
  ]);
  const lines: Comparison["lines"] = [];
  const drive = driving.ok ? driving.data.route?.paths?.[0] : undefined;
  const walk = walking.ok ? walking.data.route?.paths?.[0] : undefined;
  const best = transit.ok ? transit.data.route?.transits?.[0] : undefined;
  const distance = drive?.distance ?? walk?.distance ?? 0;
  if (best) {
    const fare = best.cost_fen
      ? say(lang, `，票价 ${yuan(best.cost_fen)}`, `, fare ${yuan(best.cost_fen)}`)
      : "";
    const via = say(lang, best.summary ?? "", best.summary_en ?? best.summary ?? "");
    lines.push(
      line(
        "transit",
        say(
          lang,
          `公共交通约 ${formatDuration(best.duration, lang)}${via ? `（${via}）` : ""}${fare}`,
          `transit about ${formatDuration(best.duration, lang)}${via ? ` (${via})` : ""}${fare}`,
        ),
      ),
    );
  }
  if (drive) {
    const taxi =
      driving.ok && driving.data.route?.taxi_cost_fen
        ? say(
            lang,
            `，打车约 ${yuan(driving.data.route.taxi_cost_fen)}`,
            `, a taxi about ${yuan(driving.data.route.taxi_cost_fen)}`,
          )
        : "";
    lines.push(
      line(
        "drive",
        say(
          lang,
          `驾车约 ${formatDuration(drive.duration, lang)}（${formatDistance(drive.distance, lang)}${taxi}）`,
          `driving about ${formatDuration(drive.duration, lang)} (${formatDistance(drive.distance, lang)}${taxi})`,
        ),
      ),
    );
  }
  if (walk)
    lines.push(
      line(
        "walk",
        say(
          lang,
          `步行约 ${formatDuration(walk.duration, lang)}`,
          `walking about ${formatDuration(walk.duration, lang)}`,
        ),
      ),
    );
  if (distance > 0 && (distance <= CYCLING_MAX_METERS || bikeAsked)) {
    const cycling = await tools.call<{ data?: PathsOutput }>("maps_bicycling", points);
    const ride = cycling.ok ? cycling.data.data?.paths?.[0] : undefined;
    if (ride)
      lines.push(
        line(
          "bike",
          say(
            lang,
            `骑车约 ${formatDuration(ride.duration, lang)}`,
            `cycling about ${formatDuration(ride.duration, lang)}`,
          ),
        ),
      );
  }
  return {
    lines,
    distance,
    ...(best
      ? { transitSeconds: best.duration, transitSummary: `${best.summary ?? ""} ${best.summary_en ?? ""}` }
      : {}),
  };
}
