const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  仨: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Chinese numerals and Arabic digits, for use inside regular expressions. */
export const ZH_NUMBER =
  "[0-9]+(?:\\.[0-9]+)?[万千](?![0-9])|[0-9.]+|[零〇一幺二两俩三仨四五六七八九十百千万]+";

/** Parses "35", "2.5", "两", "十二", "二十", "一百五", "两千零五" into a number, or undefined. */
export function parseNumber(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/u.test(text)) return Number(text);
  // Digits with a Chinese unit after them: "100万", "1.5万", "2千".
  const scaled = /^(\d+(?:\.\d+)?)([万千])$/u.exec(text);
  if (scaled) return Math.round(Number(scaled[1]) * (scaled[2] === "万" ? 10000 : 1000) * 100) / 100;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 1;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char] as number;
      continue;
    }
    const unit = UNITS[char];
    if (unit === undefined) return undefined;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else section += (digit ?? 1) * unit;
    digit = undefined;
    lastUnit = unit;
  }
  // "一百五" means 150: a trailing digit after a unit counts in the next lower unit.
  if (digit !== undefined)
    section += lastUnit >= 100 && text.length > 2 && !/零/u.test(text) ? (digit * lastUnit) / 10 : digit;
  const result = total + section;
  return Number.isFinite(result) && text.length > 0 ? result : undefined;
}

/** English number words below twenty, and the tens: one table for counts and for sums of money. */
export const EN_UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    .split(" ")
    .map((word, value) => [word, value]),
);
export const EN_TENS: Readonly<Record<string, number>> = Object.fromEntries(
  "twenty thirty forty fifty sixty seventy eighty ninety"
    .split(" ")
    .map((word, index) => [word, 20 + 10 * index]),
);
// Counts: the number words (no zero: "zero cups" counts nothing), and the words that count alone.
const { zero: _zero, ...COUNT_UNITS } = EN_UNITS;
const ENGLISH: Record<string, number> = {
  ...COUNT_UNITS,
  ...EN_TENS,
  a: 1,
  an: 1,
  single: 1,
  couple: 2,
  pair: 2,
  dozen: 12,
  hundred: 100,
};

/** English number words and digits used for counts ("a couple of", "three", "2"), or undefined. */
export const EN_NUMBER =
  "\\d+(?:\\.\\d+)?|a couple of|a couple|a pair of|a dozen|half a dozen|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred";

/** Parses an English count phrase from `EN_NUMBER`. */
export function parseEnglishNumber(text: string): number | undefined {
  const phrase = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/u.test(phrase)) return Number(phrase);
  if (phrase === "half a dozen") return 6;
  const word = phrase.replace(/^a (couple|pair|dozen)( of)?$/u, "$1");
  return ENGLISH[word];
}

/** A count said as digits, an English word ("two", "an") or Chinese numerals ("两", "十二"), or undefined. */
export function parseCount(word: string): number | undefined {
  return parseEnglishNumber(word) ?? parseNumber(word);
}
