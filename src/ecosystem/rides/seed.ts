import type { ServiceContext } from "../kernel/context.ts";
import type { SeededRandom } from "../kernel/random.ts";

/** Seeds the rides service's part of the world. */
export async function seedRides(_context: ServiceContext, _random: SeededRandom): Promise<void> {}
