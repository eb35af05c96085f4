import { createHash } from "node:crypto";
import { FEATURE_BUCKETS, hashString } from "../../agent/brain/nlu/features.ts";
import { LinearIntentModel, type SerializedModel } from "../../agent/brain/nlu/linear-model.ts";
import { type TrainedWeights, trainSoftmax } from "../../agent/brain/nlu/sgd-trainer.ts";
import { calibrateOnHeldOut, EXTERNAL_RATIO, modelHash } from "../../agent/brain/nlu/train.ts";
import {
  splitByGroup,
  type TrainingExample,
  trainingExamples,
  type WeightedExample,
  withExternalShares,
} from "../../agent/brain/nlu/training-data.ts";

/** How to train: the base data (templates and external corpora, optionally thinned for fast tests), plus extra examples. */
export interface TrainWithOptions {
  seed: number;
  now: number;
  dataDir?: string;
  /** Keep every k-th template example (tests); extra examples are always kept. */
  keepEvery?: number;
  epochs?: number;
  /** Extra examples repeat this many times, like a template's samples (default 3). */
  extraWeight?: number;
  /**
   * Keep each intent's share of the training data as the templates set it (default true): the
   * template examples of the intents the extra examples leave behind count for more. The flywheel
   * labels only what users got done — mostly orders and rides, never an out-of-scope request — so
   * without this every accepted example also teaches "people rarely ask for anything else".
   */
  keepClassShares?: boolean;
}

/**
 * Trains the embedded intent model on the shipped base data plus `extra` examples, the way
 * `trainNluModel` does (provisional model, temperature and out-of-scope threshold calibrated on held-out groups,
 * final model on everything), built from the NLU's own parts so the flywheel's examples can join
 * the template data without being written out as templates. With no extra examples it makes the
 * same model as `trainNluModel`.
 */
export function trainWith(
  extra: readonly Omit<TrainingExample, "group">[],
  options: TrainWithOptions,
): SerializedModel {
  const keepEvery = options.keepEvery ?? 1;
  const base = withExternalShares(
    trainingExamples(options.seed, options.dataDir).filter((_, index) => index % keepEvery === 0),
    EXTERNAL_RATIO,
  );
  const weight = options.extraWeight ?? 3;
  const added: TrainingExample[] = [];
  for (const example of extra)
    for (let copy = 0; copy < weight; copy++)
      added.push({ ...example, group: `flywheel:${hashString(example.text)}` });
  const all = [...base, ...added];
  const { train, heldOut } = splitByGroup(base, 0.15, options.seed);
  const trainer = { seed: options.seed, ...(options.epochs === undefined ? {} : { epochs: options.epochs }) };
  const keep = options.keepClassShares !== false;
  const weighted = (templates: readonly WeightedExample[]) =>
    keep ? withClassShares(templates, added) : templates;
  const uncalibrated = { threshold: 0, temperature: 1 };
  const provisional = serialize(
    trainSoftmax([...weighted(train), ...added], trainer),
    uncalibrated,
    options,
    0,
    "",
  );
  const calibration = calibrateOnHeldOut(new LinearIntentModel(provisional), heldOut);
  const final = trainSoftmax([...weighted(base), ...added], trainer);
  const hash = createHash("sha256");
  for (const example of all) hash.update(`${example.lang}\t${example.intent}\t${example.text}\n`);
  return serialize(
    final,
    calibration,
    options,
    all.length,
    hash.digest("hex").slice(0, 16),
    heldOut.length,
    added.length,
  );
}

function serialize(
  weights: TrainedWeights,
  calibration: { threshold: number; temperature: number },
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
    outOfScopeThreshold: calibration.threshold,
    temperature: calibration.temperature,
    ...weights,
    metadata: {
      version: `${stamp}-fw-${modelHash(weights, calibration.threshold, calibration.temperature).slice(0, 8)}`,
      createdAt: createdAt.toISOString(),
      seed: options.seed,
      dataHash,
      trainExamples: examples,
      heldOutExamples: heldOut,
      metrics: { flywheelExamples, features: weights.features.length },
    },
  };
}

/**
 * The template examples, weighted so that once the extra examples are in, every (language, intent)
 * keeps the share of the training data the templates give it: with n templates and a extra copies,
 * each is brought up to s·n, s being the largest (n + a) / n over all of them (one scale for both
 * languages, so the intents' overall shares hold too). The extra examples then teach how people
 * phrase an intent, not how often they ask for it. Unchanged (weight 1) when there are none.
 */
export function withClassShares(
  templates: readonly WeightedExample[],
  added: readonly TrainingExample[],
): WeightedExample[] {
  const key = (example: TrainingExample) => `${example.lang}\t${example.intent}`;
  const counts = new Map<string, number>();
  const extra = new Map<string, number>();
  // Counts are weighted: base examples may already carry weights (external corpora, see withExternalShares).
  for (const example of templates)
    counts.set(key(example), (counts.get(key(example)) ?? 0) + (example.weight ?? 1));
  for (const example of added) extra.set(key(example), (extra.get(key(example)) ?? 0) + 1);
  let scale = 1;
  for (const [name, count] of counts) scale = Math.max(scale, (count + (extra.get(name) ?? 0)) / count);
  if (scale === 1) return [...templates];
  return templates.map((example) => {
    const count = counts.get(key(example)) as number;
    return {
      ...example,
      weight: ((example.weight ?? 1) * (scale * count - (extra.get(key(example)) ?? 0))) / count,
    };
  });
}
