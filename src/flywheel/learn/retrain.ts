import { existsSync, readFileSync } from "node:fs";
import { evaluateRows } from "../../agent/brain/nlu/evaluate.ts";
import { hashString } from "../../agent/brain/nlu/features.ts";
import type { LabelledRow } from "../../agent/brain/nlu/labelled-rows.ts";
import { LinearIntentModel, type SerializedModel } from "../../agent/brain/nlu/linear-model.ts";
import type { LanguageMetrics } from "../../agent/brain/nlu/metrics.ts";
import { clearNluModelCache, loadNluModel } from "../../agent/brain/nlu/model-store.ts";
import { normalizeText } from "../../agent/brain/nlu/normalize.ts";
import { DEFAULT_MODEL_PATH } from "../../agent/brain/nlu/paths.ts";
import { ModelRegistry } from "../../agent/brain/nlu/registry.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { loadCorpus } from "../corpus.ts";
import { type AcceptedExample, acceptedExamples } from "./examples.ts";
import { trainWith } from "./train-with.ts";

export interface RetrainOptions {
  registryDir: string;
  /** The development set: measured, never trained on (its texts are also kept out of the training data). */
  devRows: readonly LabelledRow[];
  seed?: number;
  /** Share of accepted flywheel examples held out to measure the gain (default 0.25). */
  heldOutShare?: number;
  /** How much a score may drop and still count as "no regression" (default 0.005). */
  tolerance?: number;
  keepEvery?: number;
  epochs?: number;
  /** Measure against this model instead of the registry's current one (tests). */
  baseline?: LinearIntentModel;
  dataDir?: string;
  /** When the version is made (its id starts with this time); default the world's clock. */
  now?: number;
}

type Scores = Partial<Record<"zh" | "en", Pick<LanguageMetrics, "n" | "accuracy" | "macroF1">>>;

export interface RetrainReport {
  version: string;
  previous: string;
  promoted: boolean;
  reasons: string[];
  examples: { accepted: number; train: number; heldOut: number; bySource: Record<string, number> };
  flywheelHeldOut: { before: Scores; after: Scores };
  dev: { before: Scores; after: Scores };
}

const brief = (report: ReturnType<typeof evaluateRows>): Scores =>
  Object.fromEntries(
    Object.entries(report.byLang).map(([lang, metrics]) => [
      lang,
      { n: metrics.n, accuracy: metrics.accuracy, macroF1: metrics.macroF1 },
    ]),
  );

/**
 * Which flywheel examples are held out: by phrasing (the text with its slot values masked), so one
 * way of saying something never sits on both sides and the held-out scores measure phrasings the new
 * model never saw, not "get me a taxi to West Lake" learnt from "… to the airport". Examples without a
 * phrasing go by their text.
 */
export function isHeldOut(
  example: { text: string; phrasing?: string },
  share: number,
  seed: number,
): boolean {
  return hashString(`${seed}:held:${example.phrasing ?? normalizeText(example.text)}`) % 1000 < share * 1000;
}

/**
 * Closes the loop: retrains the embedded NLU on the templates plus the flywheel's accepted examples
 * (consenting users only; labels from outcomes), measures old and new on held-out flywheel examples
 * and on the dev set, and promotes the new version only if no language regresses on either. Every
 * version is saved in the registry and recorded in `flywheel_model_versions`; the one it replaced
 * is kept there too, so `rollbackModel` (or `dimple nlu use`) can go back.
 */
export async function retrainFromFlywheel(
  context: ServiceContext,
  options: RetrainOptions,
): Promise<RetrainReport> {
  const seed = options.seed ?? 7;
  const share = options.heldOutShare ?? 0.25;
  const tolerance = options.tolerance ?? 0.005;
  const devTexts = new Set(options.devRows.map((row) => normalizeText(row.text)));
  const accepted = acceptedExamples(await loadCorpus(context), devTexts);
  const heldOut = accepted.filter((example) => isHeldOut(example, share, seed));
  const train = accepted.filter((example) => !isHeldOut(example, share, seed));

  const registry = new ModelRegistry(options.registryDir);
  const previous = ensurePreviousSaved(registry);
  clearNluModelCache();
  const before = options.baseline ?? loadNluModel({ registryDir: options.registryDir });
  const serialized = trainWith(train, {
    seed,
    now: options.now ?? context.clock.now(),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.keepEvery ? { keepEvery: options.keepEvery } : {}),
    ...(options.epochs ? { epochs: options.epochs } : {}),
  });
  const after = new LinearIntentModel(serialized);
  const heldRows = heldOut.map(({ text, lang, intent }) => ({ text, lang, intent }));
  const report: RetrainReport = {
    version: serialized.metadata.version,
    previous,
    promoted: false,
    reasons: [],
    examples: {
      accepted: accepted.length,
      train: train.length,
      heldOut: heldOut.length,
      bySource: countBy(accepted),
    },
    flywheelHeldOut: {
      before: brief(evaluateRows(heldRows, before)),
      after: brief(evaluateRows(heldRows, after)),
    },
    dev: {
      before: brief(evaluateRows(options.devRows, before)),
      after: brief(evaluateRows(options.devRows, after)),
    },
  };
  if (train.length === 0) report.reasons.push("no accepted flywheel examples to learn from");
  // Promotion needs the external check: the held-out flywheel examples alone cannot show a regression elsewhere.
  if (options.devRows.length === 0) report.reasons.push("no dev set to check against (pass --dev DIR)");
  for (const [name, scores] of [
    ["flywheel held-out", report.flywheelHeldOut],
    ["dev", report.dev],
  ] as const) {
    for (const lang of ["zh", "en"] as const) {
      const old = scores.before[lang];
      const next = scores.after[lang];
      if (!old || !next) continue;
      for (const metric of ["accuracy", "macroF1"] as const)
        if (next[metric] < old[metric] - tolerance)
          report.reasons.push(`${name} ${lang} ${metric} fell from ${old[metric]} to ${next[metric]}`);
    }
  }
  report.promoted = report.reasons.length === 0;
  registry.save(serialized, { makeCurrent: report.promoted });
  clearNluModelCache();
  await context.db
    .insertInto("flywheel_model_versions")
    .values({
      version: report.version,
      previous,
      promoted: report.promoted ? 1 : 0,
      examples: accepted.length,
      report: JSON.stringify(report),
      created_at: context.clock.now(),
    })
    .onConflict((conflict) => conflict.column("version").doNothing())
    .execute();
  return report;
}

/** The current version's id; the shipped model is first copied into the registry so a rollback can reach it. */
function ensurePreviousSaved(registry: ModelRegistry): string {
  const current = registry.currentVersion();
  if (current) return current;
  if (!existsSync(DEFAULT_MODEL_PATH))
    throw new DimpleError("not_found", `no shipped NLU model at ${DEFAULT_MODEL_PATH}`, { status: 404 });
  const shipped = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, "utf8")) as SerializedModel;
  registry.save(shipped, { makeCurrent: true });
  return shipped.metadata.version;
}

/** Goes back to the version the current one replaced (as recorded when it was promoted). */
export async function rollbackModel(
  context: ServiceContext,
  registryDir: string,
): Promise<{ from: string; to: string }> {
  const registry = new ModelRegistry(registryDir);
  const current = registry.currentVersion();
  const row = current
    ? await context.db
        .selectFrom("flywheel_model_versions")
        .select("previous")
        .where("version", "=", current)
        .executeTakeFirst()
    : undefined;
  if (!current || !row?.previous)
    throw new DimpleError(
      "not_found",
      'the current NLU version was not promoted by the flywheel; use "dimple nlu use ID"',
      {
        status: 404,
      },
    );
  registry.use(row.previous);
  clearNluModelCache();
  return { from: current, to: row.previous };
}

function countBy(examples: readonly AcceptedExample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const example of examples) counts[example.source] = (counts[example.source] ?? 0) + 1;
  return counts;
}
