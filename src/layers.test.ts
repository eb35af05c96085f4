import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { expect, it } from "vitest";

/**
 * The rooms of docs/ARCHITECTURE.md's picture and what each may import. A room imports only rooms
 * below it; `cli/` and `bench/` are the composition roots and may import anything. Tests and test
 * support (`*.test.ts`, `testing.ts`, `test-cache.ts`, `e2e/`) compose worlds and agents like roots
 * and are not held to it.
 */
const BELOW: Record<string, readonly string[]> = {
  store: ["ecosystem/kernel"],
  ecosystem: ["store"],
  agent: ["ecosystem", "store"],
  flywheel: ["agent", "ecosystem", "store"],
  server: ["agent", "flywheel", "ecosystem", "store"],
  // The web app talks to the server over HTTP: it may share the wire contract's values
  // (agent/events.ts) and, erased at build time, the types of the JSON it receives.
  web: ["agent/events.ts"],
};

/** What may cross a line anyway, and why. */
const EXCEPTIONS: Record<string, string> = {
  // The one migration list and the database's type are where every room's tables meet.
  "src/store/migrations.ts": "the migration list of every room",
  "src/store/schema.ts": "the database type of every room",
  // The memory flags live once, in the process launcher that applies them (bin/ is no room).
  "src/server/node-flags.ts": "re-exports the launcher's memory flags",
};

const root = join(import.meta.dirname);
const IMPORT =
  /(import|export)\s+(type\s+)?[^'";]*?from\s+"(\.{1,2}\/[^"]+)"|import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "e2e" ? [] : sources(path);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return /^(testing|test-cache)\.ts$/.test(entry.name) ? [] : [path];
  });
}

function upwardImports(): string[] {
  const found: string[] = [];
  for (const file of sources(root)) {
    const from = relative(root, file);
    const room = from.split("/")[0] ?? "";
    const allowed = BELOW[room];
    if (!allowed || `src/${from}` in EXCEPTIONS) continue;
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const typeOnly = Boolean(match[2]);
      const target = relative(root, normalize(join(dirname(file), match[3] ?? match[4] ?? "")));
      const targetRoom = target.split("/")[0];
      if (targetRoom === room) continue;
      if (room === "web" && typeOnly) continue;
      if (!allowed.some((below) => target === below || target.startsWith(`${below}/`)))
        found.push(`${from} → ${target}`);
    }
  }
  return found;
}

it("no import runs back up a layer of docs/ARCHITECTURE.md's picture", () => {
  expect(upwardImports()).toEqual([]);
});
