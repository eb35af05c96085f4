import { afterAll, beforeAll } from "vitest";
import { SimulatedClock } from "../../kernel/clock.ts";
import type { Dialect } from "../../store/database.ts";
import { seededTestDatabase } from "./test-cache.ts";
import { createWorld, type World } from "./world.ts";

/**
 * A seeded world for a test suite, on the given dialect, with a simulated clock, copied from a cached
 * seed (see test-cache.ts). Returns a getter, since the world is built in beforeAll.
 */
export function useTestWorld(dialect: Dialect, options: { seed?: number } = {}): () => World {
  let world: World | undefined;
  beforeAll(async () => {
    const seed = options.seed ?? 7;
    world = await createWorld({
      db: await seededTestDatabase(dialect, seed),
      seed,
      clock: new SimulatedClock(),
    });
  });
  afterAll(async () => {
    await world?.close();
  });
  return () => {
    if (!world) throw new Error("the test world is not ready yet");
    return world;
  };
}
