import { ADVERSARIAL_CHAINS, CONVENIENCE_CHAINS } from "./convenience.ts";
import { COFFEE_CHAINS, TEA_CHAINS } from "./drinks.ts";
import { BAKERY_CHAINS, FAST_FOOD_CHAINS, NOODLE_CHAINS } from "./food.ts";
import { MORE_COFFEE_CHAINS, MORE_TEA_CHAINS } from "./more-drinks.ts";
import { MORE_FAST_FOOD_CHAINS, MORE_NOODLE_CHAINS } from "./more-food.ts";
import { MORE_FRUIT_CHAINS, MORE_GROCERY_CHAINS } from "./more-groceries.ts";
import { MORE_CONVENIENCE_CHAINS, MORE_FLOWER_CHAINS, MORE_PHARMACY_CHAINS } from "./more-shops.ts";
import { RESTAURANT_CHAINS } from "./restaurants.ts";
import { FLOWER_CHAINS, FRUIT_CHAINS, GROCERY_CHAINS, PHARMACY_CHAINS } from "./retail.ts";
import type { ChainSpec } from "./types.ts";

export type { ChainSpec, Cuisine, MenuItem, MerchantCategory } from "./types.ts";
export { MERCHANT_CATEGORIES } from "./types.ts";

/**
 * Every chain, in a fixed order (the seed's determinism depends on it). Chains that list no
 * districts open only neighbourhood branches, so placing them here draws nothing from the
 * district branches' random stream.
 */
export const CHAINS: readonly ChainSpec[] = [
  ...COFFEE_CHAINS,
  ...MORE_COFFEE_CHAINS,
  ...TEA_CHAINS,
  ...MORE_TEA_CHAINS,
  ...FAST_FOOD_CHAINS,
  ...MORE_FAST_FOOD_CHAINS,
  ...NOODLE_CHAINS,
  ...MORE_NOODLE_CHAINS,
  ...RESTAURANT_CHAINS,
  ...BAKERY_CHAINS,
  ...GROCERY_CHAINS,
  ...MORE_GROCERY_CHAINS,
  ...FRUIT_CHAINS,
  ...MORE_FRUIT_CHAINS,
  ...PHARMACY_CHAINS,
  ...MORE_PHARMACY_CHAINS,
  ...FLOWER_CHAINS,
  ...MORE_FLOWER_CHAINS,
  ...CONVENIENCE_CHAINS,
  ...MORE_CONVENIENCE_CHAINS,
  ...ADVERSARIAL_CHAINS,
];
