import { softmax } from "./linear-model.ts";

/** One held-out row for calibration: the model's raw scores and the index of the gold label. */
export interface CalibrationRow {
  logits: Float64Array;
  gold: number;
}

/** Temperatures tried, from sharpening (0.3) to flattening (3): a grid, so the fit is exact and deterministic. */
const TEMPERATURES = Array.from({ length: 55 }, (_, index) => Math.round((0.3 + index * 0.05) * 100) / 100);

function meanNegativeLogLikelihood(rows: readonly CalibrationRow[], temperature: number): number {
  let total = 0;
  for (const row of rows) {
    const probabilities = softmax(row.logits.map((score) => score / temperature));
    total -= Math.log(Math.max(probabilities[row.gold] as number, 1e-12));
  }
  return total / rows.length;
}

/**
 * Temperature scaling (Guo et al., 2017): the one softmax temperature that minimises the negative
 * log-likelihood of held-out rows. It never changes which label ranks first, only how sure the model
 * says it is; L2-regularised SGD on easy templates leaves the raw scores under-confident on new text.
 * Returns 1 when there are no rows.
 */
export function fitTemperature(rows: readonly CalibrationRow[]): number {
  if (rows.length === 0) return 1;
  let best = { temperature: 1, loss: meanNegativeLogLikelihood(rows, 1) };
  for (const temperature of TEMPERATURES) {
    const loss = meanNegativeLogLikelihood(rows, temperature);
    if (loss < best.loss - 1e-9) best = { temperature, loss };
  }
  return best.temperature;
}

/**
 * Expected calibration error over ten equal-width confidence bins: the row-weighted mean gap between
 * the top probability and how often the top label is right. 0 is perfectly calibrated.
 */
export function expectedCalibrationError(
  predictions: readonly { confidence: number; correct: boolean }[],
): number {
  if (predictions.length === 0) return 0;
  const bins = Array.from({ length: 10 }, () => ({ confidence: 0, correct: 0 }));
  for (const prediction of predictions) {
    const bin = bins[Math.min(9, Math.floor(prediction.confidence * 10))] as (typeof bins)[number];
    bin.confidence += prediction.confidence;
    bin.correct += prediction.correct ? 1 : 0;
  }
  const gap = bins.reduce((sum, bin) => sum + Math.abs(bin.confidence - bin.correct), 0);
  return Math.round((gap / predictions.length) * 10000) / 10000;
}
