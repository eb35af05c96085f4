import type { OrderLineSlot } from "../nlu/slots/line-words.ts";

/**
 * Kinds of things people order without naming a dish ("来两份炸鸡", "a bunch of flowers", "some cold
 * medicine"), and the catalogue's item categories that answer each. A kind is what the person asked
 * for: a card for "fried chicken" carries fried chicken, not instant noodles whose name happens to
 * hold "面", nor a succulent from a florist. The words feed the gazetteer (as category entries); the
 * planner searches and keeps only items of the kind's categories.
 */
export interface Kind {
  key: string;
  /** Chinese words for the kind, the usual one first. */
  zh: readonly string[];
  /** English words (singular; plurals are derived), the usual one first. */
  en: readonly string[];
  /** Item categories that answer the kind, best first. */
  categories: readonly string[];
  /** The merchant category where the kind is sold, when it is a kind of shop ("药" → pharmacy). */
  shop?: string;
}

const PHARMACY = ["cold", "painkiller", "digestive", "cough", "allergy", "first_aid", "vitamins", "device"];
// A drink made to order comes before a bottle, and a bottle before a case of 24 ("两杯喝的").
const SOFT_DRINKS = ["milk_tea", "fruit_tea", "pure_tea", "fruit_drink", "milkshake", "drink", "drinks"];

export const KINDS: readonly Kind[] = [
  { key: "coffee", zh: ["咖啡"], en: ["coffee"], categories: ["coffee"] },
  { key: "milk_tea", zh: ["奶茶", "珍奶"], en: ["milk tea", "bubble tea", "boba"], categories: ["milk_tea"] },
  { key: "fruit_tea", zh: ["果茶", "水果茶"], en: ["fruit tea"], categories: ["fruit_tea"] },
  { key: "tea", zh: ["茶饮"], en: ["tea drink"], categories: ["milk_tea", "fruit_tea", "pure_tea"] },
  { key: "burger", zh: ["汉堡", "汉堡包"], en: ["burger", "hamburger"], categories: ["burger"] },
  { key: "noodles", zh: ["面", "面条"], en: ["noodles", "noodle"], categories: ["noodles"] },
  { key: "rice", zh: ["米饭", "盖饭", "盖浇饭"], en: ["rice bowl", "rice"], categories: ["rice"] },
  { key: "fried_chicken", zh: ["炸鸡"], en: ["fried chicken"], categories: ["chicken", "bucket"] },
  { key: "bread", zh: ["面包"], en: ["bread"], categories: ["bread"] },
  { key: "cake", zh: ["蛋糕"], en: ["cake"], categories: ["cake"] },
  {
    key: "dessert",
    zh: ["甜品", "甜点"],
    en: ["dessert"],
    categories: ["dessert", "cake", "ice_cream", "pastry"],
  },
  { key: "pastry", zh: ["糕点", "点心"], en: ["pastry"], categories: ["pastry", "snack"] },
  { key: "ice_cream", zh: ["冰淇淋", "雪糕"], en: ["ice cream"], categories: ["ice_cream"] },
  { key: "pizza", zh: ["披萨", "比萨"], en: ["pizza"], categories: ["pizza"] },
  { key: "dumplings", zh: ["饺子", "水饺", "馄饨"], en: ["dumplings", "wontons"], categories: ["dumplings"] },
  { key: "sushi", zh: ["寿司"], en: ["sushi"], categories: ["sushi"] },
  { key: "bbq", zh: ["烧烤", "烤串"], en: ["bbq", "barbecue", "skewer"], categories: ["bbq"] },
  { key: "hotpot", zh: ["火锅"], en: ["hot pot", "hotpot"], categories: ["hotpot"] },
  { key: "malatang", zh: ["麻辣烫"], en: ["malatang"], categories: ["malatang"] },
  { key: "soup", zh: ["汤品", "粥品"], en: ["soup", "congee", "porridge"], categories: ["soup"] },
  { key: "breakfast", zh: ["早餐", "早饭"], en: ["breakfast"], categories: ["breakfast"] },
  { key: "sandwich", zh: ["三明治"], en: ["sandwich"], categories: ["sandwich", "ready_meal"] },
  {
    key: "flowers",
    zh: ["鲜花", "花束", "一束花", "花"],
    en: ["flowers", "bouquet", "flower"],
    categories: ["bouquet"],
    shop: "flowers",
  },
  { key: "flower_basket", zh: ["花篮"], en: ["flower basket"], categories: ["basket"], shop: "flowers" },
  { key: "plant", zh: ["绿植", "盆栽"], en: ["potted plant"], categories: ["plant"], shop: "flowers" },
  {
    key: "fruit",
    zh: ["水果"],
    en: ["fruit"],
    categories: ["fruit", "fruit_platter", "produce"],
    shop: "fruit",
  },
  {
    key: "cold_medicine",
    zh: ["感冒药", "感冒颗粒", "感冒冲剂"],
    en: ["cold medicine", "flu medicine", "cold granules", "cold meds", "cold remedy"],
    categories: ["cold"],
  },
  {
    key: "painkiller",
    zh: ["止痛药", "退烧药"],
    en: ["painkiller", "pain reliever", "fever medicine"],
    categories: ["painkiller"],
  },
  { key: "cough_medicine", zh: ["止咳药"], en: ["cough medicine", "cough syrup"], categories: ["cough"] },
  { key: "stomach_medicine", zh: ["肠胃药", "胃药"], en: ["stomach medicine"], categories: ["digestive"] },
  { key: "medicine", zh: ["药", "药品"], en: ["medicine", "meds"], categories: PHARMACY, shop: "pharmacy" },
  { key: "snacks", zh: ["零食"], en: ["snacks"], categories: ["snacks", "snack", "nuts"] },
  {
    key: "drinks",
    zh: ["饮料", "喝的"],
    en: ["drink", "beverage", "something to drink"],
    categories: SOFT_DRINKS,
  },
  { key: "dairy", zh: ["牛奶", "酸奶"], en: ["dairy", "yogurt"], categories: ["dairy"] },
  { key: "eggs", zh: ["鸡蛋"], en: ["eggs"], categories: ["eggs"] },
  { key: "vegetables", zh: ["蔬菜", "青菜"], en: ["vegetables", "veggies"], categories: ["vegetables"] },
  { key: "meat", zh: ["肉类", "鲜肉"], en: ["meat"], categories: ["meat"] },
  { key: "seafood", zh: ["海鲜"], en: ["seafood"], categories: ["seafood"] },
];

/**
 * What a measure word or a verb says the thing is, when nothing else names it: "一杯…", "a cup
 * with pearls", "想喝…" a drink; "一碗…", "a bowl with beef" a dish served in a bowl; "一束…", "a
 * bunch of…" flowers. Item categories, the likeliest first.
 */
const CONTAINERS: readonly { pattern: RegExp; categories: readonly string[] }[] = [
  {
    pattern: /杯|喝|\b(?:cups?|glass(?:es)?|mugs?|drinks?|sips?)\b|\bsomething to drink\b/iu,
    categories: ["milk_tea", "fruit_tea", "pure_tea", "tea_latte", "coffee", "frappuccino", ...SOFT_DRINKS],
  },
  {
    pattern: /碗|\bbowls?\b/iu,
    categories: ["noodles", "rice", "soup", "malatang", "dumplings", "dish", "pasta"],
  },
  { pattern: /束|\b(?:bouquets?|bunch(?:es)?)\b/iu, categories: ["bouquet", "basket"] },
];

/** The item categories a container or verb in the words says the thing is of ("a cup with…" → drinks). */
export function containerKinds(words: string | undefined): string[] | undefined {
  const found = words ? CONTAINERS.find(({ pattern }) => pattern.test(words)) : undefined;
  return found ? [...new Set(found.categories)] : undefined;
}

// Drinks of any kind take the same options (size, sugar, ice, temperature, milk).
const DRINKS = new Set(
  KINDS.filter((kind) => ["coffee", "tea", "drinks"].includes(kind.key)).flatMap((kind) => kind.categories),
);

/** Whether two catalogue categories are one kind of thing: a kind holds both, or both are drinks. */
export function alike(a: string, b: string): boolean {
  if (a === b || (DRINKS.has(a) && DRINKS.has(b))) return true;
  return KINDS.some((kind) => kind.categories.includes(a) && kind.categories.includes(b));
}

/** Whether a thing of the catalogue category is of the kind ("拿铁" is a drink, "草莓" a fruit). */
function ofKind(kind: Kind, category: string): boolean {
  return kind.categories.includes(category) || (kind.key === "drinks" && DRINKS.has(category));
}

/**
 * The lines without a kind said first, with no count of its own, as the heading of things of that
 * kind said after it, each with its own count ("买点水果，一斤草莓两斤苹果", "some drinks to the office:
 * two lattes and a mocha", "买点药，布洛芬和创可贴各一盒", or with their sum: "6 coffees: 3 lattes and 3
 * americanos"): the kind names what the things are, it is no thing of its own. A kind said after the
 * things, with another count, or beside things of another kind ("a latte and some snacks",
 * "两杯奶茶和一些水果") stays a line.
 */
export function withoutKindHeads<Order extends { lines: OrderLineSlot[] }>(order: Order): Order {
  const heads = order.lines.filter((line, index) => {
    const entity = line.match?.entity;
    const kind = entity?.kind === "category" ? kindOfEntity(entity) : undefined;
    if (!kind || !onlyTheKind(line.text, kind)) return false;
    const things = order.lines.slice(index + 1).filter((other) => {
      const thing = other.match?.entity;
      if (!thing || other.start <= line.start) return false;
      if (thing.kind === "item") return thing.category !== undefined && ofKind(kind, thing.category);
      const narrower = thing.kind === "category" ? kindOfEntity(thing) : undefined;
      return (
        narrower !== undefined &&
        narrower.key !== kind.key &&
        narrower.categories.every((category) => ofKind(kind, category))
      );
    });
    // "6 coffees: 3 hot lattes and 3 iced americanos": a count of its own is the things' sum.
    const sum = things.reduce((total, thing) => total + thing.qty, 0);
    return things.length > 0 && (line.qtyText === undefined || sum === line.qty);
  });
  return heads.length === 0
    ? order
    : { ...order, lines: order.lines.filter((line) => !heads.includes(line)) };
}

const BY_KEY = new Map(KINDS.map((kind) => [kind.key, kind]));

/** The gazetteer id of a kind's entries ("kind:fried_chicken"). */
export const kindEntityId = (kind: Kind) => `kind:${kind.key}`;

/** The kind a gazetteer category entry stands for: by its id, or by its Chinese word. */
export function kindOfEntity(entity: { id: string; zh: string }): Kind | undefined {
  if (entity.id.startsWith("kind:")) return BY_KEY.get(entity.id.slice(5));
  return KINDS.find((kind) => kind.zh.includes(entity.zh));
}

/** Gazetteer entries for every kind: each Chinese word paired with an English one. */
export function kindEntries(): { kind: "category"; id: string; zh: string; en: string }[] {
  return KINDS.flatMap((kind) =>
    Array.from({ length: Math.max(kind.zh.length, kind.en.length) }, (_, index) => ({
      kind: "category" as const,
      id: kindEntityId(kind),
      zh: kind.zh[index] ?? kind.zh[0] ?? "",
      en: kind.en[index] ?? kind.en[0] ?? "",
    })),
  );
}

// Words that only count or wrap what is named ("two bowls of", "一束", "some").
const COUNTING_WORDS =
  /\b(?:a|an|some|the|of|couple|few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|\d+|bowls?|box(?:es)?|portions?|bunch(?:es)?|loa(?:f|ves)|cups?|bags?|bottles?|pieces?|servings?|orders?|packs?|plates?|kinds?|any|kind)\b|[0-9一二两三四五六七八九十几]*\s*(?:份|个|杯|盒|束|碗|袋|瓶|箱|块|斤|只|些|点)/giu;

/**
 * Whether the words name only the kind ("two portions of fried chicken", "一束花"), not a particular
 * thing of it ("玫瑰花", "roses", "beef noodles"), which the catalogue is searched for by name.
 */
export function onlyTheKind(words: string | undefined, kind: Kind): boolean {
  if (!words) return true;
  let rest = words.toLowerCase();
  // What is left of the kind's own word once a parser took its particle ("喝的" → "喝").
  if ([...kind.zh, ...kind.en].some((name) => name.toLowerCase().startsWith(rest))) return true;
  const names = [...kind.zh, ...kind.en].sort((a, b) => b.length - a.length);
  for (const name of names) rest = rest.split(name.toLowerCase()).join(" ");
  // What a name leaves of its plural ("fruit teas" → "s"), then the counting words.
  rest = rest.replace(/(?<=^|\s)(?:e?s)(?=\s|$)/gu, " ").replace(COUNTING_WORDS, " ");
  return rest.replace(/[\s,，。.!！?？的]+/gu, "").length === 0;
}

/**
 * The kind a short name of a thing ends with when no kind is named as such ("拉面" ends with 面,
 * "lamb noodles" with noodles): the word names a thing of that kind, whatever shop's name holds it.
 */
export function kindEndingWords(words: string | undefined): Kind | undefined {
  const said = words?.trim().toLowerCase();
  if (!said) return undefined;
  if (/^\p{Script=Han}{2,5}$/u.test(said))
    return KINDS.find((kind) => kind.zh.some((name) => name.length < said.length && said.endsWith(name)));
  if (!/^[a-z][a-z ]{2,30}$/u.test(said)) return undefined;
  return KINDS.find((kind) =>
    kind.en.some((name) => said !== name && new RegExp(`\\b${name}(?:e?s)?$`, "u").test(said)),
  );
}
