import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { apiKeyScope, createApiKey, listApiKeys, revokeApiKey } from "../auth/api-keys.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

const createBody = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(apiKeyScope).min(1).max(3),
});
const idParams = z.object({ id: z.string().min(1).max(60) });

/**
 * The signed-in user's API keys for outside clients (MCP, OpenAI-compatible). Only a sign-in token
 * manages keys: a key cannot mint or list keys.
 */
export const apiKeyRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;

  app.post(
    "/api/keys",
    routeDoc({ summary: "Create an API key (shown once) for /mcp and /v1", tag: "keys", body: createBody }),
    async (request, reply) => {
      const { userId } = await authenticate(context, request);
      const body = parseRequest(createBody, request.body);
      await app.limits.keyCreationPerUser(request, reply, userId);
      return reply.status(201).send(await createApiKey(context, userId, body));
    },
  );

  app.get(
    "/api/keys",
    routeDoc({ summary: "The user's API keys (never the key itself)", tag: "keys" }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      return listApiKeys(context, userId);
    },
  );

  app.delete(
    "/api/keys/:id",
    routeDoc({ summary: "Revoke an API key", tag: "keys", params: idParams }),
    async (request, reply) => {
      const { userId } = await authenticate(context, request);
      const { id } = parseRequest(idParams, request.params, "id");
      await revokeApiKey(context, userId, id);
      return reply.status(204).send();
    },
  );
};
