import type { WorldImage } from "../play.ts";
import { generateCases } from "./generator.ts";
import { judge } from "./judge.ts";
import { type FaithReport, type Judged, summarise } from "./report.ts";
import { brainMaker, openCopy, runCase } from "./run-case.ts";
import { readWorldFacts } from "./world-facts.ts";

export interface MeasureOptions {
  n: number;
  /** Seeds the generator (which requests); the world is always the default seeded world. */
  seed: number;
  worldSeed: number;
  brain: string;
  /** The seeded world each case runs on a copy of (`compose/seed-image.ts` `seededWorldImage`). */
  worldImage: WorldImage;
  onCase?: (judged: Judged, index: number) => void;
  /** Only these case ids (of the `n` generated), to replay the cases a report showed. */
  only?: string[];
}

/**
 * Generates `n` requests over the seeded world, plays each through the real agent on a fresh copy
 * of that world, judges the cards against the requests' frames and sums up.
 */
export async function measureFaithfulness(options: MeasureOptions): Promise<FaithReport> {
  const started = performance.now();
  const image = await options.worldImage(options.worldSeed);
  const world = await openCopy(image, options.worldSeed);
  let cases: Awaited<ReturnType<typeof generateCases>>;
  let makeBrain: Awaited<ReturnType<typeof brainMaker>>;
  try {
    cases = await generateCases(await readWorldFacts(world), { n: options.n, seed: options.seed });
    const only = options.only;
    if (only?.length) cases = cases.filter((request) => only.includes(request.id));
    makeBrain = await brainMaker(options.brain, world);
  } finally {
    await world.close();
  }
  const results: Judged[] = [];
  for (const [index, request] of cases.entries()) {
    const transcript = await runCase(request, { image, seed: options.worldSeed, makeBrain });
    const judged = { request, transcript, verdict: judge(request, transcript) };
    results.push(judged);
    options.onCase?.(judged, index);
  }
  return summarise(results, { seed: options.seed, millis: Math.round(performance.now() - started) });
}
