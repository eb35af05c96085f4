import { parseCount } from "../../nlu/slots/numbers.ts";
import type { WantedItem } from "../state.ts";
import type { Candidate } from "./order-search.ts";

// The count a pack holds, said in its name: "鸡蛋 15枚", "红玫瑰花束（11枝）", "Eggs ×10", "(12 pc)".
const PACK =
  /(\d+)\s*(?:枚|个|只|片|枝|支|朵|贯|串|粒|块)|[×x]\s*(\d+)\b|\((\d+)\s*(?:pc|pcs|pieces?|stems?)\)|\b(\d+)\s*stems?\b/iu;

/** How many pieces an item's name says its pack holds, if it says. */
export function packCount(name: string): number | undefined {
  const match = PACK.exec(name);
  if (!match) return undefined;
  const count = Number(match[1] ?? match[2] ?? match[3] ?? match[4]);
  return Number.isInteger(count) && count > 1 ? count : undefined;
}

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
    if (packs.length === 0) return { item, found };
    return {
      item: { ...item, qty: 1 },
      // Only the packs of that size: anything else, bought once, would be a different count.
      found: packs.map((candidate) => ({
        ...candidate,
        relevance: Math.min(candidate.relevance ?? 2, best),
      })),
    };
  });
  return { items: out.map((entry) => entry.item), perItem: out.map((entry) => entry.found) };
}
