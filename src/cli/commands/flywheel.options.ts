import { DEFAULT_REGISTRY_DIR } from "../../agent/brain/nlu/paths.ts";
import { dbOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple flywheel …`: its options and help (the command is flywheel.ts). */
export const flywheelSpec = defineCommand({
  name: "flywheel",
  about:
    'The data flywheel: dataset export, retention purge, a user\'s "delete my data" and consent, NLU rollback.',
  options: {
    format: { type: "string", value: "sft|dpo|eval", help: "dataset format (export)" },
    out: { type: "string", value: "DIR", help: "folder for the data, its card and README (export)" },
    db: dbOption,
    user: { type: "string", value: "USER", help: "the user, by id or username (delete-user, consent)" },
    share: { type: "string", value: "yes|no", help: "allow the user's conversations for training (consent)" },
    retention: { type: "string", value: "DAYS", help: "keep the user's records this many days (consent)" },
    registry: {
      type: "string",
      value: "DIR",
      help: "NLU registry to roll back (rollback; env DIMPLE_NLU_DIR)",
      default: DEFAULT_REGISTRY_DIR,
    },
    json: jsonOption,
  },
  actions: {
    export: {
      about: "writes a training or evaluation dataset with its data card, consented users only",
      options: ["format", "out", "db", "json"],
      required: ["format", "out"],
    },
    purge: { about: "deletes records past their retention", options: ["db", "json"] },
    "delete-user": {
      about: "deletes every flywheel record of a user",
      options: ["user", "db", "json"],
      required: ["user"],
    },
    consent: {
      about: "shows a user's consent, or sets it with --share and --retention",
      options: ["user", "share", "retention", "db", "json"],
      required: ["user"],
    },
    rollback: { about: "makes the previous NLU version current again", options: ["registry", "db", "json"] },
  },
});
