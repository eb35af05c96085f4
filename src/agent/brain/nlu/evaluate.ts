import type { Language } from "./intents.ts";
import type { LabelledRow } from "./labelled-rows.ts";
import type { LinearIntentModel } from "./linear-model.ts";
import { type LanguageMetrics, scorePredictions } from "./metrics.ts";
import { classify } from "./model-store.ts";

/** The `dimple eval nlu --json` object: totals, then metrics per language present in the data. */
export interface EvaluationReport {
  n: number;
  byLang: Partial<Record<Language, LanguageMetrics>>;
}

/** Scores the model's decisions (threshold applied) on gold rows, per language. */
export function evaluateRows(rows: readonly LabelledRow[], model?: LinearIntentModel): EvaluationReport {
  const byLang: EvaluationReport["byLang"] = {};
  for (const lang of ["en", "zh"] as const) {
    const subset = rows.filter((row) => row.lang === lang);
    if (subset.length === 0) continue;
    byLang[lang] = scorePredictions(
      subset.map((row) => ({ gold: row.intent, predicted: classify(row.text, model).intent })),
    );
  }
  return { n: rows.length, byLang };
}
