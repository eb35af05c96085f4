import { createHash } from "node:crypto";

/** JSON with object keys sorted at every depth, so equal values always serialise equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
}

/**
 * The hash a mandate binds to: SHA-256 of the canonical form of everything the user sees and agrees
 * to (items, options, quantities, merchant, address, amounts, expiry, quote id).
 */
export function cartHash(binding: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(binding)).digest("hex")}`;
}
