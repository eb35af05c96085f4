import type { ServiceContext } from "../kernel/context.ts";
import type { SeededRandom } from "../kernel/random.ts";

/** Seeds the tickets service's part of the world. */
export async function seedTickets(_context: ServiceContext, _random: SeededRandom): Promise<void> {}
