import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { expect, it } from "vitest";

/**
 * The rooms of docs/ARCHITECTURE.md's picture and what each may import. A room imports only rooms
 * below it; `cli/` and `bench/` are the composition roots and may import anything, and `compose/`
 * is what they share (every room's migrations, a migrated database, the world on it, the seed
 * image). What a file loads at run time (its value imports, followed file by file) is held to the
 * same rule, so an excepted file cannot carry a room up the picture. Tests and test support
 * (`*.test.ts`, `testing.ts`, `test-cache.ts`, `e2e/`) compose worlds and agents like roots and are
 * not held to it.
 */
const BELOW: Record<string, readonly string[]> = {
  // Under everything: errors, clock, ids, randomness, events, money, time zones, idempotency helpers;
  // the service context names the database's type (store/schema.ts: types only, erased at run time).
  kernel: ["store/schema.ts"],
  store: ["kernel"],
  ecosystem: ["store", "kernel"],
  agent: ["ecosystem", "store", "kernel"],
  flywheel: ["agent", "ecosystem", "store", "kernel"],
  server: ["agent", "flywheel", "ecosystem", "store", "kernel"],
  // The web app talks to the server over HTTP: it may share the wire contract's values
  // (agent/events.ts) and, erased at build time, the types of the JSON it receives.
  web: ["agent/events.ts"],
};

/** Files that may cross a line anyway, and why. What they load at run time is still held to the rule. */
const EXCEPTIONS: Record<string, string> = {
  // The database's type is where every room's tables meet (types only: erased at run time).
  "src/store/schema.ts": "the database type of every room",
  // The memory flags live once, in the process launcher that applies them (bin/ is no room).
  "src/server/node-flags.ts": "re-exports the launcher's memory flags",
};

const root = join(import.meta.dirname);
const IMPORT =
  /(import|export)\s+(type\s+)?[^'";]*?from\s+"(\.{1,2}\/[^"]+)"|import\(?\s*"(\.{1,2}\/[^"]+)"\s*\)?/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "e2e" ? [] : sources(path);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return /^(testing|test-cache)\.ts$/.test(entry.name) ? [] : [path];
  });
}

interface Import {
  target: string;
  typeOnly: boolean;
}

/** A file's relative imports, as paths under src/. */
function importsOf(from: string): Import[] {
  const file = join(root, from);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return [...text.matchAll(IMPORT)].map((match) => ({
    target: relative(root, normalize(join(dirname(file), match[3] ?? match[4] ?? ""))),
    typeOnly: Boolean(match[2]),
  }));
}

const roomOf = (path: string) => path.split("/")[0] ?? "";

/** Whether a file of `room` may import `target`. */
function mayImport(room: string, target: string): boolean {
  const allowed = BELOW[room] ?? [];
  return (
    roomOf(target) === room || allowed.some((below) => target === below || target.startsWith(`${below}/`))
  );
}

/**
 * Every import that runs back up: a file's own imports, and what loading it runs (its value
 * imports, followed file by file), so an excepted file cannot carry a room's imports up the picture.
 */
function upwardImports(): string[] {
  const found: string[] = [];
  // A crossing reached by loading is named once, with the first file found to load it.
  const crossings = new Map<string, string>();
  for (const file of sources(root)) {
    const from = relative(root, file);
    const room = roomOf(from);
    if (!BELOW[room]) continue;
    if (!(`src/${from}` in EXCEPTIONS)) {
      for (const { target, typeOnly } of importsOf(from)) {
        if (room === "web" && typeOnly) continue;
        if (!mayImport(room, target)) found.push(`${from} → ${target}`);
      }
    }
    // What loading the file runs, through files of this room or rooms below it.
    const seen = new Set([from]);
    const path = new Map<string, string[]>([[from, [from]]]);
    const queue = [from];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      for (const { target, typeOnly } of importsOf(current)) {
        if (typeOnly || target.startsWith("..") || seen.has(target)) continue;
        seen.add(target);
        const via = [...(path.get(current) ?? []), target];
        if (current !== from && !mayImport(room, target)) {
          const edge = `${current} → ${target}`;
          if (!found.includes(edge) && !crossings.has(edge))
            crossings.set(edge, `${via.join(" → ")} (run when ${from} loads)`);
          continue;
        }
        path.set(target, via);
        queue.push(target);
      }
    }
  }
  return [...found, ...[...crossings].filter(([edge]) => !found.includes(edge)).map(([, how]) => how)];
}

it("no import runs back up a layer of docs/ARCHITECTURE.md's picture", () => {
  expect(upwardImports()).toEqual([]);
});

it("only the composition roots load every room's migrations: the world receives a migrated database", () => {
  const loaders = sources(root)
    .map((file) => relative(root, file))
    .filter((from) => loads(from, "compose/migrations.ts"));
  expect(loaders.filter((from) => !["cli", "bench", "compose"].includes(roomOf(from)))).toEqual([]);
  expect(loaders).toContain("compose/open-world.ts");
});

/** Whether loading `from` runs `target` (value imports, followed). */
function loads(from: string, target: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of importsOf(queue.shift() as string)) {
      if (next.typeOnly || seen.has(next.target)) continue;
      if (next.target === target) return true;
      seen.add(next.target);
      queue.push(next.target);
    }
  }
  return false;
}
