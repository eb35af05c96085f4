import { wallTime, zoneDay } from "../../../../kernel/time-zone.ts";
import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import type { Lang } from "../../types.ts";
import { kindOfEntity } from "../kinds.ts";

/** One line of a listed order; `category` is the item's catalogue category once looked up. */
export interface ClaimableLine {
  nameZh: string;
  nameEn: string;
  qty: number;
  lineFen: number;
  skuId?: string;
  optionsZh?: string;
  optionsEn?: string;
  category?: string;
}

/** A delivery order as commerce lists it (the fields a claim needs). */
export interface ClaimableOrder {
  orderId: string;
  merchantNameZh: string;
  merchantNameEn: string;
  status: string;
  createdAt: number;
  etaMinutes: number;
  lines: ClaimableLine[];
}

/** Something the turn names that the claimed order must hold: a menu item, or a kind of thing. */
export interface NamedGoods {
  /** The words as the user wrote them ("fries", "奶茶"). */
  said: string;
  zh: string;
  en: string;
  /** For a kind ("coffee", "汉堡"): the catalogue categories that are of it. */
  categories?: readonly string[];
}

/** The items and kinds a complaint names ("the fries", "奶茶"), from the gazetteer's matches. */
export function namedGoods(entities: readonly GazetteerMatch[] | undefined): NamedGoods[] {
  return (entities ?? []).flatMap((match): NamedGoods[] => {
    if (match.entity.kind === "item")
      return [{ said: match.text, zh: match.entity.zh.replace(/[（(].*?[）)]/gu, ""), en: match.entity.en }];
    const kind = match.entity.kind === "category" ? kindOfEntity(match.entity) : undefined;
    return kind
      ? [{ said: match.text, zh: kind.zh[0] ?? "", en: kind.en[0] ?? "", categories: kind.categories }]
      : [];
  });
}

/**
 * Whether a line is, or comes with, the goods named: by its name ("Latte" in "Caffè Latte"), in its
 * options (fries in "Meal (fries + cola)"), or as an item of the kind named (a Big Mac is a burger).
 */
export function lineHolds(line: ClaimableLine, goods: NamedGoods): boolean {
  const words = [goods.said, goods.zh, goods.en].filter((word) => word.length >= 2);
  if (namesLine(words.join(" "), line)) return true;
  const options = `${line.optionsZh ?? ""} ${line.optionsEn ?? ""}`.toLowerCase();
  if (words.some((word) => options.includes(word.toLowerCase()))) return true;
  return line.category !== undefined && (goods.categories ?? []).includes(line.category);
}

/** Whether the turn names this line itself, or goods the line is or comes with. */
function holdsNamed(text: string, line: ClaimableLine, goods: readonly NamedGoods[]): boolean {
  return namesLine(text, line) || goods.some((named) => lineHolds(line, named));
}

const shanghaiDay = (ms: number) => zoneDay(ms);
const shanghaiHour = (ms: number) => wallTime(ms).hour;

// Generic words that say nothing about which item ("我的", "一个", "the order").
const ZH_STOP = /[的了一个杯份单我你帮申请退款上这那是要]/u;
const EN_STOP = new Set([
  "the",
  "my",
  "was",
  "were",
  "and",
  "from",
  "order",
  "last",
  "this",
  "that",
  "item",
  "with",
  "refund",
  "want",
]);

/** Whether the turn names this line: two Chinese characters of its name, or an English word of it. */
export function namesLine(text: string, line: { nameZh: string; nameEn: string }): boolean {
  const zh = [...line.nameZh.replace(/[（(].*?[）)]/gu, "")];
  for (let index = 0; index + 1 < zh.length; index++) {
    const pair = `${zh[index]}${zh[index + 1]}`;
    if (!ZH_STOP.test(pair) && /\p{Script=Han}{2}/u.test(pair) && text.includes(pair)) return true;
  }
  const lower = text.toLowerCase();
  return line.nameEn
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter((word) => word.length >= 4 && !EN_STOP.has(word))
    .some((word) => new RegExp(`\\b${word.replace(/s$/u, "")}s?\\b`, "u").test(lower));
}

/** Whether the turn names the shop ("the Luckin order", "the coffee" for Luckin Coffee). */
function namesShop(text: string, order: ClaimableOrder): boolean {
  return namesLine(text, { nameZh: order.merchantNameZh, nameEn: order.merchantNameEn });
}

/** Orders from the part of the day the turn names ("this morning", "昨天"), or all of them. */
function inTimeSaid(text: string, orders: ClaimableOrder[], now: number): ClaimableOrder[] {
  const today = shanghaiDay(now);
  let keep: ((order: ClaimableOrder) => boolean) | undefined;
  if (/今天早上|今早|早上|上午|this morning/iu.test(text))
    keep = (order) => shanghaiDay(order.createdAt) === today && shanghaiHour(order.createdAt) < 12;
  else if (/昨天|yesterday/iu.test(text)) keep = (order) => shanghaiDay(order.createdAt) === today - 1;
  else if (/今天|today/iu.test(text)) keep = (order) => shanghaiDay(order.createdAt) === today;
  const kept = keep ? orders.filter(keep) : orders;
  return kept.length > 0 ? kept : orders;
}

/**
 * The order a complaint is about: the user's newest order (not cancelled or rejected) of the time
 * they name, that has the item or shop they name ("上一单的奶茶", "the coffee this morning"). When
 * the turn names goods (`goods`), only an order that holds them will do: none → undefined, never
 * another order's item ("the fries from my last order" is not the latte of the last order).
 */
export function pickClaimOrder(
  text: string,
  orders: ClaimableOrder[],
  now: number,
  goods: readonly NamedGoods[] = [],
): ClaimableOrder | undefined {
  const candidates = inTimeSaid(
    text,
    orders.filter((order) => !["cancelled", "rejected", "refunded"].includes(order.status)),
    now,
  );
  if (goods.length > 0) {
    const holding = candidates.filter((order) => order.lines.some((line) => holdsNamed(text, line, goods)));
    return holding.find((order) => namesShop(text, order)) ?? holding[0];
  }
  return (
    candidates.find((order) => order.lines.some((line) => namesLine(text, line))) ??
    candidates.find((order) => namesShop(text, order)) ??
    candidates[0]
  );
}

/** The line a complaint is about: named, or by position ("the second item", "第二个"), or the only one. */
export function pickClaimLine(
  text: string,
  order: ClaimableOrder,
  ordinal: number | undefined,
  goods: readonly NamedGoods[] = [],
): number | undefined {
  if (ordinal !== undefined) {
    const index = ordinal === -1 ? order.lines.length - 1 : ordinal - 1;
    if (index >= 0 && index < order.lines.length) return index;
  }
  const named = order.lines.findIndex((line) => namesLine(text, line));
  if (named >= 0) return named;
  const holding = order.lines.flatMap((line, index) => (holdsNamed(text, line, goods) ? [index] : []));
  if (holding.length === 1) return holding[0];
  return order.lines.length === 1 ? 0 : undefined;
}

/** "拿铁 ×1、汉堡 ×2" — an order's lines, numbered, for a question about which one. */
export function linesList(order: ClaimableOrder, lang: Lang): string {
  return order.lines
    .map((line, index) => `${index + 1}. ${lang === "zh" ? line.nameZh : line.nameEn} ×${line.qty}`)
    .join(lang === "zh" ? "；" : "; ");
}
