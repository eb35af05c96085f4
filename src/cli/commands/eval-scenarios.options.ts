import { fileURLToPath } from "node:url";
import { brainOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple eval scenarios`: its options and help (the command is eval-scenarios.ts). */
export const evalScenariosSpec = defineCommand({
  name: "eval scenarios",
  about:
    "Runs the scripted end-to-end scenarios through the real agent and reports pass^1 … pass^k, by language. Progress goes to stderr.",
  options: {
    suite: {
      type: "string",
      value: "DIR",
      help: "scenario folder",
      default: fileURLToPath(new URL("../../../scenarios", import.meta.url)),
    },
    trials: { type: "string", value: "K", help: "trials per scenario, 1 to 10", default: 1 },
    brain: brainOption,
    only: { type: "string", value: "TEXT", help: "run only scenarios whose id contains TEXT" },
    json: jsonOption,
  },
});
