import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of randomness; every random choice in the world goes through one of these. */
export class SeededRandom {
  #rng: ReturnType<typeof xoroshiro128plus>;

  constructor(readonly seed: number) {
    this.#rng = xoroshiro128plus(seed);
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return uniformInt(this.#rng, min, max);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.int(0, 0x7fffffff) / 0x80000000;
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("cannot pick from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** A new independent stream derived from this one, so adding draws in one area leaves others alone. */
  fork(label: string): SeededRandom {
    let hash = this.seed >>> 0;
    for (const char of label) hash = (Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0) as number;
    return new SeededRandom(hash);
  }
}
