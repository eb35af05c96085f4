import { createHash } from "node:crypto";
import { canonicalJson } from "../../kernel/idempotency.ts";

/** JSON with object keys sorted at every depth, so equal values always serialise equally (the kernel's). */
export { canonicalJson };

/**
 * The hash a mandate binds to: SHA-256 of the canonical form of everything the user sees and agrees
 * to (items, options, quantities, merchant, address, amounts, expiry, quote id).
 */
export function cartHash(binding: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(binding)).digest("hex")}`;
}
