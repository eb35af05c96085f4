import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Redis } from "ioredis";
import { DimpleError } from "../kernel/errors.ts";

/** One limit: at most `max` requests per key in `windowMs` (0: no limit). */
export interface Limit {
  max: number;
  windowMs: number;
}

/** The limits the server enforces; each can be overridden (tests use small windows). */
export interface RateLimits {
  /** Sign-in attempts per username. */
  loginPerAccount: Limit;
  /** Sign-in attempts per client address. */
  loginPerAddress: Limit;
  /** Chat turns per user (app and API keys alike). */
  chatPerUser: Limit;
  /** Requests per API key at /mcp and /v1. */
  perApiKey: Limit;
  /** API key creations per user. */
  keyCreationPerUser: Limit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginPerAccount: { max: 10, windowMs: 60_000 },
  // Generous enough for a load test signing in dozens of users from one machine.
  loginPerAddress: { max: 60, windowMs: 60_000 },
  chatPerUser: { max: 60, windowMs: 60_000 },
  perApiKey: { max: 120, windowMs: 60_000 },
  keyCreationPerUser: { max: 10, windowMs: 60_000 },
};

/** Checks one request against a limit under a key; throws `rate_limited` (429) when it is over. */
export type LimitCheck = (request: FastifyRequest, reply: FastifyReply, key: string) => Promise<void>;

const keys = new WeakMap<FastifyRequest, string>();

declare module "fastify" {
  interface FastifyInstance {
    /** The server's rate limiters by name (see RateLimits). */
    limits: Record<keyof RateLimits, LimitCheck>;
  }
}

/**
 * Installs @fastify/rate-limit (in memory, or in Redis when one is given, so several server processes
 * share their counts) and one limiter per entry of `limits`, checked by the routes themselves because
 * their keys (username, user, API key) are known only inside the handler.
 */
export async function installRateLimits(
  app: FastifyInstance,
  limits: Partial<RateLimits> = {},
  redis?: Redis,
): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (request) => keys.get(request) ?? request.ip,
    ...(redis ? { redis, nameSpace: "dimple-rate-limit-" } : {}),
  });
  const settings = { ...DEFAULT_RATE_LIMITS, ...limits };
  const checks = Object.fromEntries(
    Object.entries(settings).map(([name, limit]) => {
      const check = app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs });
      const limiter: LimitCheck = async (request, reply, key) => {
        // A limit of 0 is off (the benchmark drives hundreds of turns as one user).
        if (limit.max <= 0) return;
        keys.set(request, `${name}:${key}`);
        const result = await check(request);
        if (result.isAllowed || !result.isExceeded) return;
        reply.header("retry-after", String(result.ttlInSeconds));
        throw new DimpleError("rate_limited", `too many requests; try again in ${result.ttlInSeconds} s`, {
          status: 429,
          details: { retryAfterSeconds: result.ttlInSeconds, limit: name },
        });
      };
      return [name, limiter];
    }),
  ) as Record<keyof RateLimits, LimitCheck>;
  app.decorate("limits", checks);
}
