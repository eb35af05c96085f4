import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_MODEL_PATH } from "../../agent/brain/nlu/paths.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { reportCliError } from "../output.ts";
import { evalNluCommand } from "./eval-nlu.ts";

const directory = mkdtempSync(join(tmpdir(), "dimple-eval-nlu-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function writeRows(name: string, lines: string[]): string {
  const path = join(directory, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** Runs the command and returns its exit code and everything written to stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
  let code: number;
  try {
    code = await evalNluCommand(args);
  } catch (error) {
    code = reportCliError(error, args.includes("--json"));
  }
  return { code, stdout, stderr };
}

const good = [
  '{"text":"来两杯珍珠奶茶","lang":"zh","intent":"order_delivery","source":"test"}',
  '{"text":"明天会下雨吗","lang":"zh","intent":"weather"}',
  '{"text":"set an alarm for 7am","lang":"en","intent":"out_of_scope"}',
  "",
  '{"text":"what is the weather in Shanghai tomorrow","lang":"en","intent":"weather"}',
];

describe("dimple eval nlu", () => {
  it("prints exactly one JSON object with per-language metrics with --json", async () => {
    const result = await run([
      "nlu",
      "--data",
      writeRows("good.jsonl", good),
      "--model",
      DEFAULT_MODEL_PATH,
      "--json",
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0] as string);
    expect(report.n).toBe(4);
    expect(Object.keys(report.byLang).sort()).toEqual(["en", "zh"]);
    expect(Object.keys(report.byLang.en).sort()).toEqual([
      "accuracy",
      "macroF1",
      "n",
      "oosRecall",
      "perIntent",
    ]);
    expect(report.byLang.zh.n).toBe(2);
    expect(Object.keys(report.byLang.zh.perIntent).sort()).toEqual(["order_delivery", "weather"]);
    expect(Object.keys(report.byLang.en.perIntent.weather).sort()).toEqual(["n", "precision", "recall"]);
    expect(report.byLang.en.oosRecall).toBe(report.byLang.en.perIntent.out_of_scope.recall);
  });

  it("prints a readable table without --json", async () => {
    const result = await run(["--data", writeRows("table.jsonl", good), "--model", DEFAULT_MODEL_PATH]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/zh: n=2 accuracy=/u);
  });

  it("names the code and line of a bad row, without a stack trace", async () => {
    const path = writeRows("bad.jsonl", [
      good[0] as string,
      good[1] as string,
      '{"text":"hi","lang":"fr","intent":"smalltalk"}',
    ]);
    const result = await run(["nlu", "--data", path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error \[invalid_data\] .*bad\.jsonl:3: "lang"/u);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  it("names the line of text that is not JSON", async () => {
    const result = await run(["--data", writeRows("broken.jsonl", ["{not json"]), "--json"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: "invalid_data", details: { line: 1 } });
  });

  it("reports a missing file as not_found", async () => {
    await expect(evalNluCommand(["--data", join(directory, "nope.jsonl")])).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("requires --data", async () => {
    await expect(evalNluCommand(["nlu"])).rejects.toBeInstanceOf(DimpleError);
  });
});
