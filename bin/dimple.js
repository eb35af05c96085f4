#!/usr/bin/env node
// The `dimple` command. It runs the compiled server (dist/server/, from `npm run build` or
// `npm start`) while that build is up to date, else the TypeScript sources through tsx, so a fresh
// clone, the tests and an edited checkout need no build step. DIMPLE_TSX=1 forces the sources.
import { compiledEntry } from "./compiled.js";
import { followLeanParent, missingLeanFlags, relaunchLean } from "./lean.js";

const argv = process.argv.slice(2);
followLeanParent();
const leanFlags = missingLeanFlags(argv);
// serve and worker without their memory flags start again with them (bin/lean.js).
if (leanFlags.length > 0) process.exitCode = await relaunchLean(argv, leanFlags);
else await run();

async function run() {
  const compiled = process.env.DIMPLE_TSX === "1" ? {} : compiledEntry();
  let main;
  if (compiled.url) {
    ({ main } = await import(compiled.url));
  } else {
    // A build that has fallen behind the sources is worth a word: it starts several times faster.
    if (argv[0] === "serve" && compiled.why && compiled.why !== "not built")
      console.error(
        `dist/server is out of date (${compiled.why}); running the sources. npm run build refreshes it.`,
      );
    const { register } = await import("tsx/esm/api");
    register();
    ({ main } = await import("../src/cli/main.ts"));
  }
  const code = await main(argv);
  if (typeof code === "number") process.exitCode = code;
}
