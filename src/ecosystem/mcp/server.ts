import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import type { ServiceContext } from "../../kernel/context.ts";
import type { ServiceName } from "../../kernel/service-name.ts";
import { invokeTool, type ToolDefinition, toolJsonSchema } from "../../kernel/tool.ts";

/**
 * Serves one sandbox service's tools over MCP. We use the low-level Server rather than McpServer so
 * that input validation goes through `invokeTool`: a bad argument comes back as our typed error
 * (`{"error":{"code","message","field"}}` with isError) exactly as it does in-process.
 */
export function createMcpServer(
  service: ServiceName,
  tools: readonly ToolDefinition[],
  context: ServiceContext,
): Server {
  const server = new Server(
    { name: `dimple-sandbox-${service}`, version: "0.1.0" },
    { capabilities: { tools: {} } },
  );
  const byName = new Map(tools.map((tool) => [tool.name, tool]));

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      inputSchema: toolJsonSchema(tool) as { type: "object"; [key: string]: unknown },
      annotations: {
        readOnlyHint: tool.effect === "read",
        destructiveHint: tool.effect === "money",
        idempotentHint: tool.effect === "read",
        openWorldHint: false,
      },
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = byName.get(request.params.name);
    if (!tool) {
      const error = { code: "unknown_tool", message: `no tool named ${request.params.name}`, field: "name" };
      return { isError: true, content: [{ type: "text", text: JSON.stringify({ error }) }] };
    }
    const result = await invokeTool(tool, context, request.params.arguments ?? {});
    return result.ok
      ? {
          content: [{ type: "text", text: JSON.stringify(result.data) }],
          structuredContent: asRecord(result.data),
        }
      : { isError: true, content: [{ type: "text", text: JSON.stringify({ error: result.error }) }] };
  });
  return server;
}

function asRecord(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === "object" && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : { result: data };
}
