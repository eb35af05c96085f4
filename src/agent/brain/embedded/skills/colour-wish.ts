import type { WantedItem } from "../state.ts";
import type { Candidate } from "./order-search.ts";

// A colour said of a kind of thing ("flowers, something red", "粉色的花"), with the character a
// Chinese name holds for it.
const COLOURS: [RegExp, en: string, zh: string][] = [
  [/\bred\b|红色/iu, "red", "红"],
  [/\bpink\b|粉色|粉红/iu, "pink", "粉"],
  [/\bwhite\b|白色/iu, "white", "白"],
  [/\byellow\b|黄色/iu, "yellow", "黄"],
  [/\bpurple\b|紫色/iu, "purple", "紫"],
  [/\bblue\b|蓝色/iu, "blue", "蓝"],
  [/\bchampagne\b|香槟色/iu, "champagne", "香槟"],
];

const COLOURED_KINDS = new Set(["bouquet", "basket", "gift"]);

/** The one colour the words say, if they say exactly one. */
export function colourSaid(words: string | undefined): { en: string; zh: string } | undefined {
  if (!words) return undefined;
  const said = COLOURS.filter(([pattern]) => pattern.test(words));
  const only = said.length === 1 ? said[0] : undefined;
  return only ? { en: only[1], zh: only[2] } : undefined;
}

/**
 * "flowers for my gf, something red": a kind of thing wanted in a colour is one whose name says that
 * colour ("Red Rose Bouquet", "红玫瑰花束") — never any of the kind. When nothing of the kind says
 * it, nothing is found, so the user hears so instead of getting another colour silently.
 */
export function inColourSaid(item: WantedItem | undefined, found: Candidate[]): Candidate[] {
  // Flowers are chosen by colour; "white rice" or "red bean buns" name no colour of a kind.
  if (!item?.kinds?.some((kind) => COLOURED_KINDS.has(kind))) return found;
  const colour = colourSaid(item.said);
  if (!colour) return found;
  return found.filter(
    (candidate) =>
      new RegExp(`\\b${colour.en}\\b`, "iu").test(candidate.nameEn) || candidate.nameZh.includes(colour.zh),
  );
}
