#!/usr/bin/env node
// Compiles the CLI and server (src/cli/main.ts and everything it imports) into dist/server/, so
// `dimple` starts without transpiling TypeScript at run time. `npm run build` and `npm start` run
// it; bin/dimple.js uses the output only while it is up to date (bin/compiled.js).
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { COMPILED_DIR, MANIFEST, ROOT } from "../bin/compiled.js";

/**
 * Packages left to Node's resolver at run time rather than copied into the bundle: native addons,
 * packages that start worker threads from files of their own (pino's transports) or serve files of
 * their own (Swagger UI's page and scripts, found next to its code), ones only
 * development or a rarely used command needs, and the build tools themselves. Everything else is
 * bundled: Node's ESM loader spends about a millisecond per file, and fastify, kysely, zod, openai
 * and chrono-node are some 1,500 files between them.
 */
const EXTERNAL = [
  "better-sqlite3",
  "pg",
  "pg-boss",
  "ioredis",
  "pino",
  "@fastify/swagger-ui",
  "@modelcontextprotocol/sdk",
  "cli-progress",
  "esbuild",
  "tsx",
  "vite",
  "vitest",
  "playwright-core",
  "fast-check",
];

/**
 * Gives every bundled source file its own `import.meta.url`: the URL of the .ts file it came from,
 * computed from the bundle's location. Paths built relative to a source file (data/nlu/, dist/web,
 * scenarios/) then resolve exactly as they do when the sources run through tsx.
 */
const sourceLocatedUrls = (outdir) => ({
  name: "source-located-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const fromBundle = relative(outdir, args.path).split("\\").join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
        ),
        loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
      };
    });
  },
});

/**
 * The file whose size and time stand for a bundled input: the source file itself, or for a file of
 * a package its package.json (an install that changes a package rewrites it), so the start-up check
 * stats a few hundred files rather than every file of every package.
 */
function watchedFile(input) {
  const at = input.lastIndexOf("node_modules/");
  if (at < 0) return input;
  const rest = input.slice(at + "node_modules/".length).split("/");
  const name = rest[0]?.startsWith("@") ? rest.slice(0, 2) : rest.slice(0, 1);
  return `${input.slice(0, at)}node_modules/${name.join("/")}/package.json`;
}

/** Builds into a fresh folder and swaps it in, so a `dimple` starting meanwhile sees old or new, whole. */
export async function buildServer({ root = ROOT, outdir = join(root, COMPILED_DIR), quiet = false } = {}) {
  const { build } = await import("esbuild");
  const staging = `${outdir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const started = performance.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: "src/cli/main.ts" },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    // Bundled CommonJS packages call require() for Node's built-ins and the external packages.
    banner: {
      js: 'import { createRequire as __dimpleRequire } from "node:module"; const require = __dimpleRequire(import.meta.url);',
    },
    // Whitespace and syntax only: a smaller source for V8 to keep in memory (every loaded module's
    // text stays on the heap), while identifiers, class and function names stay readable in stack
    // traces and logs. The linked source maps lead back to the TypeScript.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    sourcemap: "linked",
    chunkNames: "chunk-[hash]",
    metafile: true,
    logLevel: quiet ? "error" : "warning",
    plugins: [sourceLocatedUrls(outdir)],
  });
  const inputs = {};
  const sources = new Set([
    relative(root, fileURLToPath(import.meta.url)),
    relative(root, fileURLToPath(new URL("../bin/compiled.js", import.meta.url))),
  ]);
  for (const input of Object.keys(result.metafile.inputs)) sources.add(watchedFile(input));
  for (const path of [...sources].sort()) {
    const stat = statSync(join(root, path));
    inputs[path] = { size: stat.size, mtimeMs: stat.mtimeMs };
  }
  writeFileSync(
    join(staging, MANIFEST),
    `${JSON.stringify({ entry: "main.js", builtAt: new Date().toISOString(), inputs }, null, 1)}\n`,
  );
  mkdirSync(dirname(outdir), { recursive: true });
  const old = `${outdir}.old-${process.pid}`;
  try {
    renameSync(outdir, old);
  } catch {}
  renameSync(staging, outdir);
  rmSync(old, { recursive: true, force: true });
  const ms = Math.round(performance.now() - started);
  if (!quiet) console.error(`built ${relative(root, outdir)}/ watching ${sources.size} files in ${ms} ms`);
  return { outdir, inputs: sources.size, ms };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildServer({ quiet: process.argv.includes("--quiet") });
}
