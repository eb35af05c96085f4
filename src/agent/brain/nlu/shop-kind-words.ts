/**
 * Words that say what kind of shop, not which one: "便利店", "超市", "药店", "a convenience store",
 * "the pharmacy", "flower shops", "bakeries". A shop whose name holds such a word ("7-11便利店",
 * "联华超市") is not named by the word alone; a sound-alike or near match on it names no shop. Each
 * kind says the catalogue's merchant category that answers it, so "flower shops near my office" is a
 * search of that category there, whatever the shops are called.
 */
export interface ShopKind {
  /** The catalogue's merchant category ("flowers"), or undefined for a shop of any kind. */
  category?: string;
  /** Chinese words for the kind of shop. */
  zh: readonly string[];
  /** English words, singular ("flower shop"); plurals are derived. */
  en: readonly string[];
}

export const SHOP_KINDS: readonly ShopKind[] = [
  { category: "convenience", zh: ["便利店", "小卖部"], en: ["convenience store", "corner shop"] },
  { category: "groceries", zh: ["超市", "菜市场", "菜场"], en: ["supermarket", "grocery store", "grocer"] },
  {
    category: "pharmacy",
    zh: ["大药店", "药店", "大药房", "药房"],
    en: ["pharmacy", "drugstore", "chemist"],
  },
  { category: "flowers", zh: ["鲜花店", "花店"], en: ["flower shop", "flower store", "florist"] },
  { category: "fruit", zh: ["水果店", "果切店", "水果摊"], en: ["fruit shop", "fruit store", "fruit stand"] },
  { category: "coffee", zh: ["咖啡店", "咖啡馆"], en: ["coffee shop", "cafe", "café"] },
  { category: "bubble_tea", zh: ["奶茶店", "茶饮店"], en: ["tea shop", "milk tea shop", "bubble tea shop"] },
  {
    category: "bakery",
    zh: ["面包店", "蛋糕店", "甜品店", "烘焙店", "糕点店"],
    en: ["bakery", "cake shop", "pastry shop", "dessert shop"],
  },
  { category: "noodles", zh: ["面馆"], en: ["noodle shop", "noodle bar"] },
  { category: "fast_food", zh: ["快餐店"], en: ["fast food place", "fast food restaurant"] },
  { category: "restaurant", zh: ["餐厅", "饭店", "饭馆", "小吃店"], en: ["restaurant"] },
  { zh: ["商店"], en: ["shop", "store"] },
];

/** An English word's plurals ("bakery" → bakeries, "florist" → florists, "shop" → shops). */
function plural(word: string): string {
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}(?:y|ies)`;
  return `${word}s?`;
}

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const zhWords = (kind: ShopKind) => kind.zh.map(literal).join("|");
const enWords = (kind: ShopKind) => kind.en.map((word) => plural(literal(word))).join("|");

const SHOP_KIND = new RegExp(
  `^(?:(?:24小时|附近的?|楼下的?)?(?:${SHOP_KINDS.map(zhWords).join("|")})|(?:the |a |an )?(?:grocer(?:y|ies)|caf[eé]s?|${SHOP_KINDS.map(enWords).join("|")}))$`,
  "iu",
);

/** Whether the words only say a kind of shop ("the supermarket", "楼下的便利店"). */
export function onlyShopKind(words: string): boolean {
  return SHOP_KIND.test(words.trim());
}

/** Whether the words that matched a shop only say its kind ("便利店" for 7-11便利店): they name no shop. */
export function shopKindOnly(entry: { kind: string }, words: string): boolean {
  return entry.kind === "merchant" && onlyShopKind(words);
}

const KIND_SAID = SHOP_KINDS.filter((kind) => kind.category).map((kind) => ({
  kind,
  pattern: new RegExp(`(?:${zhWords(kind)})|\\b(?:${enWords(kind)})\\b`, "iu"),
}));

/**
 * The kind of shop a sentence names, anywhere in it ("flower shops near my office", "公司附近的水果店",
 * "any bakeries close to home?"), with its merchant category; the first kind said wins.
 */
export function shopKindSaid(text: string): (ShopKind & { category: string; said: string }) | undefined {
  let best: { kind: ShopKind; at: number; said: string } | undefined;
  for (const { kind, pattern } of KIND_SAID) {
    const found = pattern.exec(text);
    if (found && (!best || found.index < best.at)) best = { kind, at: found.index, said: found[0] };
  }
  return best ? { ...best.kind, category: best.kind.category as string, said: best.said } : undefined;
}
