import type { FastifyPluginAsync } from "fastify";
import type { RouteOptions } from "../app.ts";

/** GET /api/health and GET /metrics. */
export const healthRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, metrics }) => {
  app.get("/api/health", async () => ({
    status: "ok",
    brain: agent.brain.name,
    db: agent.world.database.dialect,
    worldTime: new Date(agent.world.context.clock.now()).toISOString(),
  }));
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
