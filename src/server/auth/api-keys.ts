import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import { hashSecret } from "./session-tokens.ts";

/** What a key may do: read tasks and orders, chat with Dimple, cancel tasks. Never confirm. */
export const API_KEY_SCOPES = ["read", "chat", "cancel"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export const apiKeyScope = z.enum(API_KEY_SCOPES);

/** Every key starts so, which tells a key from a sign-in token at a glance (and in secret scanners). */
export const API_KEY_PREFIX = "dmp_";
const MAX_KEYS_PER_USER = 20;

/** A key as listed: never the key itself. */
export interface ApiKeySummary {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
}

/** The caller a valid key stands for. */
export interface ApiKeyCaller {
  userId: string;
  keyId: string;
  scopes: ApiKeyScope[];
}

const scopesOf = (text: string) =>
  text.split(",").filter((scope): scope is ApiKeyScope => apiKeyScope.safeParse(scope).success);

/** Creates a key for a user; the key is returned once and stored only as its hash. */
export async function createApiKey(
  context: ServiceContext,
  userId: string,
  input: { name: string; scopes: ApiKeyScope[] },
): Promise<{ id: string; key: string; name: string; scopes: ApiKeyScope[] }> {
  const active = await context.db
    .selectFrom("auth_api_keys")
    .select((builder) => builder.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  if (Number(active.count) >= MAX_KEYS_PER_USER) {
    throw new DimpleError("too_many_keys", `at most ${MAX_KEYS_PER_USER} active keys; revoke one first`, {
      status: 409,
      field: "name",
    });
  }
  const key = `${API_KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  const id = `key_${randomBytes(8).toString("hex")}`;
  const scopes = [...new Set(input.scopes)];
  await context.db
    .insertInto("auth_api_keys")
    .values({
      id,
      user_id: userId,
      name: input.name,
      key_hash: hashSecret(key),
      scopes: scopes.join(","),
      created_at: Date.now(),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, key, name: input.name, scopes };
}

/** A user's active keys, newest first. */
export async function listApiKeys(context: ServiceContext, userId: string): Promise<ApiKeySummary[]> {
  const rows = await context.db
    .selectFrom("auth_api_keys")
    .selectAll()
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    scopes: scopesOf(row.scopes),
    createdAt: new Date(Number(row.created_at)).toISOString(),
    lastUsedAt: row.last_used_at === null ? null : new Date(Number(row.last_used_at)).toISOString(),
  }));
}

/** Revokes one of the user's keys; another user's key or an unknown id is not found. */
export async function revokeApiKey(context: ServiceContext, userId: string, keyId: string): Promise<void> {
  const result = await context.db
    .updateTable("auth_api_keys")
    .set({ revoked_at: Date.now() })
    .where("id", "=", keyId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw notFound("api key", keyId, "id");
}

/** The caller of a key, or undefined when the key is unknown or revoked. */
export async function apiKeyCaller(context: ServiceContext, key: string): Promise<ApiKeyCaller | undefined> {
  if (!key.startsWith(API_KEY_PREFIX)) return undefined;
  const row = await context.db
    .selectFrom("auth_api_keys")
    .select(["id", "user_id", "scopes", "revoked_at"])
    .where("key_hash", "=", hashSecret(key))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null) return undefined;
  await context.db
    .updateTable("auth_api_keys")
    .set({ last_used_at: Date.now() })
    .where("id", "=", row.id)
    .execute();
  return { userId: row.user_id, keyId: row.id, scopes: scopesOf(row.scopes) };
}

/** Refuses a caller whose key lacks `scope`. */
export function requireScope(caller: ApiKeyCaller, scope: ApiKeyScope): void {
  if (!caller.scopes.includes(scope)) {
    throw new DimpleError("insufficient_scope", `this API key lacks the "${scope}" scope`, {
      status: 403,
      field: "scopes",
      details: { required: scope },
    });
  }
}
