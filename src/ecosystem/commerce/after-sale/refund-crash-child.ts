/**
 * The process that `refund.crash.test.ts` kills with SIGKILL: it opens the sandbox world on a SQLite
 * file, files the claims of a plan (each with its own idempotency key, all at once, so refunds
 * interleave), then moves the clock on so reviewed claims are decided and refunded, and prints
 * "done". Run again after a kill, it files the same claims with the same keys: whatever the dead
 * process left half done is finished, nothing is done twice.
 *
 * Usage: node --import tsx refund-crash-child.ts <sqlite path> <plan.json> <clock start ms>
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { SimulatedClock } from "../../../kernel/clock.ts";
import { DimpleError } from "../../../kernel/errors.ts";
import { openDatabase } from "../../../store/database.ts";
import { createWorld } from "../../world/world.ts";
import { fileClaim } from "./file-claim.ts";

const Plan = z.object({
  userId: z.string(),
  claims: z.array(
    z.object({
      key: z.string(),
      orderId: z.string(),
      kind: z.enum(["spilled", "missing_item", "wrong_item", "quality"]),
      lineIndex: z.number().int(),
      qty: z.number().int().optional(),
    }),
  ),
});

const [dbPath, planPath, startText] = process.argv.slice(2);
if (!dbPath || !planPath || !startText) {
  process.stderr.write("usage: refund-crash-child.ts <sqlite path> <plan.json> <clock start ms>\n");
  process.exit(2);
}
const plan = Plan.parse(JSON.parse(readFileSync(planPath, "utf8")));
// Random ids: a restarted process must not mint the ids its killed predecessor already used.
const world = await createWorld({
  db: openDatabase(`sqlite:${dbPath}`),
  clock: new SimulatedClock(Number(startText)),
  ids: "random",
  autoSeed: false,
});
process.stdout.write("ready\n");
const outcomes = await Promise.all(
  plan.claims.map((claim) =>
    fileClaim(world.context, {
      userId: plan.userId,
      orderId: claim.orderId,
      kind: claim.kind,
      lineIndex: claim.lineIndex,
      ...(claim.qty === undefined ? {} : { qty: claim.qty }),
      reason: `crash test ${claim.key}`,
      idempotencyKey: claim.key,
    }).then(
      (view) => {
        // Each claim says when it is through, so the test can kill among them whatever the machine's speed.
        process.stdout.write(`filed ${claim.key}\n`);
        return `${claim.key} ${view.status}`;
      },
      // Over-claims are refused by rule; anything else is a failure the test must see.
      (error: unknown) => {
        if (error instanceof DimpleError && error.status < 500) return `${claim.key} refused ${error.code}`;
        throw error;
      },
    ),
  ),
);
// Reviews fall due after 30 minutes; a refund a crash left unfinished is retried a minute later.
process.stdout.write("advancing\n");
await world.advance(3 * 60 * 60_000);
process.stdout.write(`${outcomes.join("\n")}\ndone\n`);
await world.close();
