import { parseEnglishNumber, parseNumber } from "./numbers.ts";

/**
 * A count of pieces said of a thing sold by the plate is its portion, not how many plates: "牛肉水饺12只
 * 水煮的一份" is one plate of 12, "pork dumplings, the 18 piece one" one plate of 18. When the line's
 * count was read from such words, the plate count said beside it (一份, two orders) is the line's
 * count, else one for things sold by the plate of pieces (dumplings, wontons); the piece count stays in
 * the line's words, where its shop's portion choice is matched.
 */
const PIECES = /^(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:只|pcs?|pieces?|-piece)$/iu;
const PLATES = new RegExp(
  [
    "(?<zh>[0-9]+|[一二两三四五六七八九十]+)\\s*(?:份|碗|盒|笼|盘|屉|客)",
    "\\b(?<en>[0-9]+|one|two|three|four|five|six|an?)\\s+(?:orders?|portions?|plates?|servings?|boxes|box|bowls?|baskets?)\\b",
  ].join("|"),
  "iu",
);
const BY_THE_PLATE = /饺|云吞|馄饨|抄手|dumpling|wonton|gyoza/iu;

interface CountedLine {
  text: string;
  qty: number;
  qtyText?: string;
  said?: string;
}

export function portionCounts(lines: readonly CountedLine[]): void {
  for (const line of lines) {
    if (!line.qtyText || !PIECES.test(line.qtyText.trim()) || line.qty < 6) continue;
    const said = (line.said ?? "").replace(line.qtyText, " ");
    const plates = PLATES.exec(said);
    const raw = plates?.groups?.zh ?? plates?.groups?.en;
    const count = raw
      ? /^an?$/iu.test(raw)
        ? 1
        : (parseNumber(raw) ?? parseEnglishNumber(raw))
      : BY_THE_PLATE.test(`${line.text} ${line.said ?? ""}`)
        ? 1
        : undefined;
    if (count === undefined || !Number.isInteger(count) || count < 1) continue;
    line.said = `${line.said ?? ""} ${line.qtyText}`;
    line.qty = count;
    line.qtyText = raw ?? "1";
  }
}

// "两份5块麦乐鸡", "3盒10只装饺子": how many portions, then the pieces of one (a size its menu names).
const PORTION_UNIT = /(?:份|盒|袋|包|个|盘|碗|桶)$/u;
const PIECE_UNIT = /(?:块|只|片|粒|串|个|枚|枝|支|朵|颗)$/u;
const HOLDS = /^\s*(?:装|的)/u;

/**
 * The count of portions when two counts stand together before a thing and the second is of pieces
 * ("两份5块麦乐鸡" is two portions of the five-piece one, not five); else the last count.
 */
export function portionsBeforePieces<C extends { index: number; end: number; text: string }>(
  text: string,
  counts: readonly C[],
): C | undefined {
  const last = counts.at(-1);
  const before = counts.at(-2);
  if (!last || !before) return last;
  if (text.slice(before.end, last.index).trim()) return last;
  // "一盒30枚的鸡蛋", "两箱24瓶装的水", "一束9枝的郁金香": the second count, said of the thing
  // ("…的", "…装"), is what one holds.
  if (HOLDS.test(text.slice(last.end))) return before;
  return PORTION_UNIT.test(before.text) && PIECE_UNIT.test(last.text) ? before : last;
}
