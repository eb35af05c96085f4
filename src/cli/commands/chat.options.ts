import { brainOption, defineCommand, faultsOption } from "../help.ts";

/** `dimple chat`: its options and help (the command is chat.ts). */
export const chatSpec = defineCommand({
  name: "chat",
  about:
    "Talks to Dimple from the terminal: interactively on stdin, or a scripted conversation with --script (deterministic: fixed seed, simulated clock that moves only on /wait).",
  options: {
    user: {
      type: "string",
      value: "ID",
      help: "user id or username (default: the seeded demo user for the language)",
    },
    lang: { type: "string", value: "zh|en", help: "language of the session (default: the user's)" },
    db: {
      type: "string",
      value: "URL",
      help: "database: sqlite:PATH or postgres://… (default: a fresh in-memory world)",
    },
    brain: brainOption,
    script: {
      type: "string",
      value: "FILE",
      help: "read the user's turns from FILE: text, /confirm, /cancel, /wait 30m, /pin 123456, /feedback up|down",
    },
    json: { type: "boolean", help: "one contract event a line on stdout, the summary last" },
    seed: { type: "string", value: "N", help: "seed of a fresh world (integer)" },
    faults: faultsOption,
  },
  notes: ["Interactive input takes the same lines as a script; Ctrl-D ends the conversation."],
});
