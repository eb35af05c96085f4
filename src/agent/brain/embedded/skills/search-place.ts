import { shopKindSaid } from "../../nlu/shop-kind-words.ts";
import type { BrainDecision } from "../../types.ts";
import { say } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { type FoundPlace, shopsNear } from "./place-shops.ts";
import {
  bestRatedAsked,
  kindKeywords,
  leastRating,
  openAt,
  openNowAsked,
  priceAsked,
  priceNote,
} from "./place-wishes.ts";
import { formatDistance, resolvePlace, savedPlace } from "./places.ts";
import { lngLat } from "./route.ts";
import { shanghaiClock } from "./shanghai-time.ts";

interface SearchOutput {
  pois?: {
    id: string;
    name: string;
    name_en?: string;
    distance?: number;
    rating?: number;
    adname?: string;
    address?: string;
  }[];
}

const SHOWN = 5;
// Kinds of shop the map knows by its own food words (its famous restaurants come first).
const FOOD_PLACES = new Set(["restaurant", "fast_food"]);
const RADII = [2_000, 6_000];

// The NLU has no keyword slot yet: what is left of the text without the words of asking is the
// keyword ("附近有什么咖啡店" → "咖啡店"). Generic food words become the map's food category word.
const FOOD = /好吃|吃的|吃饭|美食|餐厅|饭店|饭馆|restaurants?|food|eat|dinner|lunch/iu;
const ASKING =
  /附近|周边|旁边|周围|这边|有什么|有没有|有哪些|哪里有|哪儿有|哪有|推荐|找一?下?|一些|一家|几家|好的|不错的|[的吗呢吧啊？?！!。，,]|\b(?:any|some|good|best|nice|nearby|near|around|here|me|close|by|is|are|there|find|show|recommend|what|where|can|you|i|a|an|the|places?|spots?|please)\b/giu;

/** What to search the map for. */
export function searchKeyword(context: SkillContext): string | undefined {
  const kind = kindKeywords(context.turn.text);
  if (kind) return kind;
  // A kind of shop of the catalogue ("flower shops", "水果店", "bakeries"): its own word, whatever
  // else the sentence names ("flower shops" is no bunch of flowers).
  const shop = shopKindSaid(context.turn.text);
  if (shop && !FOOD_PLACES.has(shop.category)) return shop.zh[0];
  const entity = (context.nlu.slots.entities ?? []).find(
    (match) => ["category", "merchant", "item"].includes(match.entity.kind) && match.score >= 0.9,
  );
  if (entity) return entity.entity.zh;
  if (FOOD.test(context.turn.text)) return "美食";
  const rest = context.turn.text.replace(ASKING, " ").replace(/\s+/gu, " ").trim();
  return rest.length > 0 ? rest : undefined;
}

/** "附近有什么好吃的": places near home (or the office), nearest first, as options to pick from. */
export async function searchPlace(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  const state: DialogueState = { ...context.state, lastIntent: "search_place", awaiting: undefined };
  const keyword = searchKeyword(context);
  const hoursOf = new Map<string, string>();
  if (!keyword) {
    return {
      type: "ask",
      slot: "keyword",
      text: say(
        lang,
        "想找什么地方？比如咖啡店、餐厅、公园。",
        "What kind of place? A café, a restaurant, a park…",
      ),
      state: { ...state, awaiting: { intent: "search_place", slot: "keyword" } },
    };
  }
  // Near a named place ("西湖边上的杭帮菜", "hotels near Hangzhou East Station") centres the search there.
  const landmark = (nlu.slots.entities ?? []).find(
    (match) => match.entity.kind === "poi" && match.score >= 0.8 && !keyword.includes(match.entity.zh),
  );
  const named = landmark ? await resolvePlace(turn.tools, turn.profile, landmark.entity.zh) : undefined;
  const centre = named ?? savedPlace(turn.profile, nlu.slots.addressLabel ?? "home");
  let pois: FoundPlace[] = [];
  for (const radius of centre ? RADII : []) {
    const found = await turn.tools.call<SearchOutput>("maps_around_search", {
      location: lngLat(centre as NonNullable<typeof centre>),
      radius,
      keywords: keyword,
      offset: 10,
    });
    pois = found.ok ? (found.data.pois ?? []) : [];
    if (pois.length >= 3) break;
  }
  if (pois.length === 0) {
    const found = await turn.tools.call<SearchOutput>("maps_text_search", {
      keywords: keyword,
      city: "杭州",
      offset: 10,
    });
    pois = found.ok ? (found.data.pois ?? []) : [];
  }
  // The city's shops answer what the map's few famous places do not (a noodle bar, a pharmacy).
  if (pois.length < 3 && centre) {
    const kind = shopKindSaid(turn.text);
    const category = kind && !FOOD_PLACES.has(kind.category) ? kind.category : undefined;
    const shops = await shopsNear(context, keyword, centre, category);
    pois = [...pois, ...shops];
    for (const shop of shops) if (shop.hours) hoursOf.set(shop.id, shop.hours);
  }
  // A least rating, open now, best rated: kept, and said; a price the map does not know: said.
  const least = leastRating(turn.text);
  const notes: string[] = [];
  if (least !== undefined) {
    let rated = pois.filter((poi) => (poi.rating ?? 0) >= least);
    if (rated.length === 0 && pois.length > 0) {
      const wider = await turn.tools.call<SearchOutput>("maps_around_search", {
        location: lngLat(centre as NonNullable<typeof centre>),
        radius: 30_000,
        keywords: keyword,
        offset: 25,
      });
      rated = (wider.ok ? (wider.data.pois ?? []) : []).filter((poi) => (poi.rating ?? 0) >= least);
      if (rated.length > 0)
        notes.push(
          say(
            lang,
            `附近没有评分 ${least} 以上的，放远一点找到这些：`,
            `Nothing nearby is rated ${least} or above; a bit further out: `,
          ),
        );
    }
    if (rated.length === 0)
      return {
        type: "reply",
        text: say(
          lang,
          `没找到评分 ${least} 以上的「${keyword.split("|")[0]}」。要不要放宽评分？`,
          `I couldn't find any rated ${least} or above. Shall I relax the rating?`,
        ),
        state,
      };
    pois = rated;
  }
  if (openNowAsked(turn.text) && pois.length > 0) {
    const clock = shanghaiClock(turn.now);
    const candidates = pois.slice(0, 10);
    const hours = await Promise.all(
      candidates.map((poi) => hoursOf.get(poi.id) ?? openHours(context, poi.id)),
    );
    for (const [index, poi] of candidates.entries()) hoursOf.set(poi.id, hours[index] ?? "");
    const open = candidates.filter((_poi, index) => openAt(hours[index] ?? "", clock) !== false);
    if (open.length === 0) {
      // None open yet: said, with their hours, rather than a list that pretends otherwise.
      notes.push(
        say(
          lang,
          `现在 ${clock} 这些都还没营业，营业时间如下。`,
          `None of these is open now (${clock}); their hours: `,
        ),
      );
    } else {
      notes.push(say(lang, `现在 ${clock} 营业中的：`, `Open now (${clock}): `));
      pois = open;
    }
  }
  if (priceAsked(turn.text)) notes.unshift(priceNote(lang));
  if (pois.length === 0) {
    return {
      type: "reply",
      text: say(
        lang,
        `附近没找到「${keyword}」。换个说法试试？`,
        `I couldn't find "${keyword}" nearby. Try other words?`,
      ),
      state,
    };
  }
  const best = bestRatedAsked(turn.text);
  const shown = [...pois]
    .sort((a, b) =>
      best
        ? (b.rating ?? 0) - (a.rating ?? 0)
        : (a.distance ?? 0) - (b.distance ?? 0) || (b.rating ?? 0) - (a.rating ?? 0),
    )
    .slice(0, SHOWN);
  const options = shown.map((poi, index) => ({
    id: `place${index + 1}`,
    label: say(lang, poi.name, poi.name_en ?? poi.name),
    detail: [
      poi.distance !== undefined ? formatDistance(poi.distance, lang) : undefined,
      poi.rating ? say(lang, `评分 ${poi.rating.toFixed(1)}`, `rated ${poi.rating.toFixed(1)}`) : undefined,
      hoursOf.get(poi.id)
        ? say(lang, `营业 ${hoursOf.get(poi.id)}`, `open ${hoursOf.get(poi.id)}`)
        : undefined,
    ]
      .filter(Boolean)
      .join(" · "),
  }));
  const where = named
    ? say(lang, `${named.name}附近`, `near ${named.nameEn}`)
    : centre
      ? say(
          lang,
          centre.savedLabel === "office" ? "公司附近" : "家附近",
          centre.savedLabel === "office" ? "near the office" : "near home",
        )
      : say(lang, "杭州", "in Hangzhou");
  return {
    type: "propose",
    text: say(
      lang,
      `${notes.join("")}${where}找到这些，说「第几个」我带你去：`,
      `${notes.join("")}Here's what I found ${where} — say "the second one" and I'll show you the way:`,
    ),
    options,
    state: {
      ...state,
      shown: {
        kind: "place",
        entries: shown.map((poi, index) => ({
          id: `place${index + 1}`,
          label: poi.name,
          payload: {
            text: say(lang, `怎么去${poi.name}`, `how do I get to ${poi.name_en ?? poi.name}`),
            ...(hoursOf.get(poi.id) ? { hours: hoursOf.get(poi.id) } : {}),
            name: say(lang, poi.name, poi.name_en ?? poi.name),
            nameZh: poi.name,
            rideText: say(lang, `叫车去${poi.name}`, `get me a ride to ${poi.name_en ?? poi.name}`),
            poiId: poi.id,
            // Where the list was searched: an order from a listed shop goes there unless told.
            ...(centre?.savedLabel ? { near: centre.savedLabel } : {}),
          },
        })),
      },
    },
  };
}

/** A place's opening hours ("10:30-21:30"), from its details. */
export async function openHours(context: SkillContext, id: string): Promise<string> {
  const detail = await context.turn.tools.call<{ pois?: { opentime2?: string }[]; opentime2?: string }>(
    "maps_search_detail",
    { id },
  );
  if (!detail.ok) return "";
  return detail.data.pois?.[0]?.opentime2 ?? detail.data.opentime2 ?? "";
}

/** "第一个几点关门", "what time does the second one close": the picked place's opening hours. */
export async function placeHours(
  context: SkillContext,
  payload: Record<string, unknown>,
): Promise<BrainDecision> {
  const { lang } = context;
  const id = String(payload.poiId);
  const name = String(payload.name ?? "");
  const hours =
    typeof payload.hours === "string"
      ? payload.hours
      : id.startsWith("shop:")
        ? ""
        : await openHours(context, id);
  const open = hours ? openAt(hours, shanghaiClock(context.turn.now)) : undefined;
  const now =
    open === undefined
      ? ""
      : open
        ? say(lang, "现在营业中。", " It's open now.")
        : say(lang, "现在没在营业。", " It's closed right now.");
  return {
    type: "reply",
    text: hours
      ? say(lang, `${name}的营业时间是 ${hours}。${now}`, `${name} is open ${hours}.${now}`)
      : say(lang, `查不到${name}的营业时间。`, `I don't have ${name}'s opening hours.`),
    state: context.state,
  };
}
