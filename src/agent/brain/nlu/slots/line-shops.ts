import type { GazetteerMatch } from "../gazetteer.ts";
import type { OrderLineSlot } from "./line-words.ts";

/** A shop named for one line of an order, both names. */
export interface LineShop {
  zh: string;
  en: string;
}

// The shop named after the thing it sells: "a Big Mac from McDonald's", "拿铁要星巴克的".
const FROM_BEFORE = /(?:\bfrom|\bat|@|要|在|是)\s*(?:the\s+)?$/iu;

/**
 * Two or more shops named in one order, each for its own things ("瑞幸一杯生椰拿铁，再从肯德基带个汉堡",
 * "a Manner latte and two Holiland egg tarts"): each line gets the shop said for it. A shop goes to
 * the thing named right after it ("麦当劳的巨无霸", "CoCo bubble tea"), or, said with "from"/"要…的"
 * after a thing, to that thing ("a Big Mac from McDonald's"); a line with no shop of its own after a
 * line with one is from the same shop ("麦当劳一个巨无霸和薯条"). With one shop named (or none) the
 * lines are left alone: the whole order is from it.
 */
export function shopsOfLines(text: string, lines: OrderLineSlot[], brands: readonly GazetteerMatch[]): void {
  const distinct = new Set(brands.map((brand) => brand.entity.id));
  if (distinct.size < 2 || lines.length < 2) return;
  const sorted = [...lines].sort((a, b) => a.start - b.start);
  const ends = (line: OrderLineSlot) => line.match?.end ?? line.start + line.text.length;
  const owner = new Map<OrderLineSlot, GazetteerMatch>();
  for (const brand of [...brands].sort((a, b) => a.start - b.start)) {
    const before = sorted.filter((line) => ends(line) <= brand.start).at(-1);
    const after = sorted.find((line) => line.start >= brand.end);
    const fromAfterThing =
      before !== undefined && !owner.has(before) && FROM_BEFORE.test(text.slice(ends(before), brand.start));
    const target = fromAfterThing ? before : after;
    if (target && !owner.has(target)) owner.set(target, brand);
  }
  if (new Set([...owner.values()].map((brand) => brand.entity.id)).size < 2) return;
  let current: GazetteerMatch | undefined;
  for (const line of sorted) {
    current = owner.get(line) ?? current;
    if (current) line.shop = { zh: current.entity.zh, en: current.entity.canonicalEn ?? current.entity.en };
  }
}
