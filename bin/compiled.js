// Whether the compiled server (dist/server/, made by scripts/build-server.js) may run instead of
// the TypeScript sources: only when every file it was built from is unchanged since the build.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const COMPILED_DIR = "dist/server";
export const MANIFEST = "manifest.json";

/**
 * The file URL of the compiled entry when `dir` holds a build whose recorded inputs all still have
 * the recorded size and modification time; otherwise undefined, with the reason in `why`.
 * @param {{ root?: string, dir?: string }} [options]
 * @returns {{ url?: string, why?: string }}
 */
export function compiledEntry({ root = ROOT, dir = join(root, COMPILED_DIR) } = {}) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8"));
  } catch {
    return { why: "not built" };
  }
  const inputs = Object.entries(manifest.inputs ?? {});
  if (!manifest.entry || inputs.length === 0) return { why: "manifest incomplete" };
  for (const [path, recorded] of inputs) {
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    if (!stat) return { why: `${path} is gone` };
    if (stat.size !== recorded.size || stat.mtimeMs !== recorded.mtimeMs) return { why: `${path} changed` };
  }
  return { url: pathToFileURL(join(dir, manifest.entry)).href };
}
