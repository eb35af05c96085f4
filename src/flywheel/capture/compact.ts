/** Longest JSON kept for a tool call's arguments or result; datasets want the gist, not the payload. */
export const MAX_JSON_CHARS = 1500;

/**
 * JSON of a value, cut to `max` characters (a cut value says so, and stays a JSON string). The text
 * is the same as `JSON.stringify(value)` cut at `max`, but only about `max` characters of it are
 * ever built: a search result of thirty items is not serialised whole to keep its first lines.
 */
export function compactJson(value: unknown, max = MAX_JSON_CHARS): string {
  let text: string;
  try {
    const out = new BoundedText(max + 1);
    const written = writeJson(value, out, "");
    text = written ? out.text : "null";
  } catch (error) {
    if (!(error instanceof Full)) return JSON.stringify(String(value));
    text = (error as Full).text;
  }
  if (text.length <= max) return text;
  return JSON.stringify({ truncated: true, head: text.slice(0, max) });
}

/** Thrown once the text reaches its limit, carrying what was written. */
class Full {
  constructor(readonly text: string) {}
}

class BoundedText {
  text = "";
  constructor(private readonly limit: number) {}

  write(part: string): void {
    this.text += part;
    if (this.text.length >= this.limit) throw new Full(this.text);
  }
}

/** A value as JSON sees it under `key`: its `toJSON()` when it has one. */
function jsonValue(value: unknown, key: string): unknown {
  return value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
    ? (value as { toJSON(key: string): unknown }).toJSON(key)
    : value;
}

const skipped = (value: unknown) =>
  value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * Writes `value` as `JSON.stringify` would (toJSON, skipped undefined/functions/symbols in objects,
 * null for them in arrays, a TypeError for bigints and cycles); false when the value has no JSON.
 */
function writeJson(value: unknown, out: BoundedText, key: string, seen: object[] = []): boolean {
  const current = jsonValue(value, key);
  if (skipped(current)) return false;
  writeValue(current, out, seen);
  return true;
}

/** Writes a value whose `toJSON` has been applied and which has a JSON form. */
function writeValue(value: unknown, out: BoundedText, seen: object[]): void {
  if (
    value === null ||
    typeof value !== "object" ||
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean
  ) {
    out.write(JSON.stringify(value));
    return;
  }
  if (seen.includes(value)) throw new TypeError("Converting circular structure to JSON");
  seen.push(value);
  if (Array.isArray(value)) {
    out.write("[");
    // A plain loop, not forEach: holes of a sparse array are nulls in JSON.
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out.write(",");
      if (!writeJson(value[index], out, String(index), seen)) out.write("null");
    }
    out.write("]");
  } else {
    out.write("{");
    let first = true;
    // Object.keys, not entries: the same keys in the same order, without a pair array for each.
    for (const name of Object.keys(value)) {
      const resolved = jsonValue((value as Record<string, unknown>)[name], name);
      if (skipped(resolved)) continue;
      out.write(`${first ? "" : ","}${JSON.stringify(name)}:`);
      first = false;
      writeValue(resolved, out, seen);
    }
    out.write("}");
  }
  seen.pop();
}
