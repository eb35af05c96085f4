import { OPTION_PRESETS } from "../../../../ecosystem/commerce/option-groups.ts";
import type { GazetteerMatch } from "../gazetteer.ts";
import { extractItemOptions, onlyOptionWords } from "./options.ts";

/**
 * Words that say how a shop makes an item rather than name a thing of its own: noodle cuts ("二细",
 * "韭叶", "extra wide"), rice amounts ("加饭", "饭多一点", "less rice"), portions ("18只", "18 pieces"),
 * cooking ("煎的", "水煮", "pan-fried"), add-ons and set drinks ("加蛋", "配可乐", "with sprite"),
 * meals, crusts, broths, wrapping. The NLU has no canonical value for these (each shop names its own
 * choices, matched on the item itself from the line's words); here they only keep a piece such as
 * "一碗细面不辣" or "one with cola" from being read as another thing to buy.
 */
const ZH_CHOICE_PARTS = [
  "细面|二细|三细|毛细|韭叶|大宽|宽面|粗面|刀削",
  "加(?:一|两)?[个份颗片根勺]?(?:鸡?蛋|牛肉|肉|饭|面|珍珠|椰果|芋圆|布丁|仙草|奶盖|芝士|浓缩|料|小料)",
  "少饭|多饭|饭(?:量)?(?:多|少|大)(?:一)?点|(?:多|少)(?:一)?点饭|饭要(?:多|少)|大碗饭",
  "[0-9一二三四五六七八九十]+\\s*只(?:装|的)?|[0-9]+\\s*个装",
  "煎的|要煎|油煎|煎一下|煎饺|水煮|煮的|要煮|蒸的|煎(?![饼包蛋饺])|(?<![水东])煮(?=$|[，,、；;。\\s]|[一两二三四五六七八九十0-9]|的)|加浓(?:缩)?",
  "配(?:可乐|雪碧|豆浆|饮料|[\\u3400-\\u9fff]{1,3}?)(?=$|[，,、；;\\s]|一|的)",
  "套餐|单点|单买|单个汉堡",
  "不加(?:料|东西)?|什么都不加",
  // "一杯不要珍珠", "去椰果": a topping or add-on taken off is the group's "none" (not 珍珠奶茶 itself).
  "(?:不要|不加|去掉?|免)(?:珍珠|椰果|芋圆|布丁|仙草|奶盖|小料|鸡?蛋|牛肉)(?![\\u3400-\\u9fff]{0,2}茶)",
  "薄底|薄脆|芝心|手拍",
  "鸳鸯锅?|番茄锅|菌汤锅|牛油锅|麻辣锅",
  "(?:豪华)?礼盒(?:装)?",
  "(?:手写)?贺卡|(?<![不别无需][加附带配写放要])(?<=[加附带配写放要])(?:一|上|个)?张?(?:小)?卡片",
  "[0-9]+\\s*寸",
  // A pack's weight said as which one ("要一公斤的", "两斤装"); "两斤砂糖橘" stays a count.
  // After a change word ("葡萄改成500g", "换成1kg") a bare weight is the pack's too.
  "(?:[0-9]+(?:\\.[0-9]+)?|[一两二半])\\s*(?:公斤|千克|斤|kg)(?:装|的)|[0-9]+\\s*(?:克|g)(?:装|的)|(?<=(?:改成|换成|改为|换为|变成)\\s*)[0-9]+(?:\\.[0-9]+)?\\s*(?:公斤|千克|kg|克|g)(?![0-9a-z])",
];
/** The Chinese choices only shops list, as a regular expression's source ("加蛋", "细面", "要煎的"). */
export const ZH_CHOICE_WORDS = ZH_CHOICE_PARTS.join("|");
const ZH_CHOICE = new RegExp(ZH_CHOICE_WORDS, "u");
// "tomato broth", "thin crust", "mushroom broth": a choice said with its group's name is that
// choice, no dish of its own (a hot pot set "with tomato broth" is no Tomato Broth Malatang).
const GROUPED = [
  ...new Set(
    Object.values(OPTION_PRESETS).flatMap((groups) =>
      (groups as readonly { en: string; choices: readonly { en: string }[] }[]).flatMap((group) => {
        const groupName = group.en.toLowerCase();
        return group.choices
          .map((choice) => choice.en.toLowerCase())
          .filter((name) => /^[a-z][a-z &'-]+$/u.test(name) && !name.includes(groupName))
          .map((name) => `${name} ${groupName}`);
      }),
    ),
  ),
];
/** A choice said with its group's name, as a regular expression's source ("tomato broth"). */
export const GROUPED_CHOICE = `\\b(?:${GROUPED.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|")})s?\\b`;

const EN_CHOICE = new RegExp(
  [
    "\\b(?:second )?thin(?: noodles?| cut)?\\b|\\bleek[- ]leaf\\b|\\bflat(?: noodles?)?\\b|\\b(?:extra )?wide(?: noodles?)?\\b|\\bknife[- ]cut\\b",
    "\\b(?:extra|less|more|no|a little|double) rice\\b",
    // "pc18", "in8": "18 pieces", "8 inch" as the order reader tags them (option-words.ts).
    "\\b\\d+\\s*(?:pcs?|pieces?|-piece)\\b|\\b(?:pc|in)\\d+\\b",
    "\\bpan[- ]?fried\\b|\\bfried\\b|\\bboiled\\b|\\bsteamed\\b",
    "\\b(?:with|w/|add|plus|extra|and) (?:an? |extra )?(?:egg|cola|coke|sprite|soy ?milk|beef|pearls|boba|taro balls?|coconut jelly|pudding|grass jelly|cheese foam|shot)s?\\b",
    "\\b(?:as )?(?:an? )?(?:meal|combo)s?\\b|\\b(?:burger|sandwich)(?:es|s)? only\\b|\\bjust the (?:burger|sandwich)(?:es|s)?\\b|\\bsingle\\b|\\bon its own\\b",
    "\\b(?:no|without|minus|hold the|skip the) (?:the )?(?:pearls|boba|taro balls?|coconut jelly|pudding|grass jelly|cheese foam|egg|beef)s?\\b",
    "\\bnothing extra\\b|\\bno (?:add-?ons?|extras?|toppings?)\\b|\\bplain\\b",
    GROUPED_CHOICE,
    // A pack's weight as which one: "1 kg each", "the 500g ones", "a kilo bag".
    "\\b(?:\\d+(?:\\.\\d+)?\\s?(?:kg|g|grams?|kilos?)|(?:a|one|half a) kilo)\\s+(?:each|bags?|packs?|ones?|size)\\b",
    '\\bgift box\\b|\\bhandwritten card\\b|\\b(?:greeting|gift|birthday|message|note) card\\b|\\b(?:with|add|include|attach|plus) (?:a |an )?(?:little |small )?card\\b|\\b\\d+ ?(?:inch|")\\b|\\b(?:thin|cheese|stuffed) crust\\b|\\bhalf (?:and|&) half\\b',
  ].join("|"),
  "iu",
);

// English choices of one kind each, so "make it 8 inch" takes the place of "6 inch" said before.
const EN_CHOICE_KINDS = [
  '\\b\\d+\\s*-?\\s*(?:inch(?:es)?|")(?=\\s|$|[,.!?])|\\bin\\d+\\b',
  "\\b\\d+\\s*-?\\s*(?:pcs?|pieces?)\\b|\\bpc\\d+\\b",
  "\\bpan[- ]?fried\\b|\\bboiled\\b|\\bsteamed\\b",
];

/**
 * The earlier words without the choices of the kind the new words name ("6寸 不辣" less "6寸" when
 * "换成8寸" is said): an edit's choice takes the place of the one said before, not beside it.
 */
export function withoutChoicesLike(earlier: string, fresh: string): string {
  let out = earlier;
  for (const part of [...ZH_CHOICE_PARTS, ...EN_CHOICE_KINDS]) {
    const kind = new RegExp(part, "giu");
    if (kind.test(fresh)) out = out.replace(kind, " ");
  }
  // "葡萄1kg" then "改成500g": a weight said anew takes the place of the weight said before.
  return WEIGHT.test(fresh) ? out.replace(new RegExp(WEIGHT.source, "gu"), " ") : out;
}
const WEIGHT = /(?:[0-9]+(?:\.[0-9]+)?|[一两二半])\s*(?:公斤|千克|斤|kg|克|g)(?![a-z])/iu;

/** The words of the first choice only shops list that these words say ("换成8寸吧" → "8寸"). */
export function shopChoiceSaid(words: string): string | undefined {
  return (ZH_CHOICE.exec(words) ?? EN_CHOICE.exec(words))?.[0];
}

/** Whether the words name a choice only shops list ("韭叶", "加饭", "pan-fried", "with sprite"). */
export function namesShopChoice(words: string): boolean {
  return ZH_CHOICE.test(words) || EN_CHOICE.test(words);
}

// What is left of a piece of choices: joins, particles, articles, counts of the same thing.
const FILLER =
  /[\s，,、；;:：。.!！?？—–\-()（）]|的|要|也|都|和|跟|再|就|是|(?:做|弄|换)成|一(?:碗|份|杯|个|笼)?|(?:[0-9]+|[两二三四五六七八九十])\s*(?:碗|份|杯|个|笼)|\b(?:and|with|one|a|an|the|of|them|it|please|pls|other|others|rest|remaining)\b|w\//giu;

/**
 * Whether the words say nothing but how to make something: shop choices and the NLU's own options
 * ("二细微辣", "18只煎的", "one with sprite", "extra wide, medium spicy, with an egg").
 */
export function onlyChoices(words: string): boolean {
  if (!words.trim()) return false;
  let rest = words;
  let found = false;
  for (let again = 0; again < 6; again++) {
    const zh = ZH_CHOICE.exec(rest) ?? EN_CHOICE.exec(rest);
    if (!zh) break;
    found = true;
    rest = `${rest.slice(0, zh.index)} ${rest.slice(zh.index + zh[0].length)}`;
  }
  const general = extractItemOptions(rest);
  if (!found && !general) return false;
  return onlyOptionWords(rest, FILLER);
}

const SET_PART_SWAPPED = /(?:饮料|饮品|喝的|主食|配菜|小食|汤)\s*(?:换|改)成?\s*$/u;

/**
 * A kind of thing named inside a choice or a limit is no line of its own: "extra rice", "less rice",
 * "加饭" (rice as an amount), "each drink under 20", "每杯" (a cap per thing).
 */
export function choiceAnchor(text: string, match: GazetteerMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 12), match.start);
  // "一份配豆浆": the set's drink, not a drink of its own.
  if (/配\s*$/u.test(before)) return true;
  // "巨无霸套餐 可乐换雪碧": the set's drink swapped, no drinks of their own.
  if (
    /套餐/u.test(text.slice(0, match.start)) &&
    (/换成?\s*$/u.test(before) || /^\s*换/u.test(text.slice(match.end, match.end + 2)))
  )
    return true;
  // "香汁排骨饭，饮料换成豆浆": a part of a meal named by its kind and swapped is the meal's choice.
  if (SET_PART_SWAPPED.test(before) && match.start > 0) return true;
  if (match.entity.kind === "item") return choiceInSplit(text, match);
  const after = text.slice(match.end, match.end + 4);
  if (/^(?:饮料|饮品|喝的|主食|配菜|小食|汤)$/u.test(match.text) && /^\s*(?:换|改)/u.test(after)) return true;
  if (/(?:\b(?:extra|less|more|no|add|double)\s*|[加少多])$/iu.test(before)) return true;
  if (/\b(?:each|every|per)\s*$|每\s*$/iu.test(before)) return true;
  // "two Zinger burgers, just the burgers": how they come (no meal), no more burgers.
  if (/\bjust the\s*$/iu.test(before) && match.start > 0) return true;
  return /^(?:多|少)(?:一)?点/u.test(after) && match.end - match.start === 1;
}

// A count said before a split's piece ("一份", "two", "and one").
const PIECE_COUNT =
  /(?:[0-9一两二三四五六七八九十]+\s*(?:份|个|碗|盒|笼|杯)|\b(?:one|two|three|four|five|\d+)\b)/giu;
const CLAUSE_MARK = /[，,、；;。]/u;

/** Whether the words are a split's other piece: a count and nothing but how to make it ("两份水煮", "two boiled"). */
function choicePiece(words: string): boolean {
  const counted = words.match(PIECE_COUNT);
  if (!counted) return false;
  const rest = words.replace(PIECE_COUNT, " ").replace(/\b(?:and|or)\b|和|还有/giu, " ");
  return onlyChoices(rest);
}

/**
 * A dish whose name is also a choice, said as a piece of a split ("三份鲜肉水饺，两份水煮 一份煎饺",
 * "two boiled and one pan-fried", "one pan-fried, one boiled"): how that piece is made, no dish of its
 * own — counted right before it, with another piece of only a count and choices beside it.
 */
function choiceInSplit(text: string, match: GazetteerMatch): boolean {
  if (!onlyChoices(match.text)) return false;
  const before = text.slice(Math.max(0, match.start - 24), match.start);
  const counted =
    /(?:[0-9一两二三四五六七八九十]+\s*(?:份|个|碗|盒|笼|杯)|\b(?:one|two|three|four|five|\d+))\s*$/iu.exec(
      before,
    );
  if (!counted) return false;
  // The piece before: back to the clause mark or the thing named; the piece after: to the next mark.
  const lead = before.slice(0, counted.index);
  // The last clause with words in it ("two boiled, one fried": the piece before the mark right before).
  const previous =
    lead
      .split(CLAUSE_MARK)
      .filter((clause) => clause.trim())
      .at(-1) ?? "";
  const after = text.slice(match.end, match.end + 24);
  const next = after.replace(/^\s*[，,、；;]\s*/u, "").split(CLAUSE_MARK)[0] ?? "";
  return choicePiece(previous) || choicePiece(next);
}

interface FoldableLine {
  start: number;
  text: string;
  said?: string;
  qtyText?: string;
}

/**
 * Lines read from words the catalogue did not name that say only how to make the thing before them
 * ("鲜肉水饺两份18只煎的" → no line "煎的" ×18; "pork dumplings, 18 pieces, pan-fried"): dropped, their
 * words given to that thing, where its shop's choices are matched.
 */
export function foldChoices<L extends FoldableLine>(free: L[], named: readonly L[]): L[] {
  return free.filter((line) => {
    const said = line.said ?? line.text;
    if (!onlyChoices(`${line.qtyText ?? ""} ${said}`) && !onlyChoices(said)) return true;
    const owner = named.filter((other) => other !== line && other.start < line.start).at(-1);
    if (!owner) return true;
    owner.said = `${owner.said ?? ""} ${line.qtyText ?? ""} ${said}`;
    return false;
  });
}

/** The clauses of a stretch that say nothing but choices ("，boiled，送公司" → "boiled"). */
export function choiceClauses(words: string): string {
  return words
    .split(/[，,;；。.!！?？]/u)
    .filter((clause) => onlyChoices(clause) || (namesShopChoice(clause) && !/[0-9]/u.test(clause)))
    .join(" ");
}
