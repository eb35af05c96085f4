// Long-running commands (`dimple serve`, `dimple worker`) start with the V8 flags that keep their
// memory flat, whoever starts them: npm start, npx, a container, a process manager.
import { spawn } from "node:child_process";
import { constants } from "node:os";

/**
 * V8 flags a long-running Dimple process starts with (measured in docs/BENCHMARKS.md, "Memory"):
 * - `--max-semi-space-size=8` caps the young generation at 2 × 8 MB. V8's default lets it grow to
 *   2 × 16 MB, which a server whose per-turn garbage dies young never needs; every page of it
 *   stays resident.
 * - `--max-old-space-size=384` is about 12 times the server's live heap (about 32 MB after a full
 *   collection). Below 512 MB, V8 lets the old generation grow by a factor of 1.3–2 between full
 *   collections instead of 4, so promoted garbage is collected before the resident set climbs.
 * V8 reads them when it creates the heap, so setting them later (v8.setFlagsFromString) changes
 * nothing: a process started without them starts again with them (`relaunchLean`).
 */
export const SERVE_NODE_FLAGS = ["--max-semi-space-size=8", "--max-old-space-size=384"];

/**
 * Environment a relaunched process starts with, unless the operator set it: glibc gives a process
 * up to 8 malloc arenas per core for Node's helper threads, and the memory freed into them stays
 * resident. Two arenas cut a server's resident set by 12–16 MB with 1,000 sessions (docs/BENCHMARKS.md,
 * "Memory, session 6"); malloc reads it when the process starts, so only a new process can have it.
 */
export const SERVE_ENV = { MALLOC_ARENA_MAX: "2" };

const LEAN_COMMANDS = new Set(["serve", "worker"]);

/**
 * The flags a `dimple <argv>` process still lacks: none for short commands, none when the process
 * already has them (on its command line or in NODE_OPTIONS, with any value: an operator's own
 * setting wins), none with DIMPLE_LEAN=0.
 * @param {string[]} argv
 * @param {{ execArgv?: string[], env?: Record<string, string | undefined> }} [from]
 * @returns {string[]}
 */
export function missingLeanFlags(argv, { execArgv = process.execArgv, env = process.env } = {}) {
  if (!LEAN_COMMANDS.has(argv[0] ?? "") || env.DIMPLE_LEAN === "0") return [];
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].map((flag) =>
    flag.split("=")[0]?.replaceAll("_", "-"),
  );
  return SERVE_NODE_FLAGS.filter((flag) => !given.includes(flag.split("=")[0]));
}

/**
 * Runs this same command again in a child Node process with `flags` added, and resolves with its
 * exit code. Node 20 cannot replace a running process (no execve), so this one stays as a small
 * parent: it passes SIGTERM, SIGINT and SIGHUP on, and if it is killed outright (kill -9) the child
 * sees its IPC channel close and stops the same way, so no orphan keeps serving.
 * @param {string[]} argv
 * @param {string[]} flags
 * @returns {Promise<number>}
 */
export function relaunchLean(argv, flags) {
  const child = spawn(process.execPath, [...flags, ...process.execArgv, process.argv[1] ?? "", ...argv], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...SERVE_ENV, ...process.env, DIMPLE_LEAN_CHILD: "1" },
    // Its own process group: a terminal's Ctrl+C reaches the parent only, which passes it on once.
    detached: true,
  });
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"])
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/**
 * In a relaunched child: stop at once when the parent is gone (killed with -9), as the parent's
 * own death would have stopped the process. The channel does not keep the process alive.
 */
export function followLeanParent() {
  const relaunched = process.env.DIMPLE_LEAN_CHILD === "1";
  delete process.env.DIMPLE_LEAN_CHILD;
  if (!relaunched || !process.channel) return;
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGKILL"));
}
