import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { captureStdout } from "../testing.ts";
import { nluCommand } from "./nlu.ts";

const directory = mkdtempSync(join(tmpdir(), "dimple-nlu-cli-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe("dimple nlu", () => {
  it("classifies a sentence with the shipped model when the registry is empty", async () => {
    const output = captureStdout();
    expect(await nluCommand(["classify", "给小红转200块", "--out", directory, "--json"])).toBe(0);
    const result = JSON.parse(output());
    expect(result).toMatchObject({
      lang: "zh",
      intent: "payment",
      slots: { amountFen: 20000, recipient: "小红" },
    });
  });

  it("lists no versions for an empty registry", async () => {
    const output = captureStdout();
    expect(await nluCommand(["versions", "--out", directory, "--json"])).toBe(0);
    expect(JSON.parse(output())).toEqual({ current: null, versions: [] });
  });

  it("refuses to switch to a version that does not exist", async () => {
    await expect(nluCommand(["use", "20990101-000000-deadbeef", "--out", directory])).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses an --epochs that is not a whole number before training anything", async () => {
    await expect(nluCommand(["train", "--epochs", "two", "--out", directory])).rejects.toMatchObject({
      code: "invalid_argument",
      field: "--epochs",
    });
  });

  it("rejects an unknown action with usage", async () => {
    await expect(nluCommand(["fly"])).rejects.toMatchObject({ code: "invalid_argument" });
  });
});
