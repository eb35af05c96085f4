import type { ServiceContext } from "../kernel/context.ts";
import type { SeededRandom } from "../kernel/random.ts";

/** Seeds the maps service's part of the world. */
export async function seedMaps(_context: ServiceContext, _random: SeededRandom): Promise<void> {}
