import { parseBrainKind } from "../../agent/brain/index.ts";
import { llmUsage } from "../../agent/brain/llm/usage-meter.ts";
import { loadSuite, runSuite } from "../../agent/eval/suite.ts";
import { seededWorldImage } from "../../compose/seed-image.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { printJson } from "../output.ts";
import { evalScenariosSpec } from "./eval-scenarios.options.ts";

/** `dimple eval scenarios [--suite DIR] [--trials K] [--brain …] [--only ID] [--json]` */
export async function evalScenariosCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, evalScenariosSpec.options);
  const trials = integerFlag(values.trials, "--trials", evalScenariosSpec.options.trials.default);
  if (trials < 1 || trials > 10)
    throw new DimpleError("invalid_argument", "--trials must be between 1 and 10", { field: "--trials" });
  const brain = parseBrainKind(values.brain ?? evalScenariosSpec.options.brain.default);
  let scenarios = loadSuite(values.suite ?? evalScenariosSpec.options.suite.default);
  if (values.only) scenarios = scenarios.filter((scenario) => scenario.id.includes(values.only as string));
  const report = await runSuite(scenarios, {
    trials,
    brain,
    worldImage: seededWorldImage,
    observer: (world) => new FlywheelRecorder(world.context),
    onResult: (result) => {
      if (!values.json) {
        process.stderr.write(
          `${result.passed ? "✓" : "✗"} ${result.id} [trial ${result.trial + 1}] ${result.millis} ms\n`,
        );
        for (const failure of result.failures) process.stderr.write(`    ${failure}\n`);
      }
    },
  });
  // Model tokens and latency of every LLM turn in the run (LLM and hybrid brains).
  const llm = brain === "embedded" ? undefined : llmUsage.summary();
  if (values.json) printJson(llm ? { ...report, llm } : report);
  else {
    console.log(`${report.scenarios} scenarios × ${report.trials} trials (${brain} brain)`);
    for (const [name, value] of Object.entries(report.passAt)) console.log(`  ${name} = ${value}`);
    for (const [lang, entry] of Object.entries(report.byLang))
      console.log(`  ${lang}: ${entry.scenarios} scenarios, pass^1 ${entry.pass1}`);
    console.log(`  median scenario ${report.medianMillis} ms`);
    if (llm)
      console.log(
        `  LLM: ${llm.turns} turns, ${llm.modelCalls} model calls, tokens ${llm.promptTokens} prompt (${llm.cachedPromptTokens} cached) + ${llm.completionTokens} completion${llm.estimatedTokens ? " (some estimated)" : ""}, median ${llm.medianPromptTokens} prompt tokens/turn, median model ${llm.medianModelMs} ms/turn, outcomes ${JSON.stringify(llm.outcomes)}`,
      );
    const perTask = report.tokensPerTask;
    if (llm)
      console.log(
        `  tokens per task: ${perTask.tasks} tasks, median ${perTask.median}, mean ${perTask.mean}, total ${perTask.total} (${perTask.promptTokens} prompt + ${perTask.completionTokens} completion)`,
      );
  }
  return 0;
}
