import { EN_TENS, EN_UNITS, parseNumber } from "./numbers.ts";

// Sums of money as people say them, rewritten as digits so every money reader sees one form:
// "fifteen hundred yuan" → "1500 yuan", "two hundred and fifty" → "250", "a thousand" → "1000",
// "1.5k" / "2 grand" / "3 hundred" → "1500" / "2000" / "300", "5百" / "1.2千" → "500" / "1200".
// Plain counts ("two lattes", "a cup") are left alone: a run of number words becomes digits only with
// a scale word in it (hundred, thousand, grand, k), a money word after it, or two words of its own
// ("forty two").

const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, grand: 1000, k: 1000 };
const MONEY_AFTER = /^\s*(?:yuan|rmb|cny|kuai|bucks|dollars?|usd|块|元)\b/iu;

const WORD = Object.keys({ ...EN_UNITS, ...EN_TENS, ...SCALES })
  .filter((word) => word !== "k")
  .join("|");
// A run of number words, with "a"/"an" only before a scale ("a hundred") and "and"/hyphens between.
const RUN = new RegExp(
  `\\b(?:(?:an?|\\d+(?:\\.\\d+)?)\\s+(?=hundred|thousand|grand))?(?:${WORD})(?:(?:\\s+and\\s+|[\\s-]+)(?:${WORD}))*\\b`,
  "giu",
);

/** The value of a run of English number words ("fifteen hundred", "two hundred and fifty"). */
export function parseEnglishAmount(run: string): number | undefined {
  const words = run
    .toLowerCase()
    .replace(/-/gu, " ")
    .split(/\s+/u)
    .filter((word) => word !== "and" && word.length > 0);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === "a" || word === "an") {
      current += 1;
      continue;
    }
    if (/^\d+(?:\.\d+)?$/u.test(word)) {
      current += Number(word);
      seen = true;
      continue;
    }
    const unit = EN_UNITS[word] ?? EN_TENS[word];
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined) return undefined;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return seen ? total + current : undefined;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The text with every spoken sum of money written as digits (see the top of this file). */
export function spokenAmounts(text: string): string {
  let out = text
    // "1.5k", "2K", "3 grand", "5 hundred" — but not "5km", "2kg".
    .replace(
      /(?<![\w.])(\d+(?:\.\d+)?)\s*(k|grand|hundred|thousand)\b/giu,
      (_whole, digits: string, scale: string) =>
        String(round(Number(digits) * (SCALES[scale.toLowerCase()] ?? 1))),
    )
    // "5百", "1.2千" (Chinese scale after Arabic digits; 万 and 千 are read by the money reader already,
    // 百 is not).
    .replace(/(?<![\d.])(\d+(?:\.\d+)?)\s*百(?![万千])/gu, (_whole, digits: string) =>
      String(round(Number(digits) * 100)),
    );
  out = out.replace(RUN, (run: string, offset: number, whole: string) => {
    const words = run.trim().split(/[\s-]+/u);
    const scaled = words.some((word) => SCALES[word.toLowerCase()] !== undefined);
    const money = MONEY_AFTER.test(whole.slice(offset + run.length));
    const compound = words.filter((word) => word.toLowerCase() !== "and").length >= 2;
    if (!scaled && !money && !compound) return run;
    const value = parseEnglishAmount(run);
    return value === undefined ? run : String(round(value));
  });
  return out;
}

// Words of sending or owing money: "send it over", "owe", "pay back", "还她", "欠", "垫".
const OWING =
  /\b(?:send|pay|transfer|wire|venmo|give|owe|owes|owed|reimburse|pay (?:him|her|them) back)\b|转|打钱|汇|还(?!是|要|想|有|得|没|剩)|欠|垫/iu;
// A bare sum, digits or Chinese numerals, that counts nothing and tells no time.
const NOT_MONEY_AFTER =
  "(?![\\d.:：]|[a-z]|\\s*(?:点|号|杯|份|个|张|瓶|盒|碗|人|位|分|小时|天|岁|楼|层|路|公里|(?:km|pm|am|cups?|tickets?|ways?|people|persons?|of us|minutes?|mins?|hours?|days?)\\b))";
const BARE = new RegExp(
  `(?<![\\d.:：A-Za-z])(\\d+(?:\\.\\d{1,2})?)${NOT_MONEY_AFTER}|(?<![一二两三四五六七八九十百千万])([一二两三四五六七八九十百千万]{2,})${NOT_MONEY_AFTER}`,
  "iu",
);

/**
 * The sum in a sentence about sending or owing money said without a money word or a sending verb
 * before it ("I owe li hua 64, send it over", "李华帮我垫了八十八，还她"): the first bare number that
 * counts nothing, or undefined.
 */
export function owedSum(text: string): number | undefined {
  if (!OWING.test(text)) return undefined;
  const match = BARE.exec(spokenAmounts(text));
  const said = match?.[1] ?? match?.[2];
  if (!said) return undefined;
  const value = parseNumber(said);
  return value !== undefined && value > 0 ? Math.round(value * 100) : undefined;
}
