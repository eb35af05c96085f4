import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LabelledRow, readLabelledRows } from "../../agent/brain/nlu/labelled-rows.ts";
import { LinearIntentModel } from "../../agent/brain/nlu/linear-model.ts";
import { DEFAULT_MODEL_PATH, NLU_DATA_DIR } from "../../agent/brain/nlu/paths.ts";
import { ModelRegistry } from "../../agent/brain/nlu/registry.ts";
import { useTestWorld } from "../../ecosystem/world/testing.ts";
import type { Persona } from "../simulate/personas.ts";
import { simulateTraffic } from "../simulate/simulator.ts";
import { retrainFromFlywheel } from "./retrain.ts";

// The gate at full size: the real base (templates and public corpora), the shipped model as the one to
// beat, and the repository's held-out corpora (data/nlu/heldout, never trained on) as the labelled check.
// People who talk colloquially, change cards now and then, rephrase when misunderstood, and share.
const PEOPLE: Persona[] = (["zh", "en"] as const).map((lang) => ({
  name: `month-${lang}`,
  lang,
  share: 0.5,
  dailyActivity: 0.6,
  goals: { order_delivery: 3, weather: 2, route: 1, search_events: 1, wallet_balance: 1, ride_hail: 1 },
  colloquial: 0.8,
  typo: 0,
  correct: 0.3,
  confirm: 0.9,
  rephrase: 1,
  feedback: 0.1,
  consent: 1,
  churn: 0,
}));

const heldOutRows = (): LabelledRow[] =>
  ["zh", "en"].flatMap((lang) => readLabelledRows(join(NLU_DATA_DIR, "heldout", `${lang}.jsonl`)));

describe("the promotion gate on the real base", () => {
  const world = useTestWorld("sqlite");
  const shipped = LinearIntentModel.fromJson(readFileSync(DEFAULT_MODEL_PATH, "utf8"), "shipped");

  beforeAll(async () => {
    await simulateTraffic(world(), { users: 80, days: 7, seed: 5, personas: PEOPLE });
  }, 240_000);

  it("promotes a retrain on simulated traffic with corrections because it reads held-out phrasings better", async () => {
    const registryDir = mkdtempSync(join(tmpdir(), "dimple-nlu-"));
    const report = await retrainFromFlywheel(world().context, { registryDir, devRows: heldOutRows() });
    expect(report.previous).toBe(shipped.metadata.version);
    expect(report.examples.bySource.correction ?? 0).toBeGreaterThan(0);
    expect(report.examples.heldOut).toBeGreaterThanOrEqual(10);
    // Better where the flywheel speaks: phrasings the new model never trained on (both languages
    // together, neither worse) …
    const correct = (side: "before" | "after") =>
      (["zh", "en"] as const).reduce((sum, lang) => {
        const scores = report.flywheelHeldOut[side][lang];
        return sum + (scores ? Math.round(scores.accuracy * scores.n) : 0);
      }, 0);
    expect(correct("after")).toBeGreaterThan(correct("before"));
    for (const lang of ["zh", "en"] as const)
      expect(report.flywheelHeldOut.after[lang]?.accuracy ?? 0).toBeGreaterThanOrEqual(
        report.flywheelHeldOut.before[lang]?.accuracy ?? 0,
      );
    // … and no worse on the public corpora's held-out dialogues.
    for (const lang of ["zh", "en"] as const)
      expect(report.dev.after[lang]?.macroF1 ?? 0).toBeGreaterThanOrEqual(
        (report.dev.before[lang]?.macroF1 ?? 1) - 0.005,
      );
    expect(report.reasons).toEqual([]);
    expect(report.promoted).toBe(true);
    expect(new ModelRegistry(registryDir).currentVersion()).toBe(report.version);
  }, 300_000);

  it("refuses a worse retrain of the same traffic (one pass over the data) and keeps the shipped model", async () => {
    const registryDir = mkdtempSync(join(tmpdir(), "dimple-nlu-"));
    const report = await retrainFromFlywheel(world().context, {
      registryDir,
      devRows: heldOutRows(),
      epochs: 1,
    });
    expect(report.promoted).toBe(false);
    expect(report.reasons.some((reason) => reason.startsWith("dev "))).toBe(true);
    expect(new ModelRegistry(registryDir).currentVersion()).toBe(shipped.metadata.version);
  }, 300_000);
});
