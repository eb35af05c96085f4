import { readFileSync } from "node:fs";
import { DimpleError } from "../../../kernel/errors.ts";
import { decideIntent } from "./decide.ts";
import { greetingRanking, isBareGreeting } from "./greetings.ts";
import type { Intent } from "./intents.ts";
import { type IntentScore, LinearIntentModel } from "./linear-model.ts";
import { DEFAULT_MODEL_PATH, DEFAULT_REGISTRY_DIR } from "./paths.ts";
import { ModelRegistry } from "./registry.ts";

/** Where to load a model from: an explicit file, else the registry's current version, else the shipped default. */
export interface LoadNluModelOptions {
  path?: string;
  registryDir?: string;
}

const cache = new Map<string, LinearIntentModel>();

/**
 * How long a resolved registry pointer is trusted. Every turn classifies; reading the registry's
 * `current` file each time cost more than the classification. A model promoted or rolled back by
 * another process (`dimple nlu train`, `dimple nlu rollback`) is picked up within this time.
 */
const POINTER_TTL_MS = 2000;
const pointers = new Map<string, { path: string; readAt: number }>();

/** Resolves which model file `loadNluModel` would read. */
export function resolveModelPath(options: LoadNluModelOptions = {}): string {
  if (options.path) return options.path;
  const directory = options.registryDir ?? DEFAULT_REGISTRY_DIR;
  const now = performance.now();
  const known = pointers.get(directory);
  if (known && now - known.readAt < POINTER_TTL_MS) return known.path;
  const registry = new ModelRegistry(directory);
  const current = registry.currentVersion();
  const path = current ? registry.versionPath(current) : DEFAULT_MODEL_PATH;
  pointers.set(directory, { path, readAt: now });
  return path;
}

/** Loads (once per path, then cached) the intent model. */
export function loadNluModel(options: LoadNluModelOptions = {}): LinearIntentModel {
  const path = resolveModelPath(options);
  const cached = cache.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DimpleError("not_found", `no NLU model at ${path}; run "dimple nlu train"`, {
      status: 404,
      cause: error,
    });
  }
  const model = LinearIntentModel.fromJson(text, path);
  cache.set(path, model);
  return model;
}

/** Forgets cached models, e.g. after training a new version in the same process. */
export function clearNluModelCache(): void {
  cache.clear();
  pointers.clear();
}

/** The classifier's verdict on one utterance. */
export interface Classification {
  intent: Intent;
  confidence: number;
  ranking: IntentScore[];
}

/** Classifies one utterance with the given model (default: `loadNluModel()`), applying the out-of-scope threshold. */
export function classify(text: string, model: LinearIntentModel = loadNluModel()): Classification {
  const predicted = model.predict(text);
  const ranking = isBareGreeting(text) ? greetingRanking(predicted) : predicted;
  return {
    intent: decideIntent(ranking, model.outOfScopeThreshold),
    confidence: ranking[0]?.probability ?? 0,
    ranking: ranking.slice(0, 3),
  };
}
