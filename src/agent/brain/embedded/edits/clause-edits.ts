import { parseCount } from "../../nlu/slots/numbers.ts";
import { extractItemOptions } from "../../nlu/slots/options.ts";
import { namesShopChoice } from "../../nlu/slots/shop-choices.ts";
import {
  type EditLine,
  linesNamed,
  type OrderEdit,
  type ReadEdit,
  readOrderEdit,
  type SaidItem,
} from "./read-edit.ts";

/**
 * An edit said in several clauses, each changing something else: "都要大杯，其中一杯换燕麦奶" (every cup
 * large, one of them oat milk), "make it 3, two with oat milk, and add a croissant", "再加两份小菜三拼，
 * 面要中辣加蛋", "一碗改成韭叶，另一碗细面加牛肉". Read as a whole, their options and counts run together
 * (both cups oat milk, the count lost when something is added); read clause by clause, each change
 * lands where it was said, in the order said. Choices only shops name ("韭叶", "加蛋") ride along as the
 * clause's words. Undefined when fewer than two clauses change anything: the whole-turn reader decides.
 */
export function readClauseEdits(
  text: string,
  slots: { addressLabel?: "home" | "office"; time?: boolean; excluded?: { zh: string; en: string }[] },
  lines: EditLine[],
  said: SaidItem[],
): ReadEdit | undefined {
  const clauses = text
    .split(
      /[，,;；。]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|\s+-\s+|\s*—\s*|,?\s+and\s+(?=(?:add|make|one|two|three|the|a|an|another|also|\d|leave|skip|drop|remove|hold|lose|no|without)\b)|\s+(?:but|except)\s+/iu,
    )
    .map((clause) => clause.trim())
    .filter(Boolean);
  if (clauses.length < 2 || lines.length === 0) return undefined;
  const ops: OrderEdit[] = [];
  let changing = 0;
  for (const clause of clauses) {
    const local = said.map((item, index) => ({ item, index })).filter(({ item }) => mentions(clause, item));
    const options = extractItemOptions(clause);
    const choice = namesShopChoice(clause);
    const count = countIn(clause);
    const target = linesNamed(clause, lines);
    const only = lines.length === 1 ? [0] : undefined;
    const lineOf = target.length > 0 ? target : only;
    // "两杯加燕麦奶", "one iced", "另一碗细面加牛肉": that many of the line made so.
    if (local.length === 0 && (options || choice) && count !== undefined && !ALL.test(clause)) {
      if (!lineOf) return undefined;
      ops.push({ op: "options", lines: lineOf, options: options ?? {}, count, words: clause });
      changing++;
      continue;
    }
    const read = readOrderEdit(
      clause,
      {
        ...(options ? { options } : {}),
        // "水多来一箱": that many more, not that many in all.
        ...(count !== undefined && !options && !choice
          ? MORE_OF.test(clause)
            ? { quantityDelta: count }
            : { quantity: count }
          : {}),
        // "…, no bananas": what the clause rules out.
        excluded: (slots.excluded ?? []).filter((item) => mentions(clause, item)),
      },
      lines,
      local.map(({ item }) => item),
    );
    if (read?.unsure) return undefined;
    const found = (read?.ops ?? []).map((op) => remap(op, local, clause));
    // "面要中辣加蛋": a shop's choice alone, for the line named or the only one.
    if (found.length === 0 && choice && local.length === 0 && lineOf)
      found.push({ op: "options", lines: lineOf, options: options ?? {}, words: clause });
    if (found.length > 0) changing++;
    ops.push(...found);
  }
  if (changing < 2) return undefined;
  if (slots.addressLabel) ops.push({ op: "address", label: slots.addressLabel });
  if (slots.time) ops.push({ op: "time" });
  return { ops: withoutRemovedSwaps(ops) };
}

/**
 * "不要拿铁了，换成摩卡", "scrap the latte, get me a mocha instead": a line taken off in one clause and
 * swapped in the next is one swap (which keeps the line's options), not a removal and then a swap of
 * nothing.
 */
function withoutRemovedSwaps(ops: OrderEdit[]): OrderEdit[] {
  const swapped = new Set(
    ops.flatMap((op) => (op.op === "replace" && op.count === undefined ? op.lines : [])),
  );
  return ops.filter((op) => !(op.op === "remove" && op.lines.every((line) => swapped.has(line))));
}

const MORE_OF = /(?:多|再)(?:来|加|要|买)|\b(?:more|another|extra)\b/iu;
const ALL = /都|全部|全都|所有|\b(?:all|both|every|each)\b/iu;
const ZH_COUNT =
  /(?:另)?([0-9]+|[一二两三四五六七八九十])\s*(?:杯|个|份|碗|瓶|盒|只|串|笼|箱|袋|包|罐|根|束)/u;
const EN_COUNT = /(?:^|\s)(one|two|three|four|five|six|[1-9])(?=\s|$)/iu;

function countIn(clause: string): number | undefined {
  const found = ZH_COUNT.exec(clause)?.[1] ?? EN_COUNT.exec(clause)?.[1];
  return found ? parseCount(found.toLowerCase()) : undefined;
}

function mentions(clause: string, item: { zh: string; en: string; words?: string }): boolean {
  const lower = clause.toLowerCase();
  return [item.zh, item.en, item.words ?? ""].some(
    (name) => name.length >= 2 && lower.includes(name.toLowerCase()),
  );
}

/** A clause's op with its items numbered as in the whole turn, and its words for shop choices. */
function remap(op: OrderEdit, local: { index: number }[], clause: string): OrderEdit {
  const global = (indexes: number[]) => indexes.map((index) => local[index]?.index ?? index);
  if (op.op === "add") return { ...op, items: global(op.items) };
  if (op.op === "replace") return { ...op, items: global(op.items) };
  if (op.op === "options") return { ...op, words: clause };
  return op;
}

/** A clause's choice as said, without its count and change words ("另一碗细面加牛肉" → "细面加牛肉"). */
export function choiceWords(words: string): string {
  const said = words
    .replace(/^(?:其中)?(?:另)?(?:[0-9]+|[一二两三四五六七八九十])\s*(?:杯|个|份|碗|瓶|盒|只|串|笼)/u, "")
    .replace(/^\s*(?:one|two|three|four|five|[1-9])\s+/iu, "")
    .replace(/^\s*(?:改成|换成|改|换|要|做成?|with|as)\s*/iu, "")
    .trim();
  // "12只" is the choice itself (a portion of twelve), not a count before one.
  return said || words.trim();
}
