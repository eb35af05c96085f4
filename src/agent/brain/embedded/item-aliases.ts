/**
 * What people call a menu item whose English name carries a note in brackets: the name without it
 * ("Ibuprofen Suspension (Motrin, children)" → Ibuprofen Suspension, "Jasmine Milk Tea (Boya
 * Juexian)" → Jasmine Milk Tea) and the brand it names ("Acetaminophen Tablets (Tylenol)" → Tylenol).
 * A bag or pack in brackets is left to `withoutPack`: "Fuji Apples (bag, about 2 kg)" is no Fuji Apples.
 */
export function bracketAliases(en: string): string[] {
  const found = /^(?<name>[^()]+?)\s*\((?<note>[^()]+)\)$/u.exec(en.trim());
  if (!found?.groups) return [];
  const name = (found.groups.name as string).trim();
  const note = (found.groups.note as string).trim();
  if (/\b(?:bag|case|pack|box|about)\b|\d/iu.test(note)) return [];
  const aliases: string[] = [];
  if (/\s/u.test(name) || (name.length >= 5 && !EVERYDAY.test(name))) aliases.push(name);
  // A brand said in the brackets: one capitalised word ("Tylenol", "Fenbid", "Motrin").
  const brand = note.split(/,\s*/u)[0] as string;
  if (/^[A-Z][a-z]{4,}$/u.test(brand) && !EVERYDAY.test(brand)) aliases.push(brand);
  return aliases;
}

/**
 * Everyday English for a product the menus spell in full: "coke" is Coca-Cola, "fries" French Fries.
 * Keyed by a word of the menu's English name.
 */
const SAID_AS: readonly [RegExp, string][] = [
  [/^Coca-Cola\b/u, "Coke"],
  [/^French Fries\b/u, "Fries"],
  // Tapioca pearls go by three names in English; "skim" and "skimmed" milk are the same.
  [/^Bubble Milk Tea\b/u, "Pearl Milk Tea"],
  [/^Bubble Milk Tea\b/u, "Boba Milk Tea"],
  [/^Skimmed Milk\b/u, "Skim Milk"],
];

/** Everyday names of an item besides its menu name ("Coke" for Coca-Cola (Medium)). */
export function everydayNames(en: string): string[] {
  return SAID_AS.filter(([name]) => name.test(en)).map(([, said]) => said);
}

/**
 * The everyday Chinese word for a drink sold under a brand or a size ("可乐" for 可口可乐（中）, 百事可乐（中）,
 * 可乐（中）): a two-character word menu aliases do not shorten to (menu-aliases.ts wants three), which
 * searches any cola of the chosen shop. Packs and cases ("可口可乐 330ml×24（整箱）") are not the drink.
 */
const SAID_AS_ZH: readonly [RegExp, { zh: string; en: string }][] = [
  [/^(?:可口|百事)?可乐(?:[（(][大中小][）)])?(?:\s*\d+\s*ml)?$/u, { zh: "可乐", en: "Cola" }],
  [/^雪碧(?:[（(][大中小][）)])?(?:\s*\d+\s*ml)?$/u, { zh: "雪碧", en: "Sprite" }],
];

/** Everyday Chinese names of a drink besides its menu name ("可乐" for 百事可乐（中）). */
export function everydayNamesZh(zh: string): { zh: string; en: string }[] {
  return SAID_AS_ZH.filter(([name]) => name.test(zh.trim())).map(([, said]) => said);
}

const EVERYDAY =
  /^(?:milk|water|tea|coffee|juice|bread|eggs?|rice|noodles|children|kids|adult|half|whole|small|medium|large|classic|original|pearls)$/iu;
