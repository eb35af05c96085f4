import type { FastifyPluginAsync } from "fastify";
import { PolicyUpdate } from "../../agent/risk/policy-update.ts";
import type { RouteOptions } from "../app.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";

/** The signed-in user's spending rules (limits, merchant lists, auto-approve, PIN) and spending. */
export const policyRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;

  app.get("/api/policies", async (request) => {
    const { userId } = await authenticate(context, request);
    return agent.risk.policy(userId);
  });

  app.put("/api/policies", async (request) => {
    const { userId } = await authenticate(context, request);
    const update = parseRequest(PolicyUpdate, request.body);
    return agent.risk.updatePolicy(userId, update);
  });

  app.get("/api/spending", async (request) => {
    const { userId } = await authenticate(context, request);
    return agent.risk.spending(userId);
  });
};
