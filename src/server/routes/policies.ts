import type { FastifyPluginAsync } from "fastify";
import { PolicyUpdate } from "../../agent/risk/policy-update.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

/** The signed-in user's spending rules (limits, merchant lists, auto-approve, PIN) and spending. */
export const policyRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;

  app.get(
    "/api/policies",
    routeDoc({ summary: "The user's spending rules", tag: "policies" }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      return agent.risk.policy(userId);
    },
  );

  app.put(
    "/api/policies",
    routeDoc({ summary: "Change the spending rules", tag: "policies", body: PolicyUpdate }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const update = parseRequest(PolicyUpdate, request.body);
      return agent.risk.updatePolicy(userId, update);
    },
  );

  app.get("/api/spending", routeDoc({ summary: "The user's spending", tag: "policies" }), async (request) => {
    const { userId } = await authenticate(context, request);
    return agent.risk.spending(userId);
  });
};
