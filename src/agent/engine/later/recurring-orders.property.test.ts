import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verifyLedger } from "../../../ecosystem/pay/verify-ledger.ts";
import { allTools } from "../../../ecosystem/tools.ts";
import { seededTestDatabase } from "../../../ecosystem/world/test-cache.ts";
import { createWorld, type World } from "../../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../../kernel/clock.ts";
import { EmbeddedBrain } from "../../brain/embedded/brain.ts";
import { type Agent, createAgent } from "../../runtime.ts";
import { latteRequest } from "../../testing.ts";
import { InProcessToolClient, type ToolClient } from "../../tools/client.ts";
import { nextOccurrence } from "./recurrence.ts";

const USER = "u_xiaoming";
const HOUR = 3_600_000;
const SEED = 7;

/** Where the first process dies: just before a tool call takes effect, or just after (effect done, not recorded). */
interface Crash {
  tool: string;
  when: "before" | "after";
  /** Which call of that tool (0 = the first). */
  nth: number;
}

/**
 * Tools that freeze forever at one call, like a process killed there: nothing after it runs in this
 * process, and what the service did (or did not do) stays as it is in the database.
 */
class FreezingTools implements ToolClient {
  frozen = false;
  /** Calls count (and freeze) only once armed: setting up the plan is not what is tested. */
  armed = false;
  readonly reached: Promise<void>;
  #signal: () => void = () => {};
  #seen = 0;

  constructor(
    private readonly inner: ToolClient,
    private readonly crash: Crash | undefined,
  ) {
    this.reached = new Promise((resolve) => {
      this.#signal = resolve;
    });
  }

  list() {
    return this.inner.list();
  }

  async call<Output>(name: string, args: unknown) {
    if (this.frozen) return new Promise<never>(() => {});
    const hit = this.armed && this.crash?.tool === name && this.#seen++ === this.crash.nth;
    if (hit && this.crash?.when === "before") return this.#freeze();
    const result = await this.inner.call<Output>(name, args);
    if (hit) return this.#freeze();
    return result;
  }

  #freeze(): Promise<never> {
    this.frozen = true;
    this.#signal();
    return new Promise<never>(() => {});
  }
}

async function runtime(world: World, tools?: ToolClient): Promise<Agent> {
  return createAgent({ world, brain: new EmbeddedBrain(), ...(tools ? { tools } : {}) });
}

const RULES = [
  "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
  "FREQ=DAILY;BYHOUR=12;BYMINUTE=30;BYSECOND=0",
  "FREQ=WEEKLY;BYDAY=MO,WE,FR,SU;BYHOUR=18;BYMINUTE=15;BYSECOND=0",
  "FREQ=DAILY;BYHOUR=7,19;BYMINUTE=0;BYSECOND=0",
];

const CRASHES: (Crash | undefined)[] = [
  undefined,
  ...[
    "commerce_quote_cart",
    "pay_create_intent",
    "pay_confirm_intent",
    "commerce_place_order",
    "pay_capture",
  ].flatMap((tool) =>
    (["before", "after"] as const).flatMap((when) => [0, 1].map((nth) => ({ tool, when, nth }))),
  ),
];

describe("recurring orders: every due occurrence is paid exactly once", () => {
  it("for random rules and clock jumps, in order, never early, across a process frozen mid-run and a restart", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...RULES),
        fc.array(fc.integer({ min: 5 * 60_000, max: 40 * HOUR }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...CRASHES),
        async (rule, jumps, crash) => {
          const database = await seededTestDatabase("sqlite", SEED);
          const clock = new SimulatedClock();
          const first = await createWorld({ db: database, seed: SEED, clock });
          const freezing = new FreezingTools(new InProcessToolClient(allTools, first.context), crash);
          let agent = await runtime(first, freezing);
          let world = first;
          try {
            const order = await latteRequest(agent, USER);
            const card = await agent.engine.start(USER, (await agent.sessions.create(USER, "zh")).id, {
              kind: "recurring_order",
              title: "拿铁",
              args: {
                order: order.args,
                rule,
                ruleText: { zh: "定期", en: "recurring" },
                perRunCapFen: 5000,
                expiresAt: clock.now() + 30 * 24 * HOUR,
              },
              lang: "zh",
            });
            expect(card.status).toBe("awaiting_confirmation");
            const plan = await agent.engine.confirm(USER, card.id, card.cart_hash as string);
            expect(plan.status).toBe("scheduled");
            freezing.armed = true;
            // The jumps, then three more hours for the last deliveries to finish.
            for (const jump of [...jumps, 3 * HOUR]) {
              const target = clock.now() + jump;
              if (world === first) {
                const outcome = await Promise.race([
                  first.advance(jump).then(() => "done" as const),
                  freezing.reached.then(() => "frozen" as const),
                ]);
                if (outcome === "done") continue;
                // The first process is gone (frozen for good); a new one opens the same database.
                world = await createWorld({ db: database, seed: SEED, clock });
                agent = await runtime(world);
                await agent.engine.resume();
              }
              await world.advance(Math.max(0, target - clock.now()));
            }
            await agent.engine.idle();
            const end = clock.now();

            const runs = await agent.engine.recurring.runs(plan.id, 1000);
            const planRow = await database.db
              .selectFrom("agent_recurring_orders")
              .selectAll()
              .where("id", "=", plan.id)
              .executeTakeFirstOrThrow();
            const expected: number[] = [];
            for (
              let at = nextOccurrence(rule, planRow.created_at, planRow.created_at);
              at !== undefined && at <= end;
            ) {
              expected.push(at);
              at = nextOccurrence(rule, planRow.created_at, at);
            }
            const occurrences = runs.map((run) => Number(run.occurrence_at)).sort((a, b) => a - b);
            expect(occurrences).toEqual(expected);
            for (const run of runs) {
              expect(run.status, `run at ${new Date(Number(run.occurrence_at)).toISOString()}`).toBe("paid");
              expect(Number(run.claimed_at)).toBeGreaterThanOrEqual(Number(run.occurrence_at));
              const task = await agent.engine.store.get(run.task_id);
              expect(task?.created_at).toBeGreaterThanOrEqual(Number(run.occurrence_at));
            }
            // Claimed in the order of their times.
            const byClaim = [...runs].sort(
              (a, b) =>
                Number(a.claimed_at) - Number(b.claimed_at) ||
                Number(a.occurrence_at) - Number(b.occurrence_at),
            );
            expect(byClaim.map((run) => Number(run.occurrence_at))).toEqual(occurrences);
            // Money: one intent and one order per run, each captured once, and the ledger balances.
            const intents = await database.db
              .selectFrom("pay_intents")
              .select(["id", "status", "amount_fen", "captured_fen"])
              .where("user_id", "=", USER)
              .where("created_at", ">=", planRow.created_at)
              .execute();
            expect(intents.filter((intent) => intent.status !== "canceled")).toHaveLength(runs.length);
            for (const intent of intents.filter((each) => each.status === "succeeded"))
              expect(Number(intent.captured_fen)).toBe(Number(intent.amount_fen));
            const orders = await database.db
              .selectFrom("agent_tasks")
              .select(["id", "order_id"])
              .where("parent_task_id", "=", plan.id)
              .execute();
            expect(orders.filter((task) => task.order_id !== null)).toHaveLength(runs.length);
            expect((await verifyLedger(world.context)).ok).toBe(true);
          } finally {
            await database.close();
          }
        },
      ),
      { numRuns: Number(process.env.DIMPLE_PROPERTY_RUNS ?? 12), seed: 20261206, endOnFailure: true },
    );
  }, 300_000);
});
