import { createBrain } from "../agent/brain/index.ts";
import { createAgent } from "../agent/runtime.ts";
import { openWorld } from "../compose/open-world.ts";
import { DEFAULT_SEED } from "../ecosystem/world/world.ts";
import { FlywheelRecorder } from "../flywheel/capture/recorder.ts";
import type { OpenDatabase } from "../store/database.ts";
import { benchServices } from "./services.ts";
import { benchTurnKinds, benchTurns } from "./turns.ts";

export interface BenchOptions {
  /** Operations per service measurement. */
  count: number;
  concurrency: number;
  sessions: number;
  /** A Postgres database to run the service benchmark on as well (it is seeded first). */
  postgres?: () => Promise<OpenDatabase>;
  log?: (line: string) => void;
}

const rssMb = () => Math.round((process.memoryUsage().rss / 1024 / 1024) * 10) / 10;

/** The whole benchmark: services on SQLite (and Postgres), brain turns, memory with many sessions. */
export async function runBenchmark(options: BenchOptions) {
  const log = options.log ?? (() => {});
  log("services on SQLite …");
  const sqliteWorld = await openWorld({ seed: DEFAULT_SEED });
  const sqlite = await benchServices(sqliteWorld, options);
  await sqliteWorld.close();
  let postgres: Awaited<ReturnType<typeof benchServices>> | { skipped: string } = {
    skipped: "no Postgres server",
  };
  if (options.postgres) {
    log("services on Postgres …");
    const world = await openWorld({ db: await options.postgres(), seed: DEFAULT_SEED });
    postgres = await benchServices(world, options);
    await world.close();
  }
  log("brain turns …");
  const world = await openWorld({ seed: DEFAULT_SEED });
  const agent = createAgent({
    world,
    brain: await createBrain("embedded", world.context),
    observer: new FlywheelRecorder(world.context),
  });
  const kinds = await benchTurnKinds(agent, 20);
  const turn = await benchTurns(agent, { sessions: options.sessions, turnsPerSession: 5, inFlight: 2 });
  const saturated = await benchTurns(agent, {
    sessions: options.sessions,
    turnsPerSession: 2,
    inFlight: options.sessions,
  });
  log("memory with 1,000 sessions …");
  await benchTurns(agent, { sessions: 1000, turnsPerSession: 1, inFlight: 2 });
  global.gc?.();
  const rss = rssMb();
  await world.close();
  return {
    services: { sqlite, postgres },
    turn,
    saturated,
    turnKinds: kinds,
    rssMb: rss,
    sessionsForRss: 1000,
  };
}
