import { createHash } from "node:crypto";
import type { Clock } from "../../../ecosystem/kernel/clock.ts";
import { decideIntent } from "./decide.ts";
import type { Language } from "./intents.ts";
import { type IntentScore, LinearIntentModel, type SerializedModel } from "./linear-model.ts";
import { type LanguageMetrics, scorePredictions } from "./metrics.ts";
import { NLU_DATA_DIR } from "./paths.ts";
import { type TrainedWeights, trainSoftmax } from "./sgd-trainer.ts";
import { generateTrainingExamples, splitByGroup, type TrainingExample } from "./training-data.ts";

/** Options of one training run. */
export interface TrainNluOptions {
  seed?: number;
  clock?: Clock;
  dataDir?: string;
  /** Share of template groups held out to measure and tune the threshold (default 0.15). */
  heldOutShare?: number;
  /** Keep only every k-th generated example; tests use this to train in a fraction of a second. */
  keepEvery?: number;
  epochs?: number;
}

/** The outcome of training: the model to save and what was measured on held-out templates. */
export interface TrainNluResult {
  model: SerializedModel;
  heldOut: Record<Language, LanguageMetrics>;
}

const systemClock: Clock = { now: () => Date.now() };

/** A stable hash of a model's parameters: same seed and data give the same hash. */
export function modelHash(weights: TrainedWeights, threshold: number): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([weights.labels, weights.bias, weights.features, weights.weights, threshold]));
  return hash.digest("hex");
}

/** Hashes the generated training data, so a version records exactly what it learned from. */
function dataHash(examples: readonly TrainingExample[]): string {
  const hash = createHash("sha256");
  for (const example of examples) hash.update(`${example.lang}\t${example.intent}\t${example.text}\n`);
  return hash.digest("hex").slice(0, 16);
}

function toSerialized(
  weights: TrainedWeights,
  threshold: number,
  metadata: SerializedModel["metadata"],
): SerializedModel {
  return { format: "dimple-nlu/1", buckets: 1 << 20, outOfScopeThreshold: threshold, ...weights, metadata };
}

/** Picks the out-of-scope threshold that maximises mean macro-F1 over the languages on held-out rows. */
function tuneThreshold(rankings: readonly { example: TrainingExample; ranking: IntentScore[] }[]): number {
  let best = { threshold: 0, score: -1 };
  for (let step = 0; step <= 16; step++) {
    const threshold = step * 0.05;
    const scores = (["zh", "en"] as const).map(
      (lang) =>
        scorePredictions(
          rankings
            .filter((row) => row.example.lang === lang)
            .map((row) => ({ gold: row.example.intent, predicted: decideIntent(row.ranking, threshold) })),
        ).macroF1,
    );
    const score = (scores[0] as number) + (scores[1] as number);
    if (score > best.score + 1e-9) best = { threshold, score };
  }
  return best.threshold;
}

/**
 * Trains the intent model: generates the template data, trains on most template groups, measures
 * and tunes the out-of-scope threshold on the held-out groups, then retrains on everything.
 */
export function trainNluModel(options: TrainNluOptions = {}): TrainNluResult {
  const seed = options.seed ?? 7;
  const clock = options.clock ?? systemClock;
  const keepEvery = options.keepEvery ?? 1;
  const all = generateTrainingExamples(seed, options.dataDir ?? NLU_DATA_DIR).filter(
    (_, index) => index % keepEvery === 0,
  );
  const { train, heldOut } = splitByGroup(all, options.heldOutShare ?? 0.15, seed);
  const trainerOptions = { seed, ...(options.epochs === undefined ? {} : { epochs: options.epochs }) };

  const provisional = trainSoftmax(train, trainerOptions);
  const placeholder = {
    version: "",
    createdAt: "",
    seed,
    dataHash: "",
    trainExamples: 0,
    heldOutExamples: 0,
    metrics: {},
  };
  const provisionalModel = new LinearIntentModel(toSerialized(provisional, 0, placeholder));
  const rankings = heldOut.map((example) => ({ example, ranking: provisionalModel.predict(example.text) }));
  const threshold = tuneThreshold(rankings);
  const heldOutMetrics = {} as Record<Language, LanguageMetrics>;
  for (const lang of ["zh", "en"] as const) {
    heldOutMetrics[lang] = scorePredictions(
      rankings
        .filter((row) => row.example.lang === lang)
        .map((row) => ({ gold: row.example.intent, predicted: decideIntent(row.ranking, threshold) })),
    );
  }

  const final = trainSoftmax(all, trainerOptions);
  const hash = modelHash(final, threshold);
  const createdAt = new Date(clock.now());
  const stamp = createdAt.toISOString().replace(/[-:]/gu, "").replace("T", "-").slice(0, 15);
  const metadata = {
    version: `${stamp}-${hash.slice(0, 8)}`,
    createdAt: createdAt.toISOString(),
    seed,
    dataHash: dataHash(all),
    trainExamples: all.length,
    heldOutExamples: heldOut.length,
    metrics: {
      heldOutAccuracyZh: heldOutMetrics.zh.accuracy,
      heldOutMacroF1Zh: heldOutMetrics.zh.macroF1,
      heldOutAccuracyEn: heldOutMetrics.en.accuracy,
      heldOutMacroF1En: heldOutMetrics.en.macroF1,
      features: final.features.length,
    },
  };
  return { model: toSerialized(final, threshold, metadata), heldOut: heldOutMetrics };
}
