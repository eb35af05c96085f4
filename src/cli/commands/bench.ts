import { loadLlmConfig } from "../../agent/brain/llm/config.ts";
import { benchLlmHttp } from "../../bench/llm-http.ts";
import { runBenchmark } from "../../bench/run.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { createTestDatabase, postgresUnavailable } from "../../store/scratch.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { printJson } from "../output.ts";
import { benchSpec } from "./bench.options.ts";

/**
 * `dimple bench [--json] [--count N] [--concurrency N] [--sessions N] [--no-postgres]`, or
 * `dimple bench --brain llm [--turns N] [--port N] [--mock-log FILE] [--json]` for the LLM mode over
 * HTTP against the model at DIMPLE_LLM_BASE_URL (see docs/BENCHMARKS.md).
 */
export async function benchCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, benchSpec.options);
  if (values.brain !== undefined && values.brain !== "embedded" && values.brain !== "llm")
    throw new DimpleError("invalid_argument", "dimple bench takes --brain embedded or llm", {
      field: "--brain",
    });
  if (values.brain === "llm") {
    const config = loadLlmConfig();
    const report = await benchLlmHttp({
      baseUrl: config.baseUrl ?? "",
      model: config.model,
      turns: integerFlag(values.turns, "--turns", benchSpec.options.turns.default),
      turnsPerSession: 20,
      port: integerFlag(values.port, "--port", benchSpec.options.port.default),
      ...((values["mock-log"] ?? process.env.MOCK_LOG)
        ? { mockLog: values["mock-log"] ?? process.env.MOCK_LOG }
        : {}),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    if (values.json) printJson(report);
    else console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const usePostgres = !values["no-postgres"] && postgresUnavailable === undefined;
  const report = await runBenchmark({
    count: integerFlag(values.count, "--count", benchSpec.options.count.default),
    concurrency: integerFlag(values.concurrency, "--concurrency", benchSpec.options.concurrency.default),
    sessions: integerFlag(values.sessions, "--sessions", benchSpec.options.sessions.default),
    ...(usePostgres ? { postgres: () => createTestDatabase("postgres") } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (values.json) printJson(report);
  else console.log(JSON.stringify(report, null, 2));
  return 0;
}
