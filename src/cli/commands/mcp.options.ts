import type { toolsByService } from "../../ecosystem/tools.ts";
import { dbOption, defineCommand } from "../help.ts";

type Service = keyof typeof toolsByService;

/** The services `dimple mcp` serves, listed here so `--help` needs no tool definitions. */
export const MCP_SERVICES = [
  "commerce",
  "maps",
  "pay",
  "tickets",
  "rides",
] as const satisfies readonly Service[];

// Fails to compile when a service is added to toolsByService but not to MCP_SERVICES.
const _everyService: Exclude<Service, (typeof MCP_SERVICES)[number]> extends never ? true : never = true;
void _everyService;

/** `dimple mcp <service>`: its options and help (the command is mcp.ts). */
export const mcpSpec = defineCommand({
  name: "mcp",
  args: `<${MCP_SERVICES.join("|")}>`,
  about:
    "Serves one sandbox service's tools as an MCP server on stdio (stdout belongs to the protocol; logs go to stderr).",
  options: { db: dbOption },
});
