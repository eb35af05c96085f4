import { writeFileSync } from "node:fs";
import { loadNluModel } from "../../agent/brain/nlu/model-store.ts";
import { DEFAULT_MODEL_PATH } from "../../agent/brain/nlu/paths.ts";
import { ModelRegistry } from "../../agent/brain/nlu/registry.ts";
import { trainNluModel } from "../../agent/brain/nlu/train.ts";
import { understand } from "../../agent/brain/nlu/understand.ts";
import { DEFAULT_WORLD_START_MS } from "../../kernel/clock.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { usageText } from "../help.ts";
import { printJson } from "../output.ts";
import { nluSpec } from "./nlu.options.ts";

/** `dimple nlu train|classify|versions|use`: trains and versions the embedded intent model, or tries it. */
export async function nluCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, nluSpec.options);
  const registry = new ModelRegistry(values.out ?? nluSpec.options.out.default);
  const action = positionals[0];
  const epochs = values.epochs === undefined ? undefined : integerFlag(values.epochs, "--epochs", 12);
  if (action === "train" && values["from-flywheel"]) {
    const { trainFromFlywheelCommand } = await import("./nlu-from-flywheel.ts");
    return trainFromFlywheelCommand({
      registryDir: registry.directory,
      seed: integerFlag(values.seed, "--seed", nluSpec.options.seed.default),
      json: values.json === true,
      ...(values.db ? { db: values.db } : {}),
      ...(values.dev ? { dev: values.dev } : {}),
      ...(epochs ? { epochs } : {}),
    });
  }
  if (action === "train") {
    const seed = integerFlag(values.seed, "--seed", nluSpec.options.seed.default);
    const { model, heldOut } = trainNluModel({
      seed,
      ...(epochs ? { epochs } : {}),
      ...(values.candidates ? { candidates: true } : {}),
    });
    const path = registry.save(model);
    // --ship also refreshes the default model committed in the repository.
    if (values.ship) writeFileSync(DEFAULT_MODEL_PATH, `${JSON.stringify(model)}\n`);
    if (values.json) printJson({ version: model.metadata.version, path, metadata: model.metadata, heldOut });
    else {
      console.log(
        `Trained NLU model ${model.metadata.version} (${model.metadata.trainExamples} examples, ${model.features.length} features)`,
      );
      console.log(`  saved to ${path}${values.ship ? ` and ${DEFAULT_MODEL_PATH}` : ""}`);
      for (const lang of ["zh", "en"] as const) {
        console.log(
          `  held-out ${lang}: accuracy ${heldOut[lang].accuracy}, macro-F1 ${heldOut[lang].macroF1}`,
        );
      }
    }
    return 0;
  }
  if (action === "classify") {
    const text = positionals.slice(1).join(" ");
    if (!text)
      throw new DimpleError("invalid_argument", "classify needs the text to classify", { field: "text" });
    const result = understand(text, {
      now: DEFAULT_WORLD_START_MS,
      model: loadNluModel({ registryDir: registry.directory }),
    });
    if (values.json) printJson(result);
    else {
      console.log(`${result.intent} (${result.confidence.toFixed(2)}) [${result.lang}]`);
      for (const score of result.ranking)
        console.log(`  ${score.intent.padEnd(16)} ${score.probability.toFixed(3)}`);
      console.log(`  slots ${JSON.stringify(result.slots)}`);
    }
    return 0;
  }
  if (action === "versions") {
    const current = registry.currentVersion();
    const versions = registry.list();
    if (values.json) printJson({ current: current ?? null, versions });
    else if (versions.length === 0)
      console.log(`No trained versions in ${registry.directory}; using ${DEFAULT_MODEL_PATH}`);
    else for (const id of versions) console.log(`${id === current ? "*" : " "} ${id}`);
    return 0;
  }
  if (action === "use") {
    const id = positionals[1];
    if (!id) throw new DimpleError("invalid_argument", "use needs a version id", { field: "version" });
    registry.use(id);
    console.log(`Current NLU model is now ${id}`);
    return 0;
  }
  throw new DimpleError("invalid_argument", usageText(nluSpec), { field: "action" });
}
