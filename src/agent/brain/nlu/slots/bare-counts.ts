import { EN_CONTAINER, type OrderLineSlot } from "./line-words.ts";

// A count whose only noun is a container ("2 cups", "3 bowls"): no thing of its own.
const ONLY_CONTAINER = new RegExp(`^${EN_CONTAINER}$`, "iu");

/**
 * "flat white hot, 2 cups", "coconut latte large, 3 cups, to my home": a count said after a thing
 * with only a container for its noun counts that thing — it is no thing called "cups". The lines
 * left, the named line right before each such count given its number (when it said none itself).
 */
export function foldBareCounts(lines: OrderLineSlot[]): OrderLineSlot[] {
  return lines.filter((count) => {
    if (count.match || !ONLY_CONTAINER.test(count.text.trim())) return true;
    const before = lines.filter((line) => line.start < count.start).at(-1);
    // "a latte, 2 cups": an article is no count of its own.
    if (!before?.match || (before.qtyText !== undefined && before.qtyText !== "a")) return true;
    before.qty = count.qty;
    before.qtyText = count.qtyText ?? String(count.qty);
    before.options = { ...count.options, ...before.options };
    return false;
  });
}
