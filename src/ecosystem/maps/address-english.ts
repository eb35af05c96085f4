import { pinyin } from "pinyin-pro";

// Longest suffix first, so 大道 wins over 道 and 大街 over 街.
const ROAD_SUFFIXES: readonly [string, string][] = [
  ["大道", "Ave"],
  ["大街", "St"],
  ["路", "Rd"],
  ["街", "St"],
  ["弄", "Lane"],
  ["巷", "Alley"],
  ["堤", "Causeway"],
];

const DIRECTIONS: Readonly<Record<string, string>> = {
  东: "East",
  西: "West",
  南: "South",
  北: "North",
  中: "Middle",
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Toneless pinyin of Chinese text with no spaces; other characters are kept as they are, lower-cased. */
export function pinyinOf(text: string): string {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .toLowerCase()
    .replace(/\s+/g, "");
}

/** First letters of the pinyin of each Chinese character ("杭州东站" → "hzdz"). */
export function pinyinInitialsOf(text: string): string {
  return pinyin(text, { pattern: "first", toneType: "none", type: "array", nonZh: "removed" })
    .join("")
    .toLowerCase();
}

/**
 * English form of a Chinese street address such as "文一西路29号" → "29 Wenyi West Rd". Written by hand
 * because it is a small, fixed pattern: a road name in pinyin, a direction word, a road type, a number.
 */
export function streetToEnglish(street: string): string {
  const match = /^(.*?)(\d+)号?$/.exec(street);
  const road = match ? (match[1] ?? street) : street;
  const number = match?.[2];
  let name = road;
  let suffix = "";
  for (const [zh, en] of ROAD_SUFFIXES) {
    if (name.endsWith(zh)) {
      name = name.slice(0, -zh.length);
      suffix = en;
      break;
    }
  }
  let direction = "";
  const last = name.slice(-1);
  if (name.length > 2 && DIRECTIONS[last]) {
    direction = DIRECTIONS[last] ?? "";
    name = name.slice(0, -1);
  }
  const words = [capitalised(pinyinOf(name)), direction, suffix].filter(Boolean).join(" ");
  return number ? `${number} ${words}` : words;
}
