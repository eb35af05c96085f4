import cliProgress from "cli-progress";
import { openWorld } from "../../compose/open-world.ts";
import { simulateTraffic } from "../../flywheel/simulate/simulator.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { printJson } from "../output.ts";
import { simulateSpec } from "./simulate.options.ts";

/** `dimple simulate --users N --days D [--db URL] [--seed N] [--activity X] [--json]`: a month of traffic through the real agent. */
export async function simulateCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, simulateSpec.options);
  const users = integerFlag(values.users, "--users", simulateSpec.options.users.default);
  const days = Math.max(1, integerFlag(values.days, "--days", simulateSpec.options.days.default));
  const activity =
    values.activity === undefined ? simulateSpec.options.activity.default : Number(values.activity);
  const clock = new SimulatedClock();
  const world = await openWorld({ db: values.db ?? DEFAULT_DB_URL, clock });
  try {
    // A database that was simulated (or served) before continues from its saved time.
    const saved = await world.context.db
      .selectFrom("world_meta")
      .select("value")
      .where("key", "=", "sim_now")
      .executeTakeFirst();
    if (saved) clock.set(Number(saved.value));
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "simulating {bar} day {value}/{total} | {turns} turns | {eta_formatted} left",
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(days, 0, { turns: 0 });
    const { stats } = await simulateTraffic(world, {
      users,
      days,
      seed: integerFlag(values.seed, "--seed", simulateSpec.options.seed.default),
      ...(Number.isFinite(activity) && activity > 0 ? { activity } : {}),
      onDay: (day, progress) => bar.update(day + 1, { turns: progress.turns }),
    });
    bar.stop();
    await world.saveTime();
    if (values.json) printJson(stats);
    else {
      console.log(
        `Simulated ${stats.users} users over ${stats.days} days: ${stats.sessions} sessions, ${stats.turns} turns ` +
          `(${stats.colloquial} colloquial, ${stats.rephrasings} rephrased, ${stats.corrections} corrections), ` +
          `${stats.confirmations} confirmations, ${stats.cancellations} cancellations, ${stats.refusals} refusals, ${stats.feedback} feedback`,
      );
      console.log(
        `  in ${(stats.elapsedMs / 1000).toFixed(1)} s (${stats.turnsPerSecond} turns/s); see "dimple analytics"`,
      );
    }
    return 0;
  } finally {
    await world.close();
  }
}
