import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { DimpleError } from "../../kernel/errors.ts";
import { authenticateApiKey } from "../auth.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

/** Where the web app is, for confirm links: the configured public URL, else this request's origin. */
export const baseUrlOf = (request: FastifyRequest, publicUrl: string | undefined) =>
  publicUrl ?? `${request.protocol}://${request.host}`;

/**
 * The MCP SDK and Dimple's MCP server, loaded on the first `/mcp` request. The SDK stays outside
 * the bundle and brings some 180 modules of its own (a second zod, v3 and v4, zod-to-json-schema,
 * hono): 13 MB resident that a server never asked over MCP kept for nothing (docs/BENCHMARKS.md,
 * "Memory, session 9").
 */
let mcpModules:
  | Promise<
      [
        typeof import("@modelcontextprotocol/sdk/server/streamableHttp.js"),
        typeof import("../assistant/mcp-server.ts"),
      ]
    >
  | undefined;
const loadMcp = () =>
  (mcpModules ??= Promise.all([
    import("@modelcontextprotocol/sdk/server/streamableHttp.js"),
    import("../assistant/mcp-server.ts"),
  ]));

/**
 * `/mcp`: Dimple as an MCP server over Streamable HTTP, stateless (a server per request, so any
 * process of a deployment can answer), for the user of the API key in `Authorization: Bearer`.
 */
export const mcpRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, publicUrl }) => {
  const context = agent.world.context;

  app.post(
    "/mcp",
    routeDoc({
      summary: "Dimple as an MCP server (Streamable HTTP, JSON-RPC body)",
      tag: "mcp",
      caller: "key",
    }),
    async (request, reply) => {
      const caller = await authenticateApiKey(context, request);
      await app.limits.perApiKey(request, reply, caller.keyId);
      const [{ StreamableHTTPServerTransport }, { createAssistantMcpServer }] = await loadMcp();
      const server = createAssistantMcpServer(agent, caller, baseUrlOf(request, publicUrl));
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      reply.hijack();
      reply.raw.on("close", () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    },
  );

  // Stateless: no server-initiated stream to open, no session to end.
  const notAllowed = async () => {
    throw new DimpleError("method_not_allowed", "this MCP endpoint is stateless: POST JSON-RPC messages", {
      status: 405,
      field: "method",
    });
  };
  app.get("/mcp", notAllowed);
  app.delete("/mcp", notAllowed);
};
