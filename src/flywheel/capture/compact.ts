/** Longest JSON kept for a tool call's arguments or result; datasets want the gist, not the payload. */
export const MAX_JSON_CHARS = 1500;

/** JSON of a value, cut to `max` characters (a cut value says so, and stays a JSON string). */
export function compactJson(value: unknown, max = MAX_JSON_CHARS): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? "null";
  } catch {
    text = JSON.stringify(String(value));
  }
  if (text.length <= max) return text;
  return JSON.stringify({ truncated: true, head: text.slice(0, max) });
}
