import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CommandSpec, GroupSpec } from "./help.ts";
import { wantsHelp } from "./help.ts";
import { commands, main } from "./main.ts";

const COMMANDS_DIR = fileURLToPath(new URL("./commands/", import.meta.url));

afterEach(() => vi.restoreAllMocks());

/** Runs `dimple …` in process and returns its exit code and what it wrote to stdout and stderr. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(console, "log").mockImplementation((...parts) => {
    stdout += `${parts.join(" ")}\n`;
  });
  vi.spyOn(console, "error").mockImplementation((...parts) => {
    stderr += `${parts.join(" ")}\n`;
  });
  const code = await main(argv);
  return { code, stdout, stderr };
}

/** Every (argv prefix, spec) pair whose `--help` must describe the spec's options. */
async function everySpec(): Promise<{ argv: string[]; spec: CommandSpec }[]> {
  const found: { argv: string[]; spec: CommandSpec }[] = [];
  for (const [name, command] of Object.entries(commands)) {
    const spec: CommandSpec | GroupSpec = await command.help();
    if ("commands" in spec)
      for (const [sub, child] of Object.entries(spec.commands))
        found.push({ argv: [name, sub], spec: child });
    else found.push({ argv: [name], spec });
  }
  return found;
}

/** The flags of a parsed option, as a user types them. */
const flags = (options: Record<string, unknown>) => Object.keys(options).map((name) => `--${name}`);

describe("dimple <command> --help", () => {
  it("prints every command's usage and every option its parser accepts, on stdout with exit 0", async () => {
    const names = Object.keys(commands);
    expect(names.length).toBeGreaterThanOrEqual(11);
    for (const name of names) {
      for (const help of ["--help", "-h"]) {
        const { code, stdout, stderr } = await run([name, help]);
        expect(code, `dimple ${name} ${help}`).toBe(0);
        expect(stderr).toBe("");
        expect(stdout).toMatch(new RegExp(`^usage: dimple ${name}\\b`));
      }
    }
    for (const { argv, spec } of await everySpec()) {
      const { code, stdout } = await run([...argv, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: dimple ${spec.name}\\b`));
      // Each option has its row in the options table, not just a mention in the synopsis.
      for (const flag of flags(spec.options))
        expect(stdout, `dimple ${argv.join(" ")} --help describes ${flag}`).toMatch(
          new RegExp(`^  ${flag}( |$)`, "m"),
        );
      expect(stdout).toMatch(/^ {2}-h, --help +this text$/m);
      // Each action's own help lists the options that action takes, and no others.
      for (const [action, entry] of Object.entries(spec.actions ?? {})) {
        const own = await run([...argv, action, "-h"]);
        expect(own.code).toBe(0);
        expect(own.stdout).toMatch(new RegExp(`^usage: dimple ${spec.name} ${action}\\b`));
        for (const name of Object.keys(spec.options)) {
          const listed = new RegExp(`^  --${name}( |$)`, "m").test(own.stdout);
          expect(listed, `dimple ${spec.name} ${action} --help and --${name}`).toBe(
            entry.options.includes(name),
          );
        }
      }
    }
  });

  it("parses every command with the options its help prints", async () => {
    // A parser given an inline option list could accept options no --help describes.
    const specs = new Set<unknown>((await everySpec()).map(({ spec }) => spec));
    const sources = readdirSync(COMMANDS_DIR).filter(
      (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".options.ts"),
    );
    let parsers = 0;
    for (const file of sources) {
      const source = readFileSync(`${COMMANDS_DIR}${file}`, "utf8");
      for (const call of source.matchAll(/parseCommandArgs\(([^;]*?)\);/gs)) {
        parsers += 1;
        const spec = /,\s*(\w+)\.options,?\s*$/.exec(call[1] as string)?.[1];
        expect(spec, `${file}: ${call[0]}`).toBeDefined();
        const module = await import(`${COMMANDS_DIR}${file.replace(/\.ts$/, ".options.ts")}`);
        expect(specs.has(module[spec as string]), `${file} parses with ${spec}, which --help prints`).toBe(
          true,
        );
      }
    }
    expect(parsers).toBeGreaterThanOrEqual(12);
  });

  it("keeps help cheap: the options modules import no command code", () => {
    const cli = fileURLToPath(new URL("./", import.meta.url));
    const options = readdirSync(COMMANDS_DIR)
      .filter((file) => file.endsWith(".options.ts"))
      .map((file) => `${COMMANDS_DIR}${file}`);
    const allowed = new Set([
      ...options,
      `${cli}help.ts`,
      `${cli}defaults.ts`,
      resolve(cli, "../agent/brain/nlu/paths.ts"),
      "node:url",
    ]);
    for (const file of [...options, `${cli}help.ts`]) {
      const source = readFileSync(file, "utf8");
      for (const [, type, from] of source.matchAll(/^import (type )?[^;]*?from "([^"]+)";/gms)) {
        const target = (from as string).startsWith(".") ? resolve(dirname(file), from as string) : from;
        if (!type) expect(allowed.has(target as string), `${file} imports ${from}`).toBe(true);
      }
    }
  });

  it("helps with an action's own text, after other arguments too", async () => {
    const { code, stdout } = await run(["flywheel", "consent", "--user", "u1", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: dimple flywheel consent --user USER \[--share yes\|no\]/);
    expect(stdout).not.toContain("--format");
  });

  it("still refuses an unknown option with its code and field", async () => {
    const { code, stdout, stderr } = await run(["eval", "nlu", "--bogus"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error \[invalid_argument\] Unknown option '--bogus'.*\(field: --bogus\)\n$/s);
  });

  it("names the usage when an action is missing", async () => {
    const { code, stdout, stderr } = await run(["world", "--json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("");
    const { error } = JSON.parse(stdout);
    expect(error).toMatchObject({ code: "invalid_argument", field: "action" });
    for (const action of ["seed", "reset", "stats"])
      expect(error.message).toContain(`dimple world ${action}`);
  });

  it("reads --help only before a `--`", () => {
    expect(wantsHelp(["train", "-h"])).toBe(true);
    expect(wantsHelp(["classify", "--", "--help"])).toBe(false);
    expect(wantsHelp(["classify", "help"])).toBe(false);
  });
});
