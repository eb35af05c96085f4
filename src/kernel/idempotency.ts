import { createHash } from "node:crypto";
import type { Database } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { DimpleError } from "./errors.ts";

/** JSON with object keys sorted at every depth (undefined entries dropped), so equal values serialise equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The SHA-256 (hex) of a request body's canonical JSON, stored beside an idempotency key so that a
 * retried call can be told from a different call under the same key.
 */
export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

/** True when a database error is a unique-constraint violation, on SQLite or Postgres. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** The error for a reused idempotency key whose body differs from the first call's. */
export function idempotencyConflict(key: string): DimpleError {
  return new DimpleError(
    "idempotency_conflict",
    `idempotency key "${key}" was already used with a different request`,
    { field: "idempotencyKey", status: 409 },
  );
}

/** The columns a service row needs to remember the key it was made under. */
interface KeyedRow {
  id: string;
  user_id: string;
  idempotency_key: string;
  request_hash: string;
}

/**
 * The tables whose rows carry their own idempotency key: unique on (user_id, idempotency_key), with
 * the hash of the first call's body in request_hash (tickets_holds, tickets_bookings, rides_trips).
 */
export type KeyedTable = {
  [Name in keyof Database]: Database[Name] extends KeyedRow ? Name : never;
}[keyof Database];

/**
 * The id of the row a user already made in `table` under this idempotency key: undefined when the
 * key is new; `idempotency_conflict` (409) when it was used with another body (`hash` differs).
 */
export async function findKeyedRow(
  context: ServiceContext,
  table: KeyedTable,
  request: { userId: string; idempotencyKey: string },
  hash: string,
): Promise<string | undefined> {
  const existing = await context.db
    .selectFrom(table)
    .select(["id", "request_hash"])
    .where("user_id", "=", request.userId)
    .where("idempotency_key", "=", request.idempotencyKey)
    .executeTakeFirst();
  if (!existing) return undefined;
  if (existing.request_hash !== hash) throw idempotencyConflict(request.idempotencyKey);
  return existing.id;
}
