import { parseBrainKind } from "../../agent/brain/index.ts";
import { loadProbes, runProbes } from "../../agent/eval/probe-suite.ts";
import { seededWorldImage } from "../../compose/seed-image.ts";
import { parseCommandArgs } from "../args.ts";
import { printJson } from "../output.ts";
import { evalProbeSpec } from "./eval-probe.options.ts";

/** `dimple eval probe [--file FILE|DIR] [--brain …] [--only ID] [--json]` */
export async function evalProbeCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, evalProbeSpec.options);
  const brain = parseBrainKind(values.brain ?? evalProbeSpec.options.brain.default);
  let probes = loadProbes(values.file ?? evalProbeSpec.options.file.default);
  if (values.only) probes = probes.filter((probe) => probe.id.includes(values.only as string));
  const report = await runProbes(probes, {
    brain,
    worldImage: seededWorldImage,
    onResult: (result) => {
      if (values.json) return;
      process.stderr.write(`${result.passed ? "✓" : "✗"} ${result.id}\n`);
      for (const failure of result.failures) process.stderr.write(`    ${failure}\n`);
      if (!result.passed) process.stderr.write(`    reply: ${JSON.stringify(result.reply.slice(0, 200))}\n`);
    },
  });
  if (values.json) printJson(report);
  else {
    console.log(`${report.n} probes (${brain} brain): pass ${report.passRate}`);
    for (const [lang, entry] of Object.entries(report.byLang))
      console.log(`  ${lang}: ${entry.n} probes, pass ${entry.passRate}`);
    for (const [intent, row] of Object.entries(report.byIntent))
      console.log(
        `  ${intent.padEnd(14)} ${Object.entries(row)
          .map(([lang, cell]) => `${lang} ${cell.passed}/${cell.n}`)
          .join("  ")}`,
      );
  }
  return 0;
}
