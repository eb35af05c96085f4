import type { RequestFrame } from "../../frame.ts";
import { countedInSingles } from "../../pack-words.ts";
import type { OrderDraft } from "../state.ts";
import { weightsSaid } from "./weighed-lines.ts";

/** The draft as the request frame the engine checks the card against. */
export function frameOf(draft: OrderDraft): RequestFrame {
  return {
    kind: "order_delivery",
    items: draft.items.map((item) => {
      const grams = weightsSaid(item.said ?? "").find((weight) => weight.count === item.qty)?.grams;
      return {
        text: item.query || "?",
        qty: item.qty,
        options: item.options,
        ...(grams && Number.isInteger(grams) ? { grams } : {}),
        ...(item.shop ? { merchant: item.shop } : {}),
        ...(countedInSingles(item.said ?? "") ? { singles: true } : {}),
        ...(item.pieces ? { pieces: item.pieces } : {}),
      };
    }),
    ...(draft.brand ? { merchant: draft.brand } : {}),
    exclusions: draft.exclusions ?? [],
    ...(draft.budgetMaxFen || draft.perItemMaxFen
      ? {
          budget: {
            ...(draft.budgetMaxFen ? { totalFen: draft.budgetMaxFen } : {}),
            ...(draft.perItemMaxFen ? { perItemFen: draft.perItemMaxFen } : {}),
          },
        }
      : {}),
    ...(draft.withinMinutes ? { withinMinutes: draft.withinMinutes } : {}),
    ...(draft.when ? { when: draft.when } : {}),
    ...(draft.addressLabel ? { address: draft.addressLabel } : {}),
    bundle: [],
    problems: draft.problems ?? [],
  };
}
