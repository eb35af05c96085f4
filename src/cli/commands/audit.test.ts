import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { AuditLog } from "../../agent/risk/audit.ts";
import { migrateToLatest } from "../../compose/migrate.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { openDatabase } from "../../store/database.ts";
import { runCli } from "../testing.ts";
import { auditCommand } from "./audit.ts";

const directory = mkdtempSync(join(tmpdir(), "dimple-audit-"));
const url = `sqlite:${join(directory, "audit.db")}`;
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const run = (args: string[]) => runCli(auditCommand, args);

async function withDatabase<T>(work: (context: ServiceContext) => Promise<T>): Promise<T> {
  const database = openDatabase(url);
  await migrateToLatest(database.db);
  try {
    return await work({ db: database.db, clock: new SimulatedClock() } as unknown as ServiceContext);
  } finally {
    await database.close();
  }
}

describe("dimple audit verify", () => {
  it("says OK for an intact chain and prints its head", async () => {
    await withDatabase(async (context) => {
      const log = new AuditLog(context);
      for (let index = 0; index < 5; index++) await log.append("risk.decision", "u_bob", { index });
    });
    const { code, stdout } = await run(["verify", "--db", url, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, entries: 5, head: { seq: 5 }, problems: [] });
  });

  it("exits 1 and names the entry when one was edited", async () => {
    await withDatabase((context) =>
      context.db.updateTable("risk_audit").set({ actor: "u_mallory" }).where("seq", "=", 3).execute(),
    );
    const { code, stdout } = await run(["verify", "--db", url]);
    expect(code).toBe(1);
    expect(stdout).toContain("BROKEN: 5 audit entries");
    expect(stdout).toContain("#3 edited_entry");
  });

  it("refuses a malformed anchor and an unknown action", async () => {
    expect((await run(["verify", "--db", url, "--anchor", "nope", "--json"])).code).toBe(2);
    expect((await run(["list", "--db", url])).code).toBe(2);
  });
});
