import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import { KINDS } from "../kinds.ts";

// Words that say what a dish is made of, kept with the kind ("beef noodles"); any other word before
// the kind is part of the brand ("Yang Guofu malatang", "Luckin coffee").
const FOOD_WORD =
  /^(?:beef|chicken|pork|fish|shrimp|prawn|duck|lamb|mutton|veggie|vegetable|tofu|egg|rice|milk|fruit|bubble|fried|steamed|spicy|seafood|noodle)s?$/u;

/**
 * The dish a shop is named for, when the user names the shop and nothing else to eat: "lanzhou beef
 * noodles to the office", "Luckin coffee please", "杨国福麻辣烫送到家". The shop's name said holds a
 * kind of food ("noodles", "coffee", "麻辣烫"); the words of the name from the one before the kind
 * on ("beef noodles") are what is ordered, searched at that shop like any dish named in part.
 * Returns the dish's words and the kind's gazetteer match, or nothing when the name holds no kind.
 */
export function dishOfShopName(
  shop: GazetteerMatch,
): { product: string; category: GazetteerMatch } | undefined {
  const said = shop.text.toLowerCase();
  for (const kind of KINDS) {
    for (const name of [...kind.en, ...kind.zh]) {
      const word = name.toLowerCase();
      const latin = /^[a-z]/u.test(word);
      const pattern = latin
        ? new RegExp(`(?:^|\\s)((?:[a-z'-]+\\s+)?${word}(?:e?s)?)$`, "u")
        : new RegExp(`(${word})$`, "u");
      const found = pattern.exec(said)?.[1]?.trim();
      if (!found) continue;
      // The word before the kind goes with it ("beef noodles") unless it is the brand itself
      // ("Luckin coffee" → "coffee"); a name that is only the kind names no shop's dish.
      const [first, ...rest] = found.split(/\s+/u);
      const product = rest.length > 0 && !FOOD_WORD.test(first ?? "") ? rest.join(" ") : found;
      if (!product || product.length >= said.trim().length) continue;
      const at = shop.start + said.lastIndexOf(product);
      return {
        product,
        category: {
          entity: {
            kind: "category",
            id: `kind:${kind.key}`,
            zh: kind.zh[0] ?? word,
            en: kind.en[0] ?? word,
          },
          start: at,
          end: shop.end,
          score: 1,
          method: "exact",
          text: product,
        },
      };
    }
  }
  return undefined;
}

/** The dish of the one shop the turn names by a name holding a kind of food, if any. */
export function namedShopDish(
  entities: readonly GazetteerMatch[],
): { product: string; category: GazetteerMatch } | undefined {
  const shops = entities.filter((match) => match.entity.kind === "merchant");
  return shops.length === 1 && shops[0] ? dishOfShopName(shops[0]) : undefined;
}
