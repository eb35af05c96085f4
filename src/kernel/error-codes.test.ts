import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ERROR_CODES } from "./error-codes.ts";
import { DimpleError } from "./errors.ts";

const SRC = join(import.meta.dirname, "../..");

function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceText(path);
      const source = /\.tsx?$/.test(entry.name) && !/error-codes(\.test)?\.ts$/.test(entry.name);
      return source ? readFileSync(path, "utf8") : "";
    })
    .join("\n");
}

it("refuses a code the list does not know, at compile time", () => {
  // @ts-expect-error: "no_such_code" is not an ErrorCode (tsc fails if it ever becomes accepted).
  const unknown = new DimpleError("no_such_code", "never raised");
  expect(unknown.code).toBe("no_such_code");
  // A code another server sent is passed on as it came, unchecked.
  expect(DimpleError.relay("their_code", "from an MCP server", { status: 502 }).toJSON()).toEqual({
    code: "their_code",
    message: "from an MCP server",
  });
});

it("lists each code once, in snake case, and only codes the sources and tests name", () => {
  expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  const text = sourceText(SRC);
  expect(ERROR_CODES.filter((code) => !text.includes(`"${code}"`))).toEqual([]);
});
