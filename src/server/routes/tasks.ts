import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";
import { stampEvent } from "../stamp.ts";
import { orderViews, taskView, taskViews } from "../task-views.ts";

const idParams = z.object({ id: z.string().min(1).max(60) });
const confirmBody = z.object({
  cartHash: z.string().min(1).max(200),
  pin: z
    .string()
    .regex(/^\d{6}$/, "pin must be 6 digits")
    .optional(),
});

const evidenceBody = z.object({
  contentType: z.enum(["image/jpeg", "image/png", "image/webp"]),
  dataBase64: z
    .string()
    .min(8)
    .max(2_800_000)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/u, "expected base64"),
});

/** The trusted-surface actions (confirm, cancel) and the caller's own tasks and orders. */
export const taskRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, metrics }) => {
  const context = agent.world.context;

  app.post(
    "/api/tasks/:id/confirm",
    routeDoc({
      summary: "Confirm and pay a task's card (cart hash, PIN when asked)",
      tag: "tasks",
      params: idParams,
      body: confirmBody,
    }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const { id } = parseRequest(idParams, request.params, "id");
      const body = parseRequest(confirmBody, request.body);
      try {
        const task = await agent.engine.confirm(userId, id, body.cartHash, body.pin ? { pin: body.pin } : {});
        metrics.taskTransitions.labels("confirm", task.status).inc();
        return { events: [stampEvent(await agent.engine.eventFor(task), context.clock.now())] };
      } catch (error) {
        metrics.taskTransitions.labels("confirm", "refused").inc();
        throw error;
      }
    },
  );

  // A photo for a claim's card (after-sale): up to 2 MB of image, so the body may be larger than usual.
  app.post(
    "/api/tasks/:id/evidence",
    {
      bodyLimit: 3 * 1024 * 1024,
      ...routeDoc({
        summary: "Attach a photo to an after-sale task",
        tag: "tasks",
        params: idParams,
        body: evidenceBody,
      }),
    },
    async (request) => {
      const { userId } = await authenticate(context, request);
      const { id } = parseRequest(idParams, request.params, "id");
      const body = parseRequest(evidenceBody, request.body);
      const task = await agent.engine.attachEvidence(userId, id, body);
      return { events: [stampEvent(await agent.engine.eventFor(task), context.clock.now())] };
    },
  );

  app.post(
    "/api/tasks/:id/cancel",
    routeDoc({ summary: "Cancel a task", tag: "tasks", params: idParams }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const { id } = parseRequest(idParams, request.params, "id");
      const task = await agent.engine.cancel(userId, id);
      metrics.taskTransitions.labels("cancel", task.status).inc();
      return { events: [stampEvent(await agent.engine.eventFor(task), context.clock.now())] };
    },
  );

  // Task reads carry the model tokens spent on the task (zeros when no model worked on it).
  app.get(
    "/api/tasks/:id",
    routeDoc({ summary: "One task with its card", tag: "tasks", params: idParams }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const { id } = parseRequest(idParams, request.params, "id");
      return taskView(agent, userId, id);
    },
  );

  app.get("/api/tasks", routeDoc({ summary: "The user's tasks", tag: "tasks" }), async (request) => {
    const { userId } = await authenticate(context, request);
    return taskViews(agent, userId);
  });

  app.get("/api/orders", routeDoc({ summary: "The user's orders", tag: "tasks" }), async (request) => {
    const { userId } = await authenticate(context, request);
    return orderViews(agent, userId);
  });

  app.get("/api/payments", routeDoc({ summary: "The user's payments", tag: "tasks" }), async (request) => {
    const { userId } = await authenticate(context, request);
    const result = await agent.tools.call<unknown>("pay_list_transactions", { userId });
    return result.ok ? result.data : [];
  });
};
