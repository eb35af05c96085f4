/**
 * A process that runs the agent's due work (scheduled tasks, reminders, recurring orders and the
 * services' own steps) on a SQLite file, the way `dimple serve`/`dimple worker` do, but on a simulated
 * clock so a test can kill it with -9 at any point and start another on the same file.
 *
 *   node --import tsx due-work-process.ts <sqlite path> <seed> <until epoch ms> [step ms]
 *
 * The clock starts where the last process saved it and moves in steps, each step's end saved before
 * it runs, so a process started after a kill never sees a time before one the killed process used.
 * Prints `ready`, then `at <ms>` after each step, then `done` once the clock reaches `until` and
 * every started task has settled. Used by `kill-nine.process.test.ts`.
 */

import { createWorld, saveWorldTime } from "../../../ecosystem/world/world.ts";
import { savedWorldTime } from "../../../ecosystem/world/world-clock.ts";
import { SimulatedClock } from "../../../kernel/clock.ts";
import { openDatabase } from "../../../store/database.ts";
import { noBrain } from "../../brain/no-brain.ts";
import { createAgent } from "../../runtime.ts";

async function main(argv: string[]): Promise<void> {
  const [path, seedText, untilText, stepText] = argv;
  if (!path || !seedText || !untilText) throw new Error("usage: <sqlite path> <seed> <until ms> [step ms]");
  const database = openDatabase(`sqlite:${path}`);
  const clock = new SimulatedClock(await savedWorldTime(database));
  const world = await createWorld({ db: database, seed: Number(seedText), clock });
  const agent = createAgent({ world, brain: noBrain });
  await agent.engine.resume();
  process.stdout.write("ready\n");
  const until = Number(untilText);
  const step = Number(stepText ?? 15 * 60_000);
  while (clock.now() < until) {
    // The step's end is saved before it is run: a process started after a kill continues from a
    // time at or after anything this one did, as a real clock would (it never runs backwards).
    const target = Math.min(clock.now() + step, until);
    await saveWorldTime(database, target);
    await world.advance(target - clock.now());
    process.stdout.write(`at ${clock.now()}\n`);
  }
  await agent.engine.idle();
  await world.close();
  process.stdout.write("done\n");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
