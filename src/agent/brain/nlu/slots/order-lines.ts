import type { GazetteerMatch } from "../gazetteer.ts";
import { withoutAddedIn } from "./added-in.ts";
import { foldBareCounts } from "./bare-counts.ts";
import { excludedInLists } from "./excluded-runs.ts";
import { articleLines, freeLines, unnamedListed } from "./free-lines.ts";
import { foldHeadNouns } from "./head-nouns.ts";
import { applyLaterClauses } from "./later-clauses.ts";
import { cutAtClauses } from "./line-division.ts";
import { shopsOfLines } from "./line-shops.ts";
import {
  ALL_CUE,
  type ExclusionSlot,
  endOfClause,
  type NumberProblemSlot,
  type OrderLineSlot,
  type OrderLinesSlot,
} from "./line-words.ts";
import { extractItemOptions, OPTION_WORDS } from "./options.ts";
import {
  addedMore,
  type Count,
  countOf,
  countsIn,
  EN_ARTICLE,
  ownCount,
  POSTFIX_COUNT,
  postfixAt,
  postfixRun,
  runEnd,
} from "./order-counts.ts";
import { portionCounts, portionsBeforePieces } from "./portion-counts.ts";
import { choiceAnchor, foldChoices, namesShopChoice, ZH_CHOICE_WORDS } from "./shop-choices.ts";
import { lineCount, splitsStart } from "./tail-splits.ts";
import type { ItemOptions } from "./types.ts";

// Joins between the lines of an order.
const CONNECTOR = /和|加上?|还有|再来|再要|以及|跟|另外|、|[，,+&]|\band\b|\bplus\b|\balso\b/iu;

const ZH_EXCLUDE_BEFORE =
  /(?:不要|不想要|别要|别点|别买|不用|不吃|不喝|避开|排除|别给我|不能是|别是|不是|除了|(?:别|不要|不想|不)(?:用|在|从|找|选|去)|(?<![特区类分识告级性差])别\s*)(?:那家|那个|这家)?\s*$/u;

// "星巴克的不要": ruled out when nothing else follows; "拿铁不要星巴克的" rules out the shop, not the latte.
const ZH_EXCLUDE_AFTER =
  /^(?:的)?(?:(?:就|也|这次|先)?(?:不要|别要|不用|不行)(?=\s*(?:了|啊|哦|呢)?\s*(?:[，,。！!？?；;]|$))|除外|就算了|以外|之外)/u;

const EN_EXCLUDE_BEFORE =
  /(?:\bnot(?: from| at)?|\bno|\bexcept(?: for)?|\b(?:anything|anywhere|any ?place|any ?shop|anyone|somewhere) (?:but|except)|\bapart from|\bbesides|\bnever|\bother than|\bavoid|\bexcluding|\bwithout|\brather than|\binstead of|\bnothing from|\bskip|\bdon'?t want|\bbut not|\b(?:don'?t|do not|never|please don'?t) (?:use|order from|get (?:it|them|anything) from|go (?:with|to))|\bnot using|\bstay away from|\bsteer clear of|\bkeep away from)(?:\s+(?:the|any|a|an|from))?\s*$/iu;

// The party an order is for ("one per person, 4 people", "一共6个人"): who eats, not a thing to buy.
const PARTY_WORDS =
  /^(?:(?:per|a|each) (?:person|head)|people|ppl|persons?|pax|guests|adults|(?:each|all|the \w+) of us|of us|everyone|everybody|个?人|位)$/iu;

// A shop named after the thing, before its "x3" / "×2".
const SHOP_THEN_TIMES = /^\s*(?:from|at|@)\s+[\p{L}'&. -]{1,30}?(?=\s*[x×*]\s*[0-9])/iu;

/** Whether a match is ruled out by the words around it ("不要星巴克", "not from Starbucks"). */
function excluded(text: string, match: GazetteerMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 24), match.start);
  const after = text.slice(match.end, match.end + 6);
  if (ZH_EXCLUDE_BEFORE.test(before)) {
    // "除了拿铁还要一杯美式" adds, it does not exclude.
    if (
      /除了(?:那家|那个|这家)?$/u.test(before) &&
      /还|也|再|另外/u.test(text.slice(match.end, match.end + 8))
    )
      return false;
    return true;
  }
  if (ZH_EXCLUDE_AFTER.test(after)) return true;
  return EN_EXCLUDE_BEFORE.test(before);
}

/** The longest non-overlapping matches of the kinds that name things to buy, in text order. */
function anchorsOf(matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  const things = matches
    .filter((match) => match.entity.kind === "item" || match.entity.kind === "category")
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: GazetteerMatch[] = [];
  for (const match of things)
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

/** Temperature said as one character glued to the name: "冰美式", "热拿铁". */
function gluedTemperature(text: string, match: GazetteerMatch): ItemOptions {
  const name = match.entity.zh;
  const before = text[match.start - 1];
  if (before === "冰" && !name.startsWith("冰")) return { temperature: "iced" };
  if (before === "热" && !name.startsWith("热")) return { temperature: "hot" };
  return {};
}

// "片儿川加蛋 两笼小笼包": 加 before words that are no count and no next thing adds to the first (an
// add-on it is made with), it joins no new thing.
const ADDED_TO_IT = /^加(?!上)(?![0-9一二两三四五六七八九十几个份杯碗只块根串])[\u3400-\u9fff]/u;

/** Where the first join between two things stands, if any. */
function joinIn(between: string): number | undefined {
  const joins = new RegExp(CONNECTOR.source, "giu");
  for (const join of between.matchAll(joins)) {
    const index = join.index ?? 0;
    if (!ADDED_TO_IT.test(between.slice(index))) return index;
  }
  return undefined;
}

/** Where the words between two named things divide: the first one's tail, then the next one's head. */
function divide(text: string, from: number, to: number, firstHasCount: boolean, nextEnd = to): number {
  const between = text.slice(from, to);
  if (!firstHasCount) {
    const run = runEnd(text, from, to, nextEnd);
    if (run !== undefined) return run;
    // "冷萃2杯大杯去冰再要一个…": the options after the count, up to the join, are the first thing's.
    const written = postfixRun(text.slice(from));
    const postfix = written && written[0].length <= to - from ? written : POSTFIX_COUNT.exec(between);
    if (postfix) return from + postfix[0].length;
  }
  const connector = joinIn(between);
  if (connector !== undefined) return from + connector;
  const count = countsIn(text, from, to)[0];
  return count ? count.index : from;
}

/**
 * Reads the order lines of one utterance. `matches` are the gazetteer's trusted matches over the
 * same (normalised) text.
 */
export function extractOrderLines(text: string, matches: readonly GazetteerMatch[]): OrderLinesSlot {
  const exclusions: ExclusionSlot[] = [];
  const brands: GazetteerMatch[] = [];
  const usable: GazetteerMatch[] = [];
  const listed = excludedInLists(text, matches, excluded);
  for (const match of matches) {
    if (!["item", "category", "merchant"].includes(match.entity.kind)) continue;
    if (excluded(text, match) || listed.has(match)) {
      const { kind, en } = match.entity;
      const zh = match.entity.canonicalZh ?? match.entity.zh;
      if (!exclusions.some((other) => other.zh === zh))
        exclusions.push({ kind: kind as ExclusionSlot["kind"], zh, en });
    } else if (match.entity.kind === "merchant") brands.push(match);
    else usable.push(match);
  }
  const anchors = withoutAddedIn(text, anchorsOf(usable)).filter(
    // A brand's name holding an item's name ("Manner咖啡") names the shop, not a coffee.
    (anchor) =>
      !brands.some((brand) => anchor.start >= brand.start && anchor.end <= brand.end) &&
      !choiceAnchor(text, anchor),
  );
  const problems: NumberProblemSlot[] = [];
  const lines: OrderLineSlot[] = [];
  const used = new Set<number>();
  let headStart = 0;
  // Clauses between a thing and the next that say more about the first (its splits, its options).
  const regions: { line: number; from: number; to: number }[] = [];
  anchors.forEach((anchor, index) => {
    const next = anchors[index + 1];
    const head = text.slice(headStart, anchor.start);
    const headCounts = countsIn(text, headStart, anchor.start);
    // A count with a list join after it counts the thing before the join ("2 onigiri, an oden set").
    const headCount = notBeforeOwnCount(
      text,
      ownCount(text, portionsBeforePieces(text, headCounts), anchor.start),
      headStart,
      anchor,
      brands,
    );
    const cut = next ? cutAtClauses(text, anchor.end, next.start) : undefined;
    const tailEnd = cut
      ? cut.tailEnd
      : next
        ? divide(text, anchor.end, next.start, headCount !== undefined, next.end)
        : addedMore(text, anchor.end, endOfClause(text, anchor.end));
    const fullTail = text.slice(anchor.end, tailEnd);
    let count: Count | undefined = headCount;
    if (!count) {
      // "pearl milk tea from Mixue x3": the shop said between the thing and its "x3".
      const shopSaid = SHOP_THEN_TIMES.exec(fullTail)?.[0].length ?? 0;
      const postfix = shopSaid
        ? POSTFIX_COUNT.exec(fullTail.slice(shopSaid))
        : postfixAt(text, anchor.end, tailEnd);
      if (postfix) {
        const groups = postfix.groups ?? {};
        const raw = (groups.mul ?? groups.num ?? groups.pair) as string;
        count = {
          index: anchor.end + shopSaid,
          end: anchor.end + shopSaid + postfix[0].length,
          text: postfix[0].trim(),
          ...countOf(raw, groups.sign, false),
        };
      } else if (EN_ARTICLE.test(head)) count = { index: anchor.start, end: anchor.start, text: "a", qty: 1 };
    }
    if (count?.problem) problems.push({ field: "quantity", text: count.text, reason: count.problem });
    // "两杯生椰拿铁 一杯少冰一杯去冰": splits said with no clause mark are read as the line's later clauses.
    // "珍珠奶茶两杯 一杯去冰一杯热的 再来个…": the splits run past the count after the thing, to the join.
    const splitEnd = !cut && next && !headCount ? divide(text, anchor.end, next.start, true) : tailEnd;
    const splitAt = cut ? undefined : splitsStart(text, anchor.end, splitEnd, lineCount(count, text), count);
    const tail = text.slice(anchor.end, splitAt ?? tailEnd);
    const options = {
      ...extractItemOptions(ownHead(text, headCount ? headCount.end : headStart, anchor.start)),
      ...gluedTemperature(text, anchor),
      ...extractItemOptions(tail),
    };
    if (count) {
      used.add(count.index);
      // "1kg要两份": the count inside a postfix that starts with the pack is used too.
      for (const inner of countsIn(text, count.index, count.end)) used.add(inner.index);
    }
    lines.push({
      said: `${ownHead(text, headStart, anchor.start)} ${anchor.text} ${tail}`,
      match: anchor,
      text: anchor.entity.zh,
      start: anchor.start,
      qty: count?.qty !== undefined && !count.problem ? count.qty : 1,
      ...(count ? { qtyText: count.text } : {}),
      options,
    });
    if (cut && cut.nextHead > tailEnd)
      regions.push({ line: lines.length - 1, from: tailEnd, to: cut.nextHead });
    if (splitAt !== undefined && next) regions.push({ line: lines.length - 1, from: splitAt, to: splitEnd });
    headStart = cut ? cut.nextHead : splitAt === undefined ? tailEnd : next ? splitEnd : splitAt;
  });
  for (const region of regions.reverse()) {
    const view = [lines[region.line] as OrderLineSlot];
    applyLaterClauses(text.slice(0, region.to), region.from, view, problems, used, true);
    if (view.length === 1) {
      const line = view[0] as OrderLineSlot;
      line.said = `${line.said ?? ""} ${text.slice(region.from, region.to)}`;
    }
    lines.splice(region.line, 1, ...view);
  }
  mergeRepeatedMentions(lines);
  foldHeadNouns(text, lines);
  portionCounts(lines);
  if (lines.length > 0) applyLaterClauses(text, headStart, lines, problems, used);
  const free = [
    ...freeLines(text, [...anchors, ...brands], used, problems),
    ...articleLines(text, [...anchors, ...brands, ...matches]),
  ];
  const all = [...lines, ...foldChoices(free, [...lines, ...free])];
  const counted = [...used].map((index) => ({ start: index, end: index + 1 }));
  all.push(
    ...foldChoices(
      unnamedListed(text, all, [...anchors, ...matches, ...counted], [...brands, ...matches]),
      lines,
    ),
  );
  const kept = all.filter((line) => line.match || !PARTY_WORDS.test(line.text.trim()));
  kept.sort((a, b) => a.start - b.start);
  const read = foldBareCounts(kept);
  applySharedOptions(text, read);
  shopsOfLines(text, read, brands);
  return { lines: read, exclusions, brands, problems };
}

/**
 * The words before a thing that are its own: after the last clause mark when a count stands before
 * that mark ("两杯生椰大杯去冰，再来杯热美式": "大杯去冰" are the coconut lattes', not the americano's).
 */
function ownHead(text: string, from: number, to: number): string {
  const head = text.slice(from, to);
  const mark = Math.max(...[...head.matchAll(/[，,;；。！!？?]/gu)].map((found) => found.index ?? -1), -1);
  if (mark < 0 || countsIn(text, from, from + mark).length === 0) return head;
  return head.slice(mark + 1);
}

// What may stand between a count and the thing before it: verbs, options, choices ("要套餐").
const HOW_BEFORE = new RegExp(`^(?:要|来|也|的|${OPTION_WORDS}|${ZH_CHOICE_WORDS})+`, "u");

/**
 * A count before a thing that has its own count after it ("麦旋风一个 薯条两包") counts the words said
 * before it (a thing the catalogue's names did not catch), not this thing: none of its own then.
 */
function notBeforeOwnCount(
  text: string,
  count: Count | undefined,
  from: number,
  anchor: GazetteerMatch,
  brands: readonly GazetteerMatch[],
): Count | undefined {
  if (!count || !POSTFIX_COUNT.test(text.slice(anchor.end))) return count;
  let start = from;
  for (const brand of brands) if (brand.end > start && brand.end <= count.index) start = brand.end;
  const words = text.slice(start, count.index).trim();
  const noun = words.slice(HOW_BEFORE.exec(words)?.[0].length ?? 0);
  return /^[\u3400-\u9fff]{2,8}$/u.test(noun) && extractItemOptions(noun) === undefined ? undefined : count;
}

/**
 * A thing named again without a count of its own only says more about it ("一杯珍珠奶茶，珍珠奶茶要少冰",
 * "a latte and a croissant, the latte iced"): its options join the earlier line, no second line.
 */
function mergeRepeatedMentions(lines: OrderLineSlot[]) {
  for (let index = lines.length - 1; index > 0; index--) {
    const line = lines[index] as OrderLineSlot;
    if (line.qtyText !== undefined || !line.match) continue;
    const id = line.match.entity.id;
    const earlier = lines.slice(0, index).findLast((other) => other.match?.entity.id === id);
    if (!earlier) continue;
    earlier.options = { ...earlier.options, ...line.options };
    earlier.said = `${earlier.said ?? ""} ${line.said ?? ""}`;
    lines.splice(index, 1);
  }
}

/**
 * Options said for every line ("3杯美式 2杯拿铁 都要大杯", "3 hot 3 iced, all half sugar", "both
 * mild"): from the cue to the end of its clause, given to every line that did not say its own.
 */
function applySharedOptions(text: string, lines: OrderLineSlot[]) {
  if (lines.length < 2) return;
  const first = Math.min(...lines.map((line) => line.start));
  for (const cue of text.matchAll(new RegExp(ALL_CUE.source, "giu"))) {
    const at = cue.index ?? 0;
    if (at < first) continue;
    const words = text.slice(at, endOfClause(text, at + cue[0].length));
    // "都要18只", "all pan-fried": choices only shops name go with every line's words.
    if (namesShopChoice(words)) for (const line of lines) line.said = `${line.said ?? ""} ${words}`;
    const shared = extractItemOptions(words);
    if (!shared) continue;
    for (const line of lines) line.options = { ...shared, ...line.options };
  }
}

export type { ExclusionSlot, NumberProblemSlot, OrderLineSlot, OrderLinesSlot } from "./line-words.ts";
export { MAX_LINE_QTY } from "./line-words.ts";
