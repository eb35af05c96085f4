import { createHash, randomBytes } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { ServiceContext } from "../ecosystem/kernel/context.ts";
import { DimpleError } from "../ecosystem/kernel/errors.ts";
import { verifyPassword } from "../ecosystem/world/password.ts";

const TOKEN_TTL_MS = 30 * 86_400_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Checks a username and password and issues a bearer token (stored only as its hash). */
export async function login(
  context: ServiceContext,
  username: string,
  password: string,
): Promise<{ token: string; userId: string }> {
  const user = await context.db
    .selectFrom("users")
    .select(["id", "password_hash"])
    .where("username", "=", username)
    .executeTakeFirst();
  if (!user || !verifyPassword(password, user.password_hash)) {
    throw new DimpleError("invalid_credentials", "wrong username or password", {
      status: 401,
      field: "password",
    });
  }
  const token = randomBytes(24).toString("base64url");
  // Tokens expire by wall time, not simulated time: they are about the real person at the screen.
  const now = Date.now();
  await context.db
    .insertInto("agent_auth_tokens")
    .values({
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: now,
      expires_at: now + TOKEN_TTL_MS,
    })
    .execute();
  return { token, userId: user.id };
}

/** The signed-in user of a request: `Authorization: Bearer …`, or `?token=` for EventSource. */
export async function authenticate(
  context: ServiceContext,
  request: FastifyRequest,
): Promise<{ userId: string; role: string }> {
  const header = request.headers.authorization;
  const query = (request.query as Record<string, unknown> | undefined)?.token;
  const token = header?.startsWith("Bearer ")
    ? header.slice(7).trim()
    : typeof query === "string"
      ? query
      : undefined;
  if (!token)
    throw new DimpleError("unauthenticated", "sign in first: missing bearer token", {
      status: 401,
      field: "authorization",
    });
  const row = await context.db
    .selectFrom("agent_auth_tokens")
    .innerJoin("users", "users.id", "agent_auth_tokens.user_id")
    .select(["users.id as userId", "users.role as role", "agent_auth_tokens.expires_at as expiresAt"])
    .where("agent_auth_tokens.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.expiresAt < Date.now()) {
    throw new DimpleError("unauthenticated", "the token is unknown or expired; sign in again", {
      status: 401,
      field: "authorization",
    });
  }
  return { userId: row.userId, role: row.role };
}
