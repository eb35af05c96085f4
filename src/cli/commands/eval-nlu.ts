import { evaluateRows } from "../../agent/brain/nlu/evaluate.ts";
import { readLabelledRows } from "../../agent/brain/nlu/labelled-rows.ts";
import { loadNluModel } from "../../agent/brain/nlu/model-store.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { parseCommandArgs } from "../args.ts";
import { usageText } from "../help.ts";
import { printJson } from "../output.ts";
import { evalNluSpec } from "./eval-nlu.options.ts";

/**
 * `dimple eval nlu --data FILE.jsonl [--model FILE] [--json]`: scores the embedded NLU on gold rows.
 * Accepts its arguments with or without the leading "nlu", so `eval` can dispatch either way.
 */
export async function evalNluCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args[0] === "nlu" ? args.slice(1) : args,
    evalNluSpec.options,
  );
  if (positionals.length > 0) {
    throw new DimpleError("invalid_argument", `unexpected argument "${positionals[0]}"`, { field: "args" });
  }
  if (!values.data)
    throw new DimpleError("invalid_argument", usageText(evalNluSpec), {
      field: "--data",
    });
  const rows = readLabelledRows(values.data);
  const model = loadNluModel(values.model ? { path: values.model } : {});
  const report = evaluateRows(rows, model);
  if (values.json) {
    printJson(report);
    return 0;
  }
  console.log(`NLU model ${model.metadata.version} on ${values.data}: ${report.n} rows`);
  for (const [lang, metrics] of Object.entries(report.byLang)) {
    console.log(
      `\n${lang}: n=${metrics.n} accuracy=${metrics.accuracy} macroF1=${metrics.macroF1} oosRecall=${metrics.oosRecall}`,
    );
    for (const [intent, scores] of Object.entries(metrics.perIntent)) {
      console.log(
        `  ${intent.padEnd(16)} P=${scores.precision.toFixed(3)} R=${scores.recall.toFixed(3)} n=${scores.n}`,
      );
    }
  }
  return 0;
}
