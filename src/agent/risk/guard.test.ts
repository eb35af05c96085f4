import { beforeEach, expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import type { TaskRequest } from "../brain/types.ts";
import type { TaskRow } from "../engine/task-store.ts";
import type { TaskQuote } from "../events.ts";
import { latteRequest, useTestAgent, walletFen } from "../testing.ts";
import { DEMO_PIN } from "./policies.ts";

describeEachDialect("the confirm guard: policies, risk and the step-up PIN", (dialect) => {
  const agent = useTestAgent(dialect);
  beforeEach(() => agent().world.advance(11 * 60_000));

  async function quoted(userId: string, lang: "zh" | "en", request?: TaskRequest): Promise<TaskRow> {
    const session = await agent().sessions.create(userId, lang);
    return agent().engine.start(userId, session.id, request ?? (await latteRequest(agent(), userId)));
  }

  const card = async (task: TaskRow) =>
    JSON.parse((await agent().engine.store.get(task.id))?.quote ?? "{}") as TaskQuote;
  const confirm = (task: TaskRow, pin?: string) =>
    agent().engine.confirm(task.user_id, task.id, task.cart_hash as string, pin ? { pin } : {});
  const intentsOf = async (task: TaskRow) =>
    agent()
      .world.context.db.selectFrom("pay_intents")
      .select("id")
      .where("reference", "=", task.quote_id as string)
      .execute();

  it("allows an everyday order with one tap under the default policy", async () => {
    const task = await quoted("u_lihua", "zh");
    expect((await card(task)).risk).toBeUndefined();
    expect((await confirm(task)).status).toBe("in_fulfilment");
  });

  it("blocks a payment over the per-order limit, explaining why on the card", async () => {
    await agent().risk.updatePolicy("u_bob", { perOrderLimitFen: 500 });
    const task = await quoted("u_bob", "en");
    expect((await card(task)).risk?.decision).toBe("block");
    await expect(confirm(task)).rejects.toMatchObject({ code: "policy_blocked", status: 403 });
    const refused = await card(task);
    expect(refused.risk?.reasons.join(" ")).toContain("per-order limit of ¥5.00");
    expect((await agent().engine.store.get(task.id))?.status).toBe("awaiting_confirmation");
    expect(await intentsOf(task)).toHaveLength(0);
    // Raising the limit again loosens the policy, which needs the PIN.
    await agent().risk.updatePolicy("u_bob", { perOrderLimitFen: 500_000, currentPin: DEMO_PIN });
  });

  it("refuses merchants on the block list and outside a non-empty allow list", async () => {
    const first = await quoted("u_bob", "en");
    const merchantId = (JSON.parse(first.request) as { payee: string }).payee.replace("merchant:", "");
    await agent().risk.updatePolicy("u_bob", { merchantBlock: [merchantId] });
    await expect(confirm(first)).rejects.toMatchObject({ code: "policy_blocked", field: "policy" });
    expect((await card(first)).risk?.reasons[0]).toContain("you blocked");
    await agent().risk.updatePolicy("u_bob", { merchantBlock: [], currentPin: DEMO_PIN });
    await agent().risk.updatePolicy("u_bob", { merchantAllow: ["m_somewhere_else"] });
    const second = await quoted("u_bob", "en");
    await expect(confirm(second)).rejects.toMatchObject({ code: "policy_blocked" });
    await agent().risk.updatePolicy("u_bob", { merchantAllow: [], currentPin: DEMO_PIN });
    expect((await confirm(await quoted("u_bob", "en"))).status).toBe("in_fulfilment");
  });

  it("asks for the PIN above the step-up threshold, refuses a wrong one and pays with the right one", async () => {
    await agent().risk.updatePolicy("u_alice", { stepUpAboveFen: 100 });
    const before = await walletFen(agent(), "u_alice");
    const task = await quoted("u_alice", "en");
    expect((await card(task)).risk?.decision).toBe("step_up");
    await expect(confirm(task)).rejects.toMatchObject({ code: "step_up_required", field: "pin" });
    await expect(confirm(task, "000000")).rejects.toMatchObject({ code: "pin_invalid", field: "pin" });
    expect(await walletFen(agent(), "u_alice")).toBe(before);
    expect((await confirm(task, DEMO_PIN)).status).toBe("in_fulfilment");
  });

  it("locks step-up for a while after five wrong PINs", async () => {
    const task = await quoted("u_alice", "en");
    for (let attempt = 0; attempt < 5; attempt++)
      await expect(confirm(task, "111111")).rejects.toMatchObject({ code: "pin_invalid" });
    await expect(confirm(task, DEMO_PIN)).rejects.toMatchObject({ code: "pin_locked", status: 423 });
    await agent().world.advance(16 * 60_000);
    const fresh = await quoted("u_alice", "en");
    expect((await confirm(fresh, DEMO_PIN)).status).toBe("in_fulfilment");
    await agent().risk.updatePolicy("u_alice", { stepUpAboveFen: 200_000, currentPin: DEMO_PIN });
  });

  it("blocks a cart far bigger than what was asked (one latte asked, ten in the cart)", async () => {
    const request = await latteRequest(agent(), "u_xiaoming", 10);
    const task = await quoted("u_xiaoming", "zh", {
      ...request,
      asked: { items: [{ text: "拿铁", qty: 1 }] },
    });
    const shown = await card(task);
    expect(shown.risk?.decision).toBe("block");
    expect(shown.risk?.reasons.join("")).toContain("您要的是 1 份「拿铁」，购物车里却有 10 份");
    await expect(confirm(task, DEMO_PIN)).rejects.toMatchObject({ code: "risk_blocked" });
    expect(await intentsOf(task)).toHaveLength(0);
  });

  it("asks for the PIN when the cart is a little bigger than asked, and pays with it", async () => {
    const request = await latteRequest(agent(), "u_xiaoming", 2);
    const task = await quoted("u_xiaoming", "en", {
      ...request,
      asked: { items: [{ text: "latte", qty: 1 }] },
    });
    await expect(confirm(task)).rejects.toMatchObject({
      code: "step_up_required",
      message: expect.stringContaining("you asked for 1 (latte) but the cart has 2"),
    });
    expect((await confirm(task, DEMO_PIN)).status).toBe("in_fulfilment");
  });

  // The merchant is a repeat one: the test before paid it (with the PIN).
  it("skips the step-up for a small repeat order when auto-approve is on, and only then", async () => {
    const request = await latteRequest(agent(), "u_xiaoming", 2);
    const asked = { items: [{ text: "latte", qty: 1 }] };
    const off = await quoted("u_xiaoming", "en", { ...request, asked });
    await expect(confirm(off)).rejects.toMatchObject({ code: "step_up_required" });
    await agent().risk.updatePolicy("u_xiaoming", { autoApproveFen: 50_000, currentPin: DEMO_PIN });
    expect((await confirm(off)).status).toBe("in_fulfilment");
    await agent().risk.updatePolicy("u_xiaoming", { autoApproveFen: 0 });
  });

  it("keeps to the daily limit, counting what was already spent today", async () => {
    const task = await quoted("u_lihua", "zh");
    const total = (await card(task)).totalFen;
    const spent = (await agent().risk.spending("u_lihua")).todayFen;
    await agent().risk.updatePolicy("u_lihua", { perOrderLimitFen: 1_000, dailyLimitFen: spent + total - 1 });
    await expect(confirm(task)).rejects.toMatchObject({
      code: "policy_blocked",
      message: expect.stringContaining("每日限额"),
    });
  });

  it("needs the current PIN to loosen a policy, and audits every change without the PIN", async () => {
    await expect(agent().risk.updatePolicy("u_lihua", { dailyLimitFen: 2_000_000 })).rejects.toMatchObject({
      code: "step_up_required",
      field: "currentPin",
    });
    await expect(
      agent().risk.updatePolicy("u_lihua", { dailyLimitFen: 2_000_000, currentPin: "999999" }),
    ).rejects.toMatchObject({ code: "pin_invalid", field: "currentPin" });
    await agent().risk.updatePolicy("u_lihua", { pin: "246810", currentPin: DEMO_PIN });
    const policy = await agent().risk.updatePolicy("u_lihua", {
      perOrderLimitFen: 500_000,
      dailyLimitFen: 2_000_000,
      currentPin: "246810",
    });
    expect(policy).toMatchObject({ dailyLimitFen: 2_000_000, pinSet: true });
    const changes = (await agent().risk.audit.recent(50)).filter((entry) => entry.type === "policy.changed");
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.map((entry) => entry.data).join("")).not.toContain("246810");
  });

  it("sums the spending summary from confirmed payments", async () => {
    const summary = await agent().risk.spending("u_lihua");
    expect(summary.todayFen).toBeGreaterThan(0);
    expect(summary.byKind[0]).toMatchObject({ kind: "order_delivery" });
    expect(summary.remainingTodayFen).toBe(summary.dailyLimitFen - summary.todayFen);
    expect(summary.monthFen).toBeGreaterThanOrEqual(summary.todayFen);
    expect(summary.monthFen).toBeLessThanOrEqual(summary.todayFen + summary.last30DaysFen);
  });
});
