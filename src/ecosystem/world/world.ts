import { AnchoredClock, type Clock, ScaledClock, SimulatedClock } from "../../kernel/clock.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { EventBus } from "../../kernel/events.ts";
import { FaultInjector } from "../../kernel/faults.ts";
import { type IdGenerator, RandomIds, SeededIds } from "../../kernel/ids.ts";
import { SeededRandom } from "../../kernel/random.ts";
import type { LifecycleStepper } from "../../kernel/stepper.ts";
import type { OpenDatabase } from "../../store/database.ts";
import { commerceStepper } from "../commerce/lifecycle.ts";
import { payStepper } from "../pay/lifecycle.ts";
import { ridesStepper } from "../rides/lifecycle.ts";
import { ticketsStepper } from "../tickets/lifecycle.ts";
import { openSharedClock, refreshSharedClock, savedWorldTime } from "./world-clock.ts";

/** Every service's lifecycle, stepped in this order at each due time. */
export const STEPPERS: readonly LifecycleStepper[] = [
  payStepper,
  commerceStepper,
  ticketsStepper,
  ridesStepper,
];

export const DEFAULT_SEED = 20261126;

export interface WorldOptions {
  /**
   * The world's database, opened and migrated by the composition root (`compose/open-world.ts`
   * migrates with `compose/migrate.ts`): the world creates no tables, it seeds and runs on them.
   */
  db: OpenDatabase;
  seed?: number;
  /**
   * Default: a simulated clock at the world's start time. `{ live: speed }` runs real time sped up,
   * continuing from the simulated time the world last saved (see `saveTime`). `{ shared: true }`
   * follows the one clock of a multi-process deployment, kept in the database (`world-clock.ts`);
   * with `speed` it sets that clock's speed.
   */
  clock?: Clock | { live: number } | { shared: true; speed?: number };
  /** Deterministic ids from the seed (default) or random ids (live servers with several processes). */
  ids?: "seeded" | "random" | IdGenerator;
  /** Seed the world if it is empty (default true). */
  autoSeed?: boolean;
  log?: (error: unknown) => void;
}

/** A running sandbox world: its services' shared context plus time control. */
export interface World {
  context: ServiceContext;
  database: OpenDatabase;
  seed: number;
  /** Advances simulated time by `ms`, running every lifecycle step that falls due, in time order. */
  advance(ms: number): Promise<void>;
  /** Runs the steps due now (for real-time clocks, called by a ticker). */
  tick(): Promise<void>;
  /**
   * Adds work that runs on the world's clock beside the services' lifecycles (the agent's scheduled
   * tasks), so `advance` runs everything due in between in time order, and `tick` runs it live.
   */
  addStepper(stepper: LifecycleStepper): void;
  /** Every lifecycle on the world's clock, the services' and those added, in the order they run. */
  readonly steppers: readonly LifecycleStepper[];
  /** A shared clock re-reads its anchor (another process may have re-anchored it); others do nothing. */
  refreshClock(): Promise<void>;
  /** Persists the current simulated time, so a restarted live world continues from it. */
  saveTime(): Promise<void>;
  close(): Promise<void>;
}

/** Runs a sandbox world on a migrated database, seeding it on first use. */
export async function createWorld(options: WorldOptions): Promise<World> {
  const database = options.db;
  const seed = options.seed ?? DEFAULT_SEED;
  const random = new SeededRandom(seed);
  const clock = await resolveClock(database, options.clock);
  const ids =
    options.ids === "random"
      ? new RandomIds()
      : typeof options.ids === "object"
        ? options.ids
        : new SeededIds(random.fork(`ids:${await nextIdEpoch(database)}`));
  const log = options.log ?? ((error: unknown) => console.error(error));
  const context: ServiceContext = {
    db: database.db,
    dialect: database.dialect,
    clock,
    ...(clock instanceof SimulatedClock ? { simulatedClock: clock } : {}),
    ids,
    random: random.fork("runtime"),
    bus: new EventBus((error) => log(error)),
    faults: new FaultInjector(random.fork("faults")),
    log,
  };
  if (options.autoSeed !== false) {
    const seeded = await database.db
      .selectFrom("world_meta")
      .select("value")
      .where("key", "=", "seed")
      .executeTakeFirst();
    // The seed catalogues load only when a fresh database needs them.
    if (!seeded) await (await import("./seed.ts")).seedWorld(context, seed);
  }

  const steppers: LifecycleStepper[] = [...STEPPERS];
  const runDue = async (now: number) => {
    for (const stepper of steppers) await stepper.runDue(context, now);
  };

  return {
    context,
    database,
    seed,
    async advance(ms: number) {
      if (!(clock instanceof SimulatedClock)) throw new Error("advance() needs a simulated clock");
      const target = clock.now() + ms;
      for (;;) {
        const due = await Promise.all(steppers.map((stepper) => stepper.nextDueAt(context)));
        const next = Math.min(...due.filter((at): at is number => at !== undefined));
        if (!Number.isFinite(next) || next > target) break;
        await clock.advance(Math.max(0, next - clock.now()));
        await runDue(clock.now());
      }
      await clock.advance(target - clock.now());
    },
    tick: () => runDue(clock.now()),
    addStepper(stepper) {
      if (!steppers.some((known) => known.name === stepper.name)) steppers.push(stepper);
    },
    steppers,
    refreshClock: async () => {
      if (clock instanceof AnchoredClock) await refreshSharedClock(database, clock);
    },
    saveTime: () => saveWorldTime(database, clock.now()),
    async close() {
      if (!(clock instanceof SimulatedClock)) await saveWorldTime(database, clock.now()).catch(() => {});
      await database.close();
    },
  };
}

async function resolveClock(database: OpenDatabase, clock: WorldOptions["clock"]): Promise<Clock> {
  if (clock === undefined) return new SimulatedClock();
  if ("shared" in clock) return openSharedClock(database, clock.speed);
  if (!("live" in clock)) return clock;
  return new ScaledClock(clock.live, await savedWorldTime(database));
}

/** Persists a simulated time as the one a restarted world continues from. */
export async function saveWorldTime(database: OpenDatabase, now: number): Promise<void> {
  const updated = await database.db
    .updateTable("world_meta")
    .set({ value: String(now) })
    .where("key", "=", "sim_now")
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await database.db
      .insertInto("world_meta")
      .values({ key: "sim_now", value: String(now) })
      .execute();
  }
}

/**
 * Each opening of a world draws seeded ids from a new stream, so ids made now never repeat ids made
 * in an earlier run (the seed's own, or a previous process's) while staying deterministic.
 */
async function nextIdEpoch(database: OpenDatabase): Promise<number> {
  const row = await database.db
    .selectFrom("world_meta")
    .select("value")
    .where("key", "=", "id_epoch")
    .executeTakeFirst();
  const epoch = Number(row?.value ?? 0);
  if (row)
    await database.db
      .updateTable("world_meta")
      .set({ value: String(epoch + 1) })
      .where("key", "=", "id_epoch")
      .execute();
  else await database.db.insertInto("world_meta").values({ key: "id_epoch", value: "1" }).execute();
  return epoch;
}
