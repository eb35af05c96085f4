import type { Language } from "../intents.ts";
import { parseNumber, ZH_NUMBER } from "./numbers.ts";

const ZH_MONEY = new RegExp(
  `(?:¥|￥|人民币)\\s*(${ZH_NUMBER})|(${ZH_NUMBER})\\s*(?:块钱|块|元钱|元|rmb|RMB)`,
  "u",
);
const ZH_TRANSFER = new RegExp(
  `(?:转账?|打|发|还|汇|付|充)(?:给?[^0-9零一二两三四五六七八九十百千万，,]{0,6})?(${ZH_NUMBER})(?![0-9]*\\s*(?:杯|份|张|个|点|号|分|小时|天))`,
  "u",
);
const ZH_BUDGET_CUE = /以内|以下|之内|不超过|别超过|不要超过|最多|预算|不到|低于|左右/u;
const EN_MONEY =
  /(?:[$¥]\s*(\d+(?:\.\d+)?))|(\d+(?:\.\d+)?)\s*(?:yuan|rmb|cny|bucks|kuai|dollars?|usd)\b|\b(fifty|a hundred|one hundred|two hundred|twenty|ten|a thousand)\s+(?:yuan|bucks|dollars|rmb)\b/iu;
const EN_SEND_AMOUNT =
  /\b(?:send|pay|give|transfer|wire|venmo)\b[^0-9]{0,30}?\b(\d+(?:\.\d+)?)\b(?!\s*(?:pm|am|minutes?|hours?|cups?|tickets?))/iu;
const EN_BUDGET_CUE =
  /\b(under|below|less than|no more than|max(imum)?|within|up to|budget|cheaper than|at most|not over)\b/iu;
const EN_WORDS: Record<string, number> = {
  ten: 10,
  twenty: 20,
  fifty: 50,
  "a hundred": 100,
  "one hundred": 100,
  "two hundred": 200,
  "a thousand": 1000,
};

/** Converts a yuan amount to integer fen. */
function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/**
 * Finds one money amount and decides what it is: a spending cap when a budget cue is present
 * ("50块以内", "under 40 yuan"), otherwise an amount to pay or send. Dollars are read as yuan: the
 * sandbox has one currency and a user saying "bucks" means money, not an exchange rate.
 */
export function extractMoney(text: string, lang: Language): { budgetMaxFen?: number; amountFen?: number } {
  let yuan: number | undefined;
  let index = -1;
  if (lang === "zh" || /[\u4e00-\u9fff]/u.test(text)) {
    const match = ZH_MONEY.exec(text) ?? ZH_TRANSFER.exec(text);
    if (match) {
      yuan = parseNumber((match[1] ?? match[2]) as string);
      index = match.index;
    }
  }
  if (yuan === undefined) {
    const match = EN_MONEY.exec(text) ?? EN_SEND_AMOUNT.exec(text);
    if (match) {
      yuan = match[3] ? EN_WORDS[match[3].toLowerCase()] : Number(match[1] ?? match[2]);
      index = match.index;
    }
  }
  if (yuan === undefined || !Number.isFinite(yuan) || yuan <= 0) return {};
  const around = text.slice(Math.max(0, index - 16), index + 24);
  const budget = ZH_BUDGET_CUE.test(around) || EN_BUDGET_CUE.test(around);
  return budget ? { budgetMaxFen: toFen(yuan) } : { amountFen: toFen(yuan) };
}
