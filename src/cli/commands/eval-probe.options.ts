import { fileURLToPath } from "node:url";
import { brainOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple eval probe`: its options and help (the command is eval-probe.ts). */
export const evalProbeSpec = defineCommand({
  name: "eval probe",
  about:
    "Plays held-out requests (JSONL: id, lang, intent, turns, expect) through the real agent and judges each by its expected outcome; pass rates per intent and language. Progress goes to stderr.",
  options: {
    file: {
      type: "string",
      value: "FILE|DIR",
      help: "a probe file, or a folder of *.jsonl probe files",
      default: fileURLToPath(new URL("../../../data/probes", import.meta.url)),
    },
    brain: brainOption,
    only: { type: "string", value: "TEXT", help: "run only probes whose id contains TEXT" },
    json: jsonOption,
  },
});
