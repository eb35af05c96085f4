import { DEFAULT_REGISTRY_DIR, NLU_DATA_DIR } from "../../agent/brain/nlu/paths.ts";
import { dbOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple nlu train|classify|versions|use`: its options and help (the command is nlu.ts). */
export const nluSpec = defineCommand({
  name: "nlu",
  about:
    "Trains, versions and tries the embedded intent model. Trained versions go to a local registry; the shipped model (data/nlu/model.json) serves until one is made current.",
  options: {
    out: {
      type: "string",
      value: "DIR",
      help: "the registry of trained versions (env DIMPLE_NLU_DIR)",
      default: DEFAULT_REGISTRY_DIR,
    },
    seed: { type: "string", value: "N", help: "training seed (train)", default: 7 },
    epochs: {
      type: "string",
      value: "N",
      help: "training passes over the data (train; default 12): fewer make a weaker model, e.g. to see the promotion gate refuse one",
    },
    candidates: {
      type: "boolean",
      help: "also train on the candidate corpora, in data/nlu/external but not in the shipped recipe (train)",
    },
    ship: { type: "boolean", help: "also overwrite the shipped default model data/nlu/model.json (train)" },
    json: jsonOption,
    "from-flywheel": {
      type: "boolean",
      help: "train on accepted flywheel examples too; promoted only if it beats the current model on the dev set (train)",
    },
    db: { ...dbOption, help: `${dbOption.help} (train --from-flywheel)` },
    dev: {
      type: "string",
      value: "DIR",
      help: "held-out folder with zh.jsonl/en.jsonl for the promotion gate; default the repository's data/nlu/heldout, public-corpus dialogues never trained on (train --from-flywheel)",
      // Shipped in the repository, so a fresh clone's gate can promote; --dev ../shared/data/nlu-dev uses the external dev set.
      default: `${NLU_DATA_DIR}heldout/`,
    },
  },
  actions: {
    train: {
      about: "trains a new version from the templates, saves it and makes it current",
      options: ["out", "seed", "epochs", "candidates", "ship", "json", "from-flywheel", "db", "dev"],
    },
    classify: { args: "TEXT", about: "classifies TEXT with the current model", options: ["out", "json"] },
    versions: { about: "lists trained versions, * marking the current one", options: ["out", "json"] },
    use: { args: "ID", about: "makes version ID current (a rollback)", options: ["out"] },
  },
});
