/**
 * Test support for the slot readers: an order read from a sentence over a small made-up menu, the
 * way extract-slots.ts feeds the readers (normalised text, trusted gazetteer matches). Tests name
 * their own entries so each reads a composition, not one brand's menu.
 */
import { Gazetteer, type GazetteerEntry } from "../gazetteer.ts";
import { normalizeText } from "../normalize.ts";
import { trustedMatches } from "./entities.ts";
import type { OrderLinesSlot } from "./line-words.ts";
import { extractOrderLines } from "./order-lines.ts";

/** A reader of orders over these entries. */
export function orderReader(entries: GazetteerEntry[]): (text: string) => OrderLinesSlot {
  const gazetteer = new Gazetteer(entries);
  return (text) => {
    const prepared = normalizeText(text, { keepCase: true });
    return extractOrderLines(prepared, trustedMatches(gazetteer.match(prepared)));
  };
}

/** A line as tests name it: the matched entry's Chinese name, or the words said. */
export function lineName(line: OrderLinesSlot["lines"][number]): string {
  return line.match?.entity.zh ?? line.text;
}

/** A reader over an everyday menu: coffee, fast food, milk tea, bananas, two brands, two kinds. */
export const everydayOrder = orderReader([
  { kind: "item", id: "latte", zh: "拿铁", en: "Latte" },
  { kind: "item", id: "americano", zh: "美式", en: "Americano" },
  { kind: "item", id: "bigmac", zh: "巨无霸", en: "Big Mac" },
  { kind: "item", id: "sundae", zh: "圣代", en: "Sundae" },
  { kind: "item", id: "boba", zh: "珍珠奶茶", en: "Bubble Tea" },
  { kind: "item", id: "coldbrew", zh: "冷萃", en: "Cold Brew" },
  { kind: "item", id: "banana", zh: "香蕉", en: "Bananas" },
  { kind: "merchant", id: "sbux", zh: "星巴克", en: "Starbucks" },
  { kind: "merchant", id: "mcd", zh: "麦当劳", en: "McDonald's" },
  { kind: "category", id: "c1", zh: "咖啡", en: "coffee" },
  { kind: "category", id: "c2", zh: "奶茶", en: "milk tea" },
]);

/** What `everydayOrder` reads, as tests compare it: lines, exclusions, brands, problems. */
export function everydayRead(text: string) {
  const order = everydayOrder(text);
  return {
    lines: order.lines.map((line) => [lineName(line), line.qty, line.options]),
    exclusions: order.exclusions.map((exclusion) => exclusion.zh),
    brands: order.brands.map((brand) => brand.entity.zh),
    problems: order.problems.map((problem) => problem.reason),
  };
}
