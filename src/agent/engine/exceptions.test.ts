import { expect, it } from "vitest";
import { lateCouponId } from "../../ecosystem/commerce/after-sale/late-coupon.ts";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import type { WorldEvent } from "../../kernel/events.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { latteRequest, useTestAgent, walletFen } from "../testing.ts";

const USER = "u_xiaoming";
const MINUTE = 60_000;

// Exceptions Dimple handles before the user asks (issue 16, item 3), each set off by the world's
// fault injection; the conversations around them are the `*-exc-*` scenarios.
describeEachDialect("exceptions handled before the user asks", (dialect) => {
  const agent = useTestAgent(dialect);

  async function confirmedLatte() {
    const { sessions, engine, world } = agent();
    // Let earlier tests' orders finish, so an injected fault hits this order.
    await world.advance(3 * 60 * MINUTE);
    const session = await sessions.create(USER, "zh");
    const task = await engine.start(USER, session.id, await latteRequest(agent(), USER));
    return engine.confirm(USER, task.id, task.cart_hash as string);
  }

  /** A late order delivered under the `late_delivery` fault, and the voucher it earned (if any). */
  async function lateOrder() {
    const { world, engine } = agent();
    world.context.faults.set("commerce", "late_delivery", { times: 1 });
    const task = await confirmedLatte();
    await world.advance(120 * MINUTE);
    world.context.faults.clear();
    expect((await engine.store.get(task.id))?.status).toBe("completed");
    return world.context.db
      .selectFrom("commerce_coupons")
      .selectAll()
      .where("id", "=", lateCouponId(task.order_id as string))
      .executeTakeFirst();
  }

  const refundsOf = (intentId: string) =>
    agent()
      .world.context.db.selectFrom("pay_refunds")
      .selectAll()
      .where("intent_id", "=", intentId)
      .execute();

  it("refunds a merchant's cancellation after capture once, even when the event arrives again, and offers another shop", async () => {
    const before = await walletFen(agent(), USER);
    const { world, engine } = agent();
    world.context.faults.set("commerce", "merchant_cannot_fulfil", { times: 1 });
    const task = await confirmedLatte();
    await world.advance(10 * MINUTE);
    world.context.faults.clear();
    const cancelled = await engine.store.get(task.id);
    expect(cancelled?.status).toBe("cancelled");
    expect(cancelled?.paid_fen).toBeGreaterThan(0);
    expect(cancelled?.refunded_fen).toBe(cancelled?.paid_fen);
    // A replayed event (a second process, a reconnect) must not refund again.
    const replay: WorldEvent = {
      type: "order.cancelled",
      at: world.context.clock.now(),
      userId: USER,
      subjectId: task.order_id as string,
      data: { reason: "merchant_cannot_fulfil", refundDueFen: cancelled?.paid_fen },
    };
    await world.context.bus.publish(replay);
    await engine.idle();
    const refunds = await refundsOf(task.payment_intent_id as string);
    expect(refunds.map((refund) => refund.amount_fen)).toEqual([cancelled?.paid_fen]);
    expect(await walletFen(agent(), USER)).toBe(before);
    const alternative = (await engine.store.listForUser(USER)).find(
      (candidate) => candidate.parent_task_id === task.id,
    );
    expect(alternative?.status).toBe("awaiting_confirmation");
    expect(alternative?.kind).toBe("order_delivery");
    const merchantOf = (row: typeof alternative) => JSON.parse(row?.request ?? "{}").args?.merchantId;
    expect(merchantOf(alternative)).not.toBe(merchantOf(cancelled));
    expect((await verifyLedger(world.context)).ok).toBe(true);
  });

  it("gives the platform's lateness voucher once for a late order, as the rule row says", async () => {
    const { world } = agent();
    const coupon = await lateOrder();
    const rule = await world.context.db
      .selectFrom("commerce_claim_rules")
      .selectAll()
      .where("kind", "=", "late")
      .executeTakeFirstOrThrow();
    expect(coupon?.user_id).toBe(USER);
    expect(coupon?.discount_fen).toBe(rule.late_coupon_fen);
    const notes = (await agent().notifier.history(USER)).map((note) =>
      note.type === "notification" ? note.text : "",
    );
    expect(notes.some((text) => text.includes("订单会晚到"))).toBe(true);
    expect(notes.some((text) => text.includes("超时规则送您"))).toBe(true);
  });

  it("gives no voucher when the rule row has none", async () => {
    await agent()
      .world.context.db.updateTable("commerce_claim_rules")
      .set({ late_coupon_fen: null })
      .where("kind", "=", "late")
      .execute();
    expect(await lateOrder()).toBeUndefined();
  });
});
