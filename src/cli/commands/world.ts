import { openWorld } from "../../compose/open-world.ts";
import { resetWorld, worldStats } from "../../ecosystem/world/admin.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { usageText } from "../help.ts";
import { printJson } from "../output.ts";
import { worldSpec } from "./world.options.ts";

/** `dimple world seed|reset|stats [--db URL] [--seed N] [--json]` */
export async function worldCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, worldSpec.options);
  const action = positionals[0];
  if (action !== "seed" && action !== "reset" && action !== "stats") {
    throw new DimpleError("invalid_argument", usageText(worldSpec), {
      field: "action",
    });
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    throw new DimpleError("invalid_argument", "--seed must be an integer", { field: "--seed" });
  }
  const url = values.db ?? DEFAULT_DB_URL;
  if (action === "reset") await resetWorld(url);
  const world = await openWorld({ db: url, ...(seed === undefined ? {} : { seed }) });
  try {
    const stats = await worldStats(world.context);
    if (values.json) printJson(stats);
    else {
      const verb = action === "stats" ? "World" : action === "reset" ? "Reset world" : "Seeded world";
      console.log(`${verb} at ${url} (seed ${stats.seed}):`);
      for (const [name, count] of Object.entries(stats.counts)) console.log(`  ${name.padEnd(16)} ${count}`);
    }
    return 0;
  } finally {
    await world.close();
  }
}
