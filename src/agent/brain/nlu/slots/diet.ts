/**
 * Dietary wishes said with an order: ingredients to leave out ("不要香菜", "hold the cilantro", "no
 * peanuts"), allergies ("花生过敏", "allergic to shellfish"), ways of eating (吃素 / vegetarian / vegan,
 * 清真 / halal) and no spice ("不吃辣", "I don't eat spicy food"). Menus rarely offer them as options,
 * so the planner applies what it can (spice) and says the rest before the card.
 */
export interface DietSlot {
  /** Ingredients to leave out, in both languages. */
  avoid: { zh: string; en: string }[];
  /** Whether an allergy was said (then leaving it out matters more). */
  allergy: boolean;
  styles: ("vegetarian" | "vegan" | "halal")[];
  noSpicy: boolean;
}

// Ingredients people ask to leave out: [zh, en, pattern for both languages].
const INGREDIENTS: readonly [string, string, RegExp][] = [
  ["香菜", "cilantro", /香菜|芫荽|cilantro|coriander/iu],
  ["葱", "scallions", /葱花|小葱|大葱|(?<!洋)葱|scallions?|green onions?|spring onions?/iu],
  ["洋葱", "onion", /洋葱|(?<!green |spring )\bonions?\b/iu],
  ["蒜", "garlic", /蒜|garlic/iu],
  ["姜", "ginger", /生姜|姜|ginger/iu],
  ["花生", "peanuts", /花生|peanuts?/iu],
  ["坚果", "nuts", /坚果|(?<!pea|dough|coco)\bnuts?\b|tree nuts?/iu],
  ["芝麻", "sesame", /芝麻|sesame/iu],
  ["味精", "MSG", /味精|鸡精|\bmsg\b/iu],
  ["海鲜", "seafood", /海鲜|虾|蟹|贝类|seafood|shellfish|shrimps?|prawns?|crab/iu],
  ["乳制品", "dairy", /乳制品|乳糖|牛奶|dairy|lactose/iu],
  ["鸡蛋", "egg", /鸡蛋|(?<!卤|荷包|茶叶)蛋(?!挞|糕|黄酥|包饭|炒饭)|\beggs?\b/iu],
  ["麸质", "gluten", /麸质|面筋|gluten|wheat/iu],
  ["猪肉", "pork", /猪肉|pork/iu],
  ["牛肉", "beef", /牛肉|beef/iu],
  ["肉", "meat", /(?<![猪牛羊鸡鸭鱼])肉|\bmeat\b/iu],
  ["香油", "sesame oil", /香油|sesame oil/iu],
  ["芹菜", "celery", /芹菜|celery/iu],
  ["韭菜", "chives", /韭菜|chives/iu],
  ["蘑菇", "mushrooms", /蘑菇|香菇|mushrooms?/iu],
];

// The words that leave something out, before it ("不要X", "no X", "hold the X") or after it ("X过敏").
const ZH_LEAVE_OUT = /(?:不要|不加|不放|别放|别加|去掉|免|不吃|不能吃|忌)(?:放|加)?\s*/u;
const EN_LEAVE_OUT =
  /\b(?:no|without|hold(?: the)?|leave out(?: the)?|skip(?: the)?|minus(?: the)?|free of|(?:don'?t|do not|can'?t|cannot) (?:eat|have)(?: any)?|allergic to|allergy to|allergies to|intolerant to)\s+(?:any\s+|the\s+)?/iu;
const ALLERGY = /过敏|allerg|intoleran/iu;

const VEGAN = /\bvegan\b|纯素|全素/iu;
const VEGETARIAN = /吃素|素食|素的|不吃肉|vegetarian|\bveggie\b|no meat|meat-?free/iu;
const HALAL = /清真|回民|回族|穆斯林|\bhalal\b|\bmuslim\b/iu;
const NO_SPICY =
  /不吃辣|不能吃辣|吃不了辣|怕辣|(?:don'?t|do not|can'?t|cannot|won'?t) (?:eat|have|do|handle|take) (?:any )?spic(?:y|e)/iu;

/** The ingredient named right after a leave-out word, or right before 过敏 ("花生过敏", "对海鲜过敏"). */
function leftOut(text: string): { zh: string; en: string }[] {
  const found: { zh: string; en: string }[] = [];
  const add = (zh: string, en: string) => {
    if (!found.some((other) => other.zh === zh)) found.push({ zh, en });
  };
  for (const { zh, en, after, before } of LEFT_OUT) if (after.test(text) || before.test(text)) add(zh, en);
  return found;
}

// Per ingredient, its leave-out patterns, compiled once.
const LEFT_OUT = INGREDIENTS.map(([zh, en, pattern]) => ({
  zh,
  en,
  after: new RegExp(`(?:${ZH_LEAVE_OUT.source}|${EN_LEAVE_OUT.source})(?:${pattern.source})`, "iu"),
  before: new RegExp(
    `(?:对)?(?:${pattern.source})\\s*(?:也)?(?:过敏|不耐受|allerg(?:y|ies)\\b|intolerance)`,
    "iu",
  ),
}));

/** The dietary wishes of one request, or undefined when it says none. */
export function extractDiet(text: string): DietSlot | undefined {
  const avoid = leftOut(text);
  const styles: DietSlot["styles"] = [];
  if (VEGAN.test(text)) styles.push("vegan");
  else if (VEGETARIAN.test(text)) styles.push("vegetarian");
  if (HALAL.test(text)) styles.push("halal");
  const noSpicy = NO_SPICY.test(text);
  if (avoid.length === 0 && styles.length === 0 && !noSpicy) return undefined;
  return { avoid, allergy: ALLERGY.test(text), styles, noSpicy };
}
