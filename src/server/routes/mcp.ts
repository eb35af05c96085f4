import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { DimpleError } from "../../ecosystem/kernel/errors.ts";
import { createAssistantMcpServer } from "../assistant/mcp-server.ts";
import { authenticateApiKey } from "../auth.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

/** Where the web app is, for confirm links: the configured public URL, else this request's origin. */
export const baseUrlOf = (request: FastifyRequest, publicUrl: string | undefined) =>
  publicUrl ?? `${request.protocol}://${request.host}`;

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
