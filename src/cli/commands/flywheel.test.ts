import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../testing.ts";
import { flywheelCommand } from "./flywheel.ts";

const directory = mkdtempSync(join(tmpdir(), "dimple-flywheel-cli-"));
const db = `sqlite:${join(directory, "flywheel.db")}`;
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const run = (args: string[]) => runCli(flywheelCommand, [...args, "--db", db, "--json"]);

describe("dimple flywheel consent --user", () => {
  it("resolves a username to the user's id", async () => {
    const { code, stdout } = await run(["consent", "--user", "xiaoming", "--share", "no"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ userId: "u_xiaoming", share: false, explicit: true });
    const again = await run(["consent", "--user", "u_xiaoming"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ userId: "u_xiaoming", share: false });
  });

  it("refuses an unknown user instead of writing consent for nobody", async () => {
    const { code, stdout } = await run(["consent", "--user", "nobody_here", "--share", "yes"]);
    expect(code).not.toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      error: { code: "not_found", message: 'no user "nobody_here" in this world', field: "--user" },
    });
  });

  it("refuses an unknown user for delete-user too", async () => {
    const { code, stdout } = await run(["delete-user", "--user", "nobody_here"]);
    expect(code).not.toBe(0);
    expect(JSON.parse(stdout).error.code).toBe("not_found");
  });
});
