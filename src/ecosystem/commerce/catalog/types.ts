import type { OptionGroup, OptionPreset } from "../option-groups.ts";

/** The merchant categories of the platform. */
export const MERCHANT_CATEGORIES = [
  "coffee",
  "bubble_tea",
  "fast_food",
  "noodles",
  "restaurant",
  "bakery",
  "groceries",
  "fruit",
  "pharmacy",
  "flowers",
  "convenience",
] as const;

export type MerchantCategory = (typeof MERCHANT_CATEGORIES)[number];

/**
 * One menu line: Chinese name, English name, base price (fen), item category, option preset (or
 * explicit groups), an optional description and tags (e.g. "adversarial", "low_stock").
 */
export type MenuItem = readonly [
  zh: string,
  en: string,
  priceFen: number,
  category: string,
  options: OptionPreset | readonly OptionGroup[],
  description?: string,
  tags?: readonly string[],
];

/** What a restaurant cooks, so every neighbourhood gets a spread of cuisines. */
export type Cuisine = "rice" | "dumplings" | "hotpot" | "bbq" | "japanese" | "korean" | "hangzhou";

/**
 * A chain (or single shop) and where its branches are: each district listed opens one branch, and
 * the neighbourhood planner (`neighbourhoods.ts`) opens more near homes and offices.
 */
export interface ChainSpec {
  chain: string;
  category: MerchantCategory;
  cuisine?: Cuisine;
  /** A chain found on every street: the planner puts a branch within reach of every home and office. */
  everywhere?: boolean;
  brandZh: string;
  brandEn: string;
  tagline: string;
  districts: readonly string[];
  /** Local opening and closing time "HH:MM"; closing may be past midnight ("02:00"); or "24h". */
  hours: readonly [string, string] | "24h";
  rating: number;
  radiusM: number;
  deliveryFeeFen: number;
  minOrderFen: number;
  packagingFeeFen: number;
  prepMinutes: number;
  cancelFeePercent: number;
  /** The chain's 满减 tiers: [spend at least, save], in fen. */
  discountTiers: readonly (readonly [number, number])[];
  menu: readonly MenuItem[];
  /**
   * Items a chain added after its first menu was seeded: listed after `menu` and seeded from their
   * own random stream, so the rows of the first menu keep the values they always had.
   */
  laterMenu?: readonly MenuItem[];
  tags?: readonly string[];
}
