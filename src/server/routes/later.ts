import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { planZone, title } from "../../agent/engine/later/recurring-orders.ts";
import { zoneOf } from "../../agent/engine/later/reminders.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

const idParams = z.object({ id: z.string().min(1).max(80) });
const planAction = z.object({ id: z.string().min(1).max(80), action: z.enum(["pause", "resume"]) });

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The caller's reminders and recurring orders (with their open mandate, runs and spend). Setting
 * them up is done in chat; cancelling a recurring order is `POST /api/tasks/:id/cancel` on its card.
 */
export const laterRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;

  app.get("/api/reminders", routeDoc({ summary: "The user's reminders", tag: "later" }), async (request) => {
    const { userId } = await authenticate(context, request);
    return (await agent.reminders.pending(userId)).map((reminder) => ({
      id: reminder.id,
      note: reminder.note,
      dueAt: iso(reminder.due_at),
      lang: reminder.lang,
      timeZone: zoneOf(reminder),
      ...(reminder.rule
        ? {
            rule: reminder.rule,
            ruleText: JSON.parse(reminder.rule_text ?? "null") as { zh: string; en: string },
          }
        : {}),
    }));
  });

  app.delete(
    "/api/reminders/:id",
    routeDoc({ summary: "Delete a reminder", tag: "later", params: idParams }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const { id } = parseRequest(idParams, request.params, "id");
      if (!(await agent.reminders.cancel(userId, id)))
        throw new DimpleError("not_found", `reminder ${id} was not found`, { status: 404, field: "id" });
      return { id, status: "cancelled" };
    },
  );

  app.get(
    "/api/recurring-orders",
    routeDoc({ summary: "The user's recurring orders", tag: "later" }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const plans = await agent.engine.recurring.plans(userId);
      return Promise.all(
        plans.map(async (plan) => ({
          id: plan.id,
          rule: plan.rule,
          timeZone: planZone(plan),
          ruleText: JSON.parse(plan.rule_text) as { zh: string; en: string },
          title: { zh: title(plan, "zh"), en: title(plan, "en") },
          status: plan.status,
          nextRunAt: iso(plan.next_run_at),
          spentFen: plan.spent_fen,
          expiresAt: iso(plan.expires_at),
          mandate: await agent.risk.openMandates.forPlan(userId, plan.id),
          runs: (await agent.engine.recurring.runs(plan.id)).map((run) => ({
            occurrenceAt: iso(run.occurrence_at),
            status: run.status,
            amountFen: run.amount_fen,
            taskId: run.task_id,
          })),
        })),
      );
    },
  );

  app.post(
    "/api/recurring-orders/:id/:action",
    routeDoc({ summary: "Pause or resume a recurring order", tag: "later", params: planAction }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const { id, action } = parseRequest(planAction, request.params, "action");
      const plan = (await agent.engine.recurring.plans(userId)).find((each) => each.id === id);
      if (!plan)
        throw new DimpleError("not_found", `recurring order ${id} was not found`, {
          status: 404,
          field: "id",
        });
      const changed = await agent.engine.recurring.setPaused(userId, id, action === "pause");
      if (!changed)
        throw new DimpleError("invalid_state", `recurring order ${id} is ${plan.status}`, {
          status: 409,
          field: "id",
        });
      return { id, status: action === "pause" ? "paused" : "active" };
    },
  );
};
