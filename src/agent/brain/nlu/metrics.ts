import type { Intent } from "./intents.ts";

/** Precision and recall of one intent, with the number of gold rows that carry it. */
export interface IntentMetrics {
  precision: number;
  recall: number;
  n: number;
}

/** Scores of one language, in the shape `dimple eval nlu --json` prints. */
export interface LanguageMetrics {
  n: number;
  accuracy: number;
  macroF1: number;
  oosRecall: number;
  perIntent: Record<string, IntentMetrics>;
}

const round = (value: number) => Math.round(value * 10000) / 10000;

/**
 * Accuracy, per-intent precision/recall and macro-F1 over the intents present in the gold labels
 * (a prediction of an absent intent still costs the gold intent its recall). oosRecall is the
 * recall of out_of_scope, or 0 when the set has none.
 */
export function scorePredictions(pairs: readonly { gold: Intent; predicted: Intent }[]): LanguageMetrics {
  const gold = new Map<string, number>();
  const predicted = new Map<string, number>();
  const correct = new Map<string, number>();
  for (const pair of pairs) {
    gold.set(pair.gold, (gold.get(pair.gold) ?? 0) + 1);
    predicted.set(pair.predicted, (predicted.get(pair.predicted) ?? 0) + 1);
    if (pair.gold === pair.predicted) correct.set(pair.gold, (correct.get(pair.gold) ?? 0) + 1);
  }
  const perIntent: Record<string, IntentMetrics> = {};
  let f1Sum = 0;
  for (const intent of [...gold.keys()].sort()) {
    const hits = correct.get(intent) ?? 0;
    const precision = hits === 0 ? 0 : hits / (predicted.get(intent) ?? 1);
    const recall = hits / (gold.get(intent) as number);
    f1Sum += precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perIntent[intent] = { precision: round(precision), recall: round(recall), n: gold.get(intent) as number };
  }
  const totalCorrect = [...correct.values()].reduce((sum, value) => sum + value, 0);
  return {
    n: pairs.length,
    accuracy: pairs.length === 0 ? 0 : round(totalCorrect / pairs.length),
    macroF1: gold.size === 0 ? 0 : round(f1Sum / gold.size),
    oosRecall: perIntent.out_of_scope?.recall ?? 0,
    perIntent,
  };
}
