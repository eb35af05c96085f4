import type { GazetteerMatch } from "../gazetteer.ts";

/**
 * Several shops ruled out at once: "星巴克和瑞幸都不要", "麦当劳肯德基以外的", "不要星巴克、瑞幸、Manner",
 * "not Luckin, Starbucks or Manner", "neither KFC nor Dicos". The words that rule a shop out stand
 * before the first name or after the last, so a list of names joined only by list words shares them.
 */

// What may stand between two names of one list.
const JOIN = /^\s*(?:和|与|跟|或者?|及|以及|还有|、|[,，/&]|\band\b|\bor\b|\bnor\b)?\s*(?:也)?\s*$/iu;
const CONJUNCTION = /和|与|跟|或|及|还有|、|\band\b|\bor\b|\bnor\b|&|\//iu;
const COMMA = /[,，]/u;

// Ruling-out words after the last name, with 都/也 ("都不要", "也别点", "以外的"), before the clause ends.
const ZH_AFTER_LIST =
  /^(?:的)?\s*(?:都|也|全都|统统|一律)?\s*(?:(?:不要|别要|别点|别买|不行|不考虑|不去|别去|算了|就算了|pass)(?=\s*(?:了|啊|哦|呢|吧)?\s*(?:[，,。！!？?；;]|$))|除外|以外|之外)/iu;
const EN_BEFORE_LIST = /\bneither\s*$/iu;

/**
 * The words of an exclusion frame around a list of shops or kinds, left once the names are read:
 * "（瑞幸和库迪）以外的", "之外的都行", "除外", "别的都可以", "其他家". Never a thing to buy.
 */
export const ZH_EXCLUSION_FRAME =
  /^(?:的)?(?:以外|之外|除外|除此|除开|别的|别家|其他|其它|其余)(?:的|家|店)?(?:都|也)?(?:行|可以|好|成|ok|随便)?$|^(?:都|也)?(?:行|可以|好|成|随便|无所谓)$/iu;

/** Merchant matches in text order, the longest where two overlap. */
function merchantsInOrder(matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  const merchants = matches
    .filter((match) => match.entity.kind === "merchant")
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: GazetteerMatch[] = [];
  for (const match of merchants)
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

/** Runs of shop names joined only by list words, each in text order with the joins between them. */
function runsOf(text: string, merchants: GazetteerMatch[]): { names: GazetteerMatch[]; joins: string[] }[] {
  const runs: { names: GazetteerMatch[]; joins: string[] }[] = [];
  for (const match of merchants) {
    const run = runs.at(-1);
    const last = run?.names.at(-1);
    const between = last ? text.slice(last.end, match.start) : undefined;
    if (run && between !== undefined && JOIN.test(between)) {
      run.names.push(match);
      run.joins.push(between);
    } else runs.push({ names: [match], joins: [] });
  }
  return runs;
}

/**
 * The shop matches ruled out as part of a list, given the one-name reader `excludedAlone`: every name
 * of a list whose first name is ruled out by the words before it (a comma list must end in a
 * conjunction: "not Luckin, Starbucks or Manner", never "不要星巴克，瑞幸的来一杯"), or whose last name
 * is ruled out by the words after it ("星巴克和瑞幸都不要").
 */
export function excludedInLists(
  text: string,
  matches: readonly GazetteerMatch[],
  excludedAlone: (text: string, match: GazetteerMatch) => boolean,
): Set<GazetteerMatch> {
  const out = new Set<GazetteerMatch>();
  for (const { names, joins } of runsOf(text, merchantsInOrder(matches))) {
    const first = names[0];
    const last = names.at(-1);
    if (!first || !last) continue;
    const after = text.slice(last.end, last.end + 10);
    const before = text.slice(Math.max(0, first.start - 12), first.start);
    const ruledAfter = ZH_AFTER_LIST.test(after);
    const listed = names.length > 1;
    const commaOnly = joins.some((join) => COMMA.test(join)) && !CONJUNCTION.test(joins.at(-1) ?? "");
    const ruledBefore =
      listed &&
      !commaOnly &&
      (EN_BEFORE_LIST.test(before) || excludedAlone(text, first)) &&
      !keptAfter(text, last);
    if (ruledAfter || ruledBefore) for (const name of names) out.add(name);
  }
  return out;
}

/** "不要星巴克和瑞幸的拿铁" is still ruled out; "除了星巴克和瑞幸还要…" adds. */
function keptAfter(text: string, last: GazetteerMatch): boolean {
  return /^\s*(?:还|也要|再)/u.test(text.slice(last.end, last.end + 4));
}
