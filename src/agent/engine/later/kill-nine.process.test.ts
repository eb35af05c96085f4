import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { verifyLedger } from "../../../ecosystem/pay/verify-ledger.ts";
import { seededTestDatabase } from "../../../ecosystem/world/test-cache.ts";
import { createWorld } from "../../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../../kernel/clock.ts";
import { SeededRandom } from "../../../kernel/random.ts";
import { openDatabase } from "../../../store/database.ts";
import { EmbeddedBrain } from "../../brain/embedded/brain.ts";
import { openChat } from "../../brain/embedded/skills/chat-testing.ts";
import { createAgent } from "../../runtime.ts";
import { latteRequest } from "../../testing.ts";
import { nextOccurrence } from "./recurrence.ts";
import { reminderText } from "./reminders.ts";

const USER = "u_xiaoming";
const SEED = 7;
const HOUR = 3_600_000;
const RULE = "FREQ=DAILY;BYHOUR=9,13,19;BYMINUTE=0;BYSECOND=0";
/** A recurring reminder's rule: every day at 08:00. */
const DAILY = "FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0";
/** How far the processes take the clock: two and a half days of runs, reminders and rides. */
const SPAN_MS = 60 * HOUR;
const CHILD = fileURLToPath(new URL("./due-work-process.ts", import.meta.url));
const KILLS = 4;

const directory = mkdtempSync(join(tmpdir(), "dimple-kill9-"));
/** Every child started, so none outlives the test (a timeout included). */
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const running of children) running.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
});

/** A SQLite file holding the seeded world, a confirmed recurring order, scheduled rides and reminders. */
async function prepare(path: string) {
  const image = await seededTestDatabase("sqlite", SEED);
  writeFileSync(path, image.image?.() as Buffer);
  await image.close();
  const clock = new SimulatedClock();
  const world = await createWorld({ db: openDatabase(`sqlite:${path}`), seed: SEED, clock });
  const agent = createAgent({ world, brain: new EmbeddedBrain() });
  const start = clock.now();
  const order = await latteRequest(agent, USER);
  const session = await agent.sessions.create(USER, "zh");
  const card = await agent.engine.start(USER, session.id, {
    kind: "recurring_order",
    title: "拿铁",
    args: {
      order: order.args,
      rule: RULE,
      ruleText: { zh: "每天三次", en: "three times a day" },
      perRunCapFen: 5000,
      expiresAt: start + 30 * 24 * HOUR,
    },
    lang: "zh",
  });
  const plan = await agent.engine.confirm(USER, card.id, card.cart_hash as string);
  expect(plan.status).toBe("scheduled");
  const send = await openChat(agent, USER, "zh");
  const rides: string[] = [];
  for (const words of ["明天早上8点帮我叫车去杭州东站", "后天下午3点帮我叫车去萧山机场"]) {
    const ride = (await send(words)).tasks[0];
    expect(ride?.kind).toBe("ride_hail");
    const confirmed = await agent.engine.confirm(
      USER,
      ride?.taskId as string,
      ride?.quote?.cartHash as string,
    );
    expect(confirmed.status).toBe("scheduled");
    rides.push(confirmed.id);
  }
  const reminders = [];
  for (const [index, offset] of [3, 17, 17, 30, 41, 55].entries())
    reminders.push(
      await agent.reminders.create({
        userId: USER,
        sessionId: session.id,
        note: `kill-9 reminder ${index}`,
        lang: "zh",
        dueAt: start + offset * HOUR + index * 60_000,
      }),
    );
  const daily = await agent.reminders.create({
    userId: USER,
    sessionId: session.id,
    note: "kill-9 daily",
    lang: "en",
    rule: DAILY,
  });
  await world.saveTime();
  await world.close();
  return { planId: plan.id, rides, reminders, daily, start };
}

/** A rule's occurrences from its start up to `until`, in order. */
function occurrences(rule: string, startMs: number, until: number): number[] {
  const times: number[] = [];
  let at = nextOccurrence(rule, startMs, startMs);
  while (at !== undefined && at <= until) {
    times.push(at);
    at = nextOccurrence(rule, startMs, at);
  }
  return times;
}

/** Starts a due-work process; resolves its exit once it is killed or finishes. */
function child(path: string, until: number) {
  const process_ = spawn(process.execPath, ["--import", "tsx", CHILD, path, String(SEED), String(until)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(process_);
  let output = "";
  let errors = "";
  process_.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  process_.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    process_.on("exit", (code, signal) => {
      children.delete(process_);
      resolve({ code, signal });
    }),
  );
  const ready = new Promise<void>((resolve) => {
    const check = () => (output.includes("ready") ? resolve() : setTimeout(check, 10));
    check();
  });
  return { process: process_ as ChildProcess, exited, ready, output: () => output, errors: () => errors };
}

describe("due work across kill -9 of a real process", () => {
  it("runs every due occurrence, reminder and ride exactly once, in order, never early, ledger balanced", async () => {
    const path = join(directory, "world.sqlite");
    const { planId, rides, reminders, daily, start } = await prepare(path);
    const until = start + SPAN_MS;
    const random = new SeededRandom(20261206);
    let killed = 0;
    for (let attempt = 0; attempt < KILLS; attempt++) {
      const run = child(path, until);
      await Promise.race([run.ready, run.exited]);
      // A random moment of its work, counted in the steps it reports (not in milliseconds, which
      // depend on the machine's load): right after it resumes, or a few steps into the runs.
      const steps = random.int(0, 4);
      await new Promise<void>((resolve) => {
        const check = () =>
          run.output().split("\nat ").length - 1 >= steps || run.output().includes("done")
            ? resolve()
            : setTimeout(check, 2);
        check();
      });
      const finished = run.output().includes("done");
      if (!finished) run.process.kill("SIGKILL");
      const exit = await run.exited;
      if (finished) break;
      expect(exit.signal, run.errors()).toBe("SIGKILL");
      killed++;
    }
    const last = child(path, until);
    const exit = await last.exited;
    expect(exit.code, last.errors()).toBe(0);
    expect(last.output()).toContain("done");
    expect(killed).toBeGreaterThanOrEqual(3);

    const database = openDatabase(`sqlite:${path}`);
    const world = await createWorld({ db: database, seed: SEED, clock: new SimulatedClock(until) });
    try {
      const db = database.db;
      // Recurring order: every occurrence up to the end, each paid once, claimed in order, never early.
      const plan = await db
        .selectFrom("agent_recurring_orders")
        .selectAll()
        .where("id", "=", planId)
        .executeTakeFirstOrThrow();
      const expected = occurrences(RULE, plan.created_at, until);
      expect(expected.length).toBeGreaterThanOrEqual(7);
      const runs = await db
        .selectFrom("agent_recurring_runs")
        .selectAll()
        .where("plan_id", "=", planId)
        .execute();
      const byTime = runs.map((run) => Number(run.occurrence_at)).sort((a, b) => a - b);
      expect(byTime).toEqual(expected);
      for (const run of runs) {
        expect(run.status, new Date(Number(run.occurrence_at)).toISOString()).toBe("paid");
        expect(Number(run.claimed_at)).toBeGreaterThanOrEqual(Number(run.occurrence_at));
        expect(Number(run.finished_at)).toBeGreaterThanOrEqual(Number(run.claimed_at));
      }
      const byClaim = [...runs].sort(
        (a, b) =>
          Number(a.claimed_at) - Number(b.claimed_at) || Number(a.occurrence_at) - Number(b.occurrence_at),
      );
      expect(byClaim.map((run) => Number(run.occurrence_at))).toEqual(byTime);
      expect(Number(plan.spent_fen)).toBe(runs.reduce((sum, run) => sum + Number(run.amount_fen), 0));
      const orders = await db
        .selectFrom("agent_tasks")
        .select(["id", "order_id", "payment_intent_id", "created_at", "status"])
        .where("parent_task_id", "=", planId)
        .execute();
      expect(orders).toHaveLength(runs.length);
      const occurrenceOf = new Map(runs.map((run) => [run.task_id, Number(run.occurrence_at)]));
      for (const order of orders) {
        expect(order.order_id).not.toBeNull();
        expect(Number(order.created_at)).toBeGreaterThanOrEqual(occurrenceOf.get(order.id) as number);
      }
      const placed = await db
        .selectFrom("commerce_orders")
        .select("id")
        .where(
          "id",
          "in",
          orders.map((order) => order.order_id as string),
        )
        .execute();
      expect(placed).toHaveLength(runs.length);

      // Money: one live intent per paid order, captured once; nothing charged twice.
      const intents = await db
        .selectFrom("pay_intents")
        .select(["id", "status", "amount_fen", "captured_fen"])
        .where("user_id", "=", USER)
        .where("created_at", ">=", start)
        .execute();
      const live = intents.filter((intent) => intent.status !== "canceled");
      expect(live).toHaveLength(runs.length + rides.length);
      const orderIntents = new Set(orders.map((order) => order.payment_intent_id));
      for (const intent of live.filter((each) => each.status === "succeeded"))
        if (orderIntents.has(intent.id)) expect(Number(intent.captured_fen)).toBe(Number(intent.amount_fen));
        // A ride is authorised for its estimate and captured for the fare, never above it.
        else expect(Number(intent.captured_fen)).toBeLessThanOrEqual(Number(intent.amount_fen));

      // Scheduled rides: each started once, at or after its time.
      for (const rideId of rides) {
        const ride = await db
          .selectFrom("agent_tasks")
          .selectAll()
          .where("id", "=", rideId)
          .executeTakeFirstOrThrow();
        expect(ride.status).toBe("completed");
        const trips = await db
          .selectFrom("rides_trips")
          .select(["requested_at"])
          .where("user_id", "=", USER)
          .where("id", "=", ride.order_id as string)
          .execute();
        expect(trips).toHaveLength(1);
        expect(Number(trips[0]?.requested_at)).toBeGreaterThanOrEqual(Number(ride.scheduled_for));
      }

      // Reminders: each delivered once, at or after its time, in the order of their times.
      const delivered = await db
        .selectFrom("agent_reminders")
        .selectAll()
        .where(
          "id",
          "in",
          reminders.map((reminder) => reminder.id),
        )
        .execute();
      for (const reminder of delivered) {
        expect(reminder.status).toBe("delivered");
        expect(Number(reminder.delivered_at)).toBeGreaterThanOrEqual(Number(reminder.due_at));
      }
      const notesAbout = (words: string) =>
        db
          .selectFrom("agent_notifications")
          .select(["text", "at"])
          .where("user_id", "=", USER)
          .where("text", "like", `%${words}%`)
          .orderBy("at")
          .orderBy("id")
          .execute();
      const notes = await notesAbout("kill-9 reminder");
      expect(notes.map((note) => /kill-9 reminder (\d)/u.exec(note.text)?.[1])).toEqual([
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
      ]);
      // The recurring reminder: each morning's occurrence told once, in order.
      const mornings = occurrences(DAILY, daily.created_at, until);
      const told = await notesAbout("kill-9 daily");
      expect(told.map((note) => note.text)).toEqual(
        mornings.map((at) => reminderText({ ...daily, due_at: at })),
      );
      for (const [index, note] of told.entries())
        expect(Number(note.at)).toBeGreaterThanOrEqual(mornings[index] as number);
      expect((await verifyLedger(world.context)).ok).toBe(true);
    } finally {
      await world.close();
    }
  }, 180_000);
});
