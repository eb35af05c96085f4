import { existsSync } from "node:fs";
import { join } from "node:path";
import { type LabelledRow, readLabelledRows } from "../../agent/brain/nlu/labelled-rows.ts";
import { openWorld } from "../../compose/open-world.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { retrainFromFlywheel } from "../../flywheel/learn/retrain.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { printJson } from "../output.ts";
import { nluSpec } from "./nlu.options.ts";

const DEFAULT_DEV_DIR = nluSpec.options.dev.default;

/** Reads every `*.jsonl` of the dev folder that exists (zh.jsonl, en.jsonl). */
function readDevRows(directory: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const lang of ["zh", "en"]) {
    const path = join(directory, `${lang}.jsonl`);
    if (existsSync(path)) rows.push(...readLabelledRows(path));
  }
  return rows;
}

/** `dimple nlu train --from-flywheel [--db URL] [--dev DIR]`: retrain on accepted flywheel examples behind the gate. */
export async function trainFromFlywheelCommand(options: {
  registryDir: string;
  seed: number;
  json: boolean;
  db?: string;
  dev?: string;
  epochs?: number;
}): Promise<number> {
  const devRows = readDevRows(options.dev ?? DEFAULT_DEV_DIR);
  if (devRows.length === 0 && !options.json)
    console.error(
      `warning: no held-out set at ${options.dev ?? DEFAULT_DEV_DIR}; the new version will be saved but not promoted (pass --dev DIR)`,
    );
  const world = await openWorld({ db: options.db ?? DEFAULT_DB_URL });
  try {
    await new FlywheelRecorder(world.context).flush();
    const report = await retrainFromFlywheel(world.context, {
      registryDir: options.registryDir,
      devRows,
      seed: options.seed,
      ...(options.epochs ? { epochs: options.epochs } : {}),
      // Version ids sort by when they were trained, so they carry the wall time.
      now: Date.now(),
    });
    if (options.json) printJson(report);
    else {
      const { examples } = report;
      console.log(
        `Trained ${report.version} on the templates plus ${examples.train} flywheel examples (${JSON.stringify(examples.bySource)}); ${examples.heldOut} held out`,
      );
      for (const [name, scores] of [
        ["flywheel held-out", report.flywheelHeldOut],
        ["dev", report.dev],
      ] as const)
        for (const lang of ["zh", "en"] as const) {
          const before = scores.before[lang];
          const after = scores.after[lang];
          if (before && after)
            console.log(
              `  ${name} ${lang} (n=${after.n}): accuracy ${before.accuracy} → ${after.accuracy}, macro-F1 ${before.macroF1} → ${after.macroF1}`,
            );
        }
      console.log(
        report.promoted
          ? `  promoted: ${report.version} is now current (was ${report.previous}); "dimple flywheel rollback" goes back`
          : `  not promoted (${report.reasons.join("; ")}); ${report.previous} stays current`,
      );
    }
    return 0;
  } finally {
    await world.close();
  }
}
