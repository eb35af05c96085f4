import { ApiError } from "../api/api-error.ts";
import type { MessageKey } from "./dictionary.ts";
import type { Translate } from "./i18n.tsx";

/** Error codes with their own wording in the UI; any other error shows the server's message. */
const WORDED = new Set([
  "cart_hash_mismatch",
  "quote_expired",
  "invalid_state",
  "network",
  "internal",
  "pin_invalid",
  "pin_locked",
]);

/**
 * What to tell the user about a failed call, in the UI language: the server's messages are
 * English, so the codes that matter most at the moment of paying get their own words.
 */
export function errorText(error: unknown, t: Translate): string {
  const key = errorKey(error);
  if (key) return t(key);
  return error instanceof Error ? error.message : String(error);
}

/** The dictionary key of a failed call's wording, when the UI words it itself (so it can be reworded later). */
export function errorKey(error: unknown): MessageKey | undefined {
  return error instanceof ApiError && WORDED.has(error.code)
    ? (`error.${error.code}` as MessageKey)
    : undefined;
}
