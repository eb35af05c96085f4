import { DimpleError } from "../ecosystem/kernel/errors.ts";
import { chatCommand } from "./commands/chat.ts";
import { evalNluCommand } from "./commands/eval-nlu.ts";
import { evalScenariosCommand } from "./commands/eval-scenarios.ts";
import { mcpCommand } from "./commands/mcp.ts";
import { nluCommand } from "./commands/nlu.ts";
import { serveCommand } from "./commands/serve.ts";
import { worldCommand } from "./commands/world.ts";
import { reportCliError } from "./output.ts";

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: serveCommand,
  chat: chatCommand,
  world: worldCommand,
  nlu: nluCommand,
  eval: evalCommand,
  mcp: mcpCommand,
};

const usage = `usage: dimple <command> [options]

commands:
  ${Object.keys(commands).join("\n  ")}`;

/** The CLI entry: picks the command and converts any error to output in one place. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const json = rest.includes("--json");
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command)
      throw new DimpleError("invalid_argument", `unknown command "${name}"\n${usage}`, { field: "command" });
    return await command(rest);
  } catch (error) {
    return reportCliError(error, json);
  }
}

/** `dimple eval nlu|scenarios …` */
async function evalCommand(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === "nlu") return evalNluCommand(rest);
  if (what === "scenarios") return evalScenariosCommand(rest);
  throw new DimpleError(
    "invalid_argument",
    "usage: dimple eval nlu --data FILE.jsonl [--json] | dimple eval scenarios [--trials K] [--json]",
    {
      field: "what",
    },
  );
}
