import { openWorld } from "../../compose/open-world.ts";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import type { UserRun } from "./load.ts";

/** What the database and the event stream say after a run: every figure should be zero or true. */
export interface RunChecks {
  /** Order steps recorded more than once (the same order, the same step). */
  stepsRunTwice: number;
  /** Payment intents with more than one order placed on them. */
  ordersDoubled: number;
  /** Tasks of the run whose order or payment is missing. */
  tasksWithoutOrder: number;
  ledgerBalanced: boolean;
  ledgerProblems: string[];
  /** Events in a user's stream that the user's SSE connection never received. */
  eventsMissed: number;
  /** Events the user's SSE connection received twice. */
  eventsTwice: number;
  /** Events in the stream in all (for the run's users). */
  eventsPublished: number;
}

/** Counts steps, orders, payments and events against what the run's users saw. */
export async function checkRun(
  db: string,
  redisUrl: string | undefined,
  users: UserRun[],
): Promise<RunChecks> {
  const world = await openWorld({ db, autoSeed: false });
  try {
    const { db: kysely } = world.context;
    const twice = await kysely
      .selectFrom("commerce_order_events")
      .select(["order_id", "type"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .groupBy(["order_id", "type"])
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    const doubled = await kysely
      .selectFrom("commerce_orders")
      .select("payment_intent_id")
      .where("payment_intent_id", "is not", null)
      .groupBy("payment_intent_id")
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    const taskIds = users.flatMap((run) => run.taskIds);
    const tasks =
      taskIds.length === 0
        ? []
        : await kysely
            .selectFrom("agent_tasks")
            .select(["id", "order_id", "payment_intent_id", "paid_fen"])
            .where("id", "in", taskIds)
            .execute();
    const ledger = await verifyLedger(world.context);
    // A single process has no shared stream to compare with: only the duplicates are counted there.
    const {
      missed,
      twice: eventsTwice,
      published,
    } = redisUrl
      ? await compareStreams(db, redisUrl, users)
      : { missed: 0, twice: users.reduce((sum, run) => sum + run.follower.duplicates, 0), published: 0 };
    return {
      stepsRunTwice: twice.length,
      ordersDoubled: doubled.length,
      tasksWithoutOrder: tasks.filter(
        (task) => !task.order_id || !task.payment_intent_id || task.paid_fen <= 0,
      ).length,
      ledgerBalanced: ledger.ok,
      ledgerProblems: ledger.problems,
      eventsMissed: missed,
      eventsTwice,
      eventsPublished: published,
    };
  } finally {
    await world.close();
  }
}

/** Every entry of the deployment's stream for each user against the ids that user's stream got. */
async function compareStreams(
  db: string,
  redisUrl: string,
  users: UserRun[],
): Promise<{ missed: number; twice: number; published: number }> {
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl);
  try {
    const key = `dimple:events:${new URL(db).pathname.slice(1)}`;
    const byUser = new Map<string, string[]>();
    let from = "-";
    for (;;) {
      const entries = await redis.xrange(key, from, "+", "COUNT", 5000);
      for (const [id, fields] of entries) {
        const userId = fields[fields.indexOf("u") + 1] as string;
        byUser.set(userId, [...(byUser.get(userId) ?? []), id]);
      }
      if (entries.length < 5000) break;
      from = `(${entries.at(-1)?.[0]}`;
    }
    let missed = 0;
    let published = 0;
    for (const run of users) {
      const got = new Set(run.follower.ids);
      const expected = byUser.get(run.userId) ?? [];
      published += expected.length;
      missed += expected.filter((id) => !got.has(id)).length;
    }
    return { missed, twice: users.reduce((sum, run) => sum + run.follower.duplicates, 0), published };
  } finally {
    redis.disconnect();
  }
}
