import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createBrain, parseBrainKind } from "../../agent/brain/index.ts";
import { RiskRoom } from "../../agent/risk/risk-room.ts";
import { createAgent } from "../../agent/runtime.ts";
import { InProcessToolClient } from "../../agent/tools/client.ts";
import { openWorld } from "../../compose/open-world.ts";
import { createMcpServer } from "../../ecosystem/mcp/server.ts";
import { allTools, toolsByService } from "../../ecosystem/tools.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { createAssistantMcpServer } from "../../server/assistant/mcp-server.ts";
import { apiKeyCaller } from "../../server/auth/api-keys.ts";
import { parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { usageText } from "../help.ts";
import { MCP_SERVICES, mcpSpec } from "./mcp.options.ts";

type McpServerLike = { connect: (transport: StdioServerTransport) => Promise<void>; onclose?: () => void };

/**
 * `dimple mcp <service> [--db URL]`: one sandbox service as an MCP server on stdio;
 * `dimple mcp assistant`: Dimple itself, for the user of the API key in DIMPLE_API_KEY.
 */
export async function mcpCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, mcpSpec.options);
  const name = positionals[0];
  const service = MCP_SERVICES.find((each) => each === name);
  if (!service && name !== "assistant") {
    throw new DimpleError("invalid_argument", usageText(mcpSpec), { field: "service" });
  }
  // stdout belongs to the protocol: anything we log goes to stderr.
  const world = await openWorld({
    db: values.db ?? DEFAULT_DB_URL,
    ids: "random",
    log: (error) => console.error(error),
  });
  try {
    const server = service ? sandboxServer(world, service) : await assistantServer(world, values);
    await server.connect(new StdioServerTransport());
    await new Promise<void>((resolve) => {
      server.onclose = resolve;
      process.stdin.on("end", resolve);
    });
  } finally {
    await world.close();
  }
  return 0;
}

function sandboxServer(world: World, service: (typeof MCP_SERVICES)[number]): McpServerLike {
  // The pay service authorizes nothing without a mandate from a trusted confirm, exactly as under
  // the engine: any MCP client could otherwise pay for any user.
  world.context.mandateVerifier = new RiskRoom(
    world.context,
    new InProcessToolClient(allTools, world.context),
  ).verifier;
  return createMcpServer(service, toolsByService[service], world.context);
}

async function assistantServer(
  world: World,
  values: { brain?: string | undefined; "public-url"?: string | undefined },
): Promise<McpServerLike> {
  const key = process.env.DIMPLE_API_KEY;
  const caller = key ? await apiKeyCaller(world.context, key) : undefined;
  if (!caller) {
    throw new DimpleError(
      "unauthenticated",
      key
        ? "DIMPLE_API_KEY is unknown or revoked: create a key in Settings or with POST /api/keys"
        : "set DIMPLE_API_KEY to an API key (Settings, or POST /api/keys)",
      { status: 401, field: "DIMPLE_API_KEY" },
    );
  }
  const brain = await createBrain(parseBrainKind(values.brain ?? "embedded"), world.context);
  const agent = createAgent({ world, brain, observer: new FlywheelRecorder(world.context) });
  const publicUrl = values["public-url"] ?? process.env.DIMPLE_PUBLIC_URL ?? "http://localhost:3000";
  return createAssistantMcpServer(agent, caller, publicUrl).server;
}
