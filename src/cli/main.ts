import { DimpleError } from "../ecosystem/kernel/errors.ts";
import { reportCliError } from "./output.ts";

type Command = (args: string[]) => Promise<number>;

// Commands load on demand, so `dimple serve` does not pay for the benchmark or the evaluator.
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: {
    summary: "web app + API on :3000",
    load: async () => (await import("./commands/serve.ts")).serveCommand,
  },
  chat: {
    summary: "terminal chat, or a scripted conversation with --script",
    load: async () => (await import("./commands/chat.ts")).chatCommand,
  },
  world: {
    summary: "seed | reset | stats of the sandbox world",
    load: async () => (await import("./commands/world.ts")).worldCommand,
  },
  mcp: {
    summary: "one sandbox service as an MCP server on stdio",
    load: async () => (await import("./commands/mcp.ts")).mcpCommand,
  },
  nlu: {
    summary: "train | classify | versions | use — the embedded NLU",
    load: async () => (await import("./commands/nlu.ts")).nluCommand,
  },
  eval: { summary: "nlu --data FILE | scenarios — evaluations", load: async () => evalCommand },
  audit: {
    summary: "verify — check the hash-chained audit log for edited or deleted entries",
    load: async () => (await import("./commands/audit.ts")).auditCommand,
  },
  flywheel: {
    summary: "export sft|dpo|eval | purge | delete-user | consent | rollback — the data flywheel",
    load: async () => (await import("./commands/flywheel.ts")).flywheelCommand,
  },
  analytics: {
    summary: "DAU/WAU/MAU, retention, funnel, GMV, latency from the flywheel",
    load: async () => (await import("./commands/analytics.ts")).analyticsCommand,
  },
  simulate: {
    summary: "--users N --days D: simulated traffic through the real agent",
    load: async () => (await import("./commands/simulate.ts")).simulateCommand,
  },
  bench: {
    summary: "the performance benchmark (docs/BENCHMARKS.md)",
    load: async () => (await import("./commands/bench.ts")).benchCommand,
  },
};

const usage = `usage: dimple <command> [options]

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`)
  .join("\n")}`;

/** The CLI entry: picks the command and converts any error to output in one place. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const json = rest.includes("--json");
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage);
    return name ? 0 : 2;
  }
  try {
    const command = commands[name];
    if (!command)
      throw new DimpleError("invalid_argument", `unknown command "${name}"\n${usage}`, { field: "command" });
    return await (await command.load())(rest);
  } catch (error) {
    return reportCliError(error, json);
  }
}

/** `dimple eval nlu|scenarios …` */
async function evalCommand(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === "nlu") return (await import("./commands/eval-nlu.ts")).evalNluCommand(rest);
  if (what === "scenarios") return (await import("./commands/eval-scenarios.ts")).evalScenariosCommand(rest);
  throw new DimpleError(
    "invalid_argument",
    "usage: dimple eval nlu --data FILE.jsonl [--json] | dimple eval scenarios [--trials K] [--json]",
    {
      field: "what",
    },
  );
}
