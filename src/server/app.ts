import type { Writable } from "node:stream";
import Fastify, { type FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type { Agent } from "../agent/runtime.ts";
import { frameworkErrorHandler, installErrorHandler } from "./errors.ts";
import { createMetrics } from "./metrics.ts";
import { installApiDocs } from "./openapi.ts";
import { installRateLimits, type RateLimits } from "./rate-limits.ts";
import type { RouteOptions } from "./route-options.ts";
import { accountRoutes } from "./routes/account.ts";
import { analyticsRoutes } from "./routes/analytics.ts";
import { apiKeyRoutes } from "./routes/api-keys.ts";
import { authRoutes } from "./routes/auth.ts";
import { chatRoutes } from "./routes/chat.ts";
import { consentRoutes } from "./routes/consent.ts";
import { feedbackRoutes } from "./routes/feedback.ts";
import { healthRoutes } from "./routes/health.ts";
import { laterRoutes } from "./routes/later.ts";
import { mcpRoutes } from "./routes/mcp.ts";
import { merchantRoutes } from "./routes/merchants.ts";
import { openAiRoutes } from "./routes/openai.ts";
import { policyRoutes } from "./routes/policies.ts";
import { taskRoutes } from "./routes/tasks.ts";
import { installSecurityHeaders, requestLogFields } from "./security.ts";
import { endOpenStreams } from "./sse.ts";
import { serveWebApp } from "./static.ts";

export interface ServerOptions {
  agent: Agent;
  /**
   * Sandbox mode (the default) lists the demo users but the operator on the login page
   * (GET /api/auth/demo-users); off for a deployment, where that route answers 404.
   */
  sandbox?: boolean;
  /** The request log: on (stdout), off, or into a stream (tests read it). */
  logger?: boolean | { stream: Writable };
  /** A secret that also opens GET /metrics (for a Prometheus scraper); operators' tokens always do. */
  metricsToken?: string;
  /** Overrides of the rate limits (see rate-limits.ts). */
  rateLimits?: Partial<RateLimits>;
  /** The web app's public address, for confirm links given to outside clients (else the request's origin). */
  publicUrl?: string;
  /** A shared store for the rate limits when several server processes run. */
  redis?: Redis;
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string;
}

/** Builds the HTTP server: the API of CONTRACT.md, SSE, metrics and the web app. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // The log keeps a request's method, path and address: never its query string or headers, so no
  // credential reaches it even when a client puts one in the URL.
  const logger = options.logger
    ? {
        level: "info",
        serializers: { req: requestLogFields },
        ...(typeof options.logger === "object" ? { stream: options.logger.stream } : {}),
      }
    : false;
  const app = Fastify({ logger, bodyLimit: 64 * 1024, frameworkErrors: frameworkErrorHandler });
  const metrics = createMetrics();
  installErrorHandler(app);
  await installSecurityHeaders(app);
  await installRateLimits(app, options.rateLimits, options.redis);
  // Long-lived event streams would keep close() waiting; end them first.
  app.addHook("preClose", async () => endOpenStreams(app.server));
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    metrics.httpDuration
      .labels(request.method, route, String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });
  await installApiDocs(app);
  const shared: RouteOptions = {
    agent: options.agent,
    metrics,
    sandbox: options.sandbox ?? true,
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  };
  await app.register(healthRoutes, shared);
  await app.register(authRoutes, shared);
  await app.register(apiKeyRoutes, shared);
  await app.register(accountRoutes, shared);
  await app.register(chatRoutes, shared);
  await app.register(taskRoutes, shared);
  await app.register(laterRoutes, shared);
  await app.register(policyRoutes, shared);
  await app.register(feedbackRoutes, shared);
  await app.register(consentRoutes, shared);
  await app.register(analyticsRoutes, shared);
  await app.register(merchantRoutes, shared);
  await app.register(mcpRoutes, shared);
  await app.register(openAiRoutes, shared);
  if (options.webRoot) await serveWebApp(app, options.webRoot);
  return app;
}
