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
  if (error instanceof ApiError && WORDED.has(error.code)) return t(`error.${error.code}` as MessageKey);
  return error instanceof Error ? error.message : String(error);
}
