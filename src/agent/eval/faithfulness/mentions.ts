import { optionWords } from "./asks.ts";
import type { CardFrame, ConstraintKind, Lang } from "./types.ts";

/**
 * Whether a reply names a constraint, so that a card differing in it is a *named* divergence rather
 * than a silent one. Each test looks for what a user would need to notice the difference: the
 * quantity with its measure word, the option, the excluded brand together with a word that
 * acknowledges it, budget or lateness words, the place, the asked time.
 */

const ZH_NUMERALS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
const EN_NUMERALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ZH_UNITS = "杯份个张瓶盒束碗袋只位件块";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const has = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.some((word) => word.length > 0 && lower.includes(word.toLowerCase()));
};

/** A count of things: "×3", "3杯", "三张", "3 lattes", "three tickets". */
export function mentionsCount(text: string, counts: readonly number[]): boolean {
  return counts.some((n) => {
    const zh = [String(n), ZH_NUMERALS[n] ?? "", n === 2 ? "二" : ""]
      .filter(Boolean)
      .map(escapeRegExp)
      .join("|");
    const en = [String(n), EN_NUMERALS[n] ?? ""].filter(Boolean).join("|");
    return (
      new RegExp(`[x×]\\s?${n}(?!\\d)`).test(text) ||
      new RegExp(`(?<![\\d.])(${zh})\\s?[${ZH_UNITS}]`).test(text) ||
      new RegExp(
        `(?<![\\d.¥$])\\b(${en})\\s+(?!yuan|min|minutes|km|m\\b|h\\b|hours?|shops|stores|places|merchants|options)[a-z]`,
        "i",
      ).test(text)
    );
  });
}

const ACKNOWLEDGE = [
  "只有",
  "没有",
  "不过",
  "但",
  "仍",
  "还是",
  "虽然",
  "抱歉",
  "无法",
  "找不到",
  "only",
  "no other",
  "couldn't",
  "could not",
  "can't",
  "although",
  "but ",
  "still",
  "sorry",
  "despite",
  "instead",
];
/** Replies that say the card is only the closest match: they name a relaxed budget, window or shop. */
const CLOSEST = [
  "没有完全符合",
  "最接近",
  "closest",
  "no exact match",
  "doesn't fully",
  "none fully",
  "not fully",
];
const DATES =
  /\d{1,2}月\d{1,2}[日号]|周[一二三四五六日天]|星期[一二三四五六日天]|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b\d{1,2}\/\d{1,2}\b/;
const BUDGET_WORDS = [
  "预算",
  "超出",
  "超过",
  "超了",
  "超支",
  "不够",
  "budget",
  "over your",
  "exceed",
  "above your",
  "more than your",
];
const LATE_WORDS = [
  "来不及",
  "赶不上",
  "超过",
  "晚",
  "慢",
  "late",
  "longer",
  "can't make",
  "won't make",
  "exceed",
  "more than",
];
const PLACE_WORDS = {
  home: ["家", "home", "my place"],
  office: ["公司", "单位", "办公室", "office", "work"],
};

/** Whether the reply names the constraint `kind` of `frame` (what the card got wrong about it). */
export function mentions(
  kind: ConstraintKind,
  frame: CardFrame,
  text: string,
  card?: { qty?: number[]; merchant?: string },
): boolean {
  switch (kind) {
    case "qty":
      return (
        mentionsCount(text, [...(frame.lines ?? []).map((line) => line.qty), ...(card?.qty ?? [])]) ||
        has(text, ["库存", "数量", "只剩", "in stock", "left", "quantity"])
      );
    case "options":
      return has(
        text,
        (frame.lines ?? []).flatMap((line) =>
          Object.entries(line.options ?? {}).flatMap(([group, choices]) =>
            choices.flatMap((choice) => optionWords({ group, choice })),
          ),
        ),
      );
    case "item":
      return has(text, [
        ...(frame.lines ?? []).flatMap((line) => line.words),
        ...(frame.event?.words ?? []),
        ...(frame.destination?.words ?? []),
      ]);
    case "merchant":
      return (
        has(text, CLOSEST) ||
        (frame.brand !== undefined && has(text, [frame.brand.zh, frame.brand.en]) && has(text, ACKNOWLEDGE))
      );
    case "exclusion": {
      const words = [
        ...(frame.excludedBrands ?? []).flatMap((brand) => [brand.zh, brand.en]),
        ...(frame.excludedWords ?? []),
      ];
      return has(text, CLOSEST) || (has(text, words) && has(text, ACKNOWLEDGE));
    }
    case "budget": {
      const yuan = frame.budget ? String(frame.budget.fen / 100) : "";
      return (
        has(text, CLOSEST) ||
        has(text, BUDGET_WORDS) ||
        (yuan !== "" && new RegExp(`(¥|￥)\\s?${yuan}(?!\\d)|${yuan}\\s?(元|块|yuan|RMB)`).test(text))
      );
    }
    case "eta": {
      const limit = frame.etaMaxMinutes;
      if (limit === undefined) return false;
      const asked =
        new RegExp(`${limit}\\s?(分钟|min)`).test(text) ||
        (limit === 30 && has(text, ["半小时", "half an hour"]));
      return asked || has(text, CLOSEST) || has(text, LATE_WORDS);
    }
    case "address":
      return (
        frame.address !== undefined && has(text, [...PLACE_WORDS[frame.address.label], frame.address.text])
      );
    case "time":
      return (
        DATES.test(text) ||
        has(text, [
          ...(frame.time?.words ?? []),
          ...(frame.event?.day ? [frame.event.day, frame.event.day.slice(5)] : []),
          "预约",
          "schedule",
          "现在",
          "立即",
          "right now",
        ])
      );
    case "bundle":
      // Whole words: "car" inside the card's "tap … on the card" names no ride.
      return has(text, ["车"]) || /\b(?:taxi|ride|car|cab)s?\b/iu.test(text);
    case "kind":
    case "reference":
      return false;
  }
}

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;

/** Whether a reply is in the wrong language: CJK in an English reply, or no Chinese in a Chinese one. */
export function wrongLanguage(text: string, lang: Lang): boolean {
  if (!text.trim() || /^\(.*\)$/.test(text.trim())) return false;
  if (lang === "en") return CJK.test(text);
  return !/[\u3400-\u9fff]/.test(text) && /[a-z]{3,}\s+[a-z]{2,}/i.test(text);
}
