import type { FastifyRequest } from "fastify";
import type { ServiceContext } from "../kernel/context.ts";
import { DimpleError } from "../kernel/errors.ts";
import { API_KEY_PREFIX, type ApiKeyCaller, apiKeyCaller } from "./auth/api-keys.ts";
import { tokenOwner } from "./auth/session-tokens.ts";
import { redeemStreamTicket } from "./auth/stream-tickets.ts";

export { type ApiKeyCaller, requireScope } from "./auth/api-keys.ts";
export { login } from "./auth/session-tokens.ts";

const unauthenticated = (message: string) =>
  new DimpleError("unauthenticated", message, { status: 401, field: "authorization" });

/**
 * The bearer credential of a request, from `Authorization: Bearer …` only. A credential in the query
 * string is refused outright (it would end up in logs, histories and Referer headers).
 */
export function bearerOf(request: FastifyRequest): string | undefined {
  const query = request.query as Record<string, unknown> | undefined;
  if (query && (Object.hasOwn(query, "token") || Object.hasOwn(query, "access_token"))) {
    throw new DimpleError(
      "credential_in_url",
      "credentials are not accepted in the URL; send Authorization: Bearer <token>",
      { status: 400, field: "token" },
    );
  }
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** The signed-in user of a request (a sign-in token in `Authorization: Bearer …`). */
export async function authenticate(
  context: ServiceContext,
  request: FastifyRequest,
): Promise<{ userId: string; role: string }> {
  const token = bearerOf(request);
  if (!token) throw unauthenticated("sign in first: missing bearer token");
  if (token.startsWith(API_KEY_PREFIX)) {
    throw unauthenticated("API keys open /mcp and /v1 only; sign in to use the app's API");
  }
  const owner = await tokenOwner(context, token);
  if (!owner) throw unauthenticated("the token is unknown, revoked or expired; sign in again");
  return owner;
}

/**
 * The user of an event stream: a bearer header (fetch-based clients, the web app) or a single-use
 * `?ticket=` from `POST /api/events/tickets` (EventSource, which cannot send headers).
 */
export async function authenticateStream(
  context: ServiceContext,
  request: FastifyRequest,
): Promise<{ userId: string }> {
  const ticket = (request.query as Record<string, unknown> | undefined)?.ticket;
  if (typeof ticket === "string" && !bearerOf(request)) {
    const userId = await redeemStreamTicket(context, ticket);
    if (!userId) throw unauthenticated("the stream ticket is unknown, used or expired; ask for a new one");
    return { userId };
  }
  return authenticate(context, request);
}

/** The caller of an outside client's request (`/mcp`, `/v1`): an API key in `Authorization: Bearer …`. */
export async function authenticateApiKey(
  context: ServiceContext,
  request: FastifyRequest,
): Promise<ApiKeyCaller> {
  const key = bearerOf(request);
  if (!key) throw unauthenticated("send an API key: Authorization: Bearer dmp_…");
  const caller = await apiKeyCaller(context, key);
  if (!caller) throw unauthenticated("the API key is unknown or revoked");
  return caller;
}
