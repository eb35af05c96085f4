import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../main.ts";

afterEach(() => vi.restoreAllMocks());

/** Runs `dimple …` in process and returns its exit code and stdout. */
async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  vi.spyOn(console, "log").mockImplementation((...parts) => {
    stdout += `${parts.join(" ")}\n`;
  });
  const code = await main(argv);
  return { code, stdout };
}

const counts = {
  n: expect.any(Number),
  exact: expect.any(Number),
  asked: expect.any(Number),
  silent: expect.any(Number),
  named: expect.any(Number),
};

describe("dimple eval faithfulness", () => {
  it("plays 20 generated requests through the agent and prints one JSON object", {
    timeout: 120_000,
  }, async () => {
    const { code, stdout } = await run(["eval", "faithfulness", "--n", "20", "--json"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    const report = JSON.parse(stdout);
    expect(lines.length).toBeGreaterThan(0);
    expect(report).toMatchObject({
      n: 20,
      exactCardRate: expect.any(Number),
      askedRate: expect.any(Number),
      silentDivergences: expect.any(Number),
      byKind: expect.any(Object),
    });
    expect(report.exactCardRate).toBeGreaterThanOrEqual(0);
    expect(report.exactCardRate).toBeLessThanOrEqual(1);
    expect(report.byKind.item).toMatchObject({ ...counts, n: 20 });
    for (const stats of Object.values(report.byKind)) expect(stats).toMatchObject(counts);
    expect(Object.keys(report.byLang).sort()).toEqual(["en", "zh"]);
    expect(report.byLang.zh.n + report.byLang.en.n).toBe(20);
  });

  it("refuses a count it cannot run, naming the flag", async () => {
    const { code, stdout } = await run(["eval", "faithfulness", "--n", "0", "--json"]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error).toMatchObject({ code: "invalid_argument", field: "--n" });
  });
});
