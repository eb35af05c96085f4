/**
 * chrono reads a lowercase word after a clock time as a time zone when it spells one: "tomorrow at
 * 8am get me a car" became 8 a.m. Georgia time (GET, UTC+4), noon in Hangzhou; "art", "eat", "wat",
 * "cat", "pet" are zones too. People here say their own time; a zone written in lower case is an
 * ordinary word, so it is blanked (same length, indexes kept) before the time is read.
 */
export interface ZoneReading {
  text: string;
  index: number;
  start: { isCertain(component: "timezoneOffset"): boolean };
}

const LAST_WORD = /([A-Za-z]+)\s*$/u;

export function withoutZoneWords(text: string, parse: (text: string) => ZoneReading[]): string {
  let out = text;
  for (let round = 0; round < 3; round += 1) {
    const zoned = parse(out).find((result) => {
      const word = LAST_WORD.exec(result.text)?.[1];
      return result.start.isCertain("timezoneOffset") && word !== undefined && word !== word.toUpperCase();
    });
    const word = zoned && LAST_WORD.exec(zoned.text);
    if (!zoned || !word?.[1]) return out;
    const at = zoned.index + (word.index ?? 0);
    out = out.slice(0, at) + " ".repeat(word[1].length) + out.slice(at + word[1].length);
  }
  return out;
}
