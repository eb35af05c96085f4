import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { RiskRoom } from "../../agent/risk/risk-room.ts";
import { InProcessToolClient } from "../../agent/tools/client.ts";
import { DimpleError } from "../../ecosystem/kernel/errors.ts";
import { createMcpServer } from "../../ecosystem/mcp/server.ts";
import { allTools, toolsByService } from "../../ecosystem/tools.ts";
import { createWorld } from "../../ecosystem/world/world.ts";
import { parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { usageText } from "../help.ts";
import { MCP_SERVICES, mcpSpec } from "./mcp.options.ts";

/** `dimple mcp <service> [--db URL]`: one sandbox service as an MCP server on stdio. */
export async function mcpCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, mcpSpec.options);
  const service = positionals[0] as (typeof MCP_SERVICES)[number] | undefined;
  if (!service || !MCP_SERVICES.includes(service)) {
    throw new DimpleError("invalid_argument", usageText(mcpSpec), {
      field: "service",
    });
  }
  // stdout belongs to the protocol: anything we log goes to stderr.
  const world = await createWorld({
    db: values.db ?? DEFAULT_DB_URL,
    ids: "random",
    log: (error) => console.error(error),
  });
  // The pay service authorizes nothing without a mandate from a trusted confirm, exactly as under
  // the engine: any MCP client could otherwise pay for any user.
  world.context.mandateVerifier = new RiskRoom(
    world.context,
    new InProcessToolClient(allTools, world.context),
  ).verifier;
  const server = createMcpServer(service, toolsByService[service], world.context);
  await server.connect(new StdioServerTransport());
  await new Promise<void>((resolve) => {
    server.onclose = resolve;
    process.stdin.on("end", resolve);
  });
  await world.close();
  return 0;
}
