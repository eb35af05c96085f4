/**
 * The names people say for a shop besides its full brand: the brand without the kind of shop it is
 * ("盒马鲜生" → 盒马, "全家便利店" → 全家, "Peet's Coffee" → Peet's, "Pagoda Fruit" → Pagoda), the name
 * in brackets ("Freshippo (Hema)" → Hema), and digits for a spelled number ("7-Eleven" → 7-11).
 * A short name must stay distinctive: two Chinese characters or four letters at least.
 */
export function brandAliases(zh: string, en: string): { zh: string; en: string; canonicalZh?: string }[] {
  const aliases: { zh: string; en: string; canonicalZh?: string }[] = [];
  const shortZh = zh.replace(ZH_SHOP_KIND, "");
  const shortEn = en
    .replace(/\s*\(.*$/u, "")
    .replace(EN_SHOP_KIND, "")
    .trim();
  const bracketed = /\(([^)]+)\)/u.exec(en)?.[1]?.trim();
  if (shortZh !== zh && shortZh.length >= 2) aliases.push({ zh: shortZh, en: shortEn || en });
  if (shortEn && shortEn !== en && shortEn.length >= 4 && !COMMON_WORD.test(shortEn))
    aliases.push({ zh, en: shortEn });
  if (bracketed && bracketed.length >= 3 && !COMMON_WORD.test(bracketed)) aliases.push({ zh, en: bracketed });
  // "Peet's" is also typed "Peets".
  for (const alias of [...aliases.map((a) => a.en), en])
    if (/'s\b/u.test(alias)) aliases.push({ zh, en: alias.replace(/'s\b/u, "s") });
  const digits = en.replace(/^7-Eleven/iu, "7-11");
  if (digits !== en) aliases.push({ zh, en: "7-11" }, { zh: zh.replace(/7-Eleven/iu, "7-11"), en: "711" });
  for (const alias of [...aliases.map((a) => a.en), en]) {
    // "FamilyMart" is also typed "Family Mart", "ChaPanda" "Cha Panda".
    const spaced = alias.replace(/(?<=[a-z])(?=[A-Z][a-z])/gu, " ");
    if (spaced !== alias) aliases.push({ zh, en: spaced });
    // A brand spelled in pinyin syllables is also typed as one word ("Yuan Ji" → "Yuanji").
    if (/^[A-Z][a-z]{1,5}(?: [A-Z][a-z]{1,5}){1,2}$/u.test(alias) && alias.replace(/ /gu, "").length >= 5)
      aliases.push({ zh, en: alias.replace(/ /gu, "") });
    // "85°C" is typed "85C" or said "85 degrees".
    if (/\d°C\b/u.test(alias))
      for (const said of ["C", " degrees", " degrees C", " degree"])
        aliases.push({ zh, en: alias.replace(/°C\b/u, said) });
  }
  for (const nickname of NICKNAMES[en.replace(/\s*\(.*$/u, "")] ?? []) aliases.push({ zh, en: nickname });
  for (const nickname of ZH_NICKNAMES[zh] ?? [])
    aliases.push({ zh: nickname, en: shortEn || en, canonicalZh: zh });
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const key = `${alias.zh}|${alias.en.toLowerCase()}`;
    if (seen.has(key) || (alias.zh === zh && alias.en === en)) return false;
    seen.add(key);
    return true;
  });
}

// What kind of shop a brand is, said after its name; never a whole name on its own.
const ZH_SHOP_KIND =
  /(?:鲜生|便利店|超市|大药房|药房|药店|买菜|快药|鲜花|水果|糕点|咖啡|餐厅|火锅外送|麻辣烫|小吃|云饺|拌饭)$/u;
// What a brand sells, said after its name ("Yang Guofu Malatang" → Yang Guofu, "Shaxian Snacks" →
// Shaxian, "Domino's Pizza" → Domino's, "Lanzhou Beef Noodles" → Lanzhou).
const EN_SHOP_KIND =
  /\s+(?:Coffee|Supermarkets?|Superstores?|Pharmacy|Express Pharmacy|Fruit|Florist|Flowers|Bakery(?: Cafe)?|Restaurant|Fresh|Mart|Hot Pot Delivery|Malatang|Snacks|Dumplings|Ramen|(?:Beef )?Noodles|Lamb Skewers|Pastry|Pizza|Burgers|Bibimbap|Ice Cream & Tea|Grass Jelly Tea|Lemon Tea|Fresh Tea & Juice)$/u;
/**
 * What people call a brand that its names do not spell: nicknames and initials, keyed by the
 * brand's English name. Only names the world's chains really go by.
 */
const NICKNAMES: Record<string, readonly string[]> = {
  "McDonald's": [
    "McD's",
    "McD",
    "Mickey D's",
    "Mickey Ds",
    "Maccas",
    "Mcdonald",
    "Mc Donald's",
    "Mc Donalds",
  ],
  "Tims Coffee": ["Tim Hortons", "Tim Horton's", "Tim Horton", "Timmies", "Tim's"],
  KFC: ["Kentucky Fried Chicken", "Kentucky", "K.F.C."],
  "Burger King": ["BK"],
  Starbucks: ["Sbux", "Starbs", "Starbies", "Star Bucks"],
  HEYTEA: ["Hey Tea"],
  "7-Eleven": ["7 Eleven", "Seven Eleven", "7/11", "Seven-Eleven"],
  "Pizza Hut": ["Pizzahut"],
  "Hu Shang A Yi": ["Hushang", "Hushang Ayi", "Auntea Jenny"],
  "Luckin Coffee": ["Luckin's"],
};
/** What people call a brand in Chinese that its name does not spell, keyed by the brand's Chinese name. */
const ZH_NICKNAMES: Record<string, readonly string[]> = {
  星巴克: ["星爸爸", "星巴巴"],
  麦当劳: ["金拱门", "麦记", "麦麦"],
  肯德基: ["开封菜", "肯爷爷"],
  瑞幸咖啡: ["小蓝杯"],
  蜜雪冰城: ["蜜雪", "雪王"],
  奈雪的茶: ["奈雪"],
  霸王茶姬: ["霸王茶"],
  书亦烧仙草: ["书亦"],
  喜家德水饺: ["喜家德"],
  和府捞面: ["和府"],
};
// Short names that are everyday words ("Lucky Cup", "Real Kungfu", "Four Seasons"): never said alone for the brand.
const COMMON_WORD =
  /^(?:lucky|lucky cup|good|good me|west|west lake|four|four seasons|long|real|meet|flash|flash select|three|super|fresh|the|new|old|royal|sweet|green|red|blue|white|black|gold|sun|star|city|home|day|life|one|first|best|top|great|pizza|burger|sushi)$/iu;
