import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { chatCommand } from "./chat.ts";

const directory = mkdtempSync(join(tmpdir(), "dimple-chat-cli-"));
const script = join(directory, "order.txt");
writeFileSync(script, "帮我点一杯拿铁送到公司\n");
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs `dimple chat --script … --json` in process and returns its events. */
async function chat(...extra: string[]): Promise<{ type: string; taskId?: string; address?: string }[]> {
  let stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  expect(await chatCommand(["--script", script, "--json", ...extra])).toBe(0);
  vi.restoreAllMocks();
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("dimple chat --seed", () => {
  it("builds the fresh world from the seed: the same seed replays, another differs", async () => {
    const taskIds = async (...extra: string[]) =>
      (await chat(...extra)).filter((event) => event.type === "task").map((event) => event.taskId);
    const seeded = await taskIds("--seed", "5");
    expect(seeded).toHaveLength(1);
    expect(await taskIds("--seed", "5")).toEqual(seeded);
    expect(await taskIds()).not.toEqual(seeded);
  });

  it("refuses a seed that is not an integer, naming the flag", async () => {
    await expect(chatCommand(["--script", script, "--seed", "x"])).rejects.toMatchObject({
      code: "invalid_argument",
      field: "--seed",
    });
  });
});

describe("dimple chat's card language", () => {
  it("shows the card in the language the user wrote in, not only the account's", async () => {
    const english = join(directory, "english.txt");
    writeFileSync(english, "a latte to my office please\n");
    let stdout = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    const log = vi.spyOn(console, "log").mockImplementation((...parts) => {
      stdout += `${parts.join(" ")}\n`;
    });
    expect(await chatCommand(["--script", english])).toBe(0); // the Chinese demo user
    log.mockRestore();
    vi.restoreAllMocks();
    const card = stdout.slice(stdout.indexOf("[task"));
    expect(card).toMatch(/Latte/u);
    expect(card).toMatch(/total ¥\d+\.\d\d → .*Rd/u);
    expect(card).not.toMatch(/\p{Script=Han}/u);
  });
});
