import type { FastifyPluginAsync } from "fastify";
import { computeAnalytics } from "../../flywheel/analytics/report.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { authenticate } from "../auth.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

/** The operator's figures, `GET /api/analytics`: operators only. */
export const analyticsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;
  const recorder =
    agent.observer instanceof FlywheelRecorder ? agent.observer : new FlywheelRecorder(context);

  app.get(
    "/api/analytics",
    routeDoc({ summary: "Operator analytics", tag: "analytics", caller: "operator" }),
    async (request) => {
      const { role } = await authenticate(context, request);
      if (role !== "operator")
        throw new DimpleError("forbidden", "analytics are for operators", { status: 403, field: "role" });
      await recorder.flush();
      return computeAnalytics(context);
    },
  );
};
