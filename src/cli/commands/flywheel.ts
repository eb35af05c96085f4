import cliProgress from "cli-progress";
import { openWorld } from "../../compose/open-world.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { type ExportFormat, exportDataset } from "../../flywheel/export/run-export.ts";
import { rollbackModel } from "../../flywheel/learn/retrain.ts";
import { getConsent, setConsent } from "../../flywheel/privacy/consent.ts";
import { deleteUserData, purgeExpired } from "../../flywheel/privacy/deletion.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { usageText } from "../help.ts";
import { printJson } from "../output.ts";
import { resolveUserFlag } from "../user.ts";
import { flywheelSpec } from "./flywheel.options.ts";

/** `dimple flywheel …`: dataset export, retention purge, "delete my data", consent, NLU rollback. */
export async function flywheelCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, flywheelSpec.options);
  const action = positionals[0];
  if (!action || !Object.hasOwn(flywheelSpec.actions ?? {}, action))
    throw new DimpleError("invalid_argument", usageText(flywheelSpec), { field: "action" });
  const world = await openWorld({ db: values.db ?? DEFAULT_DB_URL });
  const context = world.context;
  const say = (json: unknown, text: string) => (values.json ? printJson(json) : console.log(text));
  try {
    if (action === "export") {
      const format = values.format as ExportFormat | undefined;
      if (format !== "sft" && format !== "dpo" && format !== "eval")
        throw new DimpleError("invalid_argument", "--format must be sft, dpo or eval", { field: "--format" });
      if (!values.out) throw new DimpleError("invalid_argument", "--out DIR is required", { field: "--out" });
      await new FlywheelRecorder(context).flush();
      const bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: `export ${format} {bar} {value}/{total}`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      const result = await exportDataset(context, {
        format,
        outDir: values.out,
        progress: {
          start: (total) => bar.start(total, 0),
          increment: () => bar.increment(),
          stop: () => bar.stop(),
        },
      });
      say(
        result,
        `Wrote ${result.card.rows} ${format} rows to ${result.dataPath} (card: ${result.cardPath}, ${result.readmePath})`,
      );
    } else if (action === "purge") {
      const removed = await purgeExpired(context);
      say({ removed }, `Purged records past their retention: ${JSON.stringify(removed)}`);
    } else if (action === "delete-user") {
      if (!values.user)
        throw new DimpleError("invalid_argument", "--user ID is required", { field: "--user" });
      const userId = await resolveUserFlag(context, values.user);
      const removed = await deleteUserData(context, userId);
      say({ userId, removed }, `Deleted ${userId}'s flywheel records: ${JSON.stringify(removed)}`);
    } else if (action === "consent") {
      if (!values.user)
        throw new DimpleError("invalid_argument", "--user ID is required", { field: "--user" });
      const userId = await resolveUserFlag(context, values.user);
      let consent = await getConsent(context, userId);
      if (values.share !== undefined || values.retention !== undefined) {
        if (values.share !== undefined && !["yes", "no", "true", "false"].includes(values.share))
          throw new DimpleError("invalid_argument", "--share must be yes or no", { field: "--share" });
        consent = await setConsent(context, userId, {
          share:
            values.share === undefined ? consent.share : values.share === "yes" || values.share === "true",
          retentionDays: integerFlag(values.retention, "--retention", consent.retentionDays),
        });
      }
      say(
        { userId, ...consent },
        `${userId}: share for training ${consent.share ? "yes" : "no"}, keep ${consent.retentionDays} days${consent.explicit ? "" : " (default)"}`,
      );
    } else {
      const result = await rollbackModel(context, values.registry ?? flywheelSpec.options.registry.default);
      say(result, `Rolled the NLU back from ${result.from} to ${result.to}`);
    }
    return 0;
  } finally {
    await world.close();
  }
}
