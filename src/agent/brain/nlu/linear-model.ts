import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import { FEATURE_BUCKETS, featureVector } from "./features.ts";
import { INTENTS, type Intent } from "./intents.ts";

/** Weights are stored as integers of this many parts per unit: JSON stays small, accuracy unchanged. */
export const WEIGHT_SCALE = 1000;

/** An array of integers, each passing `ok`, checked in one plain loop. */
function integerArray(name: string, ok: (value: number) => boolean) {
  return z.custom<number[]>(
    (value) => {
      if (!Array.isArray(value)) return false;
      for (const item of value) if (!Number.isInteger(item) || !ok(item as number)) return false;
      return true;
    },
    { message: `${name} must be an array of integers` },
  );
}

/** Metadata recorded with every trained model version. */
export const modelMetadataSchema = z.object({
  version: z.string(),
  createdAt: z.string(),
  seed: z.number().int(),
  dataHash: z.string(),
  trainExamples: z.number().int(),
  heldOutExamples: z.number().int(),
  metrics: z.record(z.string(), z.number()),
});
export type ModelMetadata = z.infer<typeof modelMetadataSchema>;

/** The on-disk form of a model: sparse rows of integer weights for the hashed features that survived pruning. */
export const serializedModelSchema = z.object({
  format: z.literal("dimple-nlu/1"),
  labels: z.array(z.enum(INTENTS)),
  buckets: z.number().int().positive(),
  outOfScopeThreshold: z.number().min(0).max(1),
  /**
   * Softmax temperature fitted on held-out rows so probabilities match how often the model is right
   * (absent in models trained before calibration: 1, the raw scores).
   */
  temperature: z.number().positive().optional(),
  bias: z.array(z.number()),
  // Hundreds of thousands of integers: one loop each instead of a zod schema per element (load time).
  features: integerArray("features", (value) => value >= 0),
  weights: integerArray("weights", () => true),
  metadata: modelMetadataSchema,
});
export type SerializedModel = z.infer<typeof serializedModelSchema>;

/** One intent with its probability. */
export interface IntentScore {
  intent: Intent;
  probability: number;
}

/**
 * A multinomial logistic regression over hashed features, ready for inference. Rows are found by a
 * binary search over the sorted feature buckets, so a prediction touches only the utterance's
 * features (a few dozen) times the 13 labels: microseconds, not milliseconds.
 *
 * Held compactly (a server keeps it for its lifetime): the buckets as one `Uint32Array` and the
 * weights as the model file's integers (`Int16Array` when they fit), each read back as the float32
 * of weight / WEIGHT_SCALE — the very value a `Float32Array` of the divided weights held. 66k rows ×
 * 13 labels: 2.0 MB instead of 7.1 MB (a `Map` of rows and a `Float32Array`; docs/BENCHMARKS.md, session 14).
 */
export class LinearIntentModel {
  readonly labels: readonly Intent[];
  readonly outOfScopeThreshold: number;
  readonly temperature: number;
  readonly metadata: ModelMetadata;
  readonly #bias: Float32Array;
  /** Integer weights (× WEIGHT_SCALE), one row of `labels.length` per entry of `#features`. */
  readonly #weights: Int16Array | Int32Array;
  /** Feature buckets with a row, ascending. */
  readonly #features: Uint32Array;

  constructor(serialized: SerializedModel) {
    if (serialized.buckets !== FEATURE_BUCKETS) {
      throw new DimpleError(
        "invalid_model",
        `model uses ${serialized.buckets} feature buckets, expected ${FEATURE_BUCKETS}`,
      );
    }
    const width = serialized.labels.length;
    if (
      serialized.bias.length !== width ||
      serialized.weights.length !== serialized.features.length * width
    ) {
      throw new DimpleError("invalid_model", "model weights do not match its labels and features");
    }
    this.labels = serialized.labels;
    this.outOfScopeThreshold = serialized.outOfScopeThreshold;
    this.temperature = serialized.temperature ?? 1;
    this.metadata = serialized.metadata;
    this.#bias = Float32Array.from(serialized.bias);
    const source = serialized.weights;
    // Rows in ascending bucket order; a bucket listed twice keeps its last row, as a Map would.
    const last = new Map<number, number>();
    serialized.features.forEach((feature, index) => {
      last.set(feature, index);
    });
    const order = [...last.entries()].sort((a, b) => a[0] - b[0]);
    let small = true;
    for (const weight of source) if (weight < -32768 || weight > 32767) small = false;
    const weights = small ? new Int16Array(order.length * width) : new Int32Array(order.length * width);
    const features = new Uint32Array(order.length);
    order.forEach(([feature, index], row) => {
      features[row] = feature;
      for (let label = 0; label < width; label++)
        weights[row * width + label] = source[index * width + label] as number;
    });
    this.#weights = weights;
    this.#features = features;
  }

  /** The first weight of a bucket's row, or -1 when the bucket has none. */
  #offset(feature: number): number {
    const features = this.#features;
    let low = 0;
    let high = features.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = features[middle] as number;
      if (found === feature) return middle * this.labels.length;
      if (found < feature) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Parses and validates a model from JSON text; a broken file is an `invalid_model` error, not a crash. */
  static fromJson(text: string, source: string): LinearIntentModel {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new DimpleError("invalid_model", `${source} is not valid JSON`, { cause: error });
    }
    const parsed = serializedModelSchema.safeParse(raw);
    if (!parsed.success) {
      throw new DimpleError(
        "invalid_model",
        `${source} is not a dimple-nlu/1 model: ${parsed.error.issues[0]?.message}`,
      );
    }
    return new LinearIntentModel(parsed.data);
  }

  /** Probabilities of every label for one utterance (calibrated by the model's temperature), highest first. */
  predict(text: string): IntentScore[] {
    return this.rank(this.logits(text), this.temperature);
  }

  /** The raw linear scores of every label, in `labels` order (before temperature and softmax). */
  logits(text: string): Float64Array {
    const vector = featureVector(text);
    const width = this.labels.length;
    const scores = Float64Array.from(this.#bias);
    for (const feature of vector.indices) {
      const offset = this.#offset(feature);
      if (offset < 0) continue;
      for (let label = 0; label < width; label++) {
        const weight = Math.fround((this.#weights[offset + label] as number) / WEIGHT_SCALE);
        scores[label] = (scores[label] as number) + weight * vector.value;
      }
    }
    return scores;
  }

  /** Scores turned into probabilities at a temperature, highest first. */
  rank(logits: Float64Array, temperature: number): IntentScore[] {
    const probabilities = softmax(logits.map((score) => score / temperature));
    return this.labels
      .map((intent, index) => ({ intent, probability: probabilities[index] as number }))
      .sort((a, b) => b.probability - a.probability);
  }
}

/** Numerically stable softmax. */
export function softmax(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) if (score > max) max = score;
  const result = new Float64Array(scores.length);
  let sum = 0;
  for (let index = 0; index < scores.length; index++) {
    const value = Math.exp((scores[index] as number) - max);
    result[index] = value;
    sum += value;
  }
  for (let index = 0; index < result.length; index++) result[index] = (result[index] as number) / sum;
  return result;
}
