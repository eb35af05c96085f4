import type { ToolClient } from "../../../tools/client.ts";
import { editDistance } from "../../nlu/edit-distance.ts";
import type { BrainDecision } from "../../types.ts";
import { KINDS, kindEndingWords } from "../kinds.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState, OrderDraft, WantedItem } from "../state.ts";
import { holdsIngredient, singular } from "./ingredient-words.ts";
import { type Candidate, holdsWords, type QuotedCandidate } from "./order-search.ts";
import { waitingForOpening } from "./preorder-answer.ts";
import { besidesRuledOut } from "./ruled-out.ts";

/**
 * What the order planner says when the card is not exactly what was asked: a dish the shops do not
 * have, answered by the closest one ("附近没有「黄焖鸡米饭」，最接近的是「香汁排骨饭」"), and a shop asked
 * for that cannot take the order (out of range, closed, or without the item). Substitution policy:
 * the very item first; the same item at another shop next; a similar item only once it is named.
 */

const han = (text: string) => /\p{Script=Han}/u.test(text);

/** The user's own words for an item, in the reply's language when they have them. */
export function wantedName(item: WantedItem, lang: "zh" | "en"): string {
  const fits = (text: string) => (lang === "zh" ? han(text) : !han(text));
  if (fits(item.query)) return item.query;
  const keyword = item.searches?.find((search) => search.keyword && fits(search.keyword))?.keyword;
  // A kind asked for in English ("the drink") is named in English, never by its Chinese word.
  const kind = KINDS.find((candidate) => candidate.zh.includes(item.query));
  return keyword ?? (lang === "en" ? kind?.en[0] : kind?.zh[0]) ?? item.query;
}

/** Whether a chosen item is what was asked for: its name holds the asked words, or every English word. */
function isTheThing(item: WantedItem, nameZh: string, nameEn: string): boolean {
  const names = [nameZh.toLowerCase(), nameEn.toLowerCase()];
  if (item.wanted) return names.some((name) => holdsWords(name, item.wanted?.toLowerCase() ?? ""));
  const asked = [item.query, ...(item.searches ?? []).map((search) => search.keyword ?? "")]
    .map((word) => word.toLowerCase().trim())
    .filter((word) => word.length > 0);
  return asked.some((word) => {
    if (names.some((name) => holdsWords(name, word))) return true;
    if (!/[a-z]/u.test(word)) return false;
    const words = word.split(/\s+/u).map(singular);
    return words.every((part) => holdsWords(names[1] ?? "", part));
  });
}

/** The shop's own name asked for ("点杯蜜雪冰城" → 蜜雪冰城's lemonade answers it). */
function namesShop(query: string, candidate: Candidate): boolean {
  const asked = query.trim().toLowerCase();
  // A kind of thing inside a shop's name ("拉面" of 兰州拉面, "sushi" of Sushi Express) orders that
  // kind, not anything the shop sells; only the shop's whole brand said alone does that.
  const brand = candidate.merchant.nameZh.replace(/[（(].*$/u, "").toLowerCase();
  if (kindEndingWords(asked) && asked !== brand) return false;
  return (
    asked.length >= 2 &&
    (candidate.merchant.nameZh.toLowerCase().includes(asked) ||
      candidate.merchant.nameEn.toLowerCase().includes(asked))
  );
}

function brandOnly(draft: OrderDraft, item: WantedItem): boolean {
  return draft.merchantQuery !== undefined && item.query.trim() === draft.merchantQuery.trim();
}

/**
 * The items of the card that stand in for something else the user named: neither the very name
 * nor a kind of thing the user asked for as a kind ("来碗面" takes any noodles).
 */
export function substitutions(
  draft: OrderDraft,
  best: QuotedCandidate,
  perItem: readonly Candidate[][],
): { item: WantedItem; nameZh: string; nameEn: string }[] {
  return draft.items.flatMap((item, index) => {
    const line = best.lines[index];
    // A shop's name said alone ("点杯蜜雪冰城", "来杯瑞幸"): whatever it sells answers it.
    if (!line || item.skuId !== undefined || brandOnly(draft, item)) return [];
    const candidate = perItem[index]?.find((found) => found.skuId === line.skuId);
    // A kind asked for ("面包", "a drink") takes any item of it; one merely named by its word
    // ("日式炒面面包", a ready meal, for bread) or a set meal around it is another kind, said so.
    if (item.kinds)
      return candidate && !item.kinds.includes(candidate.category ?? "")
        ? [{ item, nameZh: line.nameZh, nameEn: line.nameEn }]
        : [];
    if (candidate && namesShop(item.query, candidate)) return [];
    // Wanted by what is in it ("带芋圆的"): anything holding it answers.
    if (item.ingredient && candidate && holdsIngredient(candidate, item.ingredient)) return [];
    if (!item.wanted && (candidate?.relevance ?? 2) <= 1) return [];
    if (isTheThing(item, line.nameZh, line.nameEn)) return [];
    return [{ item, nameZh: line.nameZh, nameEn: line.nameEn }];
  });
}

/**
 * Stand-ins that share not a word with what was asked ("pho" → a phone cable): no card is made
 * for them; the planner says the thing is not found instead.
 */
export function unrelatedStandIns(
  draft: OrderDraft,
  best: QuotedCandidate,
  perItem: readonly Candidate[][],
): WantedItem[] {
  return substitutions(draft, best, perItem)
    .filter(({ item, nameZh, nameEn }) => !sharesWord(item, nameZh, nameEn))
    .map(({ item }) => item);
}

function sharesWord(item: WantedItem, nameZh: string, nameEn: string): boolean {
  const said = item.wanted
    ? [item.wanted]
    : [item.query, ...(item.searches ?? []).map((search) => search.keyword ?? "")];
  return said.some((words) => sharesWithName(words.toLowerCase(), nameZh, nameEn.toLowerCase()));
}

/** A Chinese character in common, or an English word in common or one typo away ("latee"). */
function sharesWithName(asked: string, nameZh: string, nameEn: string): boolean {
  if (!asked) return false;
  if (han(asked)) return [...asked].some((char) => han(char) && nameZh.includes(char));
  const names = nameEn.split(/[^a-z]+/u).filter((word) => word.length >= 3);
  return asked
    .split(/[^a-z]+/u)
    .filter((word) => word.length >= 3)
    .some((word) =>
      names.some((name) => editDistance(singular(word), singular(name), 3) <= (word.length >= 6 ? 2 : 1)),
    );
}

/** "附近没有「X」，最接近的是「Y」——可以吗？" said before the card, for each stand-in. */
export function substitutionNote(
  draft: OrderDraft,
  best: QuotedCandidate,
  perItem: readonly Candidate[][],
  lang: "zh" | "en",
): string {
  const stand = substitutions(draft, best, perItem);
  if (stand.length === 0) return "";
  return stand
    .map(({ item, nameZh, nameEn }) =>
      say(
        lang,
        `附近没有「${wantedName(item, "zh")}」，最接近的是「${best.merchantZh}」的「${nameZh}」——可以的话在卡片上确认，不行就告诉我换什么。`,
        `"${wantedName(item, "en")}" isn't available nearby; the closest is ${nameEn} from ${best.merchantEn} — ok? Confirm the card if so, or tell me what to change. `,
      ),
    )
    .join("");
}

interface MerchantHit {
  merchantId: string;
  nameZh: string;
  nameEn: string;
  isOpen?: boolean;
  hours?: string;
}

/**
 * Nothing found for some items: say which, and why when the world tells — the shop asked for
 * does not deliver here or lacks the item, or the shops that have it are closed now.
 */
export async function explainMissing(
  tools: ToolClient,
  lang: "zh" | "en",
  state: DialogueState,
  draft: OrderDraft,
  missing: readonly WantedItem[],
  where: { label: string; location: string },
): Promise<BrainDecision> {
  const place = (language: "zh" | "en") =>
    language === "zh"
      ? where.label === "office"
        ? "公司"
        : "家"
      : where.label === "office"
        ? "your office"
        : "your home";
  const names = (language: "zh" | "en") =>
    [...new Set(missing.map((item) => wantedName(item, language)))].join(language === "zh" ? "、" : ", ");
  // The budget is said too, so the user knows it still holds for whatever comes next.
  const cap = draft.budgetMaxFen;
  const reply = (zh: string, en: string, after: DialogueState = state): BrainDecision => ({
    type: "reply",
    text: say(lang, zh, en) + (cap ? say(lang, `（预算 ${yuan(cap)} 以内）`, ` (budget: ${yuan(cap)})`) : ""),
    state: after,
  });
  const brand = draft.brand;
  if (brand) {
    const shops = await merchants(tools, brand.zh, where.location);
    const branch = shops.find((shop) => sameBrand(shop, brand));
    if (!branch)
      return reply(
        `附近没有能送到${place("zh")}的「${brand.zh}」。要我从别的店买「${names("zh")}」吗？`,
        `There's no ${brand.en} that delivers to ${place("en")}. Shall I get the ${names("en")} from another shop instead?`,
      );
    if (branch.isOpen === false)
      return reply(
        `「${branch.nameZh}」现在没营业${branch.hours ? `（营业时间 ${branch.hours}）` : ""}。要预约晚点送，还是从别的店买「${names("zh")}」？`,
        `${branch.nameEn} is closed right now${branch.hours ? ` (open ${branch.hours})` : ""}. Shall I schedule it for later, or get the ${names("en")} from another shop?`,
        waitingForOpening(state, branch.hours),
      );
    if (await soldOutAt(tools, missing, branch.merchantId, where.location))
      return reply(
        `「${branch.nameZh}」的「${names("zh")}」卖完了。要我从别的店买吗？`,
        `${names("en")} ${missing.length > 1 ? "are" : "is"} sold out at ${branch.nameEn}. Shall I get it from another shop instead?`,
      );
    return reply(
      `「${brand.zh}」没有「${names("zh")}」。要我从别的店买吗？`,
      `${brand.en} doesn't have "${names("en")}". Shall I get it from another shop instead?`,
    );
  }
  // The shops that have it may only be closed: say so rather than "not found".
  const closed = await closedSellers(tools, missing[0] as WantedItem, where.location);
  if (closed)
    return reply(
      `「${names("zh")}」附近的「${closed.nameZh}」有，但现在没营业${closed.hours ? `（营业时间 ${closed.hours}）` : ""}。要预约晚点送吗？`,
      `${closed.nameEn} near ${place("en")} has "${names("en")}", but it's closed right now${closed.hours ? ` (open ${closed.hours})` : ""}. Shall I schedule it for later?`,
      waitingForOpening(state, closed.hours),
    );
  // The shops ruled out are named: nothing else nearby has it, not nothing at all.
  const besides = (language: "zh" | "en") => besidesRuledOut(draft.exclusions, language);
  if (besides(lang))
    return reply(
      `${besides("zh")}附近没有能送到${place("zh")}的「${names("zh")}」。换个东西试试？`,
      `${besides("en")}no shop that delivers to ${place("en")} has "${names("en")}". Want to try something else?`,
    );
  return reply(
    `附近没有找到能送到${place("zh")}的「${names("zh")}」。${cap ? "换个东西或放宽预算试试？" : "换个东西试试？"}`,
    `I couldn't find "${names("en")}" that delivers to ${place("en")}. ${cap ? "Try something else or a bigger budget?" : "Want to try something else?"}`,
  );
}

function sameBrand(shop: MerchantHit, brand: { zh: string; en: string }): boolean {
  const names = [shop.nameZh.toLowerCase(), shop.nameEn.toLowerCase()];
  return names.some((name) => name.includes(brand.zh.toLowerCase()) || name.includes(brand.en.toLowerCase()));
}

async function merchants(tools: ToolClient, keyword: string, location: string): Promise<MerchantHit[]> {
  const result = await tools.call<{ merchants: MerchantHit[] }>("commerce_search_merchants", {
    keyword,
    location,
    limit: 5,
  });
  return result.ok ? result.data.merchants : [];
}

/** A shop near the place that has the very item but is closed now. */
async function closedSellers(
  tools: ToolClient,
  item: WantedItem,
  location: string,
): Promise<MerchantHit | undefined> {
  if (item.kinds) return closedOfKind(tools, item.kinds, location);
  const keyword = item.searches?.find((search) => search.keyword)?.keyword ?? item.query;
  if (!keyword) return undefined;
  const result = await tools.call<{ items: (Candidate & { merchant: MerchantHit })[] }>(
    "commerce_search_items",
    { keyword, location, limit: 10 },
  );
  if (!result.ok) return undefined;
  const hit = result.data.items.find(
    (candidate) =>
      candidate.merchant.isOpen === false && isTheThing(item, candidate.nameZh, candidate.nameEn),
  );
  return hit?.merchant;
}

/** A closed shop near the place selling a kind of thing ("寿司" while the sushi bar is shut). */
async function closedOfKind(
  tools: ToolClient,
  kinds: readonly string[],
  location: string,
): Promise<MerchantHit | undefined> {
  for (const category of kinds.slice(0, 3)) {
    const result = await tools.call<{ items: (Candidate & { merchant: MerchantHit })[] }>(
      "commerce_search_items",
      { category, location, limit: 10 },
    );
    const hit = result.ok
      ? result.data.items.find(
          (candidate) => candidate.merchant.isOpen === false && candidate.category === category,
        )
      : undefined;
    if (hit) return hit.merchant;
  }
  return undefined;
}

/** The nearest few open branches of a brand that deliver to the place; none found: search everywhere. */
export async function brandBranches(
  tools: ToolClient,
  brand: string,
  location: string,
): Promise<(string | undefined)[]> {
  const result = await tools.call<{ merchants: { merchantId: string; nameZh: string; nameEn: string }[] }>(
    "commerce_search_merchants",
    { keyword: brand, location, openNow: true, limit: 10 },
  );
  const wanted = brand.toLowerCase();
  const branches = result.ok
    ? result.data.merchants.filter(
        (shop) => shop.nameZh.toLowerCase().includes(wanted) || shop.nameEn.toLowerCase().includes(wanted),
      )
    : [];
  return branches.length ? branches.slice(0, 3).map((shop) => shop.merchantId) : [undefined];
}

/**
 * Dietary wishes a menu cannot carry, said before the card: an ingredient to leave out, an
 * allergy, vegetarian or halal. No spice is applied as an option where the item has one.
 */
export function dietNote(draft: OrderDraft, lang: "zh" | "en"): string {
  const diet = draft.diet;
  if (!diet) return "";
  const notes: string[] = [];
  if (diet.avoid.length > 0) {
    const zh = diet.avoid.map((food) => food.zh).join("、");
    const en = diet.avoid.map((food) => food.en).join(", ");
    notes.push(
      say(
        lang,
        diet.allergy
          ? `注意：你对${zh}过敏，菜单上没标注是否含${zh}，我没法保证，确认前最好先问一下店家。`
          : `注意：菜单上没有「不要${zh}」的选项，我没法保证不放${zh}，下单后可以联系店家备注。`,
        diet.allergy
          ? `Note: you're allergic to ${en} and the menu doesn't say whether it has ${en}, so I can't guarantee it — please check with the shop before you confirm. `
          : `Note: the menu has no "no ${en}" option, so I can't guarantee it comes without ${en} — you can message the shop after ordering. `,
      ),
    );
  }
  for (const style of diet.styles)
    notes.push(
      say(
        lang,
        style === "halal"
          ? "注意：菜单没标注是否清真，我没法确认。"
          : "注意：菜单没标注是否素食，我没法确认不含肉。",
        style === "halal"
          ? "Note: the menu doesn't say whether it's halal, so I can't confirm it. "
          : `Note: the menu doesn't mark dishes ${style}, so I can't confirm it's ${style}. `,
      ),
    );
  return notes.join("");
}

/** Whether the shop lists every missing item but has none of them in stock. */
async function soldOutAt(
  tools: ToolClient,
  missing: readonly WantedItem[],
  merchantId: string,
  location: string,
): Promise<boolean> {
  for (const item of missing) {
    const keyword = item.searches?.find((search) => search.keyword)?.keyword ?? item.query;
    const result = await tools.call<{ items: Candidate[] }>("commerce_search_items", {
      keyword,
      location,
      merchantId,
      limit: 10,
    });
    const listed = result.ok
      ? result.data.items.filter((candidate) => isTheThing(item, candidate.nameZh, candidate.nameEn))
      : [];
    if (listed.length === 0 || listed.some((candidate) => candidate.inStock)) return false;
  }
  return true;
}
