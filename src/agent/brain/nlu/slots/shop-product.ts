import type { GazetteerMatch } from "../gazetteer.ts";
import { extractProduct } from "./product.ts";

/**
 * What is asked for from a shop named in English when the catalogue's names say nothing else:
 * "mickey d's 10 piece nuggets" → "nuggets", "85 degrees egg tarts x3" → "egg tarts". The shop's
 * own words are no part of the product ("degrees egg tarts"), nor is the count said with it.
 */
export function shopProduct(text: string, entities: readonly GazetteerMatch[]): string | undefined {
  if (/[\u3400-\u9fff]/u.test(text)) return undefined;
  const shops = entities.filter((match) => match.entity.kind === "merchant");
  if (shops.length === 0) return undefined;
  if (entities.some((match) => match.entity.kind === "item" || match.entity.kind === "category"))
    return undefined;
  let rest = text;
  for (const { start, end } of shops) rest = rest.slice(0, start) + " ".repeat(end - start) + rest.slice(end);
  // "from McDonald's:" / "McD's -": the shop's name and its punctuation.
  rest = rest.replace(/(?:^|\s)(?:from|at)\s+(?=\s*(?:[,:;-]|$))/giu, " ").replace(/^[\s,:;'-]+/u, "");
  const product = extractProduct(rest)
    ?.replace(FILLER, " ")
    .replace(/^(?:\d+\s*-?\s*)?(?:pcs?|pieces?)\s+/iu, "")
    .replace(/\s*(?:x|×)\s*\d+$/iu, "")
    .replace(/^(?:'s|s)\s+/iu, "")
    .trim();
  return product && /[a-z]{3}/iu.test(product) && !EN_GENERIC.test(product) ? product : undefined;
}

// Words around a request that name nothing ("mixue lemonade plz", "kfc pls", "hmm, Starbucks then").
const FILLER =
  /\b(?:plz|pls|please|thanks|thx|ty|asap|rn|now|real quick|again|order|delivery|takeout|today|something|anything|stuff|food|hm+|um+|uh+|erm|ah+|oh+|oops|wait)\b/giu;
const EN_GENERIC =
  /^(?:\d+|one|two|three|a|an|some|me|us|it|them|the|usual|my usual|lunch|dinner|breakfast|a meal|meal|snack)$/iu;

const NUMBER_IN_NAME = /\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/giu;

/** The text with the numbers inside shops' names blanked: "seven eleven grilled sausage x3" counts 3, not 11. */
export function blankShopNumbers(text: string, entities: readonly GazetteerMatch[]): string {
  let out = text;
  for (const { start, end } of entities.filter((match) => match.entity.kind === "merchant")) {
    const name = out.slice(start, end).replace(NUMBER_IN_NAME, (found) => " ".repeat(found.length));
    out = out.slice(0, start) + name + out.slice(end);
  }
  return out;
}
