import { wallTime, zoneDay } from "../../../../kernel/time-zone.ts";
import type { Lang } from "../../types.ts";

/** A delivery order as commerce lists it (the fields a claim needs). */
export interface ClaimableOrder {
  orderId: string;
  merchantNameZh: string;
  merchantNameEn: string;
  status: string;
  createdAt: number;
  etaMinutes: number;
  lines: { nameZh: string; nameEn: string; qty: number; lineFen: number }[];
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
 * they name, that has the item or shop they name ("上一单的奶茶", "the coffee this morning").
 */
export function pickClaimOrder(
  text: string,
  orders: ClaimableOrder[],
  now: number,
): ClaimableOrder | undefined {
  const candidates = inTimeSaid(
    text,
    orders.filter((order) => !["cancelled", "rejected", "refunded"].includes(order.status)),
    now,
  );
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
): number | undefined {
  if (ordinal !== undefined) {
    const index = ordinal === -1 ? order.lines.length - 1 : ordinal - 1;
    if (index >= 0 && index < order.lines.length) return index;
  }
  const named = order.lines.findIndex((line) => namesLine(text, line));
  if (named >= 0) return named;
  return order.lines.length === 1 ? 0 : undefined;
}

/** "拿铁 ×1、汉堡 ×2" — an order's lines, numbered, for a question about which one. */
export function linesList(order: ClaimableOrder, lang: Lang): string {
  return order.lines
    .map((line, index) => `${index + 1}. ${lang === "zh" ? line.nameZh : line.nameEn} ×${line.qty}`)
    .join(lang === "zh" ? "；" : "; ");
}
