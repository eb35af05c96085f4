import { describe, expect, it } from "vitest";
import { servicesUnavailable } from "./cluster.ts";
import { runScenario } from "./scenario.ts";

const REDIS_URL = process.env.DIMPLE_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const unreachable = await servicesUnavailable(REDIS_URL);
if (unreachable) console.warn(`[dimple] multi-process test skipped: ${unreachable}`);

/**
 * Two `dimple serve --no-worker` and two `dimple worker` processes on Postgres and Redis behind a
 * round-robin proxy, started from bin/dimple.js as an operator would (`topology.ts`, which
 * `src/bench/scale/up.ts` also runs). Users stream events from one server and confirm cards on
 * the other; the clock-keeping worker is killed with -9 halfway, a server once every card is
 * confirmed. Slow (two minutes on a busy machine): it starts four Node processes.
 */
describe.skipIf(unreachable !== undefined)("Dimple as several processes [postgres+redis]", () => {
  it("completes every task with each step run once, each event on the user's stream once, through kill -9 of a worker and a server", async () => {
    const result = await runScenario({
      redisUrl: REDIS_URL,
      servers: 2,
      workers: 2,
      users: 8,
      tasksPerUser: 2,
      speed: 60,
      killWorker: true,
      killServer: true,
    });
    const { load, checks } = result;
    expect(result.killed).toHaveLength(2);
    expect(load.tasks).toBeGreaterThanOrEqual(12);
    expect(load.notCompleted).toEqual([]);
    expect(load.completed).toBe(load.tasks);
    // Every stream of the killed server came back on the other one.
    expect(load.reconnects).toBeGreaterThan(0);
    expect(checks).toMatchObject({
      stepsRunTwice: 0,
      ordersDoubled: 0,
      tasksWithoutOrder: 0,
      ledgerBalanced: true,
      eventsMissed: 0,
      eventsTwice: 0,
    });
    expect(checks.eventsPublished).toBeGreaterThan(load.tasks * 4);
    expect(result.deadLetters).toBe(0);
    // The round-robin proxy (the loopback stand-in for nginx) spread sign-ins over both servers.
    expect(Object.keys(result.proxied)).toHaveLength(2);
  }, 300_000);
});
