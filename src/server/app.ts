import Fastify, { type FastifyInstance } from "fastify";
import type { Agent } from "../agent/runtime.ts";
import { installErrorHandler } from "./errors.ts";
import { createMetrics } from "./metrics.ts";
import { accountRoutes } from "./routes/account.ts";
import { analyticsRoutes } from "./routes/analytics.ts";
import { chatRoutes } from "./routes/chat.ts";
import { consentRoutes } from "./routes/consent.ts";
import { feedbackRoutes } from "./routes/feedback.ts";
import { healthRoutes } from "./routes/health.ts";
import { laterRoutes } from "./routes/later.ts";
import { merchantRoutes } from "./routes/merchants.ts";
import { policyRoutes } from "./routes/policies.ts";
import { taskRoutes } from "./routes/tasks.ts";
import { endOpenStreams } from "./sse.ts";
import { serveWebApp } from "./static.ts";

export interface ServerOptions {
  agent: Agent;
  /** Sandbox mode lists demo users on the login page (GET /api/auth/demo-users). */
  sandbox?: boolean;
  logger?: boolean;
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string;
}

/** Builds the HTTP server: the API of CONTRACT.md, SSE, metrics and the web app. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "info", redact: ["req.headers.authorization"] } : false,
    bodyLimit: 64 * 1024,
  });
  const metrics = createMetrics();
  installErrorHandler(app);
  // Long-lived event streams would keep close() waiting; end them first.
  app.addHook("preClose", async () => endOpenStreams(app.server));
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    metrics.httpDuration
      .labels(request.method, route, String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });
  const shared = { agent: options.agent, metrics, sandbox: options.sandbox ?? true };
  await app.register(healthRoutes, shared);
  await app.register(accountRoutes, shared);
  await app.register(chatRoutes, shared);
  await app.register(taskRoutes, shared);
  await app.register(laterRoutes, shared);
  await app.register(policyRoutes, shared);
  await app.register(feedbackRoutes, shared);
  await app.register(consentRoutes, shared);
  await app.register(analyticsRoutes, shared);
  await app.register(merchantRoutes, shared);
  if (options.webRoot) await serveWebApp(app, options.webRoot);
  return app;
}

/** What every route plugin receives. */
export interface RouteOptions {
  agent: Agent;
  metrics: ReturnType<typeof createMetrics>;
  sandbox: boolean;
}
