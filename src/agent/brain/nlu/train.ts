import { createHash } from "node:crypto";
import type { Clock } from "../../../kernel/clock.ts";
import { expectedCalibrationError, fitTemperature } from "./calibrate.ts";
import { decideIntent } from "./decide.ts";
import type { Language } from "./intents.ts";
import { type IntentScore, LinearIntentModel, type SerializedModel } from "./linear-model.ts";
import { type LanguageMetrics, scorePredictions } from "./metrics.ts";
import { NLU_DATA_DIR } from "./paths.ts";
import { type TrainedWeights, type TrainerOptions, trainSoftmax } from "./sgd-trainer.ts";
import { splitByGroup, type TrainingExample, trainingExamples, withExternalShares } from "./training-data.ts";

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
  /** Corpora to leave out ("templates" or an external source), for leave-one-source-out evaluation. */
  excludeSources?: readonly string[];
  /** Share of examples also trained with a pleasantry around them (default 0.15). */
  pleasantryShare?: number;
  /** Trainer hyper-parameters other than seed and epochs (experiments; defaults otherwise). */
  trainer?: Partial<Omit<TrainerOptions, "seed" | "epochs">>;
  /** External rows of an intent count for at most this many times its template rows (default 0.5). */
  externalRatio?: number;
  /** Also train on the candidate corpora (`CANDIDATE_SOURCES`, e.g. Home Assistant's commands). */
  candidates?: boolean;
  /** Per-intent overrides of `externalRatio` (experiments). */
  externalRatioByIntent?: Partial<Record<string, number>>;
  /**
   * Members of a weight-averaged ensemble (default 1, a single model): member i expands the
   * templates and shuffles with seed + 1000·i, all share the seed's held-out split, and the model is
   * the mean of their weights (still one linear model: same format, same prediction cost).
   */
  members?: number;
}

/** The outcome of training: the model to save and what was measured on held-out templates. */
export interface TrainNluResult {
  model: SerializedModel;
  heldOut: Record<Language, LanguageMetrics>;
}

const systemClock: Clock = { now: () => Date.now() };

/** How much the external corpora may count against the templates of an intent (see `withExternalShares`). */
export const EXTERNAL_RATIO = 0.5;

/** A stable hash of a model's parameters: same seed and data give the same hash. */
export function modelHash(weights: TrainedWeights, threshold: number, temperature = 1): string {
  const hash = createHash("sha256");
  // Temperature 1 (uncalibrated) hashes as before calibration existed, so older versions keep their names.
  const calibration = temperature === 1 ? [] : [temperature];
  hash.update(
    JSON.stringify([
      weights.labels,
      weights.bias,
      weights.features,
      weights.weights,
      threshold,
      ...calibration,
    ]),
  );
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
  calibration: { threshold: number; temperature: number },
  metadata: SerializedModel["metadata"],
): SerializedModel {
  return {
    format: "dimple-nlu/1",
    buckets: 1 << 20,
    outOfScopeThreshold: calibration.threshold,
    temperature: calibration.temperature,
    ...weights,
    metadata,
  };
}

/** Picks the out-of-scope threshold that maximises mean macro-F1 over the languages on held-out rows. */
function tuneThreshold(rankings: readonly RankedExample[]): number {
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

/** A held-out row with the provisional model's calibrated ranking. */
export interface RankedExample {
  example: TrainingExample;
  ranking: IntentScore[];
}

/** What the held-out rows decide for the final model: its softmax temperature, then its out-of-scope threshold. */
export interface HeldOutCalibration {
  temperature: number;
  threshold: number;
  rankings: RankedExample[];
}

/**
 * Calibrates on held-out rows the provisional model never trained on (template groups and external
 * dialogues, out-of-scope text of both): first the temperature that makes its probabilities honest,
 * then, on those probabilities, the out-of-scope threshold.
 */
export function calibrateOnHeldOut(
  model: LinearIntentModel,
  heldOut: readonly TrainingExample[],
): HeldOutCalibration {
  const logits = heldOut.map((example) => model.logits(example.text));
  const temperature = fitTemperature(
    heldOut.map((example, index) => ({
      logits: logits[index] as Float64Array,
      gold: model.labels.indexOf(example.intent),
    })),
  );
  const rankings = heldOut.map((example, index) => ({
    example,
    ranking: model.rank(logits[index] as Float64Array, temperature),
  }));
  return { temperature, threshold: tuneThreshold(rankings), rankings };
}

/**
 * Trains the intent model: generates the template data, trains on most template groups, measures it
 * and calibrates temperature and out-of-scope threshold on the held-out groups, then retrains on everything.
 */
export function trainNluModel(options: TrainNluOptions = {}): TrainNluResult {
  const seed = options.seed ?? 7;
  const clock = options.clock ?? systemClock;
  const members = Array.from({ length: Math.max(1, options.members ?? 1) }, (_, index) =>
    memberData(options, seed + 1000 * index, seed),
  );
  const first = members[0] as MemberData;
  const { all, heldOut } = first;
  const trainMembers = (part: "train" | "weighted") =>
    averageWeights(
      members.map((member) =>
        trainSoftmax(member[part], {
          ...options.trainer,
          seed: member.seed,
          ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
        }),
      ),
    );

  const provisional = trainMembers("train");
  const placeholder = {
    version: "",
    createdAt: "",
    seed,
    dataHash: "",
    trainExamples: 0,
    heldOutExamples: 0,
    metrics: {},
  };
  const provisionalModel = new LinearIntentModel(
    toSerialized(provisional, { threshold: 0, temperature: 1 }, placeholder),
  );
  const { rankings, threshold, temperature } = calibrateOnHeldOut(provisionalModel, heldOut);
  const heldOutMetrics = {} as Record<Language, LanguageMetrics>;
  const calibrationError = {} as Record<Language, number>;
  for (const lang of ["zh", "en"] as const) {
    const rows = rankings.filter((row) => row.example.lang === lang);
    heldOutMetrics[lang] = scorePredictions(
      rows.map((row) => ({ gold: row.example.intent, predicted: decideIntent(row.ranking, threshold) })),
    );
    calibrationError[lang] = expectedCalibrationError(
      rows.map((row) => ({
        confidence: row.ranking[0]?.probability ?? 0,
        correct: row.ranking[0]?.intent === row.example.intent,
      })),
    );
  }

  const final = trainMembers("weighted");
  const hash = modelHash(final, threshold, temperature);
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
      heldOutCalibrationErrorZh: calibrationError.zh,
      heldOutCalibrationErrorEn: calibrationError.en,
      features: final.features.length,
    },
  };
  return { model: toSerialized(final, { threshold, temperature }, metadata), heldOut: heldOutMetrics };
}

interface MemberData {
  seed: number;
  all: TrainingExample[];
  weighted: TrainingExample[];
  train: TrainingExample[];
  heldOut: TrainingExample[];
}

/** One ensemble member's data: templates expanded with its seed, split into groups with the run's seed. */
function memberData(options: TrainNluOptions, seed: number, splitSeed: number): MemberData {
  const keepEvery = options.keepEvery ?? 1;
  const all = trainingExamples(seed, options.dataDir ?? NLU_DATA_DIR, {
    excludeSources: options.excludeSources ?? [],
    ...(options.candidates ? { candidates: true } : {}),
    ...(options.pleasantryShare === undefined ? {} : { pleasantryShare: options.pleasantryShare }),
  }).filter((_, index) => index % keepEvery === 0);
  const weighted = withExternalShares(
    all,
    options.externalRatio ?? EXTERNAL_RATIO,
    options.externalRatioByIntent,
  );
  const { train, heldOut } = splitByGroup(weighted, options.heldOutShare ?? 0.15, splitSeed);
  return { seed, all, weighted, train, heldOut };
}

/** The mean of several models' weights (a single model is returned as it is). */
export function averageWeights(models: readonly TrainedWeights[]): TrainedWeights {
  if (models.length === 1) return models[0] as TrainedWeights;
  const labels = (models[0] as TrainedWeights).labels;
  const width = labels.length;
  const sums = new Map<number, number[]>();
  for (const model of models)
    model.features.forEach((feature, row) => {
      const sum = sums.get(feature) ?? new Array<number>(width).fill(0);
      for (let label = 0; label < width; label++)
        sum[label] = (sum[label] as number) + (model.weights[row * width + label] as number);
      sums.set(feature, sum);
    });
  const features: number[] = [];
  const weights: number[] = [];
  for (const feature of [...sums.keys()].sort((a, b) => a - b)) {
    const row = (sums.get(feature) as number[]).map((value) => Math.round(value / models.length));
    // As in trainSoftmax: rows that round to near zero change no prediction.
    if (Math.max(...row.map(Math.abs)) < 5) continue;
    features.push(feature);
    weights.push(...row);
  }
  const bias = labels.map(
    (_, label) =>
      Math.round(
        (models.reduce((sum, model) => sum + (model.bias[label] as number), 0) / models.length) * 10000,
      ) / 10000,
  );
  return { labels, bias, features, weights };
}
