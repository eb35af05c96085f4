import { compiledPattern } from "../../nlu/compiled-pattern.ts";
import type { ItemOptions } from "../../nlu/slots/types.ts";
import { spelledAsChoices } from "./choice-words.ts";

/** An item's option group as commerce describes it. */
export interface OptionGroupView {
  key: string;
  zh?: string;
  en?: string;
  /** The choice a line gets when none is named. */
  defaultChoice?: string;
  choices: { id: string; zh?: string; en?: string }[];
}

// Choice names too plain to mean the user chose them ("标准", "regular", "no").
const PLAIN = /^(?:标准|常规|正常|默认|不加|无|中杯|standard|regular|normal|default|none|no|medium)$/iu;
const CJK = /[\u3400-\u9fff]/u;
// Words every option group uses: said alone they name no particular choice ("extra ice", "large").
const COMMON_WORDS = new Set(
  "extra standard regular normal medium large small sugar sweet spicy milk shot with less more half none".split(
    " ",
  ),
);

function wholeWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return compiledPattern(`\\b${escaped}\\b`, "iu").test(text);
}

// The words before a choice's name that take it back: "no gift box", "without the card", "不要贺卡".
const TAKEN_BACK =
  /(?:\b(?:no|not|without|skip|minus|don'?t (?:want|need|add|include)|do not (?:want|need|add|include))\s+(?:(?:a|an|the|any)\s+)?(?:[a-z]+\s+)?|(?:不要|不需要|不用|无需|不加|去掉?|别|免)[^，,。；;]{0,2})$/u;

/** Whether the words are said somewhere without a word before them taking them back. */
function saidPlainly(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const pattern = CJK.test(words) ? escaped : `\\b${escaped}\\b`;
  return [...text.matchAll(new RegExp(pattern, "giu"))].some(
    (found) => !TAKEN_BACK.test(text.slice(0, found.index ?? 0)),
  );
}

/** Whether a choice other than "none" is named only with a word that takes it back ("不要珍珠", "no pearls"). */
function takenBack(text: string, choice: { id: string; zh?: string; en?: string }): boolean {
  if (choice.id === "none") return false;
  const zh = choice.zh?.replace(/^加/u, "");
  const en = (choice.en ?? "")
    .toLowerCase()
    .replace(/^(?:add|with) /u, "")
    .split(/\s+/u)
    .filter((word) => word.length >= 4 && !COMMON_WORDS.has(word));
  const words = [...(zh && CJK.test(zh) ? [zh] : []), ...en];
  return words.some((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    const pattern = new RegExp(CJK.test(word) ? escaped : `\\b${escaped}\\b`, "giu");
    const found = [...text.matchAll(pattern)];
    return found.length > 0 && found.some((hit) => TAKEN_BACK.test(text.slice(0, hit.index ?? 0)));
  });
}

/**
 * A group said by its own name whose choices are none and one other ("card please", "with a
 * card", "要贺卡"): that other choice, unless the words take it back ("no card").
 */
function groupNamed(text: string, group: OptionGroupView): string | undefined {
  const others = group.choices.filter((choice) => choice.id !== "none");
  if (others.length !== 1 || others.length === group.choices.length) return undefined;
  const names = [group.en?.toLowerCase(), group.zh].filter(
    (name): name is string => name !== undefined && (CJK.test(name) ? name.length >= 2 : name.length >= 4),
  );
  return names.some((name) => saidPlainly(text, name)) ? others[0]?.id : undefined;
}

/** How clearly the text names a choice: its whole name, else its distinctive two-character parts. */
function namedScore(text: string, name: string | undefined, groupName: string): number {
  if (!name || PLAIN.test(name.trim())) return 0;
  // "pan fried" names Pan-fried, "gift-box" a gift box.
  const full = name.toLowerCase().replace(/(?<=[a-z])-(?=[a-z])/gu, " ");
  // "加浓" said as is names the choice, though "浓" alone would be too short to mean it.
  if (CJK.test(full) && full.length >= 2 && text.includes(full)) return 100 + full.length;
  const wanted = full.replace(/^(?:加|add |with )/u, "");
  // "Add beef" / "加牛肉" is asked with its adding word: "beef noodles" or "凉拌牛肉" asks for no extra beef.
  if (wanted !== full && !addedSaid(text, wanted)) return 0;
  if (!CJK.test(wanted)) {
    if (wanted.length < 3) return 0;
    // "no gift box" says no Deluxe gift box; "No card" is itself said with its "no".
    const said = /^(?:no|without)\b/u.test(wanted) ? wholeWords : saidPlainly;
    if (said(text, wanted)) return 100 + wanted.length;
    // "in a gift box" for Deluxe gift box, "with pearls" for Tapioca pearls: its distinctive words.
    return wanted
      .split(/\s+/u)
      .filter((word) => word.length >= 4 && !COMMON_WORDS.has(word) && !groupName.includes(word))
      .filter((word) => said(text, word)).length;
  }
  if (wanted.length >= 2 && text.includes(wanted)) return 100 + wanted.length;
  // "礼盒装" for 豪华礼盒: a part of the name the group's own name does not share ("包装" is every wrapping).
  let parts = 0;
  for (let index = 0; index + 2 <= wanted.length; index++) {
    const part = wanted.slice(index, index + 2);
    if (CJK.test(part) && !groupName.includes(part) && text.includes(part)) parts++;
  }
  return parts;
}

function addedSaid(text: string, wanted: string): boolean {
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return compiledPattern(
    `(?:加|多|\\b(?:add|with|extra|plus|and)\\s+(?:an?\\s+|some\\s+|extra\\s+)?)${escaped}`,
    "iu",
  ).test(text);
}

/**
 * Weights as shops name them: "一公斤" / "a kilo" / "两斤" → "1kg", "一斤" / "half a kilo" → "500g", so
 * they meet the choice names ("1kg", "500 g") however the person said them.
 */
function measuresSpelledOut(text: string): string {
  const half =
    /(?:半|half an?|0\.5)\s*(?:公斤|千克|kilo(?:gram)?s?|kg)|(?:一|1)\s*斤|500\s*(?:克|g\b|grams?)/giu;
  const kilo = /(?:一|1|one|a)\s*(?:公斤|千克|kilo(?:gram)?s?|kg)|(?:两|二|2)\s*斤/giu;
  // Boba is what tapioca pearls are called in a drink.
  return (
    text
      .replace(half, " 500g ")
      .replace(kilo, " 1kg ")
      .replace(/\bwith (?:extra |some )?boba\b/giu, " with pearls ")
      // "the 18 piece one", "18pcs", "an 8-inch cake": as the choices are named ("18 pieces", "8 inch").
      .replace(
        /\b(\d+)\s*-?\s*(?:pcs?|pieces?)\b|\bpc(\d+)\b/gu,
        (_, said, tagged) => ` ${said ?? tagged} pieces `,
      )
      .replace(
        /\b(\d+)\s*-?\s*(?:inch(?:es)?|in)\b|\bin(\d+)\b/gu,
        (_, said, tagged) => ` ${said ?? tagged} inch `,
      )
  );
}

/**
 * Choices whose own name the user said ("礼盒装", "加珍珠", "1kg", "coconut jelly"): options the
 * NLU has no word for, found on the item itself. The clearest name said wins within a group.
 */
export function saidChoices(
  said: string | undefined,
  groups: readonly OptionGroupView[],
): Record<string, string> {
  if (!said) return {};
  // "加个蛋" / "加一份芝士" say the choice 加蛋 / 加芝士 with a measure word between.
  const text = measuresSpelledOut(
    spelledAsChoices(
      said
        .toLowerCase()
        .replace(/(?<=[a-z])-(?=[a-z])/gu, " ")
        // "more rice", "double beef": what the choices call "Extra rice", "Add beef".
        .replace(/\b(?:more|double|plus)\s+(?=[a-z])/gu, "extra "),
    ),
  ).replace(/加(?:一|两)?[个份颗片根勺](?=\p{Script=Han})/gu, "加");
  const chosen: Record<string, string> = {};
  for (const group of groups) {
    const groupName = `${group.zh ?? ""} ${group.en ?? ""}`.toLowerCase();
    let best: { id: string; score: number } | undefined;
    for (const choice of group.choices) {
      const score = Math.max(namedScore(text, choice.zh, groupName), namedScore(text, choice.en, groupName));
      if (score > 0 && (!best || score > best.score)) best = { id: choice.id, score };
    }
    const named = best ? undefined : groupNamed(text, group);
    // "一杯不要珍珠", "one without pearls": a choice taken back is the group's "none", whatever else
    // (the item's own name, 珍珠奶茶) says it.
    if (
      group.choices.some((choice) => choice.id === "none") &&
      group.choices.some((choice) => takenBack(text, choice))
    )
      chosen[group.key] = "none";
    else if (best) chosen[group.key] = best.id;
    else if (named) chosen[group.key] = named;
  }
  return chosen;
}

/**
 * `saidChoices` for one planning pass. Candidates from shops with the same menu share one frozen
 * option-group list (commerce keeps one parse per text), and the order search and each quote ask
 * about the same words again: an order turn made 17–35 calls for 1–3 distinct questions. Each
 * (words, option groups) is matched once; the answer is the same object, which callers only read.
 */
export function saidChoicesOnce(): typeof saidChoices {
  const known = new WeakMap<readonly OptionGroupView[], Map<string, Record<string, string>>>();
  return (said, groups) => {
    if (!said) return {};
    let bySaid = known.get(groups);
    if (!bySaid) {
      bySaid = new Map();
      known.set(groups, bySaid);
    }
    let chosen = bySaid.get(said);
    if (!chosen) {
      chosen = saidChoices(said, groups);
      bySaid.set(said, chosen);
    }
    return chosen;
  };
}

/**
 * Maps what the user said (canonical options from the NLU) onto one item's option groups. Only
 * choices the item really offers are sent; the service prices them and rejects anything else.
 */
export function mapOptions(wanted: ItemOptions, groups: readonly OptionGroupView[]): Record<string, string> {
  const chosen: Record<string, string> = {};
  const offer = (key: string, id: string | undefined) => {
    const group = groups.find((candidate) => candidate.key === key);
    if (id && group?.choices.some((choice) => choice.id === id)) {
      chosen[key] = id;
      return true;
    }
    return false;
  };
  offer("size", wanted.size);
  offer("milk", wanted.milk);
  offer("combo", wanted.combo);
  offer("sugar", wanted.sugar === "extra" ? "standard" : wanted.sugar);
  offer("spice", wanted.spice === "extra_hot" ? "hot" : wanted.spice);
  if (wanted.ice) offer("ice", wanted.ice === "normal" || wanted.ice === "extra" ? "regular" : wanted.ice);
  if (wanted.temperature === "hot") offer("ice", "hot") || offer("temperature", "hot");
  // "a cold pepsi": a bottle's cold is chilled.
  if (wanted.temperature === "iced")
    offer("temperature", "iced") ||
      offer("temperature", "chilled") ||
      (!chosen.ice && offer("ice", "regular"));
  // "chilled" on a drink made over ice: iced (the engine names the missing "chilled").
  if (wanted.temperature === "chilled")
    offer("temperature", "chilled") ||
      offer("temperature", "iced") ||
      (!chosen.ice && offer("ice", "regular"));
  if (wanted.temperature === "room") offer("temperature", "room");
  return chosen;
}
