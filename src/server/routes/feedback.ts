import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

const feedbackBody = z.object({
  sessionId: z.string().min(1).max(60),
  rating: z.enum(["up", "down"]),
  reason: z.string().trim().max(500).optional(),
});

/** Thumbs up or down on the last reply of one of the user's sessions: `POST /api/feedback`. */
export const feedbackRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;
  const recorder =
    agent.observer instanceof FlywheelRecorder ? agent.observer : new FlywheelRecorder(context);

  app.post(
    "/api/feedback",
    routeDoc({ summary: "Feedback on a reply", tag: "chat", body: feedbackBody }),
    async (request, reply) => {
      const { userId } = await authenticate(context, request);
      const body = parseRequest(feedbackBody, request.body);
      // Another user's session is a plain 404, as everywhere.
      await agent.sessions.getOwned(userId, body.sessionId);
      const recorded = await recorder.feedback({
        userId,
        sessionId: body.sessionId,
        rating: body.rating,
        source: "app",
        ...(body.reason ? { reason: body.reason } : {}),
      });
      return reply.status(201).send(recorded);
    },
  );
};
