import { describe, expect, it } from "vitest";
import { expectedCalibrationError, fitTemperature } from "./calibrate.ts";

const row = (scores: number[], gold: number) => ({ logits: Float64Array.from(scores), gold });

describe("temperature scaling", () => {
  it("sharpens a model that is always right but timid (temperature below 1)", () => {
    const rows = Array.from({ length: 50 }, () => row([1, 0, 0], 0));
    expect(fitTemperature(rows)).toBeLessThan(1);
  });

  it("flattens a model that is confidently wrong a third of the time (temperature above 1)", () => {
    const rows = Array.from({ length: 60 }, (_, index) => row([4, 0, 0], index % 3 === 0 ? 1 : 0));
    expect(fitTemperature(rows)).toBeGreaterThan(1);
  });

  it("keeps the raw scores when there is nothing to calibrate on", () => {
    expect(fitTemperature([])).toBe(1);
  });
});

describe("expected calibration error", () => {
  it("is zero when confidence matches how often the model is right", () => {
    const predictions = [true, true, true, false].map((correct) => ({ confidence: 0.75, correct }));
    expect(expectedCalibrationError(predictions)).toBe(0);
  });

  it("is the gap between confidence and accuracy for an overconfident model", () => {
    const predictions = Array.from({ length: 10 }, (_, index) => ({ confidence: 0.95, correct: index < 5 }));
    expect(expectedCalibrationError(predictions)).toBeCloseTo(0.45, 4);
  });
});
