import { createHash } from "node:crypto";
import { decideIntent } from "../../agent/brain/nlu/decide.ts";
import { FEATURE_BUCKETS, hashString } from "../../agent/brain/nlu/features.ts";
import {
  type IntentScore,
  LinearIntentModel,
  type SerializedModel,
} from "../../agent/brain/nlu/linear-model.ts";
import { scorePredictions } from "../../agent/brain/nlu/metrics.ts";
import { type TrainedWeights, trainSoftmax } from "../../agent/brain/nlu/sgd-trainer.ts";
import { modelHash } from "../../agent/brain/nlu/train.ts";
import {
  generateTrainingExamples,
  splitByGroup,
  type TrainingExample,
} from "../../agent/brain/nlu/training-data.ts";

/** How to train: the template data (optionally thinned, for fast tests), plus extra examples. */
export interface TrainWithOptions {
  seed: number;
  now: number;
  dataDir?: string;
  /** Keep every k-th template example (tests); extra examples are always kept. */
  keepEvery?: number;
  epochs?: number;
  /** Extra examples repeat this many times, like a template's samples (default 3). */
  extraWeight?: number;
}

/**
 * Trains the embedded intent model on the shipped templates plus `extra` examples, the way
 * `trainNluModel` does (provisional model, out-of-scope threshold tuned on held-out template groups,
 * final model on everything), built from the NLU's own parts so the flywheel's examples can join
 * the template data without being written out as templates.
 */
export function trainWith(
  extra: readonly Omit<TrainingExample, "group">[],
  options: TrainWithOptions,
): SerializedModel {
  const keepEvery = options.keepEvery ?? 1;
  const base = generateTrainingExamples(options.seed, options.dataDir).filter(
    (_, index) => index % keepEvery === 0,
  );
  const weight = options.extraWeight ?? 3;
  const added: TrainingExample[] = [];
  for (const example of extra)
    for (let copy = 0; copy < weight; copy++)
      added.push({ ...example, group: `flywheel:${hashString(example.text)}` });
  const all = [...base, ...added];
  const { train, heldOut } = splitByGroup(base, 0.15, options.seed);
  const trainer = { seed: options.seed, ...(options.epochs === undefined ? {} : { epochs: options.epochs }) };
  const provisional = serialize(trainSoftmax([...train, ...added], trainer), 0, options, 0, "");
  const model = new LinearIntentModel(provisional);
  const rankings = heldOut.map((example) => ({ example, ranking: model.predict(example.text) }));
  const threshold = tuneThreshold(rankings);
  const final = trainSoftmax(all, trainer);
  const hash = createHash("sha256");
  for (const example of all) hash.update(`${example.lang}\t${example.intent}\t${example.text}\n`);
  return serialize(
    final,
    threshold,
    options,
    all.length,
    hash.digest("hex").slice(0, 16),
    heldOut.length,
    added.length,
  );
}

function serialize(
  weights: TrainedWeights,
  threshold: number,
  options: TrainWithOptions,
  examples: number,
  dataHash: string,
  heldOut = 0,
  flywheelExamples = 0,
): SerializedModel {
  const createdAt = new Date(options.now);
  const stamp = createdAt.toISOString().replace(/[-:]/gu, "").replace("T", "-").slice(0, 15);
  return {
    format: "dimple-nlu/1",
    buckets: FEATURE_BUCKETS,
    outOfScopeThreshold: threshold,
    ...weights,
    metadata: {
      version: `${stamp}-fw-${modelHash(weights, threshold).slice(0, 8)}`,
      createdAt: createdAt.toISOString(),
      seed: options.seed,
      dataHash,
      trainExamples: examples,
      heldOutExamples: heldOut,
      metrics: { flywheelExamples, features: weights.features.length },
    },
  };
}

/** The out-of-scope threshold with the best summed macro-F1 over both languages (as train.ts does). */
function tuneThreshold(rankings: readonly { example: TrainingExample; ranking: IntentScore[] }[]): number {
  let best = { threshold: 0, score: -1 };
  for (let step = 0; step <= 16; step++) {
    const threshold = step * 0.05;
    let score = 0;
    for (const lang of ["zh", "en"] as const)
      score += scorePredictions(
        rankings
          .filter((row) => row.example.lang === lang)
          .map((row) => ({ gold: row.example.intent, predicted: decideIntent(row.ranking, threshold) })),
      ).macroF1;
    if (score > best.score + 1e-9) best = { threshold, score };
  }
  return best.threshold;
}
