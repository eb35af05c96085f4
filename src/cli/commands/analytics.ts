import { openWorld } from "../../compose/open-world.ts";
import { computeAnalytics } from "../../flywheel/analytics/report.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { formatFen } from "../../kernel/money.ts";
import { parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { printJson } from "../output.ts";
import { analyticsSpec } from "./analytics.options.ts";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** `dimple analytics [--json] [--db URL]`: the operator's figures from the flywheel store. */
export async function analyticsCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, analyticsSpec.options);
  const world = await openWorld({ db: values.db ?? DEFAULT_DB_URL });
  try {
    await new FlywheelRecorder(world.context).flush();
    const report = await computeAnalytics(world.context);
    if (values.json) {
      printJson(report);
      return 0;
    }
    const { users, funnel, gmv, latencyMs, retention } = report;
    console.log(`Dimple analytics as of ${report.asOf}`);
    console.log(
      `  users ${users.total} · DAU ${users.dau} · WAU ${users.wau} · MAU ${users.mau} · DAU/MAU ${percent(users.activeRate)} · stickiness ${percent(users.stickiness)}`,
    );
    console.log(`  uses per user per month ${report.usesPerUserPerMonth}`);
    console.log(
      `  retention D1 ${percent(retention.d1.rate)} · D7 ${percent(retention.d7.rate)} · D14 ${percent(retention.d14.rate)} · D28 ${percent(retention.d28.rate)}`,
    );
    console.log(
      `  funnel intent ${funnel.intent} → quote ${funnel.quote} → confirm ${funnel.confirm} → paid ${funnel.paid} → delivered ${funnel.delivered}`,
    );
    console.log(
      `  GMV ${formatFen(gmv.grossFen)} (refunded ${formatFen(gmv.refundedFen)}, ${gmv.orders} orders, average ${formatFen(gmv.averageOrderFen)})`,
    );
    console.log(`  turns per completed task ${report.turnsPerTask.mean} (median ${report.turnsPerTask.p50})`);
    console.log(
      `  latency p50 ${latencyMs.p50} ms · p90 ${latencyMs.p90} · p95 ${latencyMs.p95} · p99 ${latencyMs.p99} (${latencyMs.turns} turns)`,
    );
    console.log("  success by intent:");
    for (const [intent, entry] of Object.entries(report.successByIntent))
      console.log(`    ${intent.padEnd(16)} ${percent(entry.rate).padStart(6)} of ${entry.turns}`);
    console.log(
      `  success by language: ${Object.entries(report.successByLang)
        .map(([lang, entry]) => `${lang} ${percent(entry.rate)} of ${entry.turns}`)
        .join(" · ")}`,
    );
    console.log("  failure reasons:");
    for (const [reason, count] of Object.entries(report.failureReasons).slice(0, 10))
      console.log(`    ${String(count).padStart(5)} ${reason}`);
    return 0;
  } finally {
    await world.close();
  }
}
