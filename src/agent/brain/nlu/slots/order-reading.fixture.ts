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
