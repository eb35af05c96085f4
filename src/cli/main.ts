import { DimpleError } from "../kernel/errors.ts";
import { type CommandSpec, formatHelp, type GroupSpec, usageText, wantsHelp } from "./help.ts";
import { reportCliError } from "./output.ts";

type Command = (args: string[]) => Promise<number>;

/**
 * Commands load on demand, so `dimple serve` does not pay for the benchmark or the evaluator; their
 * help (`dimple <command> --help`) comes from small `*.options.ts` modules that hold the options
 * each command parses, so printing it loads none of the command's code.
 */
export const commands: Record<
  string,
  { summary: string; help: () => Promise<CommandSpec | GroupSpec>; load: () => Promise<Command> }
> = {
  serve: {
    summary: "web app + API on :3000",
    help: async () => (await import("./commands/serve.options.ts")).serveSpec,
    load: async () => (await import("./commands/serve.ts")).serveCommand,
  },
  worker: {
    summary: "fulfilment steps, scheduled work and world ticks for several processes",
    help: async () => (await import("./commands/worker.options.ts")).workerSpec,
    load: async () => (await import("./commands/worker.ts")).workerCommand,
  },
  chat: {
    summary: "terminal chat, or a scripted conversation with --script",
    help: async () => (await import("./commands/chat.options.ts")).chatSpec,
    load: async () => (await import("./commands/chat.ts")).chatCommand,
  },
  world: {
    summary: "seed | reset | stats of the sandbox world",
    help: async () => (await import("./commands/world.options.ts")).worldSpec,
    load: async () => (await import("./commands/world.ts")).worldCommand,
  },
  mcp: {
    summary: "one sandbox service as an MCP server on stdio",
    help: async () => (await import("./commands/mcp.options.ts")).mcpSpec,
    load: async () => (await import("./commands/mcp.ts")).mcpCommand,
  },
  nlu: {
    summary: "train | classify | versions | use — the embedded NLU",
    help: async () => (await import("./commands/nlu.options.ts")).nluSpec,
    load: async () => (await import("./commands/nlu.ts")).nluCommand,
  },
  eval: {
    summary: "nlu --data FILE | scenarios | faithfulness | probe — evaluations",
    help: async () => (await import("./commands/eval.options.ts")).evalSpec,
    load: async () => evalCommand,
  },
  audit: {
    summary: "verify — check the hash-chained audit log for edited or deleted entries",
    help: async () => (await import("./commands/audit.options.ts")).auditSpec,
    load: async () => (await import("./commands/audit.ts")).auditCommand,
  },
  flywheel: {
    summary: "export sft|dpo|eval | purge | delete-user | consent | rollback — the data flywheel",
    help: async () => (await import("./commands/flywheel.options.ts")).flywheelSpec,
    load: async () => (await import("./commands/flywheel.ts")).flywheelCommand,
  },
  analytics: {
    summary: "DAU/WAU/MAU, retention, funnel, GMV, latency from the flywheel",
    help: async () => (await import("./commands/analytics.options.ts")).analyticsSpec,
    load: async () => (await import("./commands/analytics.ts")).analyticsCommand,
  },
  simulate: {
    summary: "--users N --days D: simulated traffic through the real agent",
    help: async () => (await import("./commands/simulate.options.ts")).simulateSpec,
    load: async () => (await import("./commands/simulate.ts")).simulateCommand,
  },
  bench: {
    summary: "the performance benchmark (docs/BENCHMARKS.md)",
    help: async () => (await import("./commands/bench.options.ts")).benchSpec,
    load: async () => (await import("./commands/bench.ts")).benchCommand,
  },
};

const usage = `usage: dimple <command> [options]

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join("\n")}

"dimple <command> --help" describes a command's options.`;

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
    if (wantsHelp(rest)) {
      process.stdout.write(`${formatHelp(await command.help(), rest)}\n`);
      return 0;
    }
    return await (await command.load())(rest);
  } catch (error) {
    return reportCliError(error, json);
  }
}

/** `dimple eval nlu|scenarios|faithfulness …` */
async function evalCommand(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === "nlu") return (await import("./commands/eval-nlu.ts")).evalNluCommand(rest);
  if (what === "scenarios") return (await import("./commands/eval-scenarios.ts")).evalScenariosCommand(rest);
  if (what === "faithfulness")
    return (await import("./commands/eval-faithfulness.ts")).evalFaithfulnessCommand(rest);
  if (what === "probe") return (await import("./commands/eval-probe.ts")).evalProbeCommand(rest);
  const { evalSpec } = await import("./commands/eval.options.ts");
  throw new DimpleError("invalid_argument", usageText(evalSpec), { field: "what" });
}
