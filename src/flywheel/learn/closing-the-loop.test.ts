import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateRows } from "../../agent/brain/nlu/evaluate.ts";
import { type LabelledRow, readLabelledRows } from "../../agent/brain/nlu/labelled-rows.ts";
import { LinearIntentModel } from "../../agent/brain/nlu/linear-model.ts";
import { ModelRegistry } from "../../agent/brain/nlu/registry.ts";
import { useTestWorld } from "../../ecosystem/world/testing.ts";
import { SeededRandom } from "../../kernel/random.ts";
import { computeAnalytics } from "../analytics/report.ts";
import { loadCorpus } from "../corpus.ts";
import type { Persona } from "../simulate/personas.ts";
import { colloquialPhrase, type Goal, hasColloquial } from "../simulate/phrases.ts";
import { simulateTraffic } from "../simulate/simulator.ts";
import { acceptedExamples } from "./examples.ts";
import { retrainFromFlywheel, rollbackModel } from "./retrain.ts";
import { trainWith } from "./train-with.ts";

// People who talk colloquially, say it again plainly when misunderstood, and share their data.
const TALKERS: Persona[] = (["zh", "en"] as const).map((lang) => ({
  name: `colloquial-${lang}`,
  lang,
  share: 1,
  dailyActivity: 0.9,
  goals: { order_delivery: 3, weather: 2, route: 1, search_events: 1, wallet_balance: 1, ride_hail: 1 },
  colloquial: 0.9,
  typo: 0,
  correct: 0,
  confirm: 1,
  rephrase: 1,
  feedback: 0.1,
  consent: 1,
  churn: 0,
}));
const GOALS: Goal[] = ["order_delivery", "weather", "route", "search_events", "wallet_balance", "ride_hail"];
const TINY = { keepEvery: 6, epochs: 4 };
// Plainly worded requests, for gate tests that must not depend on ../shared being there.
const PLAIN_ROWS: LabelledRow[] = [
  { text: "帮我点一杯拿铁送到公司", lang: "zh", intent: "order_delivery" },
  { text: "明天杭州会下雨吗", lang: "zh", intent: "weather" },
  { text: "叫个车去杭州东站", lang: "zh", intent: "ride_hail" },
  { text: "我的钱包还有多少钱", lang: "zh", intent: "wallet_balance" },
  { text: "order a latte to my office", lang: "en", intent: "order_delivery" },
  { text: "will it rain tomorrow", lang: "en", intent: "weather" },
  { text: "get me a taxi to the airport", lang: "en", intent: "ride_hail" },
  { text: "how much money is left in my wallet", lang: "en", intent: "wallet_balance" },
  { text: "any concerts this weekend", lang: "en", intent: "search_events" },
  { text: "how do I get to West Lake from home", lang: "en", intent: "route" },
];
const devDir = join(import.meta.dirname, "../../../../shared/data/nlu-dev");

describe("closing the loop", () => {
  const world = useTestWorld("sqlite");
  let turns = 0;

  beforeAll(async () => {
    const { stats } = await simulateTraffic(world(), { users: 30, days: 3, seed: 11, personas: TALKERS });
    turns = stats.turns;
  }, 120_000);

  it("fills the analytics with figures that agree with the world's own records", async () => {
    const { db } = world().context;
    const report = await computeAnalytics(world().context);
    const tasks = await db.selectFrom("agent_tasks").selectAll().where("user_id", "like", "u_t%").execute();
    const completed = tasks.filter((task) => task.status === "completed" && task.kind !== "cancel_order");
    const sessions = await db.selectFrom("flywheel_turns").select("session_id").distinct().execute();
    expect(report.latencyMs.turns).toBe(turns);
    expect(report.users.total).toBe(30);
    expect(report.users.mau).toBe(30);
    expect(report.users.dau).toBeGreaterThan(0);
    expect(report.usesPerUserPerMonth).toBeCloseTo(sessions.length / 30, 3);
    expect(report.funnel.delivered).toBe(completed.length);
    expect(report.funnel.quote).toBeGreaterThanOrEqual(report.funnel.confirm);
    expect(report.funnel.confirm).toBeGreaterThanOrEqual(report.funnel.paid);
    expect(report.funnel.paid).toBeGreaterThanOrEqual(report.funnel.delivered);
    expect(report.gmv.grossFen).toBe(tasks.reduce((sum, task) => sum + task.paid_fen, 0));
    expect(report.failureReasons.misunderstood).toBeGreaterThan(0);
    expect(report.latencyMs.p50).toBeLessThanOrEqual(report.latencyMs.p99);
  });

  it("turns simulated traffic with corrections into a retrained NLU that scores higher on held-out words", async () => {
    const corpus = await loadCorpus(world().context);
    const accepted = acceptedExamples(corpus);
    expect(accepted.filter((example) => example.source === "correction").length).toBeGreaterThanOrEqual(8);
    expect(accepted.filter((example) => example.source === "completed_task").length).toBeGreaterThan(0);

    // Held out: colloquial words nobody said in the simulation, labelled by the goal behind them.
    const said = new Set([...corpus.turns.values()].map((turn) => turn.text));
    const random = new SeededRandom(999);
    const heldOut: LabelledRow[] = [];
    for (const lang of ["zh", "en"] as const)
      for (const goal of GOALS)
        for (let index = 0; index < 12 && hasColloquial(goal, lang); index++) {
          const text = colloquialPhrase(goal, lang, random);
          if (!said.has(text)) heldOut.push({ text, lang, intent: goal });
        }
    expect(heldOut.length).toBeGreaterThan(40);

    const before = new LinearIntentModel(trainWith([], { seed: 7, now: 0, ...TINY }));
    const devRows = existsSync(join(devDir, "zh.jsonl"))
      ? [...readLabelledRows(join(devDir, "zh.jsonl")), ...readLabelledRows(join(devDir, "en.jsonl"))].filter(
          (_, index) => index % 10 === 0,
        )
      : [];
    const registryDir = mkdtempSync(join(tmpdir(), "dimple-nlu-"));
    const report = await retrainFromFlywheel(world().context, {
      registryDir,
      devRows,
      baseline: before,
      ...TINY,
    });
    expect(report.examples.train).toBeGreaterThan(0);
    const registry = new ModelRegistry(registryDir);
    const after = LinearIntentModel.fromJson(
      (await import("node:fs")).readFileSync(registry.versionPath(report.version), "utf8"),
      "retrained",
    );
    const accuracy = (model: LinearIntentModel) => {
      const scores = evaluateRows(heldOut, model).byLang;
      return (
        ((scores.zh?.accuracy ?? 0) * (scores.zh?.n ?? 0) +
          (scores.en?.accuracy ?? 0) * (scores.en?.n ?? 0)) /
        heldOut.length
      );
    };
    expect(accuracy(after)).toBeGreaterThan(accuracy(before) + 0.05);

    // The gate decided on measurements, and a promoted version can be rolled back in one call.
    expect(report.promoted).toBe(report.reasons.length === 0);
    if (report.promoted) {
      expect(registry.currentVersion()).toBe(report.version);
      const rolled = await rollbackModel(world().context, registryDir);
      expect(rolled.to).toBe(report.previous);
      expect(registry.currentVersion()).toBe(report.previous);
    }
  }, 120_000);

  it("refuses to promote a version that scores worse than the current one", async () => {
    const registryDir = mkdtempSync(join(tmpdir(), "dimple-nlu-"));
    // The current model is a full one; a model trained on a sixth of the data, briefly, is worse on the dev rows.
    const strong = new LinearIntentModel(trainWith([], { seed: 7, now: 0, keepEvery: 1, epochs: 6 }));
    const report = await retrainFromFlywheel(world().context, {
      registryDir,
      devRows: PLAIN_ROWS,
      baseline: strong,
      keepEvery: 40,
      epochs: 1,
    });
    expect(report.promoted).toBe(false);
    expect(report.reasons.length).toBeGreaterThan(0);
    expect(new ModelRegistry(registryDir).currentVersion()).toBe(report.previous);
  }, 180_000); // trains a full model first: 84 s once on a machine at load 15

  it("promotes a version that scores better on both sets, and rolls it back in one call", async () => {
    const registryDir = mkdtempSync(join(tmpdir(), "dimple-nlu-"));
    const weak = new LinearIntentModel(trainWith([], { seed: 7, now: 0, keepEvery: 40, epochs: 1 }));
    const report = await retrainFromFlywheel(world().context, {
      registryDir,
      devRows: PLAIN_ROWS,
      baseline: weak,
      ...TINY,
    });
    expect(report.reasons).toEqual([]);
    expect(report.promoted).toBe(true);
    const registry = new ModelRegistry(registryDir);
    expect(registry.currentVersion()).toBe(report.version);
    const versions = await world()
      .context.db.selectFrom("flywheel_model_versions")
      .select(["previous", "promoted"])
      .where("version", "=", report.version)
      .executeTakeFirstOrThrow();
    expect(versions).toEqual({ previous: report.previous, promoted: 1 });

    expect(await rollbackModel(world().context, registryDir)).toEqual({
      from: report.version,
      to: report.previous,
    });
    expect(registry.currentVersion()).toBe(report.previous);
    // The shipped model it went back to was not made by the flywheel: there is nothing further back.
    await expect(rollbackModel(world().context, registryDir)).rejects.toMatchObject({ code: "not_found" });
  }, 60_000);

  it("never promotes without the dev set to check against, however well the flywheel examples score", async () => {
    const registryDir = mkdtempSync(join(tmpdir(), "dimple-nlu-"));
    const weak = new LinearIntentModel(trainWith([], { seed: 7, now: 0, keepEvery: 40, epochs: 1 }));
    const report = await retrainFromFlywheel(world().context, {
      registryDir,
      devRows: [],
      baseline: weak,
      ...TINY,
    });
    expect(report.dev.after).toEqual({});
    expect(report.reasons).toContain("no dev set to check against (pass --dev DIR)");
    expect(report.promoted).toBe(false);
    expect(new ModelRegistry(registryDir).currentVersion()).toBe(report.previous);
  }, 60_000);
});
