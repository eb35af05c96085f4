import { createHash, randomBytes } from "node:crypto";
import {
  ACCOUNT_SCRYPT,
  hashPasswordAsync,
  needsRehash,
  verifyPasswordAsync,
} from "../../ecosystem/world/password.ts";
import { accountByUsername, storePasswordHash } from "../../ecosystem/world/users.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";

/** How long a sign-in lasts; `POST /api/auth/refresh` rotates it before then. */
export const TOKEN_TTL_MS = 7 * 86_400_000;

/** The scrypt cost logins hash at: the account cost, or the seeded sandbox cost (passwords public there). */
export interface PasswordCost {
  cost: number;
  blockSize: number;
  parallelization: number;
}

/** The seeded sandbox accounts' cost (see seed-users.ts); sandbox logins do the same work for anyone. */
export const SANDBOX_PASSWORD_COST: PasswordCost = { cost: 1024, blockSize: 8, parallelization: 1 };
export const ACCOUNT_PASSWORD_COST: PasswordCost = { ...ACCOUNT_SCRYPT };

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

const dummyHashes = new Map<string, Promise<string>>();

/** A hash of nothing at `cost`, verified for unknown usernames so they take as long as known ones. */
function dummyHash(cost: PasswordCost): Promise<string> {
  const key = `${cost.cost}:${cost.blockSize}:${cost.parallelization}`;
  let hash = dummyHashes.get(key);
  if (!hash) {
    hash = hashPasswordAsync(randomBytes(16).toString("hex"), cost);
    dummyHashes.set(key, hash);
  }
  return hash;
}

/**
 * Checks a username and password and issues a bearer token (stored only as its hash). Unknown
 * usernames verify against a dummy hash of the same cost, so the answer time does not tell them
 * apart; a hash weaker than `cost` is replaced after a successful check.
 */
export async function login(
  context: ServiceContext,
  username: string,
  password: string,
  cost: PasswordCost = ACCOUNT_PASSWORD_COST,
): Promise<{ token: string; userId: string; expiresAt: string }> {
  const user = await accountByUsername(context, username);
  const valid = await verifyPasswordAsync(password, user?.password_hash ?? (await dummyHash(cost)));
  if (!user || !valid) {
    throw new DimpleError("invalid_credentials", "wrong username or password", {
      status: 401,
      field: "password",
    });
  }
  if (needsRehash(user.password_hash, cost)) {
    await storePasswordHash(context, user.id, await hashPasswordAsync(password, cost));
  }
  return issueToken(context, user.id);
}

/** Issues a new bearer token for a user. */
export async function issueToken(
  context: ServiceContext,
  userId: string,
): Promise<{ token: string; userId: string; expiresAt: string }> {
  const token = randomBytes(24).toString("base64url");
  // Tokens expire by wall time, not simulated time: they are about the real person at the screen.
  const now = Date.now();
  await context.db
    .insertInto("agent_auth_tokens")
    .values({
      token_hash: hashSecret(token),
      user_id: userId,
      created_at: now,
      expires_at: now + TOKEN_TTL_MS,
    })
    .execute();
  return { token, userId, expiresAt: new Date(now + TOKEN_TTL_MS).toISOString() };
}

/** The user a bearer token belongs to, or undefined when it is unknown, revoked or expired. */
export async function tokenOwner(
  context: ServiceContext,
  token: string,
): Promise<{ userId: string; role: string } | undefined> {
  const row = await context.db
    .selectFrom("agent_auth_tokens")
    .innerJoin("users", "users.id", "agent_auth_tokens.user_id")
    .select(["users.id as userId", "users.role as role", "agent_auth_tokens.expires_at as expiresAt"])
    .where("agent_auth_tokens.token_hash", "=", hashSecret(token))
    .executeTakeFirst();
  if (!row || Number(row.expiresAt) < Date.now()) return undefined;
  return { userId: row.userId, role: row.role };
}

/** Revokes one token (sign-out) or, with `everywhere`, every token of its user. */
export async function revokeToken(
  context: ServiceContext,
  token: string,
  options: { everywhere?: boolean } = {},
): Promise<number> {
  const owner = await tokenOwner(context, token);
  if (!owner) return 0;
  const query = context.db.deleteFrom("agent_auth_tokens");
  const result = await (options.everywhere
    ? query.where("user_id", "=", owner.userId)
    : query.where("token_hash", "=", hashSecret(token))
  ).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Replaces a token with a fresh one (rotation): the old one stops working at once. */
export async function rotateToken(
  context: ServiceContext,
  token: string,
): Promise<{ token: string; userId: string; expiresAt: string } | undefined> {
  const owner = await tokenOwner(context, token);
  if (!owner) return undefined;
  const removed = await context.db
    .deleteFrom("agent_auth_tokens")
    .where("token_hash", "=", hashSecret(token))
    .executeTakeFirst();
  // Two rotations of one token race: only the one that removed it gets a new one.
  if (Number(removed.numDeletedRows) !== 1) return undefined;
  return issueToken(context, owner.userId);
}
