import { parseCount } from "../../nlu/slots/numbers.ts";
import { partySaid } from "../../nlu/slots/party.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";
import type { OrderDraft } from "../state.ts";

/**
 * What a person wants of a meal they do not name ("中午帮我点个外卖，不要辣的", "something chinese for
 * 5 people", "清淡点的", "something sweet"): a cuisine, ways of eating, a taste, a party size, a
 * number of dishes. The taste picker (taste-pick.ts) keeps only dishes that meet every one of them.
 */
export interface Taste {
  cuisine?: Cuisine;
  noSpicy: boolean;
  vegetarian: boolean;
  vegan: boolean;
  halal: boolean;
  light: boolean;
  noFried: boolean;
  soup: boolean;
  sweet: boolean;
  cheap: boolean;
  /** How many eat (a meal for 5 is 5 portions). */
  people?: number;
  /** How many different dishes were asked for ("点两个菜"). */
  dishes?: number;
  /** Ingredients left out or allergies (from the diet slot). */
  avoid: { zh: string; en: string }[];
}

export type Cuisine = "chinese" | "japanese" | "korean" | "western" | "sichuan" | "hangzhou";

export const CUISINE_NAMES: Record<Cuisine, { zh: string; en: string }> = {
  chinese: { zh: "中餐", en: "Chinese" },
  japanese: { zh: "日料", en: "Japanese" },
  korean: { zh: "韩餐", en: "Korean" },
  western: { zh: "西式快餐", en: "Western" },
  sichuan: { zh: "川味", en: "Sichuan-style" },
  hangzhou: { zh: "杭帮菜", en: "Hangzhou" },
};

const CUISINE_WORDS: readonly [Cuisine, RegExp][] = [
  ["sichuan", /川菜|川味|四川菜|川渝|重庆菜|\bsichuan\b|\bszechuan\b/iu],
  ["hangzhou", /杭帮菜|杭州菜|\bhangzhou (?:food|cuisine|dishes)\b/iu],
  ["japanese", /日料|日本料理|日本菜|日式|\bjapanese\b/iu],
  ["korean", /韩餐|韩国料理|韩国菜|韩式|韩料|\bkorean\b/iu],
  ["western", /西餐|西式|洋快餐|\bwestern\b|\bamerican food\b/iu],
  ["chinese", /中餐|中式|中国菜|家常菜|炒菜|\bchinese\b/iu],
];

const NO_SPICY =
  /不要辣|不辣|别(?:放|太)?辣|不吃辣|不能吃辣|吃不了辣|怕辣|免辣|不要太辣|(?:nothing|not|non-?|no|never|without)[\s-]*(?:too\s+)?spic(?:y|e)|mild\b|(?:don'?t|do not|can'?t|cannot) (?:eat|have|do|handle|take) (?:any )?spic(?:y|e)/iu;
const VEGAN = /\bvegan\b|纯素|全素/iu;
const VEGETARIAN =
  /吃素|素食|素的|素菜|不吃肉|不要肉|vegetarian|\bveggie\b|no meat|meat-?free|plant-?based/iu;
const HALAL = /清真|回民|穆斯林|\bhalal\b|\bmuslim\b/iu;
const LIGHT =
  /清淡|少油|不油腻|健康|轻食|低脂|低卡|\blight\b|\bhealthy\b|\bclean eating\b|\blow[- ](?:fat|cal)|not greasy|\bnon-?greasy/iu;
const NO_FRIED =
  /不要油炸|不吃油炸|别(?:要)?油炸|不要炸|非油炸|油炸的不要|no(?:thing)? (?:deep[- ])?fried|not (?:deep[- ])?fried|non-?fried|without (?:deep[- ])?frying/iu;
const SOUP =
  /有汤|带汤|汤汤水水|喝(?:点|碗)?汤|热乎|热的|暖和|暖胃|暖身|\bsoup|\bbroth|\bwarm(?:ing)?\b|\bhot (?:meal|food)\b|something hot\b/iu;
const SWEET = /甜的|甜食|甜品|甜点|吃点甜|来点甜|\bsweet\b|\bdessert|\bsomething sugary/iu;
const CHEAP = /便宜|实惠|划算|省钱|穷|\bcheap|\bbudget\b|\baffordable|\binexpensive/iu;

const ZH_COUNT = "\\d+|[一两二三四五六七八九十]+";
const EN_COUNT = "\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const ZH_DISHES = new RegExp(`(${ZH_COUNT})\\s*(?:个|道|样|份)\\s*(?:菜|炒菜|小菜)`, "u");
const EN_DISHES = new RegExp(`\\b(${EN_COUNT})\\s+(?:different\\s+)?dishes\\b`, "iu");

/** The tastes a request says; undefined when it says none of them. */
export function readTaste(text: string, draft: OrderDraft): Taste | undefined {
  const count = (match: RegExpExecArray | null) => {
    const word = match?.slice(1).find((group) => group !== undefined);
    const value = word ? parseCount(word) : undefined;
    return value !== undefined && value >= 1 && value <= 30 ? value : undefined;
  };
  const people = partySaid(text)?.people;
  const dishes = count(ZH_DISHES.exec(text)) ?? count(EN_DISHES.exec(text));
  const diet = draft.diet;
  const vegan = VEGAN.test(text) || (diet?.styles.includes("vegan") ?? false);
  const taste: Taste = {
    cuisine: CUISINE_WORDS.find(([, pattern]) => pattern.test(text))?.[0],
    noSpicy:
      NO_SPICY.test(text) ||
      (diet?.noSpicy ?? false) ||
      draft.items.some((item) => item.options.spice === "none"),
    vegan,
    vegetarian: vegan || VEGETARIAN.test(text) || (diet?.styles.includes("vegetarian") ?? false),
    halal: HALAL.test(text) || (diet?.styles.includes("halal") ?? false),
    light: LIGHT.test(text),
    noFried: NO_FRIED.test(text),
    soup: SOUP.test(text),
    sweet: SWEET.test(text),
    cheap: CHEAP.test(text),
    ...(people !== undefined && people >= 2 ? { people } : {}),
    ...(dishes !== undefined && dishes >= 2 ? { dishes } : {}),
    avoid: diet?.avoid ?? [],
  };
  const said =
    taste.cuisine !== undefined ||
    taste.noSpicy ||
    taste.vegetarian ||
    taste.halal ||
    taste.light ||
    taste.noFried ||
    taste.soup ||
    taste.sweet ||
    taste.cheap ||
    taste.people !== undefined ||
    taste.dishes !== undefined ||
    taste.avoid.length > 0 ||
    draft.budgetMaxFen !== undefined;
  return said ? taste : undefined;
}

// Words that ask for food without naming any: what is left of a vague item once they are gone is nothing.
const VAGUE_WORDS =
  /不要|不吃|不能|不|别|太|辣的?|辣|清淡|素|甜|热乎乎?|热|汤|油炸|油|炸|吃的|喝的|吃|东西|外卖|饭|餐|菜|馆|中午|晚上|早上|下午|中|午|晚|早|人|个|点|份|的|了|些|一下|随便|推荐|好|想|来|要|帮我|[一两二三四五六七八九十\d]+|日料|韩|川|中式|西式|japanese|chinese|korean|western|sichuan|something|anything|food|dish(?:es)?|meal|lunch|dinner|supper|spicy|light|healthy|sweet|cheap|vegetarian|vegan|halal|not|nothing|non|no|fried|soup|warm|hot|for|people|of|us|and|同事|订|叫|整|办公室|公司|家里|team|office|work|home|decent|some|get|me|my|deep|stuff|things?|please|tops|max|grab|order|want|craving|tonight|today|\s+|[，,。.!！?？~、]/giu;

const MEAL_WORDS = /饭|餐|外卖|吃的|\b(?:food|meal|lunch|dinner|supper|something to eat)\b/iu;
const TASTE_WORDS = new RegExp(
  [
    ...CUISINE_WORDS.map(([, pattern]) => pattern.source),
    VEGETARIAN.source,
    HALAL.source,
    LIGHT.source,
    NO_FRIED.source,
  ].join("|"),
  "iu",
);
const SENT =
  /送|外卖|点|订|叫|\b(?:order|deliver|send|get me|bring|to (?:my|the) (?:office|home|place)|at (?:home|the office)|under|max|within)\b/iu;

/** A meal asked by its taste with where it goes or what it may cost ("halal lunch to the office"). */
export function mealByTaste(text: string): boolean {
  return MEAL_WORDS.test(text) && TASTE_WORDS.test(text) && SENT.test(text);
}

/** Whether the order names no dish at all, only what it should be like. */
export function namesNoDish(draft: OrderDraft): boolean {
  return draft.items.every(
    (item) =>
      !item.skuId &&
      !item.kinds?.length &&
      !item.ingredient &&
      !item.shop &&
      item.query.replace(VAGUE_WORDS, "").trim() === "",
  );
}

/** The constraints said, as short words for a reply ("不辣、素食、¥30 以内"). */
export function tasteWords(taste: Taste, draft: OrderDraft, lang: Lang): string {
  const words: string[] = [];
  const add = (zh: string, en: string) => words.push(say(lang, zh, en));
  if (taste.cuisine) add(CUISINE_NAMES[taste.cuisine].zh, CUISINE_NAMES[taste.cuisine].en);
  if (taste.noSpicy) add("不辣", "not spicy");
  if (taste.vegan) add("纯素", "vegan");
  else if (taste.vegetarian) add("素食", "vegetarian");
  if (taste.halal) add("清真", "halal");
  if (taste.light) add("清淡", "light");
  if (taste.noFried) add("不要油炸", "nothing fried");
  if (taste.soup) add("有汤、热乎", "hot, with soup");
  if (taste.sweet) add("甜的", "sweet");
  if (taste.cheap) add("实惠", "cheap");
  for (const food of taste.avoid) add(`不含${food.zh}`, `no ${food.en}`);
  if (taste.people) add(`${taste.people} 人份`, `for ${taste.people}`);
  if (draft.budgetMaxFen !== undefined)
    add(`总价 ¥${draft.budgetMaxFen / 100} 以内`, `under ¥${draft.budgetMaxFen / 100} in total`);
  return words.join(say(lang, "、", ", "));
}
