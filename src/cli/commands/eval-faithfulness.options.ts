import { brainOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple eval faithfulness`: its options and help (the command is eval-faithfulness.ts). */
export const evalFaithfulnessSpec = defineCommand({
  name: "eval faithfulness",
  about:
    "Generates multi-constraint requests (items, quantities, option splits, exclusions, budgets, delivery windows, places, follow-ups, tickets with a ride, times) over the seeded world in Chinese and English, plays each through the real agent and compares the card with what was asked: exact-card rate, asked-instead rate and silent divergences per constraint kind. Progress goes to stderr.",
  options: {
    n: { type: "string", value: "N", help: "how many requests to generate, 1 to 20000", default: 400 },
    seed: {
      type: "string",
      value: "S",
      help: "seed of the request generator (same seed, same requests)",
      default: 1,
    },
    brain: brainOption,
    examples: { type: "boolean", help: "also print up to three silent divergences per constraint kind" },
    cases: {
      type: "string",
      value: "FILE.jsonl",
      help: "write every case (turns, frames, replies, cards, verdict) to FILE, one JSON object a line",
    },
    only: {
      type: "string",
      value: "ID,ID",
      help: "run only these case ids of the N generated (ids as in --cases or the examples)",
    },
    json: jsonOption,
  },
});
