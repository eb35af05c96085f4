import { runBenchmark } from "../../bench/run.ts";
import { createTestDatabase, postgresUnavailable } from "../../store/scratch.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { printJson } from "../output.ts";

/** `dimple bench [--json] [--count N] [--concurrency N] [--sessions N] [--no-postgres]` (see docs/BENCHMARKS.md). */
export async function benchCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    json: { type: "boolean" },
    count: { type: "string" },
    concurrency: { type: "string" },
    sessions: { type: "string" },
    "no-postgres": { type: "boolean" },
  });
  const usePostgres = !values["no-postgres"] && postgresUnavailable === undefined;
  const report = await runBenchmark({
    count: integerFlag(values.count, "--count", 300),
    concurrency: integerFlag(values.concurrency, "--concurrency", 8),
    sessions: integerFlag(values.sessions, "--sessions", 200),
    ...(usePostgres ? { postgres: () => createTestDatabase("postgres") } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (values.json) printJson(report);
  else console.log(JSON.stringify(report, null, 2));
  return 0;
}
