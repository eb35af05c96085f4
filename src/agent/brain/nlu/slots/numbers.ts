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

const ENGLISH: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  pair: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
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
