import type { ToolClient } from "../../../tools/client.ts";
import { extractItemOptions } from "../../nlu/slots/options.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import { byCloseness } from "./closest-pick.ts";
import { mapOptions, type OptionGroupView, saidChoices } from "./option-mapping.ts";
import {
  type Candidate,
  type ChoiceName,
  ownNames,
  type QuotedCandidate,
  withoutNames,
} from "./order-search.ts";
import { weighedLine } from "./weighed-lines.ts";

// Carts from the candidates search found: one per shop that carries the wanted items, quoted with
// commerce (the options said mapped onto the shop's choices), then ranked by the user's limits.

/**
 * One cart per merchant that carries every wanted item, in search order. For each item the shop's
 * best-matching candidate is taken, and among equals one that reaches the shop's minimum order.
 * When no shop has everything, the shops for the first item (the rest can follow).
 */
export function cartsByMerchant(
  items: WantedItem[],
  perItem: Candidate[][],
  wantedChoices: readonly ChoiceName[][] = [],
): { candidate: Candidate; item: WantedItem }[][] {
  const order: string[] = [];
  for (const candidates of perItem)
    for (const candidate of candidates)
      if (!order.includes(candidate.merchantId)) order.push(candidate.merchantId);
  const carts = order.map((merchantId) =>
    items.flatMap((item, index) => {
      const offered = (perItem[index] ?? []).filter((candidate) => candidate.merchantId === merchantId);
      const best = Math.min(...offered.map((candidate) => candidate.relevance ?? 0));
      const closest = offered
        .filter((candidate) => (candidate.relevance ?? 0) === best)
        .sort(byCloseness(wantedChoices[index]));
      // A shop's nearly-as-good item that reaches its minimum beats one below it ("two drinks":
      // a tea rather than two bottles of water the shop will not send).
      const nearly = offered
        .filter((candidate) => (candidate.relevance ?? 0) <= best + 0.2)
        .sort(byCloseness(wantedChoices[index]));
      const enough =
        items.length === 1
          ? nearly.find((candidate) => candidate.priceFen * item.qty >= (candidate.merchant.minOrderFen ?? 0))
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
  deliverAt?: number,
  wantedChoices: readonly ChoiceName[][] = [],
  choicesSaid: typeof saidChoices = saidChoices,
): Promise<{
  quoted?: QuotedCandidate;
  error?: { code: string; message: string; details?: Record<string, unknown> };
}> {
  const first = picks[0]?.candidate;
  if (!first) return {};
  const lines = picks.map(({ candidate, item }) => {
    const options = {
      ...offered(item.choices, candidate.optionGroups),
      // The item's own name is no option ("珍珠奶茶" asks for no extra pearls).
      ...choicesSaid(withoutNames(item.said, ownNames(item, candidate)), candidate.optionGroups),
      ...mapOptions(item.options, candidate.optionGroups),
    };
    // "两斤香蕉": the weight said is count × bag, not two of the bag it names.
    return {
      skuId: candidate.skuId,
      ...weighedLine(item.qty, item.said, candidate.optionGroups, options, candidate.nameEn),
    };
  });
  const missedChoices = picks.flatMap(({ item }, index) =>
    (wantedChoices[index] ?? []).filter(
      (choice) => !lines[index]?.options[choice.group] && !saidAsOption(item, choice),
    ),
  );
  const missed =
    picks.reduce((sum, { item }, index) => sum + unmet(item, lines[index]?.options ?? {}), 0) +
    missedChoices.length;
  const result = await tools.call<{ totalFen: number; etaMinutes: number; discountFen: number }>(
    "commerce_quote_cart",
    {
      userId,
      merchantId: first.merchantId,
      lines,
      addressId,
      ...(deliverAt !== undefined ? { deliverAt } : {}),
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
        unitFen: picks[index]?.candidate.priceFen ?? 0,
      })),
      totalFen: result.data.totalFen,
      etaMinutes: result.data.etaMinutes,
      discountFen: result.data.discountFen ?? 0,
      relevance: Math.max(...picks.map(({ candidate }) => candidate.relevance ?? 0)),
      missedOptions: missed,
      missedChoices,
    },
  };
}

/** Options the user asked for that the chosen option ids do not carry. */
/**
 * A shop's choice ("Iced" of one shop's temperature group) that says what one of the item's own
 * options says ("iced americanos" → temperature iced): it is met or missed as that option (unmet),
 * on whatever group this shop keeps it in ("Regular ice"), never named missing on its own.
 */
function saidAsOption(item: WantedItem, choice: ChoiceName): boolean {
  const said = extractItemOptions(choice.en) ?? extractItemOptions(choice.zh);
  if (!said) return false;
  const keys = Object.keys(said) as (keyof typeof said)[];
  return keys.length > 0 && keys.every((key) => item.options[key] !== undefined);
}

function unmet(item: WantedItem, chosen: Record<string, string>): number {
  const wanted = item.options;
  return [
    wanted.size && !chosen.size,
    wanted.sugar && !chosen.sugar,
    wanted.spice && !chosen.spice,
    wanted.ice && !chosen.ice,
    wanted.temperature && !chosen.temperature && !chosen.ice,
    wanted.milk && !chosen.milk,
    wanted.combo && !chosen.combo,
  ].filter(Boolean).length;
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
 * answers the request best (the very item, before one that merely contains its name, before one a
 * fuzzy search turned up), then the cheapest, where options the item lacks, rating and speed are
 * worth a few yuan each.
 */
export function rankQuoted(quotes: QuotedCandidate[], draft: OrderDraft): QuotedCandidate[] {
  const penalty = (quote: QuotedCandidate) =>
    (draft.budgetMaxFen !== undefined && quote.totalFen > draft.budgetMaxFen ? 1_000_000 : 0) +
    (draft.withinMinutes !== undefined && quote.etaMinutes > draft.withinMinutes ? 1_000_000 : 0);
  // The shop of a card being edited keeps the order unless it answers the request worse.
  const staying = (quote: QuotedCandidate) =>
    draft.stayMerchantId !== undefined && quote.merchantId === draft.stayMerchantId ? -150_000 : 0;
  const score = (quote: QuotedCandidate) =>
    penalty(quote) +
    staying(quote) +
    quote.relevance * 100_000 +
    quote.missedOptions * 20_000 +
    quote.totalFen -
    Math.round((quote.rating - 4) * 300) +
    quote.etaMinutes * 10;
  return [...quotes].sort((a, b) => score(a) - score(b) || a.merchantId.localeCompare(b.merchantId));
}

/** Whether a quoted cart meets the user's budget and deadline. */
export function meetsConstraints(quote: QuotedCandidate, draft: OrderDraft): boolean {
  return (
    (draft.budgetMaxFen === undefined || quote.totalFen <= draft.budgetMaxFen) &&
    (draft.withinMinutes === undefined || quote.etaMinutes <= draft.withinMinutes)
  );
}
