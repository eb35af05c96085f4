import { timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import { DimpleError } from "../../kernel/errors.ts";
import { authenticate, bearerOf } from "../auth.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

/** GET /api/health (public) and GET /metrics (an operator's token or the configured metrics token). */
export const healthRoutes: FastifyPluginAsync<RouteOptions> = async (
  app,
  { agent, metrics, metricsToken },
) => {
  const context = agent.world.context;
  app.get("/api/health", routeDoc({ summary: "Liveness", tag: "health", caller: "none" }), async () => ({
    status: "ok",
    brain: agent.brain.name,
    db: agent.world.database.dialect,
    worldTime: new Date(agent.world.context.clock.now()).toISOString(),
  }));
  app.get(
    "/metrics",
    routeDoc({
      summary: "Prometheus metrics (operator or metrics token)",
      tag: "health",
      caller: "metrics",
    }),
    async (request, reply) => {
      const bearer = bearerOf(request);
      if (!(metricsToken && bearer && sameSecret(bearer, metricsToken))) {
        const { role } = await authenticate(context, request);
        if (role !== "operator")
          throw new DimpleError("forbidden", "metrics are for operators", {
            status: 403,
            field: "authorization",
          });
      }
      reply.header("content-type", metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );
};

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};
