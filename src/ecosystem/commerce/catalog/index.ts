import { ADVERSARIAL_CHAINS, CONVENIENCE_CHAINS } from "./convenience.ts";
import { COFFEE_CHAINS, TEA_CHAINS } from "./drinks.ts";
import { BAKERY_CHAINS, FAST_FOOD_CHAINS, NOODLE_CHAINS } from "./food.ts";
import { FLOWER_CHAINS, FRUIT_CHAINS, GROCERY_CHAINS, PHARMACY_CHAINS } from "./retail.ts";
import type { ChainSpec } from "./types.ts";

export type { ChainSpec, MenuItem, MerchantCategory } from "./types.ts";
export { MERCHANT_CATEGORIES } from "./types.ts";

/** Every chain the seed opens branches of, in a fixed order (the seed's determinism depends on it). */
export const CHAINS: readonly ChainSpec[] = [
  ...COFFEE_CHAINS,
  ...TEA_CHAINS,
  ...FAST_FOOD_CHAINS,
  ...NOODLE_CHAINS,
  ...BAKERY_CHAINS,
  ...GROCERY_CHAINS,
  ...FRUIT_CHAINS,
  ...PHARMACY_CHAINS,
  ...FLOWER_CHAINS,
  ...CONVENIENCE_CHAINS,
  ...ADVERSARIAL_CHAINS,
];
