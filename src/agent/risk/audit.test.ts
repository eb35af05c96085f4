import { beforeAll, expect, it } from "vitest";
import { useTestWorld } from "../../ecosystem/world/testing.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { AuditLog, verifyAudit } from "./audit.ts";
import { redact, redactText } from "./redact.ts";

describeEachDialect("the audit log", (dialect) => {
  const world = useTestWorld(dialect);
  let log: AuditLog;

  beforeAll(async () => {
    log = new AuditLog(world().context);
    // Fifty appends at once still form one unbroken chain.
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        log.append("payment.captured", "u_xiaoming", { taskId: `task_${index}`, amountFen: 100 + index }),
      ),
    );
  });

  const db = () => world().context.db;

  it("chains every entry to the one before it", async () => {
    const report = await verifyAudit(db());
    expect(report).toMatchObject({ ok: true, entries: 50, problems: [] });
    expect(report.head?.seq).toBe(50);
  });

  it("redacts card numbers, phone numbers and street addresses before writing", async () => {
    const entry = await log.append("policy.changed", "u_alice", {
      note: "card 6222 0000 1234 5678, call 13812345678",
      address: { text: "滨盛路1688号", lng: 120.20612, lat: 30.20345 },
      street: "88 Nanshan Road",
    });
    expect(entry.data).not.toMatch(/6222 0000|13812345678|滨盛路|Nanshan/);
    expect(JSON.parse(entry.data)).toEqual({
      note: "card **** 5678, call 138****5678",
      address: "[address]",
      street: "[address]",
    });
  });

  it("detects an edited entry, even one whose own hash was recomputed", async () => {
    await db().updateTable("risk_audit").set({ data: '{"amountFen":1}' }).where("seq", "=", 10).execute();
    const edited = await verifyAudit(db());
    expect(edited.ok).toBe(false);
    expect(edited.problems).toContainEqual(expect.objectContaining({ seq: 10, code: "edited_entry" }));
    const row = await db()
      .selectFrom("risk_audit")
      .selectAll()
      .where("seq", "=", 10)
      .executeTakeFirstOrThrow();
    const { entryHash } = await import("./audit.ts");
    const rehashed = entryHash({
      seq: 10,
      at: Number(row.at),
      type: row.type,
      actor: row.actor,
      data: row.data,
      prevHash: row.prev_hash,
    });
    await db().updateTable("risk_audit").set({ hash: rehashed }).where("seq", "=", 10).execute();
    const relinked = await verifyAudit(db());
    expect(relinked.problems).toContainEqual(expect.objectContaining({ seq: 11, code: "broken_link" }));
  });

  it("detects a deleted entry, and a deleted tail against an anchor", async () => {
    const anchor = (await verifyAudit(db())).head as { seq: number; hash: string };
    await db().deleteFrom("risk_audit").where("seq", "=", 20).execute();
    expect((await verifyAudit(db())).problems).toContainEqual(
      expect.objectContaining({ seq: 20, code: "missing_entry" }),
    );
    await db().deleteFrom("risk_audit").where("seq", "=", anchor.seq).execute();
    const truncated = await verifyAudit(db(), anchor);
    expect(truncated.problems).toContainEqual(expect.objectContaining({ code: "anchor_mismatch" }));
  });
});

it("redacts free text without touching amounts or ids", () => {
  expect(redactText("退款到 6222-0000-1234-5678，联系 +86 138 1234 5678，mail a.b@exfil.example")).toBe(
    "退款到 **** 5678，联系 138****5678，mail [email]",
  );
  const street = redactText("送到杭州市西湖区杨公堤22号3单元，谢谢");
  expect(street).toMatch(/^送到杭州市.*\[地址\]，谢谢$/);
  expect(street).not.toMatch(/杨公堤|22号|单元/);
  expect(redact({ amountFen: 12_345, taskId: "task_1", lng: 120.123456 })).toEqual({
    amountFen: 12_345,
    taskId: "task_1",
    lng: 120.12,
  });
});
