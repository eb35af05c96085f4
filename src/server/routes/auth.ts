import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { DEMO_USERS } from "../../ecosystem/world/demo-users.ts";
import { DimpleError } from "../../kernel/errors.ts";
import {
  ACCOUNT_PASSWORD_COST,
  login,
  revokeToken,
  rotateToken,
  SANDBOX_PASSWORD_COST,
} from "../auth/session-tokens.ts";
import { issueStreamTicket } from "../auth/stream-tickets.ts";
import { authenticate, bearerOf } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
const logoutBody = z.object({ everywhere: z.boolean().optional() });

/** Sign-in (rate-limited), sign-out, token rotation, stream tickets and the sandbox's demo users. */
export const authRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, sandbox }) => {
  const context = agent.world.context;
  // Sandbox accounts are seeded at a low cost; unknown names there do the same (low) work.
  const passwordCost = sandbox ? SANDBOX_PASSWORD_COST : ACCOUNT_PASSWORD_COST;

  // The operator's account is never listed: its password opens every user's figures.
  app.get(
    "/api/auth/demo-users",
    routeDoc({ summary: "The sandbox's demo users (404 outside the sandbox)", tag: "auth", caller: "none" }),
    async () => {
      if (!sandbox)
        throw new DimpleError("not_found", "demo users exist only in sandbox mode", { status: 404 });
      return DEMO_USERS.filter((user) => user.role !== "operator").map((user) => ({
        username: user.username,
        password: user.password,
        lang: user.lang,
        displayName: user.displayName,
        role: user.role,
      }));
    },
  );

  app.post(
    "/api/auth/login",
    routeDoc({
      summary: "Sign in: a bearer token (rate-limited per account and address)",
      tag: "auth",
      caller: "none",
      body: loginBody,
    }),
    async (request, reply) => {
      const body = parseRequest(loginBody, request.body);
      await app.limits.loginPerAddress(request, reply, request.ip);
      await app.limits.loginPerAccount(request, reply, body.username.toLowerCase());
      return login(context, body.username, body.password, passwordCost);
    },
  );

  app.post(
    "/api/auth/logout",
    routeDoc({ summary: "Sign out: revoke this token, or all of the user's", tag: "auth", body: logoutBody }),
    async (request, reply) => {
      await authenticate(context, request);
      const body = parseRequest(logoutBody, request.body);
      await revokeToken(context, bearerOf(request) as string, { everywhere: body.everywhere ?? false });
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/auth/refresh",
    routeDoc({ summary: "Rotate the token: a new one, the old revoked", tag: "auth" }),
    async (request) => {
      await authenticate(context, request);
      const rotated = await rotateToken(context, bearerOf(request) as string);
      if (!rotated)
        throw new DimpleError("unauthenticated", "the token was already rotated or revoked", {
          status: 401,
          field: "authorization",
        });
      return rotated;
    },
  );

  app.post(
    "/api/events/tickets",
    routeDoc({ summary: "A single-use 60 s ticket for GET /api/events?ticket=", tag: "events" }),
    async (request, reply) => {
      const { userId } = await authenticate(context, request);
      return reply.status(201).send(await issueStreamTicket(context, userId));
    },
  );
};
