import type { ServiceContext } from "../kernel/context.ts";
import type { SeededRandom } from "../kernel/random.ts";

/** Seeds the commerce service's part of the world. */
export async function seedCommerce(_context: ServiceContext, _random: SeededRandom): Promise<void> {}
