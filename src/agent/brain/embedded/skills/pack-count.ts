import { parseCount } from "../../nlu/slots/numbers.ts";
import { packCount } from "../../pack-words.ts";
import type { WantedItem } from "../state.ts";
import type { Candidate } from "./order-search.ts";

// A count of servings, not of pieces: "五份炸鸡", "two portions of fried chicken", "3 boxes of…" are
// five (two, three) of the thing, whatever number a pack's name holds ("麦辣鸡翅（2块）").
const SERVINGS =
  /(?:[0-9]+|[一二两俩三仨四五六七八九十]+)\s*(?:份|碗|杯|盒|袋|箱|束|套|桶|包)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)\s+(?:portions?|servings?|orders?|box(?:es)?|bowls?|cups?|packs?|bags?|bouquets?|buckets?|sets?|bunch(?:es)?)\b/iu;

function countsServings(said: string | undefined): boolean {
  return said !== undefined && SERVINGS.test(said);
}

/** The count of servings said ("两份" → 2), if one is. */
function servingsSaid(said: string | undefined): number | undefined {
  const count = SERVINGS.exec(said ?? "")?.[0].match(/^(?:[0-9]+|[一二两俩三仨四五六七八九十]+)/u)?.[0];
  return count ? parseCount(count) : undefined;
}

// What one pack holds, said of the thing: "9枝的", "10枚装", "4个的".
const HELD = /(\d+)\s*(?:枚|个|只|片|枝|支|朵|贯|串|粒|块)\s*(?:装|的)?/u;

function heldCount(said: string | undefined): number | undefined {
  const count = Number(HELD.exec(said ?? "")?.[1]);
  return Number.isInteger(count) && count > 1 ? count : undefined;
}

/**
 * A count that is a pack's size is one pack: "鸡蛋15个" where a shop sells eggs by 15 is one pack of
 * 15 (not fifteen packs), "11 red roses" one bouquet of 11. When such packs match as closely as
 * the best, only they are offered and the item's count becomes 1; otherwise it is left as said.
 */
export function packedCounts(
  items: readonly WantedItem[],
  perItem: readonly Candidate[][],
): { items: WantedItem[]; perItem: Candidate[][] } {
  const out = items.map((item, index) => {
    const found = perItem[index] ?? [];
    // "一束9枝的玫瑰", "两盒10枚装的鸡蛋": the pack holding that many, as many times as said.
    const held = heldCount(item.said);
    if (held !== undefined && found.length > 0) {
      const packs = found.filter(
        (candidate) => packCount(candidate.nameZh) === held || packCount(candidate.nameEn) === held,
      );
      // "9枝的玫瑰花束", "麦乐鸡5块": the pack's own count read as the count is one pack.
      // "麦乐鸡5块 两份": then the servings said are the count.
      const packsOfIt = item.qty === held ? (servingsSaid(item.said) ?? 1) : item.qty;
      if (packs.length > 0) return { item: { ...item, qty: packsOfIt }, found: packs };
    }
    if (item.qty < 2 || found.length === 0 || countsServings(item.said)) return { item, found };
    const best = Math.min(...found.map((candidate) => candidate.relevance ?? 2));
    const packs = found.filter(
      (candidate) =>
        (candidate.relevance ?? 2) <= best + 0.5 &&
        (packCount(candidate.nameZh) === item.qty || packCount(candidate.nameEn) === item.qty),
    );
    if (packs.length === 0) return closestPacks(item, found, best);
    return {
      item: { ...item, qty: 1, pieces: item.qty },
      // Only the packs of that size: anything else, bought once, would be a different count.
      found: packs.map((candidate) => ({
        ...candidate,
        relevance: Math.min(candidate.relevance ?? 2, best),
      })),
    };
  });
  return { items: out.map((entry) => entry.item), perItem: out.map((entry) => entry.found) };
}

/**
 * "a dozen red roses" where roses come in bouquets of 9, 11 and 19: the count is of stems, and no
 * pack holds it — as many packs as make it exactly ("20 eggs" in tens), else one pack of the
 * closest size (the larger on a tie), never twelve bouquets. A count below every pack's size ("2
 * boxes of kiwis" of six) counts packs. The
 * pieces asked for stay on the item, so the card's difference is named (engine/faithfulness.ts).
 * Anything not sold in packs, or a count of servings, is left as said.
 */
function closestPacks(
  item: WantedItem,
  found: Candidate[],
  best: number,
): { item: WantedItem; found: Candidate[] } {
  const close = found.filter((candidate) => (candidate.relevance ?? 2) <= best + 0.5);
  const held = (candidate: Candidate) => packCount(candidate.nameZh) ?? packCount(candidate.nameEn);
  if (close.length === 0 || close.some((candidate) => held(candidate) === undefined)) return { item, found };
  const sizes = [...new Set(close.map((candidate) => held(candidate) ?? 0))].sort((a, b) => b - a);
  // "2 kiwis" where kiwis come by 6 counts packs, as before: a count of pieces reaches a pack's size.
  if (item.qty < Math.min(...sizes)) return { item, found };
  // "24 cans" where cans come by 6: four packs, exactly; else the one pack closest to the count.
  const whole = sizes.find((size) => item.qty % size === 0);
  const gap = (size: number) => Math.abs(size - item.qty);
  const size = whole ?? sizes.reduce((nearest, size) => (gap(size) < gap(nearest) ? size : nearest));
  return {
    item: { ...item, qty: whole ? item.qty / whole : 1, pieces: item.qty },
    found: close
      .filter((candidate) => held(candidate) === size)
      .map((candidate) => ({ ...candidate, relevance: Math.min(candidate.relevance ?? 2, best) })),
  };
}
