import type { ToolClient } from "../../../tools/client.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import { mapOptions, type OptionGroupView } from "./option-mapping.ts";

/** An item hit from commerce search, reduced to what planning needs. */
export interface Candidate {
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
}

/** Searches commerce for one wanted item near the delivery point. */
export async function searchCandidates(
  tools: ToolClient,
  item: WantedItem,
  location: string,
  draft: OrderDraft,
): Promise<Candidate[]> {
  const perUnitBudget = draft.budgetMaxFen
    ? Math.floor(draft.budgetMaxFen / Math.max(1, item.qty))
    : undefined;
  const result = await tools.call<{ items: Candidate[] }>("commerce_search_items", {
    keyword: item.query,
    location,
    openNow: true,
    limit: 12,
    ...(perUnitBudget ? { maxPriceFen: perUnitBudget } : {}),
  });
  if (!result.ok) return [];
  return result.data.items.filter((candidate) => candidate.inStock);
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
    options: mapOptions(item.options, candidate.optionGroups),
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
    },
  };
}

/**
 * Ranks quoted carts by the user's constraints: over-budget and too-late carts go last; then the
 * cheapest, with rating and speed as tie-breakers worth a few yuan.
 */
export function rankQuoted(quotes: QuotedCandidate[], draft: OrderDraft): QuotedCandidate[] {
  const penalty = (quote: QuotedCandidate) =>
    (draft.budgetMaxFen !== undefined && quote.totalFen > draft.budgetMaxFen ? 1_000_000 : 0) +
    (draft.withinMinutes !== undefined && quote.etaMinutes > draft.withinMinutes ? 1_000_000 : 0);
  const score = (quote: QuotedCandidate) =>
    penalty(quote) + quote.totalFen - Math.round((quote.rating - 4) * 300) + quote.etaMinutes * 10;
  return [...quotes].sort((a, b) => score(a) - score(b) || a.merchantId.localeCompare(b.merchantId));
}

/** Whether a quoted cart meets the user's budget and deadline. */
export function meetsConstraints(quote: QuotedCandidate, draft: OrderDraft): boolean {
  return (
    (draft.budgetMaxFen === undefined || quote.totalFen <= draft.budgetMaxFen) &&
    (draft.withinMinutes === undefined || quote.etaMinutes <= draft.withinMinutes)
  );
}
