/**
 * What the generator wants said, before it is worded: the phrasebooks (phrasing-zh.ts,
 * phrasing-en.ts) turn these into requests in several phrasings each. The words here are the
 * generator's own, written apart from the NLU's rules and training templates, so the measurement
 * runs on phrasings the brain was not built from.
 */

/** One option choice asked for, by group key and choice id (as the catalogue names them). */
export interface OptionAsk {
  group: string;
  choice: string;
}

export interface ItemAsk {
  /** The item as the user names it (an item name, or a category noun such as 咖啡 / coffee). */
  noun: string;
  /** The English plural, when it is not the noun plus "s". */
  plural?: string;
  qty: number;
  /** The item's catalogue category, for the measure word (杯, 份, 个 …). */
  category: string;
  options: OptionAsk[];
}

/** A day relative to the world's today, with its local date. */
export interface DayAsk {
  offset: number;
  date: string;
  /** Weekday 0 (Sunday) … 6. */
  weekday: number;
}

export interface TimeAsk {
  day: DayAsk;
  hour: number;
  minute: number;
}

export interface DeliveryAsk {
  items: ItemAsk[];
  /** The first item split in two option groups, e.g. 4 lattes: 2 iced, 2 hot. */
  split?: { qtys: [number, number]; choices: [OptionAsk, OptionAsk] };
  brand?: string;
  excludeBrand?: string;
  /** The single item's count said as people, one each ("我们四个人，每人一杯"). */
  perPerson?: boolean;
  /** A category the user rules out ("anything but coffee"); items[0].noun is then generic. */
  exceptWord?: string;
  budget?: { kind: "total" | "each"; yuan: number };
  etaMinutes?: number;
  place?: "home" | "office";
  time?: TimeAsk;
}

export type FollowUpAsk =
  | { kind: "qty"; qty: number; previous: number; category: string }
  | { kind: "option"; option: OptionAsk }
  | { kind: "place"; place: "home" | "office" }
  | { kind: "pick"; index: number; qty: number }
  /** Only the pick: the count was said with the question before the list. */
  | { kind: "bare_pick"; index: number };

export interface TicketsAsk {
  event: string;
  day: DayAsk;
  qty: number;
  capYuan?: number;
  withRide?: boolean;
  /** The ride timed to the show: there this many minutes before it starts … */
  rideLeadMinutes?: number;
  /** … or leaving at this time. */
  rideLeaveAt?: TimeAsk;
}

export interface ListingAsk {
  category: string;
  day: DayAsk;
  /** Tickets wanted, said with the question ("we need 3 — what plays are on Sunday?"). */
  qty?: number;
}

export interface RideAsk {
  destination: string;
  origin?: "home" | "office";
  time?: TimeAsk;
}

/** The option choices the generator asks for, with the choice ids a faithful card may carry. */
export const OPTION_ASKS: Record<string, Record<string, { accept: string[]; zh: string[]; en: string[] }>> = {
  ice: {
    regular: { accept: ["regular", "less"], zh: ["冰的", "加冰的", "冰"], en: ["iced", "cold", "over ice"] },
    hot: { accept: ["hot"], zh: ["热的", "热"], en: ["hot", "warm"] },
    none: { accept: ["none"], zh: ["去冰的", "不加冰的"], en: ["no ice", "without ice"] },
  },
  temperature: {
    iced: { accept: ["iced"], zh: ["冰的", "冰"], en: ["iced", "cold"] },
    hot: { accept: ["hot"], zh: ["热的", "热"], en: ["hot", "warm"] },
    chilled: { accept: ["chilled"], zh: ["冰镇的"], en: ["chilled", "cold"] },
    room: { accept: ["room"], zh: ["常温的"], en: ["room temperature", "not chilled"] },
  },
  sugar: {
    less: { accept: ["less"], zh: ["少糖", "少糖的", "少甜"], en: ["less sugar", "light on the sugar"] },
    half: { accept: ["half"], zh: ["半糖", "半糖的"], en: ["half sugar", "half-sweet"] },
    none: { accept: ["none"], zh: ["无糖", "不加糖的", "无糖的"], en: ["no sugar", "unsweetened"] },
    standard: { accept: ["standard"], zh: ["正常糖", "标准糖"], en: ["regular sugar", "normal sweetness"] },
  },
  size: {
    large: { accept: ["large"], zh: ["大杯", "大杯的"], en: ["large", "big"] },
    medium: { accept: ["medium"], zh: ["中杯", "中杯的"], en: ["medium", "regular-size"] },
  },
  milk: {
    oat: { accept: ["oat"], zh: ["燕麦奶的", "换燕麦奶"], en: ["oat milk", "with oat milk"] },
    skim: { accept: ["skim"], zh: ["脱脂奶的", "脱脂"], en: ["skim milk", "skimmed"] },
  },
  spice: {
    none: { accept: ["none"], zh: ["不辣", "不辣的", "不要辣"], en: ["not spicy", "no chili"] },
    mild: { accept: ["mild"], zh: ["微辣", "微辣的", "一点点辣"], en: ["mild", "a little spicy"] },
    hot: { accept: ["hot"], zh: ["特辣", "特辣的", "超辣"], en: ["extra spicy", "really spicy"] },
  },
  topping: {
    pearls: { accept: ["pearls"], zh: ["加珍珠", "加珍珠的"], en: ["with boba", "with tapioca pearls"] },
    coconut_jelly: { accept: ["coconut_jelly"], zh: ["加椰果", "加椰果的"], en: ["with coconut jelly"] },
  },
  combo: {
    meal: { accept: ["meal"], zh: ["套餐", "要套餐的"], en: ["as a meal", "as a combo"] },
  },
  add_on: {
    egg: { accept: ["egg"], zh: ["加蛋", "加个蛋"], en: ["with an egg", "add egg"] },
    beef: { accept: ["beef"], zh: ["加牛肉", "多加牛肉"], en: ["with extra beef", "add beef"] },
  },
  shot: {
    extra: { accept: ["extra"], zh: ["加浓", "加一份浓缩"], en: ["with an extra shot", "extra shot"] },
  },
  weight: {
    one_kg: { accept: ["one_kg"], zh: ["1kg的", "一公斤的"], en: ["1 kg each", "a kilo each"] },
  },
  wrapping: {
    deluxe: { accept: ["deluxe"], zh: ["礼盒装", "豪华包装的"], en: ["in a gift box", "deluxe-wrapped"] },
  },
};

/** Pairs that split an order naturally ("two iced, two hot"). */
export const SPLIT_PAIRS: Record<string, [string, string][]> = {
  ice: [["regular", "hot"]],
  temperature: [["iced", "hot"]],
  sugar: [
    ["less", "standard"],
    ["none", "half"],
  ],
  size: [["large", "medium"]],
  spice: [["none", "mild"]],
};

/** Every phrase of a choice in both languages (for the "mentions" test). */
export function optionWords(option: OptionAsk): string[] {
  const entry = OPTION_ASKS[option.group]?.[option.choice];
  return entry ? [...entry.zh, ...entry.en].map((word) => word.replace(/的$/, "")) : [];
}

/** Category nouns a user orders by, with the item categories that satisfy them. */
export const CATEGORY_NOUNS: { zh: string; en: string; enPlural: string; categories: string[] }[] = [
  { zh: "咖啡", en: "coffee", enPlural: "coffees", categories: ["coffee"] },
  { zh: "奶茶", en: "milk tea", enPlural: "milk teas", categories: ["milk_tea"] },
  { zh: "果茶", en: "fruit tea", enPlural: "fruit teas", categories: ["fruit_tea"] },
  { zh: "汉堡", en: "burger", enPlural: "burgers", categories: ["burger"] },
  { zh: "面", en: "bowl of noodles", enPlural: "bowls of noodles", categories: ["noodles"] },
  {
    zh: "炸鸡",
    en: "portion of fried chicken",
    enPlural: "portions of fried chicken",
    categories: ["chicken"],
  },
  { zh: "面包", en: "loaf of bread", enPlural: "loaves of bread", categories: ["bread"] },
  { zh: "感冒药", en: "box of cold medicine", enPlural: "boxes of cold medicine", categories: ["cold"] },
  { zh: "鲜花", en: "bunch of flowers", enPlural: "bunches of flowers", categories: ["bouquet"] },
];

/** "A drink, anything but coffee": the generic noun, what is ruled out, and what still counts. */
export const EXCEPT_ASKS = [
  {
    noun: { zh: "喝的", en: "drink" },
    except: { zh: "咖啡", en: "coffee" },
    excluded: ["coffee", "tea_latte"],
    accepted: [
      "milk_tea",
      "fruit_tea",
      "pure_tea",
      "frappuccino",
      "fruit_drink",
      "milkshake",
      "drink",
      "drinks",
    ],
  },
];

/** Event category words for listings ("what plays are on Sunday?"). */
export const EVENT_CATEGORY_WORDS: Record<string, { zh: string[]; en: string[] }> = {
  concert: { zh: ["演唱会", "音乐演出"], en: ["concerts", "gigs"] },
  drama: { zh: ["话剧", "舞台剧"], en: ["plays", "theatre shows"] },
  movie: { zh: ["电影"], en: ["movies", "films"] },
  sports: { zh: ["比赛", "球赛"], en: ["games", "matches"] },
  crosstalk: { zh: ["相声"], en: ["crosstalk shows", "comedy dialogues"] },
  classical: { zh: ["音乐会", "古典音乐会"], en: ["classical concerts", "recitals"] },
  show: { zh: ["演出", "表演"], en: ["shows", "performances"] },
};
