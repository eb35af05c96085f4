import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SimulatedClock } from "../../../kernel/clock.ts";
import { LinearIntentModel } from "./linear-model.ts";
import { clearNluModelCache, loadNluModel } from "./model-store.ts";
import { ModelRegistry } from "./registry.ts";
import { averageWeights, modelHash, trainNluModel } from "./train.ts";
import { generateTrainingExamples, splitByGroup } from "./training-data.ts";

// A quarter of the generated data and a few epochs: enough to learn, fast enough for a unit test.
const quick = { keepEvery: 4, epochs: 4 };
const clock = new SimulatedClock();
const first = trainNluModel({ seed: 3, clock, ...quick });
const directory = mkdtempSync(join(tmpdir(), "dimple-nlu-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const hashOf = (result: typeof first) =>
  modelHash(
    {
      labels: result.model.labels,
      bias: result.model.bias,
      features: result.model.features,
      weights: result.model.weights,
    },
    result.model.outOfScopeThreshold,
  );

describe("NLU training", () => {
  it("gives the same model for the same seed and data", () => {
    const again = trainNluModel({ seed: 3, clock, ...quick });
    expect(hashOf(again)).toBe(hashOf(first));
    expect(again.model.metadata.version).toBe(first.model.metadata.version);
  });

  it("gives a different model for a different seed", () => {
    expect(hashOf(trainNluModel({ seed: 4, clock, ...quick }))).not.toBe(hashOf(first));
  });

  it("classifies held-out templates it never saw well above chance in both languages", () => {
    // 13 labels: chance is under 0.1; a quarter-size quick model still generalises to new phrasings.
    expect(first.heldOut.zh.accuracy).toBeGreaterThan(0.5);
    expect(first.heldOut.en.accuracy).toBeGreaterThan(0.5);
  });

  it("records version, clock date, data hash and metrics in the metadata", () => {
    const { metadata } = first.model;
    expect(metadata.createdAt).toBe(new Date(clock.now()).toISOString());
    expect(metadata.version).toMatch(/^20261126-010000-[0-9a-f]{8}$/u);
    expect(metadata.dataHash).toMatch(/^[0-9a-f]{16}$/u);
    expect(metadata.metrics.heldOutMacroF1Zh).toBe(first.heldOut.zh.macroF1);
  });

  it("calibrates its probabilities on held-out rows: a fitted temperature and a small calibration error", () => {
    const { temperature, metadata } = first.model;
    expect(temperature).toBeGreaterThan(0);
    expect(temperature).not.toBe(1);
    expect(metadata.metrics.heldOutCalibrationErrorEn).toBeLessThan(0.1);
    expect(metadata.metrics.heldOutCalibrationErrorZh).toBeLessThan(0.1);
  });

  it("averages an ensemble's weights feature by feature, dropping rows that round to nothing", () => {
    const labels = first.model.labels;
    const width = labels.length;
    const row = (value: number) => new Array<number>(width).fill(value);
    const a = { labels, bias: row(1), features: [3, 9], weights: [...row(10), ...row(6)] };
    const b = { labels, bias: row(0), features: [3, 12], weights: [...row(20), ...row(40)] };
    expect(averageWeights([a])).toBe(a);
    // Feature 9 averages to 3 (below the pruning floor of 5), 3 to 15, 12 to 20.
    expect(averageWeights([a, b])).toEqual({
      labels,
      bias: row(0.5),
      features: [3, 12],
      weights: [...row(15), ...row(20)],
    });
  });

  it("trains a weight-averaged ensemble that is one model of the same format, reproducible", () => {
    const tiny = { seed: 3, clock, members: 2, keepEvery: 8, epochs: 2 };
    const ensemble = trainNluModel(tiny);
    expect(hashOf(ensemble)).not.toBe(hashOf(first));
    expect(hashOf(trainNluModel(tiny))).toBe(hashOf(ensemble));
    expect(ensemble.model.format).toBe(first.model.format);
    // An eighth of the data and two passes: well above chance (13 intents), not a good model.
    expect(ensemble.heldOut.zh.accuracy).toBeGreaterThan(0.25);
    expect(ensemble.heldOut.en.accuracy).toBeGreaterThan(0.25);
  }, 180_000);

  it("never puts one template on both sides of the held-out split", () => {
    const { train, heldOut } = splitByGroup(generateTrainingExamples(3), 0.15, 3);
    const trainGroups = new Set(train.map((example) => example.group));
    expect(heldOut.length).toBeGreaterThan(0);
    expect(heldOut.some((example) => trainGroups.has(example.group))).toBe(false);
  });

  it("saves versions in a registry whose current version loadNluModel prefers", () => {
    const registry = new ModelRegistry(directory);
    registry.save(first.model);
    expect(registry.currentVersion()).toBe(first.model.metadata.version);
    expect(registry.list()).toEqual([first.model.metadata.version]);
    clearNluModelCache();
    const loaded = loadNluModel({ registryDir: directory });
    expect(loaded.metadata.version).toBe(first.model.metadata.version);
    expect(loadNluModel({ registryDir: directory })).toBe(loaded);
  });

  it("rejects a model file that is not a dimple-nlu model with a clear error", () => {
    expect(() => LinearIntentModel.fromJson('{"format":"other"}', "x.json")).toThrow(
      /x\.json is not a dimple-nlu\/1 model/u,
    );
    expect(() => LinearIntentModel.fromJson("{", "y.json")).toThrow(/y\.json is not valid JSON/u);
  });
});
