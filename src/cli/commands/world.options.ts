import { dbOption, defineCommand, jsonOption } from "../help.ts";

const all = ["db", "seed", "json"] as const;

/** `dimple world seed|reset|stats`: its options and help (the command is world.ts). */
export const worldSpec = defineCommand({
  name: "world",
  about: "The sandbox world: merchants, SKUs, POIs, events, users and their wallets.",
  options: {
    db: dbOption,
    seed: { type: "string", value: "N", help: "seed of the world when it is created (integer)" },
    json: jsonOption,
  },
  actions: {
    seed: {
      about: "creates and seeds the world if the database is empty, then prints its counts",
      options: all,
    },
    reset: { about: "deletes the world and seeds a fresh one", options: all },
    stats: { about: "prints the world's counts (seeding it first if it is empty)", options: all },
  },
});
