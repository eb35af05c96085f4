import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { seedCoupons } from "./seed-coupons.ts";
import { seedMerchants } from "./seed-merchants.ts";
import { type SeededPastOrder, seedOrderHistory } from "./seed-orders.ts";
import { seedReviews } from "./seed-reviews.ts";

/**
 * Seeds the commerce service's part of the world: merchants and menus, reviews, discounts and the
 * users' past orders. Each part draws from its own fork, so growing one leaves the others as they were.
 * Returns the past orders, which the world's seed then pays through pay (commerce moves no money).
 */
export async function seedCommerce(
  context: ServiceContext,
  random: SeededRandom,
): Promise<SeededPastOrder[]> {
  const merchants = await seedMerchants(context, random.fork("merchants"));
  await seedReviews(context, random.fork("reviews"), merchants);
  await seedCoupons(context, random.fork("coupons"), merchants);
  return seedOrderHistory(context, random.fork("orders"), merchants);
}
