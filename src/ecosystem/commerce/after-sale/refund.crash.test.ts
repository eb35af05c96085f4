import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_WORLD_START_MS, SimulatedClock } from "../../../kernel/clock.ts";
import { SeededRandom } from "../../../kernel/random.ts";
import { openDatabase } from "../../../store/database.ts";
import { capturePaymentIntent, getWallet, verifyLedger } from "../../pay/index.ts";
import { seededTestDatabase } from "../../world/test-cache.ts";
import { createWorld } from "../../world/world.ts";
import { placeOrder } from "../place-order.ts";
import { quoteCart } from "../quote.ts";
import { readLines } from "../rows.ts";
import { authorizeQuote, freshKey } from "../testing.ts";
import { linePaidFen } from "./rules.ts";

/**
 * A real kill -9 during refunds: a child process files after-sale claims on a SQLite file (instant
 * ones refund at once, reviewed ones refund when the clock moves) and is killed with SIGKILL at a
 * seeded random moment, several times over several runs, then restarted until it finishes. Each
 * line's refund must land exactly once, never above what was paid for the line, and the ledger must
 * balance.
 */
const RUNS = Number(process.env.DIMPLE_REFUND_CRASH_RUNS ?? 3);
const SEED = Number(process.env.DIMPLE_REFUND_CRASH_SEED ?? 16);
const CHILD = fileURLToPath(new URL("./refund-crash-child.ts", import.meta.url));
const USER = "u_xiaoming";
const ORDERS = 4;
const MINUTE = 60_000;
// Restarts are this far apart on the simulated clock: past the pay service's in-flight lease, so a
// refund key a killed process held is taken over by its successor.
const RESTART_GAP_MS = 11 * MINUTE;

const directory = mkdtempSync(join(tmpdir(), "dimple-refund-crash-"));
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
});

/** Delivered, captured orders of two lines each: a ¥29 line (claims approved at once) and a ¥75 line (reviewed). */
async function prepare(dbPath: string) {
  const seeded = await seededTestDatabase("sqlite", 20261126);
  writeFileSync(dbPath, seeded.image?.() as Buffer);
  await seeded.close();
  const clock = new SimulatedClock(DEFAULT_WORLD_START_MS + 60 * MINUTE);
  const world = await createWorld({
    db: openDatabase(`sqlite:${dbPath}`),
    clock,
    ids: "random",
    autoSeed: false,
  });
  const orders: { orderId: string; intentId: string; totalFen: number; linePaid: number[] }[] = [];
  for (let index = 0; index < ORDERS; index++) {
    const quote = await quoteCart(world.context, {
      userId: USER,
      merchantId: "m_luckin_binjiang",
      addressId: "u_xiaoming_office",
      lines: [
        { skuId: "sku_luckin_binjiang_01", qty: 1, options: {} },
        { skuId: "sku_luckin_binjiang_02", qty: 3, options: {} },
      ],
      couponIds: [],
    });
    const intentId = await authorizeQuote(world.context, quote);
    const order = await placeOrder(world.context, {
      userId: USER,
      quoteId: quote.quoteId,
      paymentIntentId: intentId,
      idempotencyKey: freshKey(`crash-${index}`),
    });
    await capturePaymentIntent(world.context, { intentId, idempotencyKey: freshKey("capture") });
    orders.push({ orderId: order.orderId, intentId, totalFen: order.totalFen, linePaid: [] });
  }
  await world.advance(90 * MINUTE);
  for (const order of orders) {
    const row = await world.context.db
      .selectFrom("commerce_orders")
      .selectAll()
      .where("id", "=", order.orderId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("delivered");
    order.linePaid = readLines(row.lines).map((line) => linePaidFen(row, line));
  }
  const walletBefore = (await getWallet(world.context, USER)).availableFen;
  const startAt = clock.now();
  await world.close();
  return { orders, walletBefore, startAt };
}

/**
 * Runs the child once; resolves with its output, or "killed" when it was cut short after
 * `killAfterSteps` steps of its work (claims filed, then the clock's advance): counted in steps, not
 * milliseconds, so the kill lands among the refunds however fast the machine is.
 */
function runChild(
  dbPath: string,
  planPath: string,
  startAt: number,
  killAfterSteps?: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, dbPath, planPath, String(startAt)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    let stdout = "";
    let stderr = "";
    let killing = false;
    child.stdout?.on("data", (chunk) => {
      stdout += String(chunk);
      if (killAfterSteps === undefined || killing || !stdout.includes("ready\n")) return;
      const steps = (stdout.match(/^(?:filed |advancing)/gmu) ?? []).length;
      if (steps >= killAfterSteps) {
        killing = true;
        child.kill("SIGKILL");
      }
    });
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (signal === "SIGKILL") resolve("killed");
      else if (code === 0 && stdout.includes("done\n")) resolve(stdout);
      else reject(new Error(`child exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

describe.skipIf(process.env.DIMPLE_SKIP_CRASH === "1")("crash test: kill -9 during refunds", () => {
  it(`refunds every claimed line exactly once across ${RUNS} runs of seeded kills and restarts`, async () => {
    const random = new SeededRandom(SEED);
    let kills = 0;
    for (let run = 0; run < RUNS; run++) {
      const dbPath = join(directory, `run-${run}.db`);
      const planPath = join(directory, `run-${run}.json`);
      const { orders, walletBefore, startAt } = await prepare(dbPath);
      // Per order: the ¥29 line twice (two keys, two kinds: one must be refused), the ¥75 line once.
      const claims = orders.flatMap((order, index) => [
        { key: `r${run}-o${index}-a`, orderId: order.orderId, kind: "missing_item", lineIndex: 0 },
        { key: `r${run}-o${index}-b`, orderId: order.orderId, kind: "missing_item", lineIndex: 1, qty: 3 },
        { key: `r${run}-o${index}-c`, orderId: order.orderId, kind: "spilled", lineIndex: 0 },
      ]);
      writeFileSync(planPath, JSON.stringify({ userId: USER, claims }));
      // One to three kills a run, each at a seeded step of the work (right after opening, among the
      // claims, or during the clock's advance that runs the reviews), then a run to the end.
      const killsThisRun = random.int(1, 3);
      let restart = 0;
      for (; restart < killsThisRun; restart++) {
        const outcome = await runChild(
          dbPath,
          planPath,
          startAt + restart * RESTART_GAP_MS,
          random.int(0, claims.length + 1),
        );
        if (outcome === "killed") kills++;
      }
      const finished = await runChild(dbPath, planPath, startAt + restart * RESTART_GAP_MS);
      expect(finished).toContain("done");

      const world = await createWorld({
        db: openDatabase(`sqlite:${dbPath}`),
        ids: "random",
        autoSeed: false,
      });
      try {
        const { db } = world.context;
        let refundedInAll = 0;
        for (const order of orders) {
          const claimRows = await db
            .selectFrom("commerce_claims")
            .selectAll()
            .where("order_id", "=", order.orderId)
            .execute();
          const refunds = await db
            .selectFrom("pay_refunds")
            .selectAll()
            .where("intent_id", "=", order.intentId)
            .execute();
          // One claim per line, both refunded, each by exactly one refund of exactly its amount.
          expect(claimRows.map((claim) => claim.target).sort()).toEqual(["line:0", "line:1"]);
          for (const claim of claimRows) {
            const line = claim.line_index as number;
            expect(claim.status).toBe("refunded");
            expect(claim.amount_fen).toBe(order.linePaid[line]);
            const own = refunds.filter((refund) => refund.reason.includes(claim.id));
            expect(own).toHaveLength(1);
            expect(own[0]?.amount_fen).toBe(claim.amount_fen);
            expect(claim.refunded_fen).toBe(claim.amount_fen);
          }
          const refundedFen = refunds.reduce((sum, refund) => sum + refund.amount_fen, 0);
          expect(refunds).toHaveLength(2);
          expect(refundedFen).toBeLessThanOrEqual(order.totalFen);
          refundedInAll += refundedFen;
        }
        expect((await getWallet(world.context, USER)).availableFen).toBe(walletBefore + refundedInAll);
        const ledger = await verifyLedger(world.context);
        expect(ledger.ok, JSON.stringify(ledger)).toBe(true);
      } finally {
        await world.close();
      }
    }
    // The seeded moments must actually cut processes short, or the test proves nothing.
    expect(kills).toBeGreaterThan(0);
  }, 180_000);
});
