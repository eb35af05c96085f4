import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../compose/migrate.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import type { LifecycleStepper } from "../../kernel/stepper.ts";
import type { OpenDatabase } from "../database.ts";
import { createTestDatabase, postgresUnavailable } from "../testing.ts";
import { listDeadLetters } from "./dead-letters.ts";
import { PgBossScheduler } from "./pg-boss.ts";
import type { DueWork } from "./scheduler.ts";

const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.skipIf(postgresUnavailable !== undefined)("due work as pg-boss jobs [postgres]", () => {
  let database: OpenDatabase;
  const schedulers: PgBossScheduler[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
    await database?.close();
  });

  const workOf = (steppers: LifecycleStepper[]): DueWork => ({
    context: { db: database.db, clock: new SimulatedClock(), log: () => {} } as unknown as ServiceContext,
    steppers,
  });

  it("runs each due item once across two workers, and dead-letters a failing one with its reason", async () => {
    const runs: string[] = [];
    const items = ["order-1@100", "order-2@100", "order-3@100", "order-4@100"];
    const done = new Set<string>();
    const orders: LifecycleStepper = {
      name: "orders",
      nextDueAt: async () => 0,
      runDue: async () => {},
      // What a stepper reports as due until its step has run (the conditional update in a real one).
      dueKeys: async () => items.filter((key) => !done.has(key)),
      runOne: async (_context, key) => {
        runs.push(key);
        done.add(key);
      },
    };
    const broken: LifecycleStepper = {
      name: "broken",
      nextDueAt: async () => 0,
      runDue: async () => {},
      dueKeys: async () => ["poison@1"],
      runOne: async () => {
        throw new Error("the merchant's table is gone");
      },
    };
    const url = database.url;
    for (let worker = 0; worker < 2; worker++) {
      const scheduler = new PgBossScheduler(workOf([orders, broken]), {
        url,
        tickMs: 200,
        retryLimit: 1,
        concurrency: 2,
      });
      schedulers.push(scheduler);
      await scheduler.start();
    }
    await waitFor(() => done.size === items.length);
    expect([...runs].sort()).toEqual(items);
    expect(schedulers.filter((scheduler) => scheduler.leading)).toHaveLength(1);
    await waitFor(async () => (await listDeadLetters(database.db)).length > 0, 30_000);
    const [letter] = await listDeadLetters(database.db);
    expect(letter).toMatchObject({
      stepper: "broken",
      item_key: "poison@1",
      attempts: 2,
      reason: "Error: the merchant's table is gone",
    });
  }, 60_000);
});
