/**
 * How people say a shop's choice when its menu names it otherwise: "煎的" for 煎饺 (pan-fried), "饭多一点"
 * for 加饭, "十八只" for 18只, "with an egg" for Add egg, "18 pcs" for 18 pieces. The line's words are
 * rewritten to the menu's wording (added, not replaced) before the item's choices are matched.
 */
const SPELLINGS: readonly [RegExp, string][] = [
  [/煎的|要煎|油煎|煎一下|(?<!水)煎(?!饺)/gu, " 煎饺 "],
  [/水煮的|煮的|要煮|水饺煮|(?<![水东])煮(?=$|[，,、；;。\s]|[一两二三四五六七八九十0-9])/gu, " 水煮 "],
  [/饭(?:量)?(?:多|大)(?:一)?点|(?:多|大)(?:一)?点饭|饭要多|多饭|大碗饭|米饭加量/gu, " 加饭 "],
  [/饭(?:量)?少(?:一)?点|少(?:一)?点饭|饭要少|饭少/gu, " 少饭 "],
  [/十八(?:只|个)|18\s*个/gu, " 18只 "],
  [/十二(?:只|个)|12\s*个/gu, " 12只 "],
  [/加(?:一|两)?[个份颗]?鸡蛋|加(?:一|两)?[个份颗]蛋|卧个蛋|加个荷包蛋/gu, " 加蛋 "],
  [/加(?:一|两)?份牛肉|多加牛肉|牛肉加量/gu, " 加牛肉 "],
  [/\b(?:18|eighteen)\s*(?:pcs?|pieces?|-piece|dumplings)\b|\beighteen\b/giu, " 18 pieces "],
  [/\b(?:12|twelve)\s*(?:pcs?|pieces?|-piece|dumplings)\b|\btwelve\b/giu, " 12 pieces "],
  [/\bpan ?fried\b|\bfried\b/giu, " pan-fried "],
  [/\b(?:with|add|plus|extra|and)\s+(?:an?\s+)?(?:fried\s+)?eggs?\b/giu, " add egg "],
  [/\b(?:with|add|plus|extra|more)\s+(?:some\s+)?beef\b/giu, " add beef "],
  // "加张卡片", "附一张贺卡", "with a greeting card": the florist's handwritten card.
  [
    /(?<![不别无需])(?:加|附|带|配|写|放|要)(?:一|上|个)?张?(?:小)?(?:贺卡|卡片)|(?<!不需要|不要|别要|无|不用)贺卡/gu,
    " 手写贺卡 ",
  ],
  [
    /\b(?:greeting|gift|birthday|message|note|handwritten) card\b|\b(?:with|add|include|attach|plus) (?:a |an )?(?:little |small )?card\b/giu,
    " handwritten card ",
  ],
  [/\bcokes?\b/giu, " cola "],
  [/\bsoy ?milk\b|\bsoymilk\b/giu, " soy milk "],
  [/\bboba\b/giu, " pearls "],
  [/\b(?:burger|sandwich) only\b|\bno meal\b|\bà la carte\b|\ba la carte\b/giu, " single "],
  [/\bflat noodles?\b|\bleek[- ]leaf\b/giu, " flat (leek leaf) "],
];

/** The line's words with the menu's wording of each choice said another way appended. */
export function spelledAsChoices(text: string): string {
  let extra = "";
  for (const [pattern, wording] of SPELLINGS) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) extra += wording;
    pattern.lastIndex = 0;
  }
  return extra ? `${text} ${extra}` : text;
}
