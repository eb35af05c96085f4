import { randomUUID } from "node:crypto";
import type { SeededRandom } from "./random.ts";

/** Makes ids such as `ord_3f9a0c1b2d4e`: a readable prefix and a random or counted body. */
export interface IdGenerator {
  next(prefix: string): string;
}

/** Deterministic ids from a seeded random stream (tests, scripted runs, the seed itself). */
export class SeededIds implements IdGenerator {
  constructor(readonly random: SeededRandom) {}

  next(prefix: string): string {
    let body = "";
    for (let i = 0; i < 12; i++) body += this.random.int(0, 35).toString(36);
    return `${prefix}_${body}`;
  }
}

/** Random ids for a live server, where several processes may create ids at once. */
export class RandomIds implements IdGenerator {
  next(prefix: string): string {
    return `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  }
}
