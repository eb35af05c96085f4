// What later clauses say about lines already read ("两杯冰的一杯热的", "half of them iced", "都要少糖").
// Part of extractOrderLines (order-lines.ts).
import {
  ADDS,
  ALL_CUE,
  endOfClause,
  type NumberProblemSlot,
  type OrderLineSlot,
  PLAIN_PIECE,
  SHOP_OPTION_PIECE,
} from "./line-words.ts";
import { extractItemOptions } from "./options.ts";
import { type Count, countNamesThing, laterCounts, piecesAfter } from "./order-counts.ts";
import { choiceClauses, namesShopChoice } from "./shop-choices.ts";
import type { ItemOptions } from "./types.ts";

// "番茄汤的一份", "生椰的那杯": a dish named short, then the count of it.
const PIECE_COUNT =
  /(?:[0-9]+|[一二两三四五六七八九十])\s*(?:份|杯|碗|个|盒|瓶|笼)|\b(?:one|two|three|four)\b|\b[0-9]+\s+(?!pieces?\b|pcs?\b)[a-z]/iu;
const NAMED_BEFORE = /[\p{Script=Han}]{2,6}的(?:那)?\s*$/u;

/** The dish a split's piece names before its count ("番茄汤" of "番茄汤的一份"); none for an option ("少糖的"). */
function dishNamedBefore(text: string, count: Count): string | undefined {
  const found = NAMED_BEFORE.exec(text.slice(Math.max(0, count.index - 10), count.index))?.[0];
  const name = found?.replace(/的(?:那)?\s*$/u, "").replace(/^.*[，,、；;。]/u, "");
  if (!name || name.length < 2 || extractItemOptions(name) || namesShopChoice(name)) return undefined;
  return /^(?:另|其中|剩下|其余|还有|再|一|两|每)/u.test(name) ? undefined : name;
}

/**
 * A count of pieces right after a split's count ("一份18只", "其中两份要18只的", "one of them 18 pieces"):
 * how big that part's portions are, no count of its own.
 */
function portionOfPiece(text: string, count: Count, before: Count | undefined): boolean {
  if (!before || !piecesAfter(text, count)) return false;
  return /^\s*(?:要|是|的|都|of them|with|at|is|are)?\s*$/iu.test(text.slice(before.end, count.index));
}

/** Whether the options give another value to one the line already has (大杯 then 中杯). */
function otherValue(line: OrderLineSlot, options: ItemOptions | undefined): boolean {
  const own = line.options as Record<string, unknown>;
  return Object.entries(options ?? {}).some(([key, value]) => own[key] !== undefined && own[key] !== value);
}

// "一半无糖一半半糖", "half not spicy and half mild": each half of the last line with its own options.
const HALF = /一半|\bhalf(?! sugar| sweet|-sweet| an? (?!little\b|bit\b)| a kilo| kg)(?:\s+of\s+them)?/giu;

function splitInHalves(rest: string, lines: OrderLineSlot[], problems: NumberProblemSlot[]): boolean {
  const halves = [...rest.matchAll(HALF)];
  if (halves.length !== 2) return false;
  // A half said plain ("half normal sweetness", "一半正常") keeps the line's own options.
  // "一半加珍珠一半加椰果", "half with taro balls": a half may be a choice only the shop names, kept in
  // that half's own words.
  const spoken = halves.map((half, index) =>
    rest.slice((half.index ?? 0) + half[0].length, halves[index + 1]?.index ?? rest.length),
  );
  const options = spoken.map(
    (words) =>
      extractItemOptions(words) ??
      (PLAIN_PIECE.test(words) || SHOP_OPTION_PIECE.test(words) || namesShopChoice(words) ? {} : undefined),
  );
  if (options.some((found) => found === undefined)) return false;
  const last = lines[lines.length - 1] as OrderLineSlot;
  if (last.qty % 2 !== 0) {
    // Half of three cups is no count a shop can make: asked, not rounded.
    problems.push({ field: "quantity", text: `${last.qtyText ?? last.qty} / 2`, reason: "fraction" });
    return true;
  }
  const parts = options.map((found, index) => ({
    ...last,
    ...(namesShopChoice(spoken[index] ?? "") ? { said: `${last.said ?? ""} ${spoken[index]}` } : {}),
    qty: last.qty / 2,
    options: { ...last.options, ...found },
  }));
  lines.splice(lines.length - 1, 1, ...parts);
  return true;
}

// "the other", "the rest (of them)", "the others": whatever the counts before it left of the line.
const REMAINDER =
  /\b(?:the other(?:s|\s+(?:ones?|two|three|four))?|the rest(?: of them)?|the remaining(?: ones?)?|other\s+ones?)\b/giu;

/** The rest of a line said after a count of a split, as a count with no number of its own yet. */
function remainderAfter(text: string, from: number, counts: readonly Count[]): Count | undefined {
  for (const found of text.slice(from).matchAll(REMAINDER)) {
    const index = from + (found.index ?? 0);
    const end = index + found[0].length;
    if (!counts.some((count) => count.end <= index)) continue;
    if (counts.some((count) => count.index < end && index < count.end)) continue;
    return { index, end, text: found[0] };
  }
  return undefined;
}

/**
 * Clauses after the last named thing that name none themselves: splits of the last line across
 * options ("4杯拿铁，两杯冰的两杯热的", "12 teas, 6 with less sugar") or options for every line
 * ("都要少糖", "all large").
 */
const PER_PERSON_ONE =
  /(?:每人|每个人|每位|一人|人手)\s*(?:各)?\s*(?:点|来|要|买|订)?\s*(?:一|1)\s*[杯份个碗盒瓶]|\b(?:one|an?|1)\s+(?:[a-z]+\s+){1,3}?(?:each|apiece|per person|per head)\b/iu;

export function applyLaterClauses(
  text: string,
  from: number,
  lines: OrderLineSlot[],
  problems: NumberProblemSlot[],
  used: Set<number>,
  bounded = false,
) {
  const rest = text.slice(from);
  if (!rest.trim()) return;
  if (splitInHalves(rest, lines, problems)) return;
  const said = laterCounts(text, from).filter(
    (count, index, all) => !countNamesThing(text, count) && !portionOfPiece(text, count, all[index - 1]),
  );
  // "one as a meal and the other just the burger": the rest of the line, after a count of its own.
  const theRest = remainderAfter(text, from, said);
  const counts = theRest ? [...said, theRest].sort((a, b) => a.index - b.index) : said;
  const ofKind = lines.at(-1)?.match?.entity.kind === "category";
  const pieces = counts
    .map((count, index) => {
      // Between two things, the last piece runs to the next thing's words ("one extra wide, medium
      // spicy, with an egg — and a …").
      const until = counts[index + 1]?.index ?? (bounded ? text.length : endOfClause(text, count.end));
      // "番茄汤的一份": a dish named before the next count is no option of this piece — but "一份不辣的
      // 三份微辣的" ends in this piece's own options, which stay.
      const spoken = text.slice(count.end, until);
      const before = NAMED_BEFORE.exec(spoken)?.[0].replace(/的(?:那)?\s*$/u, "");
      const words = before && extractItemOptions(before) ? spoken : spoken.replace(NAMED_BEFORE, "");
      const options =
        extractItemOptions(words) ??
        (PLAIN_PIECE.test(words) ||
        SHOP_OPTION_PIECE.test(words) ||
        namesShopChoice(words) ||
        (ofKind && dishNamedBefore(text, count))
          ? {}
          : undefined);
      return { count, options, words, until, dish: ofKind ? dishNamedBefore(text, count) : undefined };
    })
    .filter((piece) => piece.options !== undefined);
  const last = lines[lines.length - 1] as OrderLineSlot;
  const bare = counts[0];
  if (
    pieces.length === 0 &&
    counts.length === 1 &&
    bare &&
    lines.length === 1 &&
    last.qtyText === undefined
  ) {
    // "哪家的燕麦拿铁都可以，来两杯", "a latte, make that 2": a count of its own clause is the line's;
    // "the 18 piece one" is its portion, said for its shop's choices.
    used.add(bare.index);
    if (piecesAfter(text, bare))
      last.said = `${last.said ?? ""} ${text.slice(bare.index, endOfClause(text, bare.end))}`;
    else {
      if (bare.problem) problems.push({ field: "quantity", text: bare.text, reason: bare.problem });
      last.qty = bare.qty !== undefined && !bare.problem ? bare.qty : 1;
      last.qtyText = bare.text;
    }
  }
  if (pieces.length > 0 && last.qtyText !== undefined && ADDS.test(rest)) {
    // "2 hot americanos + 1 iced one", "两杯热美式再来一杯冰的": more of the same thing, not a split.
    for (const piece of pieces) used.add(piece.count.index);
    const { temperature: _t, ice: _i, ...kept } = last.options;
    lines.push(
      ...pieces.map((piece) => ({
        ...last,
        said: `${last.said ?? ""} ${piece.words}`,
        qty: piece.count.qty ?? 1,
        qtyText: piece.count.text,
        options: { ...kept, ...piece.options },
      })),
    );
    return;
  }
  if (pieces.length > 0) {
    // Options said before the splits are every part's ("2 pork chop noodles, mild, one with an egg").
    const lead = extractItemOptions(text.slice(from, (pieces[0] as (typeof pieces)[number]).count.index));
    if (lead) last.options = { ...lead, ...last.options };
    // "每份18只" before the splits: every part's words (its shop's choices are matched in them).
    const leadWords = text.slice(from, (pieces[0] as (typeof pieces)[number]).count.index);
    if (leadWords.trim()) last.said = `${last.said ?? ""} ${leadWords}`;
    for (const piece of pieces) used.add(piece.count.index);
    for (const piece of pieces)
      if (piece.count.problem)
        problems.push({ field: "quantity", text: piece.count.text, reason: piece.count.problem });
    // The rest is what the other counts leave of the line's own count; without one, nothing is left.
    const remainder = pieces.find((piece) => piece.count === theRest);
    if (remainder) {
      const others = pieces.reduce(
        (sum, piece) => sum + (piece === remainder ? 0 : (piece.count.qty ?? 0)),
        0,
      );
      if (last.qtyText === undefined || last.qty <= others) pieces.splice(pieces.indexOf(remainder), 1);
      else remainder.count = { ...remainder.count, qty: last.qty - others };
    }
    const split = pieces.reduce((sum, piece) => sum + (piece.count.qty ?? 0), 0);
    // "每人一杯拿铁 4杯热的4杯冰的": one each, then the party's cups split — the splits are the count.
    const party = last.qty === 1 && PER_PERSON_ONE.test(text);
    if (party) last.qtyText = undefined;
    if (split > last.qty && last.qtyText !== undefined) {
      problems.push({ field: "quantity", text: `${last.qtyText} < ${split}`, reason: "too_large" });
      return;
    }
    const total = last.qtyText === undefined ? split : last.qty;
    // "3份水煮1份煎，18只的": a clause of choices after the splits is every part's.
    const final = pieces.at(-1) as (typeof pieces)[number];
    const after = choiceClauses(
      text
        .slice(final.until)
        .split(/[，,;；。]/u)
        // A clause with a count of its own is a piece (or another thing), not words for all of them.
        .filter((clause) => !PIECE_COUNT.test(clause))
        .join("，"),
    ).trim();
    const parts: OrderLineSlot[] = pieces.map((piece) => {
      const { dish } = piece;
      const { match: _kind, ...named } = last;
      return {
        // "两份麻辣烫，番茄汤的一份不辣": a kind split into dishes named short before each count.
        ...(dish ? { ...named, text: dish } : last),
        // Each part's own words, for choices only shops name ("两杯加浓", "two with an extra shot").
        said: `${last.said ?? ""} ${piece.words}${after ? ` ${after}` : ""}`,
        qty: piece.count.qty ?? 1,
        qtyText: piece.count.text,
        options: { ...last.options, ...piece.options },
      };
    });
    // "丝绒拿铁一杯大杯一杯中杯", "一杯冰的一杯热的": one said with options of its own, the pieces after it
    // other values of them — more of the thing beside it, not a split of one.
    if (
      last.qtyText !== undefined &&
      last.qty === 1 &&
      pieces.every((piece) => otherValue(last, piece.options))
    ) {
      lines.push(...parts);
      return;
    }
    if (total > split) parts.push({ ...last, qty: total - split });
    lines.splice(lines.length - 1, 1, ...parts);
    return;
  }
  // A counted thing of its own ("2 medium fries") keeps its options.
  let own = rest;
  for (const thing of laterCounts(text, from)
    .filter((count) => countNamesThing(text, count))
    .reverse())
    own = own.slice(0, thing.index - from) + own.slice(endOfClause(text, thing.end) - from);
  // Clauses of nothing but choices say more of the last thing ("…, boiled", "，要煎的").
  last.said = `${last.said ?? ""} ${choiceClauses(own)}`;
  const shared = extractItemOptions(own);
  if (!shared) return;
  // Several things each said with its own options, then a clause of options after the last
  // ("拿铁两杯，少糖，美式一杯，冰的", "2 lattes, less sugar, 1 americano, iced"): the last thing's own.
  // With no thing saying its own, the clause is every line's ("3杯美式 2杯拿铁，冰的").
  const eachOwn = lines.slice(0, -1).some((line) => Object.keys(line.options).length > 0);
  const targets = ALL_CUE.test(rest) || (lines.length > 1 && !eachOwn) ? lines : [last];
  for (const line of targets) line.options = { ...shared, ...line.options };
}
