import { dbOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple simulate`: its options and help (the command is simulate.ts). */
export const simulateSpec = defineCommand({
  name: "simulate",
  about:
    'Simulated users talk to the real agent day by day in simulated time, filling the flywheel (see "dimple analytics"). A database simulated before continues from its saved time. Progress goes to stderr.',
  options: {
    users: { type: "string", value: "N", help: "simulated users", default: 1000 },
    days: { type: "string", value: "D", help: "simulated days (at least 1)", default: 30 },
    db: dbOption,
    seed: { type: "string", value: "N", help: "seed of the simulated population", default: 1 },
    activity: {
      type: "string",
      value: "X",
      help: "multiplies every persona's daily activity (1 = the documented population)",
      default: 1,
    },
    json: jsonOption,
  },
});
