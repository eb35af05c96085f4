import { LATER_AFTER_MS } from "../../../engine/faithfulness.ts";
import { savedAddressNamed } from "../../nlu/slots/places.ts";
import type { BrainDecision } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState, OrderDraft, WantedItem } from "../state.ts";
import type { SkillContext } from "./context.ts";
import type { Candidate } from "./order-search.ts";
import {
  CUISINE_NAMES,
  type Cuisine,
  namesNoDish,
  readTaste,
  type Taste,
  tasteWords,
} from "./taste-words.ts";

/**
 * An order that names no dish but says what it should be like ("中午帮我点个外卖，不要辣的，30块以内",
 * "lunch for 5 at the office, something chinese, under 200"): dishes that meet every constraint
 * said (taste, cuisine, diet, allergens, budget, party size) are looked up near the delivery point
 * and the best becomes the order, said as picked for those reasons; when none fits, one short
 * question says so. Never a dish that breaks a constraint.
 */
export type TastePlan =
  | { kind: "draft"; draft: OrderDraft; note: string }
  | { kind: "ask"; decision: BrainDecision };

// Item categories that make a meal, and those that make something sweet.
const MEAL = [
  "rice",
  "noodles",
  "dumplings",
  "dish",
  "burger",
  "wrap",
  "sushi",
  "pizza",
  "malatang",
  "combo",
  "hotpot",
  "soup",
  "bbq",
];
const SWEET = ["dessert", "cake", "pastry", "ice_cream", "bread", "snack", "milk_tea", "fruit_tea"];

const SPICY =
  /辣|麻|椒|红油|水煮|宫保|泡菜|部队锅|重庆小面|spicy|hot & sour|chili|chilli|zinger|kimchi|army stew|kung pao|pepper|sichuan|malatang|chongqing/iu;
const MEAT =
  /肉|鸡(?!蛋)|牛|猪|羊|鱼(?!香)|虾|鸭|鳗|蟹|排骨|大排|腿|肠|火腿|培根|三鲜|鲅|鳝|肥牛|云吞|抄手|骨|chicken|beef|pork|lamb|mutton|fish|shrimp|prawn|duck|eel|salmon|mackerel|ham|bacon|sausage|meat|wonton|brisket|rib|tuna|crab|nugget|intestine/iu;
const ANIMAL = /蛋|奶|芝士|乳|egg|milk|cheese|dairy|butter|cream/iu;
const FRIED =
  /炸|薯条|鸡块|脆皮|天妇罗|鸡排|煎|麦乐鸡|全鸡|鸡翅|fried|fries|nugget|tempura|crispy|karaage|katsu|cutlet|wings|drumstick|bucket/iu;
const HEAVY =
  /红烧|扣肉|肥|油|东坡|烤|焖|炒|照烧|咖喱|卤肉|大排|burger|pizza|bbq|grilled|braised|stir-fried|pork belly|hot pot|skewer|teriyaki|curry/iu;
const SOUPY = /汤|粥|炖|云吞|馄饨|抄手|泡馍|锅|soup|congee|porridge|stew|wonton|broth|hot pot/iu;
const HIDDEN: Record<string, RegExp> = {
  花生: /花生|宫保|peanut|kung pao/iu,
  坚果: /坚果|核桃|杏仁|腰果|花生|宫保|nut|walnut|almond|cashew|kung pao/iu,
  海鲜: /虾|蟹|贝|鱼|鳗|鲅|鳝|海鲜|shrimp|prawn|crab|clam|fish|eel|salmon|mackerel|tuna|seafood|tempura/iu,
  鸡蛋: /蛋|egg|mcmuffin/iu,
  乳制品: /奶|芝士|乳|cheese|milk|dairy|latte|cream/iu,
};
const CUISINE_SHOPS: Record<Exclude<Cuisine, "chinese">, RegExp> = {
  japanese: /吉野家|争鲜|寿司|日式|yoshinoya|sushi|japanese/iu,
  korean: /米村|拌饭|韩式|韩国|micun|bibimbap|korean/iu,
  western: /麦当劳|肯德基|德克士|华莱士|必胜客|汉堡王|mcdonald|kfc|dicos|wallace|pizza hut|burger king/iu,
  sichuan: /遇见小面|杨国福|海底捞|川|渝|重庆|meet noodles|malatang|haidilao|sichuan|chongqing/iu,
  hangzhou: /知味观|新白鹿|杭|zhiweiguan|xin bai lu|hangzhou/iu,
};
const CUISINE_BRANDS: Record<Cuisine, string[]> = {
  chinese: ["老乡鸡", "知味观", "新白鹿", "袁记云饺", "喜家德"],
  japanese: ["吉野家", "争鲜"],
  korean: ["米村"],
  western: ["麦当劳", "肯德基", "必胜客"],
  sichuan: ["遇见小面", "杨国福", "海底捞"],
  hangzhou: ["知味观", "新白鹿"],
};
const FOREIGN = [CUISINE_SHOPS.japanese, CUISINE_SHOPS.korean, CUISINE_SHOPS.western];
const HALAL_SHOPS = /兰州|清真|lanzhou|halal/iu;

const soupy = (candidate: Candidate) => (SOUPY.test(`${candidate.nameZh} ${candidate.nameEn}`) ? 1 : 0);

/** Whether one dish meets every constraint said. */
function fits(candidate: Candidate, taste: Taste): boolean {
  const names = `${candidate.nameZh} ${candidate.nameEn}`;
  const shop = `${candidate.merchant.nameZh} ${candidate.merchant.nameEn}`;
  const category = candidate.category ?? "";
  if (taste.sweet ? !SWEET.includes(category) : !MEAL.includes(category)) return false;
  if (!taste.sweet && category === "soup" && !taste.soup && !taste.light) return false;
  if (category === "hotpot" && (taste.people ?? 1) < 2) return false;
  if (
    taste.cuisine === "chinese" &&
    (FOREIGN.some((pattern) => pattern.test(shop)) || /pizza|burger|sushi/u.test(category))
  )
    return false;
  if (taste.cuisine && taste.cuisine !== "chinese" && !CUISINE_SHOPS[taste.cuisine].test(shop)) return false;
  if (
    taste.noSpicy &&
    (SPICY.test(names) || (taste.cuisine !== "sichuan" && CUISINE_SHOPS.sichuan.test(shop)))
  )
    return false;
  if (taste.vegetarian && MEAT.test(names)) return false;
  if (taste.vegan && ANIMAL.test(names)) return false;
  if (taste.halal && (!HALAL_SHOPS.test(shop) || /猪|pork|bacon|ham\b/iu.test(names))) return false;
  if ((taste.noFried || taste.light) && FRIED.test(names)) return false;
  if (taste.light && (SPICY.test(names) || HEAVY.test(names) || candidate.merchant.category === "fast_food"))
    return false;
  if (taste.soup && !SOUPY.test(names)) return false;
  for (const food of taste.avoid) {
    const hidden = HIDDEN[food.zh];
    if (names.toLowerCase().includes(food.zh) || names.toLowerCase().includes(food.en.toLowerCase()))
      return false;
    if (hidden?.test(names)) return false;
  }
  return true;
}

/** Reads the taste of an order that names no dish, and plans it; undefined when it is not one. */
export async function planByTaste(context: SkillContext, draft: OrderDraft): Promise<TastePlan | undefined> {
  const { turn, lang } = context;
  if (!namesNoDish(draft) || draft.merchantQuery || draft.brand) return undefined;
  const taste = readTaste(turn.text, draft);
  if (!taste) return undefined;
  if (draft.otherPlace && !draft.addressLabel) return undefined;
  const label = draft.addressLabel ?? savedAddressNamed(turn.text, turn.profile.addresses) ?? "home";
  const address =
    turn.profile.addresses.find((candidate) => candidate.label === label) ?? turn.profile.addresses[0];
  if (!address) return undefined;
  const location = `${address.lng},${address.lat}`;
  const portions = taste.people ?? 1;
  const dishes = Math.min(taste.dishes ?? 1, 4);
  // A pre-order ("明天中午") looks at every shop; the quote checks its hours then.
  const later = draft.when !== undefined && draft.when.atMs > turn.now + LATER_AFTER_MS;
  const choose = async (openNow: boolean) => {
    const found = new Map<string, Candidate>();
    // In stock for every portion (a meal for 5 needs 5 of it).
    const keep = (candidate: Candidate & { stock?: number }) => {
      if (candidate.inStock && (candidate.stock ?? portions) >= portions && !found.has(candidate.skuId))
        found.set(candidate.skuId, candidate);
    };
    const cap = draft.budgetMaxFen !== undefined ? Math.floor(draft.budgetMaxFen / portions) : undefined;
    for (const category of taste.sweet ? SWEET : MEAL) {
      const result = await turn.tools.call<{ items: Candidate[] }>("commerce_search_items", {
        category,
        location,
        openNow,
        limit: 50,
        ...(cap !== undefined ? { maxPriceFen: cap } : {}),
      });
      if (!result.ok) continue;
      for (const candidate of result.data.items) keep(candidate);
    }
    // The shops of a cuisine by name, so a crowded category does not hide them.
    for (const keyword of [
      ...(taste.cuisine ? CUISINE_BRANDS[taste.cuisine] : []),
      ...(taste.halal ? ["兰州拉面"] : []),
    ]) {
      const result = await turn.tools.call<{ items: Candidate[] }>("commerce_search_items", {
        keyword,
        location,
        openNow,
        limit: 50,
        ...(cap !== undefined ? { maxPriceFen: cap } : {}),
      });
      if (result.ok) for (const candidate of result.data.items) keep(candidate);
    }
    const budget = draft.budgetMaxFen;
    // Fees come on top of the dishes: about ¥1 a portion for packing, and the shop's delivery fee.
    const affordable = (picks: Candidate[]) => {
      if (budget === undefined) return true;
      const first = picks[0];
      const items = picks.reduce(
        (sum, pick) => sum + pick.priceFen * share(portions, picks.length, picks.indexOf(pick)),
        0,
      );
      return items + (first?.merchant.deliveryFeeFen ?? 0) + 100 * Math.max(portions, picks.length) <= budget;
    };
    const fitting = [...found.values()].filter(
      (candidate) => fits(candidate, taste) && !draft.excludeMerchantIds?.includes(candidate.merchantId),
    );
    if (taste.cheap) fitting.sort((a, b) => a.priceFen - b.priceFen);
    // Light food: soups, porridge and steamed things before the rest.
    else if (taste.light) fitting.sort((a, b) => soupy(b) - soupy(a));
    // The best shop whose fitting dishes make the order within the budget and above its minimum.
    const byShop = new Map<string, Candidate[]>();
    for (const candidate of fitting)
      byShop.set(candidate.merchantId, [...(byShop.get(candidate.merchantId) ?? []), candidate]);
    for (const dishesThere of byShop.values()) {
      const cheapest = [...dishesThere].sort((a, b) => a.priceFen - b.priceFen);
      const chosen = affordable(dishesThere.slice(0, dishes))
        ? dishesThere.slice(0, dishes)
        : cheapest.slice(0, dishes);
      if (chosen.length < dishes || !affordable(chosen)) continue;
      const itemsFen = chosen.reduce(
        (sum, pick, index) => sum + pick.priceFen * share(portions, chosen.length, index),
        0,
      );
      if (itemsFen < (chosen[0]?.merchant.minOrderFen ?? 0)) continue;
      return { picks: chosen, shops: [...byShop.values()] };
    }
    return { picks: undefined, shops: [...byShop.values()] };
  };
  const state: DialogueState = { ...context.state, lastIntent: "order_delivery", order: draft };
  let chosen = await choose(!later);
  // Nothing open now fits: a shop that fits but opens later is still the answer, said with its hours.
  if (!chosen.picks && !later) chosen = { ...(await choose(false)), shops: chosen.shops };
  const picks = chosen.picks;
  const wanted = tasteWords(taste, draft, lang);
  if (!picks) return { kind: "ask", decision: nothingFits(context, state, taste, wanted, chosen.shops) };
  const items: WantedItem[] = picks.map((pick, index) => ({
    query: pick.nameZh,
    qty: share(portions, picks.length, index),
    options: {
      ...(taste.noSpicy && pick.optionGroups.some((group) => group.key === "spice") ? { spice: "none" } : {}),
    },
    searches: [{ keyword: pick.nameZh }, { keyword: pick.nameEn }],
    wanted: pick.nameZh,
    said: turn.text,
  }));
  const first = picks[0] as Candidate;
  const reason = wanted ? say(lang, `按你的要求（${wanted}）`, `Going by what you asked (${wanted}), `) : "";
  const note = say(
    lang,
    `${reason}挑了「${first.merchant.nameZh}」的${picks.map((pick, index) => `${pick.nameZh} × ${share(portions, picks.length, index)}`).join("、")}。`,
    `${reason}I picked ${picks.map((pick, index) => `${share(portions, picks.length, index)} × ${pick.nameEn}`).join(" and ")} from ${first.merchant.nameEn}. `,
  );
  return {
    kind: "draft",
    draft: {
      ...draft,
      items,
      stayMerchantId: first.merchantId,
      addressLabel: address.label as "home" | "office",
    },
    note,
  };
}

/** Portions of the n-th of `count` dishes for `people` (5 people, 2 dishes: 3 and 2). */
function share(people: number, count: number, index: number): number {
  if (count <= 1) return people;
  if (people <= count) return 1;
  return Math.floor(people / count) + (index < people % count ? 1 : 0);
}

function nothingFits(
  context: SkillContext,
  state: DialogueState,
  taste: Taste,
  wanted: string,
  shops: Candidate[][],
): BrainDecision {
  const { lang } = context;
  // The fitting dishes that break only the budget, as options to pick from.
  const near = shops
    .flatMap((dishes) => dishes.slice(0, 1))
    .slice(0, 3)
    .map((dish) =>
      say(
        lang,
        `${dish.merchant.nameZh}的${dish.nameZh}（${yuan(dish.priceFen)}）`,
        `${dish.nameEn} at ${dish.merchant.nameEn} (${yuan(dish.priceFen)})`,
      ),
    );
  const cuisine = taste.cuisine ? CUISINE_NAMES[taste.cuisine] : undefined;
  const text =
    near.length > 0
      ? say(
          lang,
          `符合「${wanted}」的，算上配送费超出预算了。最接近的有：${near.join("；")}。要放宽预算，还是换个口味？`,
          `Nothing fits all of "${wanted}" once delivery is added. Closest: ${near.join("; ")}. Raise the budget, or try something else?`,
        )
      : say(
          lang,
          `附近能送到的店里，没找到符合「${wanted}」的${cuisine ? `${cuisine.zh}` : "菜"}。想换个口味，还是直接告诉我想吃什么？`,
          `I couldn't find ${cuisine ? `${cuisine.en} food` : "a dish"} nearby that fits "${wanted}". Want to try another kind of food, or tell me what you'd like?`,
        );
  return {
    type: "ask",
    slot: "item",
    text,
    state: { ...state, awaiting: { intent: "order_delivery", slot: "item" } },
  };
}
