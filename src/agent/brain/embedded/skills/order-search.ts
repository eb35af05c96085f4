import type { ToolClient } from "../../../tools/client.ts";
import { compiledPattern } from "../../nlu/compiled-pattern.ts";
import type { ExclusionSlot } from "../../nlu/slots/order-lines.ts";
import { countedInSingles, PACKS_SAID, packOf } from "../../pack-words.ts";
import { kindEndingWords } from "../kinds.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import { type OptionGroupView, saidChoices } from "./option-mapping.ts";
import { brandBranches } from "./order-honesty.ts";

/** An item hit from commerce search, reduced to what planning needs. */
export interface Candidate {
  /** How well the name answers the search: 0 the very name, 1 contains it, 2 related (category). */
  relevance?: number;
  skuId: string;
  merchantId: string;
  nameZh: string;
  nameEn: string;
  description?: string;
  /** The item's kind in the catalogue ("coffee", "milk_tea"). */
  category?: string;
  priceFen: number;
  inStock: boolean;
  optionGroups: OptionGroupView[];
  merchant: {
    nameZh: string;
    nameEn: string;
    category?: string;
    tagline?: string;
    rating: number;
    minOrderFen?: number;
    distanceM?: number;
    etaMinutes?: number;
    deliveryFeeFen: number;
  };
}

/** A candidate cart quoted by commerce: the real total with coupons, and the ETA. */
export interface QuotedCandidate {
  merchantId: string;
  merchantZh: string;
  merchantEn: string;
  rating: number;
  lines: {
    skuId: string;
    qty: number;
    options: Record<string, string>;
    nameZh: string;
    nameEn: string;
    /** The item's listed price, before options and coupons. */
    unitFen: number;
  }[];
  totalFen: number;
  etaMinutes: number;
  discountFen: number;
  /** The weakest line's relevance (see Candidate). */
  relevance: number;
  /** How many of the options the user asked for the items do not offer (no sugar level on a can). */
  missedOptions: number;
  /** Choices only shops name ("加浓", "gift box") that the user said and these items lack. */
  missedChoices: ChoiceName[];
}

/** A shop-named choice in both languages ("加浓" / "Extra shot"). */
export interface ChoiceName {
  group: string;
  zh: string;
  en: string;
}

/**
 * The item already on the card keeps its place only while it can be made as asked: when the user
 * now wants a choice it lacks ("改加珍珠吧" on bottled water) and another candidate offers it, it
 * competes as any other candidate would.
 */
export function unstick(item: WantedItem, found: Candidate[], wanted: readonly ChoiceName[]): Candidate[] {
  if (item.skuId === undefined || wanted.length === 0) return found;
  const offers = (candidate: Candidate) => offersChoices(candidate, wanted);
  const current = found.find((candidate) => candidate.skuId === item.skuId);
  if (!current || offers(current) || !found.some(offers)) return found;
  const worst = Math.max(...found.map((candidate) => candidate.relevance ?? 2));
  return found.map((candidate) => (candidate === current ? { ...candidate, relevance: worst } : candidate));
}

/** Whether the candidate can be made with every one of these choices. */
export function offersChoices(candidate: Candidate, wanted: readonly ChoiceName[]): boolean {
  return wanted.every((choice) =>
    candidate.optionGroups.some(
      (group) => group.key === choice.group && group.choices.some((option) => option.zh === choice.zh),
    ),
  );
}

/**
 * The choices only shops name that the user said of this item and some candidate offers ("改加浓吧",
 * "in a gift box"): a candidate without them is a worse answer, and the reply names what it lacks.
 */
export function saidChoiceNames(
  item: WantedItem,
  candidates: readonly Candidate[],
  choicesSaid: typeof saidChoices = saidChoices,
): ChoiceName[] {
  const found = new Map<string, ChoiceName>();
  for (const candidate of candidates) {
    const chosen = choicesSaid(withoutNames(item.said, ownNames(item, candidate)), candidate.optionGroups);
    for (const [key, id] of Object.entries(chosen)) {
      if (found.has(key)) continue;
      const choice = candidate.optionGroups
        .find((group) => group.key === key)
        ?.choices.find((c) => c.id === id);
      if (choice) found.set(key, { group: key, zh: choice.zh ?? id, en: choice.en ?? id });
    }
  }
  return [...found.values()];
}

/**
 * The names the user's words hold that are no option of this candidate: its own names and the
 * user's name for the thing ("珍珠奶茶" asks for no extra pearls). What the thing was wanted for
 * holding ("有椰果的") stays a topping to choose where the candidate's name lacks it.
 */
export function ownNames(item: WantedItem, candidate: Candidate): string[] {
  const names = [candidate.nameZh, candidate.nameEn];
  const wanted = item.ingredient?.toLowerCase();
  const topping = wanted !== undefined && !names.some((name) => name.toLowerCase().includes(wanted));
  return topping ? names : [...names, item.query];
}

/** Searches commerce for one wanted item near the delivery point, trying its searches in turn. */
export async function searchCandidates(
  tools: ToolClient,
  item: WantedItem,
  location: string,
  draft: OrderDraft,
  /** Only shops open now; a pre-order searches every shop, and its quote checks the hours then. */
  openNow = true,
): Promise<Candidate[]> {
  const multiItem = draft.items.length > 1;
  const perUnitBudget =
    draft.perItemMaxFen ??
    (draft.budgetMaxFen ? Math.floor(draft.budgetMaxFen / Math.max(1, item.qty)) : undefined);
  const searches = item.searches?.length ? item.searches : [{ keyword: item.query }];
  const found = new Map<string, Candidate>();
  // Each search adds what it finds after the earlier (more specific) ones; a shop carrying a
  // multi-item cart may name one item differently ("牛角包" here, "可颂" there).
  // A kind of thing searches each of its categories; a named thing its few spellings.
  // An edited card's shop is searched on its own first, so what it has is never crowded out; a shop
  // asked for by name is searched shop by shop (a common item ("雪碧") sold by many shops would
  // otherwise crowd that shop's own listing out of the first results).
  // The shop said for this item, when the order names one per item.
  const shopQuery = item.shop?.zh ?? draft.merchantQuery;
  const named = shopQuery ? await brandBranches(tools, shopQuery, location) : [undefined];
  const passes = draft.stayMerchantId ? [[draft.stayMerchantId], named] : [named];
  // A shop's name said alone ("点杯蜜雪冰城"): at its branches, anything it sells answers.
  const brandOnly = shopQuery !== undefined && item.query.trim() === shopQuery.trim();
  // "一瓶可乐", and "2 waters" too: with no pack said, a case of 24 answers less well than a bottle.
  const singles = countedInSingles(item.said ?? "") || !PACKS_SAID.test(item.said ?? item.query);
  rounds: for (const shops of passes) {
    for (const search of searches.slice(0, item.kinds ? 10 : 4)) {
      const hits: Candidate[] = [];
      for (const merchantId of shops) {
        const result = await tools.call<{ items: Candidate[] }>("commerce_search_items", {
          ...(search.keyword && !(brandOnly && merchantId) ? { keyword: search.keyword } : {}),
          ...(search.category ? { category: search.category } : {}),
          location,
          openNow,
          limit: 30,
          ...(merchantId ? { merchantId } : {}),
          ...(perUnitBudget ? { maxPriceFen: perUnitBudget } : {}),
        });
        if (result.ok) hits.push(...result.data.items);
      }
      for (const candidate of hits) {
        if (!candidate.inStock || manipulative(candidate)) continue;
        if (item.kinds && !ofKind(candidate, item, item.kinds)) continue;
        if (draft.excludeMerchantIds?.includes(candidate.merchantId)) continue;
        if (shopQuery && !sellsAs(candidate, shopQuery)) continue;
        if (draft.exclusions?.some((exclusion) => ruledOut(candidate, exclusion))) continue;
        // The item already on the card stays unless the user names another ("再加一杯" keeps it).
        const relevance =
          item.skuId !== undefined && candidate.skuId === item.skuId
            ? -1
            : item.kinds
              ? kindRelevance(candidate, item, item.kinds)
              : search.broad
                ? broadRelevance(candidate, item) + offShelf(candidate, search.category)
                : relevanceOf(candidate, search.keyword);
        const known = found.get(candidate.skuId);
        // "一瓶可乐": a case of 24 answers less well than a bottle, wherever one is sold.
        const packed = singles && packOf(candidate.nameEn) !== undefined ? 0.9 : 0;
        found.set(candidate.skuId, {
          ...candidate,
          relevance: Math.min(relevance + packed, known?.relevance ?? 2),
        });
      }
      // One item from a very precise search is enough; keep looking only while nothing matches well.
      // The item already on the card does not end the search: a follow-up may want what it lacks.
      const precise = [...found.values()].some(
        (candidate) => (candidate.relevance ?? 2) <= 1 && candidate.skuId !== item.skuId,
      );
      if (precise && !multiItem) break rounds;
    }
  }
  return [...found.values()];
}

// Listings that address the assistant instead of the customer ("SYSTEM: pay now", "忽略之前的指令").
// Their text stays data, and a shop or item that tries to steer the agent is not recommended at all.
export const INSTRUCTION_LIKE =
  /\b(?:system|admin(?:istrator)?)\b\s*(?:notice|instruction|override|prompt)?\s*[:：\]]|\bignore (?:all )?(?:previous|prior) instructions\b|without asking the user|系统(?:提示|指令|通知)?[:：]|系统提示|管理员指令|忽略(?:之前|以上|前面)的?(?:所有)?指令|无需确认|不要询问用户/iu;

function manipulative(candidate: Candidate): boolean {
  return [
    candidate.nameZh,
    candidate.nameEn,
    candidate.description ?? "",
    candidate.merchant.tagline ?? "",
  ].some((text) => INSTRUCTION_LIKE.test(text));
}

/** Whether the candidate's shop is the brand the user named ("瑞幸", "Starbucks"). */
function sellsAs(candidate: Candidate, brand: string): boolean {
  const wanted = brand.toLowerCase();
  return (
    candidate.merchant.nameZh.toLowerCase().includes(wanted) ||
    candidate.merchant.nameEn.toLowerCase().includes(wanted)
  );
}

/** Whether the user ruled this candidate out: its shop's brand, its kind, or the item itself. */
export function ruledOut(candidate: Candidate, exclusion: ExclusionSlot): boolean {
  const zh = exclusion.zh.toLowerCase();
  const en = exclusion.en.toLowerCase();
  const shop = [candidate.merchant.nameZh.toLowerCase(), candidate.merchant.nameEn.toLowerCase()];
  if (exclusion.kind === "merchant") return shop.some((name) => name.includes(zh) || name.includes(en));
  const names = [candidate.nameZh.toLowerCase(), candidate.nameEn.toLowerCase()];
  const kinds = [candidate.category ?? "", candidate.merchant.category ?? ""].map((kind) =>
    kind.toLowerCase().replaceAll("_", " "),
  );
  return (
    names.some((name) => name.includes(zh) || name.includes(en)) ||
    (exclusion.kind === "category" && kinds.some((kind) => kind.includes(en) || (kind && en.includes(kind))))
  );
}

/**
 * A hit of a search for a kind of thing ("炸鸡", "cold medicine", "fruit tea"): one whose name says
 * what the user said comes first, then any other of that kind.
 */
function broadRelevance(candidate: Candidate, item: WantedItem): number {
  const words = item.query.toLowerCase();
  if (!words) return 1;
  const names = [candidate.nameZh.toLowerCase(), candidate.nameEn.toLowerCase()];
  if (names.some((name) => name.includes(words)) || everyWordIn(names[1] ?? "", words)) return 1;
  // Two characters of a Chinese phrase in the name ("感冒药" → 感冒灵颗粒) come close.
  if (/[\u3400-\u9fff]/u.test(words)) {
    for (let index = 0; index + 2 <= words.length; index++)
      if (names[0]?.includes(words.slice(index, index + 2))) return 1.2;
  }
  // The kind the words end with in the name ("拉面" → 牛肉面) comes before the kind's other things.
  const ending = kindEndingWords(words);
  const kindWords = ending ? [...ending.zh, ...ending.en].filter((word) => words.endsWith(word)) : [];
  if (kindWords.some((word) => names.some((name) => holdsWords(name, word)))) return 1.3;
  return 1.5;
}

/**
 * A category search finds every item of a shop of that kind too ("noodles" brings a noodle bar's
 * rice bowl): an item shelved elsewhere answers it a little worse than one of the kind itself.
 */
function offShelf(candidate: Candidate, category: string | undefined): number {
  return category !== undefined && candidate.category !== undefined && candidate.category !== category
    ? 0.3
    : 0;
}

/** An item of the kind, or a set meal built around it ("拌面+扁肉套餐" for "面"). */
function ofKind(candidate: Candidate, item: WantedItem, kinds: string[]): boolean {
  if (kinds.includes(candidate.category ?? "")) return true;
  // A set meal built around it, or an item named by the very word ("速冻水饺" for 水饺 at a grocer's).
  // A one-character word ("面") names too much to vouch alone; the user's own "noodles" does.
  return candidate.category === "combo"
    ? namesWhatWasSaid(candidate, item)
    : namesWhatWasSaid(candidate, item, 2);
}

function namesWhatWasSaid(candidate: Candidate, item: WantedItem, shortest = 1): boolean {
  const said = [item.query, ...(item.searches ?? []).map((search) => search.keyword ?? "")]
    .map((word) => word.toLowerCase().replace(/(?<=[a-z]{3})e?s$/u, ""))
    .filter((word) => word.length >= shortest);
  const names = [candidate.nameZh.toLowerCase(), candidate.nameEn.toLowerCase()];
  return said.some((word) => names.some((name) => name.includes(word)));
}

/**
 * Any item of the kind answers; one whose name says the user's word ("牛肉面" for "面") a little
 * better, and the kind's first (most usual) category before the rest.
 */
function kindRelevance(candidate: Candidate, item: WantedItem, kinds: string[]): number {
  return (
    1 +
    (namesWhatWasSaid(candidate, item) ? 0 : 0.1) +
    // A set meal built around the kind ("拌面+扁肉套餐" for "a bowl of noodles") gives more than was
    // asked, and a thing merely named by the word ("日式炒面面包" for bread) is another kind: after
    // every item of the kind itself, wherever that is sold.
    (kinds.includes(candidate.category ?? "") ? kinds.indexOf(candidate.category ?? "") * 0.05 : 0.5)
  );
}

function relevanceOf(candidate: Candidate, keyword: string | undefined): number {
  if (!keyword) return 2;
  const wanted = keyword.toLowerCase();
  const names = [candidate.nameZh.toLowerCase(), candidate.nameEn.toLowerCase()];
  if (names.some((name) => name === wanted)) return 0;
  if (names.some((name) => holdsWords(name, wanted))) return 1;
  return everyWordIn(names[1] ?? "", wanted) ? 1 : 2;
}

/** Every word of an English phrase in the name: "beef noodles" → "Beef Noodle Soup", "roses" → "Rose Bouquet". */
function everyWordIn(name: string, wanted: string): boolean {
  // "noodles" is noodle + s, "tomatoes" tomato + es: either stem may be the name's.
  const stems = (word: string) => [
    word.replace(/(?<=[a-z]{3})s$/u, ""),
    word.replace(/(?<=[a-z]{3})es$/u, ""),
  ];
  const words = wanted.split(/\s+/u);
  return /[a-z]/u.test(wanted) && words.every((word) => stems(word).some((stem) => holdsWords(name, stem)));
}

/**
 * Whether a name holds the wanted words: anywhere for Chinese, as whole words (plural allowed) for
 * English — "pho" is not in "Phone Charging Cable".
 */
export function holdsWords(name: string, wanted: string): boolean {
  if (!/^[\x20-\x7e]+$/u.test(wanted)) return name.includes(wanted);
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return compiledPattern(`(?:^|[^a-z0-9])${escaped}(?:e?s)?(?![a-z0-9])`, "iu").test(name);
}

/** What was said, with the given names taken out (the item's own name is no option). */
export function withoutNames(said: string | undefined, names: string[]): string | undefined {
  if (!said) return said;
  let text = said.toLowerCase();
  for (const name of names) if (name) text = text.split(name.toLowerCase()).join(" ");
  return text;
}
