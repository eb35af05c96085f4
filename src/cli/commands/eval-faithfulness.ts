import { appendFileSync, writeFileSync } from "node:fs";
import { parseBrainKind } from "../../agent/brain/index.ts";
import { type Judged, measureFaithfulness } from "../../agent/eval/faithfulness/index.ts";
import { seededWorldImage } from "../../compose/seed-image.ts";
import { DEFAULT_SEED } from "../../ecosystem/world/world.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { printJson } from "../output.ts";
import { evalFaithfulnessSpec } from "./eval-faithfulness.options.ts";

/** `dimple eval faithfulness [--n N] [--seed S] [--brain …] [--examples] [--json]` */
export async function evalFaithfulnessCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, evalFaithfulnessSpec.options);
  const n = integerFlag(values.n, "--n", evalFaithfulnessSpec.options.n.default);
  if (n < 1 || n > 20_000)
    throw new DimpleError("invalid_argument", "--n must be between 1 and 20000", { field: "--n" });
  const seed = integerFlag(values.seed, "--seed", evalFaithfulnessSpec.options.seed.default);
  const brain = parseBrainKind(values.brain ?? evalFaithfulnessSpec.options.brain.default);
  if (values.cases) writeFileSync(values.cases, "");
  const report = await measureFaithfulness({
    n,
    seed,
    worldSeed: DEFAULT_SEED,
    brain,
    worldImage: seededWorldImage,
    ...(values.only ? { only: values.only.split(",").map((id) => id.trim()) } : {}),
    onCase: (judged, index) => {
      if (values.cases) appendFileSync(values.cases, `${JSON.stringify(caseRecord(judged))}\n`);
      if (values.json || (index + 1) % 50 !== 0) return;
      process.stderr.write(`${index + 1}/${n} cases\n`);
    },
  });
  if (values.json) {
    printJson(report);
    return 0;
  }
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(
    `${report.n} requests (seed ${seed}, ${brain} brain), ${report.satisfiable} the world can satisfy`,
  );
  console.log(
    `  exact card ${percent(report.exactCardRate)}, asked instead ${percent(report.askedRate)} (of satisfiable)`,
  );
  console.log(
    `  silent divergences ${report.silentDivergences}, named ${report.namedDivergences}, failures ${JSON.stringify(report.failures)}`,
  );
  const unsatisfiable = report.unsatisfiable;
  console.log(
    `  unsatisfiable ${unsatisfiable.n}: declined honestly ${unsatisfiable.declinedHonestly}, silent ${unsatisfiable.silent}, named ${unsatisfiable.named}`,
  );
  for (const [lang, entry] of Object.entries(report.byLang))
    console.log(
      `  ${lang}: ${entry.n} requests, exact ${percent(entry.exactCardRate)}, asked ${percent(entry.askedRate)}, silent ${entry.silentDivergences}`,
    );
  for (const [composition, entry] of Object.entries(report.byComposition))
    console.log(
      `  composed ${composition}: ${entry.n} requests, exact ${percent(entry.exactCardRate)}, asked ${percent(entry.askedRate)}, silent ${entry.silentDivergences}, failures ${JSON.stringify(entry.failures)}`,
    );
  console.log("  kind        n  exact  asked  silent  named  failed");
  for (const [kind, stats] of Object.entries(report.byKind))
    console.log(
      `  ${kind.padEnd(10)}${String(stats.n).padStart(4)}${String(stats.exact).padStart(7)}${String(stats.asked).padStart(7)}${String(stats.silent).padStart(8)}${String(stats.named).padStart(7)}${String(stats.failed).padStart(8)}`,
    );
  if (values.examples)
    for (const [kind, examples] of Object.entries(report.examples))
      for (const example of examples ?? [])
        console.log(
          `  [${kind}] ${example.turns.join(" / ")}\n      ${example.detail}\n      reply: ${example.reply}`,
        );
  console.log(`  ${(report.millis / 1000).toFixed(1)} s`);
  return 0;
}

/** One case as written to --cases: what was asked, what came back, and the verdict. */
function caseRecord({ request, transcript, verdict }: Judged) {
  return {
    ...request,
    replies: transcript.turns.map((turn) => turn.replies),
    options: transcript.turns.map((turn) => turn.options),
    cards: transcript.cards.map((card) => ({
      kind: card.kind,
      status: card.status,
      merchant: card.quote?.merchant,
      lines: card.quote?.lines.map((line) => ({
        name: line.name,
        qty: line.qty,
        unitFen: line.unitFen,
        options: line.options,
      })),
      totalFen: card.quote?.totalFen,
      etaMinutes: card.quote?.etaMinutes,
      address: card.quote?.address,
      scheduledFor: card.scheduledFor,
    })),
    ...(transcript.crashed ? { crashed: transcript.crashed } : {}),
    verdict,
  };
}
