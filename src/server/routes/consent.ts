import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import {
  DEFAULT_CONSENT,
  getConsent,
  MAX_RETENTION_DAYS,
  setConsent,
} from "../../flywheel/privacy/consent.ts";
import { deleteUserData } from "../../flywheel/privacy/deletion.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

const consentBody = z.object({
  share: z.boolean(),
  retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).optional(),
});

/** The user's flywheel consent (`GET/PUT /api/consent`) and "delete my data" (`DELETE /api/me/data`). */
export const consentRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;

  app.get(
    "/api/consent",
    routeDoc({ summary: "The user's data-sharing consent", tag: "privacy" }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      return {
        ...(await getConsent(context, userId)),
        defaults: { share: DEFAULT_CONSENT.share, retentionDays: DEFAULT_CONSENT.retentionDays },
      };
    },
  );

  app.put(
    "/api/consent",
    routeDoc({ summary: "Set the data-sharing consent", tag: "privacy", body: consentBody }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const body = parseRequest(consentBody, request.body);
      return setConsent(context, userId, {
        share: body.share,
        ...(body.retentionDays === undefined ? {} : { retentionDays: body.retentionDays }),
      });
    },
  );

  app.delete(
    "/api/me/data",
    routeDoc({ summary: "Delete the user's data", tag: "privacy" }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      return { removed: await deleteUserData(context, userId) };
    },
  );
};
