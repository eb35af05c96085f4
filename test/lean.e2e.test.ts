import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { missingLeanFlags, SERVE_ENV, SERVE_NODE_FLAGS } = (await import(
  pathToFileURL(join(ROOT, "bin/lean.js")).href
)) as {
  SERVE_ENV: Readonly<Record<string, string>>;
  missingLeanFlags(argv: string[], from?: { execArgv?: string[]; env?: Record<string, string> }): string[];
  SERVE_NODE_FLAGS: readonly string[];
};
const scratch = mkdtempSync(join(tmpdir(), "dimple-lean-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the memory flags of long-running commands", () => {
  it("are missing for serve and worker started bare, and for no other command", () => {
    expect(missingLeanFlags(["serve"], { execArgv: [], env: {} })).toEqual(SERVE_NODE_FLAGS);
    expect(missingLeanFlags(["worker", "--db", "x"], { execArgv: [], env: {} })).toEqual(SERVE_NODE_FLAGS);
    expect(missingLeanFlags(["chat"], { execArgv: [], env: {} })).toEqual([]);
    expect(missingLeanFlags([], { execArgv: [], env: {} })).toEqual([]);
  });

  it("count as given on the command line or in NODE_OPTIONS, with the operator's own values", () => {
    expect(missingLeanFlags(["serve"], { execArgv: [...SERVE_NODE_FLAGS], env: {} })).toEqual([]);
    expect(missingLeanFlags(["serve"], { execArgv: ["--max-old-space-size=1024"], env: {} })).toEqual([
      "--max-semi-space-size=8",
    ]);
    expect(
      missingLeanFlags(["serve"], {
        execArgv: [],
        env: { NODE_OPTIONS: "--max_semi_space_size=4 --max-old-space-size=200" },
      }),
    ).toEqual([]);
    expect(missingLeanFlags(["serve"], { execArgv: [], env: { DIMPLE_LEAN: "0" } })).toEqual([]);
  });

  it("are applied by `dimple serve` itself, and its server goes when the launcher is killed with -9", async () => {
    const launcher = spawn(
      process.execPath,
      [
        join(ROOT, "bin/dimple.js"),
        "serve",
        "--port",
        "0",
        "--quiet",
        "--db",
        `sqlite:${join(scratch, "lean.db")}`,
      ],
      {
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...process.env, NODE_OPTIONS: "", MALLOC_ARENA_MAX: undefined },
      },
    );
    let output = "";
    launcher.stderr.setEncoding("utf8");
    await new Promise<void>((resolve, reject) => {
      launcher.stderr.on("data", (chunk: string) => {
        output += chunk;
        if (output.includes("Dimple is serving on")) resolve();
      });
      launcher.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const children = readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, "utf8")
      .trim()
      .split(/\s+/);
    expect(children).toHaveLength(1);
    const server = Number(children[0]);
    const commandLine = readFileSync(`/proc/${server}/cmdline`, "utf8").split("\0");
    for (const flag of SERVE_NODE_FLAGS) expect(commandLine).toContain(flag);
    // Two malloc arenas, unless the operator chose a number (the launcher's environment has none).
    const environment = readFileSync(`/proc/${server}/environ`, "utf8").split("\0");
    for (const [name, value] of Object.entries(SERVE_ENV)) expect(environment).toContain(`${name}=${value}`);
    launcher.kill("SIGKILL");
    const gone = async () => {
      for (let waited = 0; waited < 10_000; waited += 100) {
        try {
          process.kill(server, 0);
        } catch {
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    };
    expect(await gone()).toBe(true);
  }, 90_000);
});
