import { createHash } from "node:crypto";
import { DimpleError } from "../kernel/errors.ts";

/** A stable hash of a request body (keys sorted), so a retried call can be told from a different one. */
export function requestHash(body: unknown): string {
  return createHash("sha256").update(stableJson(body)).digest("hex");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
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
