import type { Intent } from "./intents.ts";
import type { IntentScore } from "./linear-model.ts";

/**
 * The intent to act on: the top label, unless its probability is under the out-of-scope threshold,
 * in which case the utterance is treated as out_of_scope (the model is unsure it is anything we do).
 */
export function decideIntent(ranking: readonly IntentScore[], outOfScopeThreshold: number): Intent {
  const top = ranking[0];
  if (!top) return "out_of_scope";
  return top.probability < outOfScopeThreshold ? "out_of_scope" : top.intent;
}
