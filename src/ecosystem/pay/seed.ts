import type { ServiceContext } from "../kernel/context.ts";
import type { SeededRandom } from "../kernel/random.ts";

/** Seeds the pay service's part of the world. */
export async function seedPay(_context: ServiceContext, _random: SeededRandom): Promise<void> {}
