import type { OrderLineSlot } from "./line-words.ts";

// English names a dish by a kind word after its own name: "pian'er chuan noodle soup", "wonton soup",
// "chicken rice". A kind of thing said right after another thing, with nothing between and no count
// of its own, is the head of that one name — never a second line of the order.
const LATIN = /^[a-z][a-z'’ -]*$/iu;

/** The lines with a trailing kind word folded into the thing before it (in place). */
export function foldHeadNouns(text: string, lines: OrderLineSlot[]): void {
  for (let index = lines.length - 1; index > 0; index--) {
    const head = lines[index] as OrderLineSlot;
    const before = lines[index - 1] as OrderLineSlot;
    const [first, second] = [before.match, head.match];
    if (!first || !second || second.entity.kind !== "category" || head.qtyText !== undefined) continue;
    if (!/^\s+$/u.test(text.slice(first.end, second.start))) continue;
    const phrase = text.slice(first.start, second.end);
    if (!LATIN.test(phrase)) continue;
    const folded: OrderLineSlot = {
      ...before,
      said: `${before.said ?? ""} ${head.said ?? ""}`,
      options: { ...before.options, ...head.options },
    };
    // A named dish stays that dish ("noodle soup" of Pian'er Chuan Noodles); two kind words are one
    // name the catalogue may spell as said ("wonton soup"), searched as such.
    if (first.entity.kind === "category") {
      folded.match = undefined;
      folded.text = phrase.toLowerCase();
    }
    lines.splice(index - 1, 2, folded);
  }
}
