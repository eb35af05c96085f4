import type { toolsByService } from "../../ecosystem/tools.ts";
import { brainOption, dbOption, defineCommand } from "../help.ts";

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

/** `dimple mcp <service>|assistant`: its options and help (the command is mcp.ts). */
export const mcpSpec = defineCommand({
  name: "mcp",
  args: `<${MCP_SERVICES.join("|")}|assistant>`,
  about:
    "Serves one sandbox service's tools, or Dimple itself (assistant: dimple_chat, dimple_tasks, dimple_task, dimple_orders, dimple_cancel), as an MCP server on stdio (stdout belongs to the protocol; logs go to stderr).",
  options: {
    db: dbOption,
    brain: { ...brainOption, help: `${brainOption.help} (assistant)` },
    "public-url": {
      type: "string",
      value: "URL",
      help: "the web app's address for confirm links (assistant; env DIMPLE_PUBLIC_URL)",
      default: "http://localhost:3000",
    },
  },
  notes: [
    "assistant: DIMPLE_API_KEY=dmp_… names the user (create a key in Settings or with POST /api/keys).",
    "It never confirms a payment: cards come back with a link to confirm in the web app.",
  ],
});
