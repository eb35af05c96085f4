import type { BrainDecision } from "../../types.ts";
import { say } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { formatDistance, savedPlace } from "./places.ts";
import { lngLat } from "./route.ts";

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
const RADII = [2_000, 6_000];

// The NLU has no keyword slot yet: what is left of the text without the words of asking is the
// keyword ("附近有什么咖啡店" → "咖啡店"). Generic food words become the map's food category word.
const FOOD = /好吃|吃的|吃饭|美食|餐厅|饭店|饭馆|restaurants?|food|eat|dinner|lunch/iu;
const ASKING =
  /附近|周边|旁边|周围|这边|有什么|有没有|有哪些|哪里有|哪儿有|哪有|推荐|找一?下?|一些|一家|几家|好的|不错的|[的吗呢吧啊？?！!。，,]|\b(?:any|some|good|best|nice|nearby|near|around|here|me|close|by|is|are|there|find|show|recommend|what|where|can|you|i|a|an|the|places?|spots?|please)\b/giu;

/** What to search the map for. */
export function searchKeyword(context: SkillContext): string | undefined {
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
  const centre = savedPlace(turn.profile, nlu.slots.addressLabel ?? "home");
  let pois: NonNullable<SearchOutput["pois"]> = [];
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
  const shown = [...pois]
    .sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || (b.rating ?? 0) - (a.rating ?? 0))
    .slice(0, SHOWN);
  const options = shown.map((poi, index) => ({
    id: `place${index + 1}`,
    label: say(lang, poi.name, poi.name_en ?? poi.name),
    detail: [
      poi.distance !== undefined ? formatDistance(poi.distance, lang) : undefined,
      poi.rating ? say(lang, `评分 ${poi.rating.toFixed(1)}`, `rated ${poi.rating.toFixed(1)}`) : undefined,
    ]
      .filter(Boolean)
      .join(" · "),
  }));
  const where = centre
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
      `${where}找到这些，说「第几个」我带你去：`,
      `Here's what I found ${where} — say "the second one" and I'll show you the way:`,
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
            poiId: poi.id,
          },
        })),
      },
    },
  };
}
