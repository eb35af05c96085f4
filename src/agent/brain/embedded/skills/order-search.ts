import type { ToolClient } from "../../../tools/client.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import { mapOptions, type OptionGroupView } from "./option-mapping.ts";

/** An item hit from commerce search, reduced to what planning needs. */
export interface Candidate {
  /** How well the name answers the search: 0 the very name, 1 contains it, 2 related (category). */
  relevance?: number;
  skuId: string;
  merchantId: string;
  nameZh: string;
  nameEn: string;
  priceFen: number;
  inStock: boolean;
  optionGroups: OptionGroupView[];
  merchant: {
    nameZh: string;
    nameEn: string;
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
  lines: { skuId: string; qty: number; options: Record<string, string>; nameZh: string; nameEn: string }[];
  totalFen: number;
  etaMinutes: number;
  discountFen: number;
  /** The weakest line's relevance (see Candidate). */
  relevance: number;
}

/** Searches commerce for one wanted item near the delivery point, trying its searches in turn. */
export async function searchCandidates(
  tools: ToolClient,
  item: WantedItem,
  location: string,
  draft: OrderDraft,
): Promise<Candidate[]> {
  const perUnitBudget = draft.budgetMaxFen
    ? Math.floor(draft.budgetMaxFen / Math.max(1, item.qty))
    : undefined;
  const searches = item.searches?.length ? item.searches : [{ keyword: item.query }];
  for (const search of searches) {
    const result = await tools.call<{ items: Candidate[] }>("commerce_search_items", {
      ...(search.keyword ? { keyword: search.keyword } : {}),
      ...(search.category ? { category: search.category } : {}),
      location,
      openNow: true,
      limit: 30,
      ...(perUnitBudget ? { maxPriceFen: perUnitBudget } : {}),
    });
    if (!result.ok) continue;
    const found = result.data.items
      .filter((candidate) => candidate.inStock)
      .filter((candidate) => !draft.excludeMerchantIds?.includes(candidate.merchantId))
      .filter((candidate) => !draft.merchantQuery || sellsAs(candidate, draft.merchantQuery))
      .map((candidate) => ({ ...candidate, relevance: relevanceOf(candidate, search.keyword) }));
    if (found.length > 0) return found;
  }
  return [];
}

/** Whether the candidate's shop is the brand the user named ("瑞幸", "Starbucks"). */
function sellsAs(candidate: Candidate, brand: string): boolean {
  const wanted = brand.toLowerCase();
  return (
    candidate.merchant.nameZh.toLowerCase().includes(wanted) ||
    candidate.merchant.nameEn.toLowerCase().includes(wanted)
  );
}

function relevanceOf(candidate: Candidate, keyword: string | undefined): number {
  if (!keyword) return 2;
  const wanted = keyword.toLowerCase();
  const names = [candidate.nameZh.toLowerCase(), candidate.nameEn.toLowerCase()];
  if (names.some((name) => name === wanted)) return 0;
  if (names.some((name) => name.includes(wanted))) return 1;
  // Every word of an English phrase in the name: "beef noodles" → "Beef Noodle Soup".
  const words = wanted.split(/\s+/u).map((word) => word.replace(/(?<=[a-z]{3})s$/u, ""));
  return words.length > 1 && words.every((word) => names[1]?.includes(word)) ? 1 : 2;
}

/**
 * One cart per merchant that carries every wanted item, in search order. For each item the shop's
 * best-matching candidate is taken, and among equals one that reaches the shop's minimum order.
 * When no shop has everything, the shops for the first item (the rest can follow).
 */
export function cartsByMerchant(
  items: WantedItem[],
  perItem: Candidate[][],
): { candidate: Candidate; item: WantedItem }[][] {
  const order: string[] = [];
  for (const candidates of perItem)
    for (const candidate of candidates)
      if (!order.includes(candidate.merchantId)) order.push(candidate.merchantId);
  const carts = order.map((merchantId) =>
    items.flatMap((item, index) => {
      const offered = (perItem[index] ?? []).filter((candidate) => candidate.merchantId === merchantId);
      const best = Math.min(...offered.map((candidate) => candidate.relevance ?? 0));
      const closest = offered.filter((candidate) => (candidate.relevance ?? 0) === best);
      const enough =
        items.length === 1
          ? closest.find((candidate) => candidate.priceFen * item.qty >= (candidate.merchant.minOrderFen ?? 0))
          : undefined;
      const candidate = enough ?? closest[0];
      return candidate ? [{ candidate, item }] : [];
    }),
  );
  const complete = carts.filter((picks) => picks.length === items.length);
  if (complete.length > 0) return complete;
  return carts.filter((picks) => picks[0]?.item === items[0]);
}

/**
 * Quotes a cart at one merchant with commerce. Returns undefined when the service refuses (closed,
 * out of range, out of stock, below minimum): planning then moves on to the next candidate.
 */
export async function quoteCandidate(
  tools: ToolClient,
  userId: string,
  addressId: string,
  picks: { candidate: Candidate; item: WantedItem }[],
): Promise<{
  quoted?: QuotedCandidate;
  error?: { code: string; message: string; details?: Record<string, unknown> };
}> {
  const first = picks[0]?.candidate;
  if (!first) return {};
  const lines = picks.map(({ candidate, item }) => ({
    skuId: candidate.skuId,
    qty: item.qty,
    options: { ...offered(item.choices, candidate.optionGroups), ...mapOptions(item.options, candidate.optionGroups) },
  }));
  const result = await tools.call<{ totalFen: number; etaMinutes: number; discountFen: number }>(
    "commerce_quote_cart",
    {
      userId,
      merchantId: first.merchantId,
      lines,
      addressId,
    },
  );
  if (!result.ok) return { error: result.error };
  return {
    quoted: {
      merchantId: first.merchantId,
      merchantZh: first.merchant.nameZh,
      merchantEn: first.merchant.nameEn,
      rating: first.merchant.rating,
      lines: lines.map((line, index) => ({
        ...line,
        nameZh: picks[index]?.candidate.nameZh ?? "",
        nameEn: picks[index]?.candidate.nameEn ?? "",
      })),
      totalFen: result.data.totalFen,
      etaMinutes: result.data.etaMinutes,
      discountFen: result.data.discountFen ?? 0,
      relevance: Math.max(...picks.map(({ candidate }) => candidate.relevance ?? 0)),
    },
  };
}

/** The remembered option ids this item really offers. */
function offered(
  choices: Record<string, string> | undefined,
  groups: readonly OptionGroupView[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(choices ?? {}).filter(([key, id]) =>
      groups.some((group) => group.key === key && group.choices.some((choice) => choice.id === id)),
    ),
  );
}

/**
 * Ranks quoted carts by the user's constraints: over-budget and too-late carts go last; then what
 * answers the request best (the very item before one that merely contains its name), then the
 * cheapest, with rating and speed as tie-breakers worth a few yuan.
 */
export function rankQuoted(quotes: QuotedCandidate[], draft: OrderDraft): QuotedCandidate[] {
  const penalty = (quote: QuotedCandidate) =>
    (draft.budgetMaxFen !== undefined && quote.totalFen > draft.budgetMaxFen ? 1_000_000 : 0) +
    (draft.withinMinutes !== undefined && quote.etaMinutes > draft.withinMinutes ? 1_000_000 : 0);
  const score = (quote: QuotedCandidate) =>
    penalty(quote) +
    quote.relevance * 1000 +
    quote.totalFen -
    Math.round((quote.rating - 4) * 300) + quote.etaMinutes * 10;
  return [...quotes].sort((a, b) => score(a) - score(b) || a.merchantId.localeCompare(b.merchantId));
}

/** Whether a quoted cart meets the user's budget and deadline. */
export function meetsConstraints(quote: QuotedCandidate, draft: OrderDraft): boolean {
  return (
    (draft.budgetMaxFen === undefined || quote.totalFen <= draft.budgetMaxFen) &&
    (draft.withinMinutes === undefined || quote.etaMinutes <= draft.withinMinutes)
  );
}
