import { defineCommand, jsonOption } from "../help.ts";

/** `dimple eval nlu`: its options and help (the command is eval-nlu.ts). */
export const evalNluSpec = defineCommand({
  name: "eval nlu",
  about:
    'Scores the embedded NLU on labelled rows {"text","lang","intent"}: accuracy, macro-F1, out-of-scope recall and per-intent precision and recall, by language.',
  options: {
    data: { type: "string", value: "FILE.jsonl", help: "the labelled rows", required: true },
    model: { type: "string", value: "FILE", help: "a model file (default: the current model)" },
    json: jsonOption,
  },
});
