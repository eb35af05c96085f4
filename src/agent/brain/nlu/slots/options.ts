import type { ItemOptions } from "./types.ts";

type Rule<K extends keyof ItemOptions> = [RegExp, NonNullable<ItemOptions[K]>];

// Order matters: the more specific phrase ("超大杯", "extra large") is tried before the general one.
const SIZE: Rule<"size">[] = [
  [/超大杯|特大杯|extra[ -]large|\bxl\b|\bventi\b/iu, "extra_large"],
  [/大杯|大份|\blarge\b|\bbig\b(?! ?macs?\b)/iu, "large"],
  [/中杯|中份|\bmedium\b(?! spicy)|\bregular\b|\bgrande\b/iu, "medium"],
  [/小杯|小份|\bsmall\b|\btall\b/iu, "small"],
];
const SUGAR: Rule<"sugar">[] = [
  [/无糖|不加糖|不要糖|去糖|零糖|no[- ]sugar|sugar[- ]free|unsweetened|without sugar/iu, "none"],
  [/半糖|五分糖|半甜|half sugar|half sweet|half-sweet|50% sugar/iu, "half"],
  [
    /少糖|微糖|三分糖|七分糖|少甜|微甜|不要太甜|别太甜|less[- ]sugar|low[- ]sugar|light sugar|less sweet|light on the sugar|not too sweet|30% sugar/iu,
    "less",
  ],
  [/多糖|全糖|加糖|extra sweet|extra sugar|more sugar/iu, "extra"],
  [
    /标准糖|正常糖|标准甜|正常甜|normal sugar|regular sugar|standard sugar|(?:normal|regular|standard) sweetness/iu,
    "standard",
  ],
];
const ICE: Rule<"ice">[] = [
  [/去冰|不加冰|别加冰|别放冰|不要冰|无冰|no[- ]ice|without ice/iu, "none"],
  [/少冰|微冰|less[- ]ice|light ice|\bhalf ice\b|\blow ice\b/iu, "less"],
  [/多冰|加冰|extra ice|more ice/iu, "extra"],
  [/正常冰|标准冰|normal ice|regular ice|standard ice/iu, "normal"],
];
// "热" or "冰" standing alone after a count or a comma ("5杯冰，1杯热", "拿铁1杯，热"): never inside a
// word ("热干面", "热狗", "冰淇淋") and never after 去/少/多 (those are ice levels).
const ALONE_BEFORE = "(?:^|[\\s,，、:：]|[0-9一二两三四五六七八九十]\\s*[杯份碗个])";
const ALONE_AFTER = "(?=$|[\\s,，。、!！;；的])";
// The words that say hot or iced, besides "热" or "冰" standing alone.
const HOT_WORDS =
  "热的|热饮|要热(?![狗干])|换成热|改成热|做热|热一点|温的|(?<![不别])(?:改|换|要|做)(?:成|为)?热(?=$|[\\s,，。!！;；的吧啊呀了哈])|(?<!(?:extra|super|very) )\\bhot\\b(?! ?pot| ?dog)|\\bwarm\\b";
const ICED_WORDS =
  "冰的|换成冰|改成冰|(?<![不别去少多无])(?:改|换|做)(?:成|为)?冰(?=$|[\\s,，。!！;；的吧啊呀了哈])|\\biced\\b|\\bcold\\b(?! brew| medicines?| meds?| remed| relief| tablets?| capsules?| pills?| granules?| noodles?| dishes| dish| cuts?| plates?| sores?| (?:and|&) (?:flu|cough))|\\b(?:over|on) ice\\b|\\bon the rocks\\b";
const ROOM = /常温|room temperature|not chilled|不要冰镇/iu;
// "冰镇", "chilled": a bottle kept cold, not a drink over ice (a shop that has only ice levels says so).
const CHILLED = /冰镇|\bchilled\b/iu;
const TEMPERATURE: Rule<"temperature">[] = [
  [ROOM, "room"],
  [CHILLED, "chilled"],
  [new RegExp(`${HOT_WORDS}|${ALONE_BEFORE}热${ALONE_AFTER}`, "iu"), "hot"],
  [new RegExp(`${ICED_WORDS}|${ALONE_BEFORE}冰${ALONE_AFTER}`, "iu"), "iced"],
];
const SPICE: Rule<"spice">[] = [
  [
    /不辣|不要辣|免辣|别放辣|不吃辣|不能吃辣|吃不了辣|怕辣|不放辣|not spicy|no chili|no spice|non[- ]spicy|nothing spicy|no spicy|without (?:chili|spice)|(?:don'?t|do not|can'?t|cannot|won'?t) (?:eat|have|do|handle|take) (?:any )?spic(?:y|e)|hate spicy|allergic to (?:chili|spice)/iu,
    "none",
  ],
  [/特辣|变态辣|超辣|多放辣|加辣|extra spicy|very spicy|(?:super|extra) hot|super spicy/iu, "extra_hot"],
  [/中辣|medium spicy|medium spice/iu, "medium"],
  [
    /微辣|少辣|小辣|(?:一点点|一点|有点|稍微|稍稍)辣|\bmild\b|not too spicy|a (?:little|bit) spicy|slightly spicy/iu,
    "mild",
  ],
  [/重辣|\bspicy\b/iu, "hot"],
];

const MILK: Rule<"milk">[] = [
  [/燕麦奶|oat ?milk|\boatly\b/iu, "oat"],
  [/脱脂奶?|\bskim(?:med)?(?: milk)?\b|\bnon-?fat\b/iu, "skim"],
  [/全脂奶?|\bwhole milk\b/iu, "whole"],
];
const COMBO: Rule<"combo">[] = [
  [/套餐|\b(?:as )?a meal\b|\bmeals?\b|\bcombos?\b/iu, "meal"],
  [
    /单点|不要套餐|不(?:要|用)?(?:做成?)?套餐|\bjust the (?:burgers?|sandwich(?:es)?)\b|\b(?:burgers?|sandwich(?:es)?) only\b|\bno (?:meals?|combos?)\b|\bnot (?:as )?(?:a )?(?:meals?|combos?)\b|\ba la carte\b|\bsingles?(?= (?:(?:chicken |beef |fish )?burgers?|sandwich(?:es)?|ones)\b)|\b(?:make (?:it|them|those|both)|as|just|go) singles?\b|\bsingles\b|\bwithout (?:an? |the )?(?:meal|combo)s?\b|\bon (?:its|their) own\b|\bby (?:itself|themselves)\b|\balone\b/iu,
    "single",
  ],
];

function firstMatch<K extends keyof ItemOptions>(text: string, rules: Rule<K>[]): ItemOptions[K] | undefined {
  for (const [pattern, value] of rules) if (pattern.test(text)) return value;
  return undefined;
}

// "change the milk to oat", "sugar to none", "switch the ice to light": an option said group first
// ("an oat milk to both" says which cups, no value).
const GROUP_FIRST =
  /\b(milk|sugar|sweetness|ice|size|spice|spiciness)\s+(?:level\s+)?(?:to|into|->|→)\s+(?:be\s+)?(?!(?:both|all|them|it|each|every|everyone|the|my|our|that|those|these|one|two)\b)([a-z%0-9-]+)/giu;

/** The option said group first in the usual order ("milk to oat" → "oat milk", "sugar to none" → "no sugar"). */
function valueFirst(text: string): string {
  return text.replace(GROUP_FIRST, (_all, group: string, value: string) => {
    const said = /^(?:none|no|zero|0%?|nothing|free)$/iu.test(value) ? "no" : value;
    const name = /^sweetness$/iu.test(group) ? "sugar" : /^spic/iu.test(group) ? "spicy" : group;
    return /^(?:size|spice|spiciness)$/iu.test(group) ? said : `${said} ${name}`;
  });
}

/** Size, sugar, ice, temperature, spice, milk and combo options in either language, as canonical values. */
export function extractItemOptions(said: string): ItemOptions | undefined {
  const text = valueFirst(said);
  const options: ItemOptions = {};
  const size = firstMatch(text, SIZE);
  const sugar = firstMatch(text, SUGAR);
  const ice = firstMatch(text, ICE);
  const spice = firstMatch(text, SPICE);
  // "去冰" already says the drink is cold; only an explicit temperature word sets temperature.
  const temperature = firstMatch(text, TEMPERATURE);
  if (size) options.size = size;
  if (sugar) options.sugar = sugar;
  if (ice) options.ice = ice;
  if (temperature) options.temperature = temperature;
  if (spice) options.spice = spice;
  const milk = firstMatch(text, MILK);
  if (milk) options.milk = milk;
  // "不要套餐" says single before "套餐" could say meal.
  const combo = firstMatch(text, [...COMBO].reverse());
  if (combo) options.combo = combo;
  return Object.keys(options).length === 0 ? undefined : options;
}

/** The option words above as one vocabulary (a regular expression's source), for the readers that ask whether words say how rather than
what ("少糖去冰", "oat milk", "大杯冰的"). Meals are left out: "a meal" is also a thing to buy. */
export const OPTION_WORDS = [
  ...[...SIZE, ...SUGAR, ...ICE, ...SPICE, ...MILK].map(([pattern]) => pattern.source),
  ROOM.source,
  CHILLED.source,
  HOT_WORDS,
  ICED_WORDS,
].join("|");

/** Option words at the start of a phrase ("大杯冰的拿铁" → "拿铁", "large oat milk latte" → "latte"). */
export const LEADING_OPTION_WORDS = new RegExp(`^(?:(?:${OPTION_WORDS})\\s*)+`, "iu");

/**
 * Every option word in a piece already cut from its sentence, where "热", "冰" and "辣" on their own say
 * how too ("一杯热", "冰", "要辣"). Global: use with `replace` (which starts from the beginning every time).
 */
export const PIECE_OPTION_WORDS = new RegExp(`${OPTION_WORDS}|热|冰|辣`, "giu");

/**
 * Whether a piece holds nothing but options and the `filler` words it may hold ("的", spaces); an
 * empty piece holds nothing else either.
 */
export function onlyOptionWords(piece: string, filler: RegExp = /的|\s/gu): boolean {
  return piece.replace(PIECE_OPTION_WORDS, "").replace(filler, "").length === 0;
}

/**
 * A meal or single said as how, not what ("as a meal", "要套餐", "单点", "not a meal"): the combo rules
 * above, for a piece cut from its sentence (where "a meal" alone may still be a thing to buy).
 */
export const PIECE_COMBO_WORDS = new RegExp(
  `${COMBO.map(([pattern]) => pattern.source).join("|")}|\\bsingles?\\b`,
  "giu",
);

/**
 * Whether a clause says only how its neighbour's items come (", as a meal,", "，要套餐，", ", large,
 * no sugar,"): options and their combo, with the `filler` words it may hold.
 */
export function onlyHowWords(piece: string, filler: RegExp): boolean {
  if (!extractItemOptions(piece)) return false;
  return onlyOptionWords(piece.replace(PIECE_COMBO_WORDS, " "), filler);
}
