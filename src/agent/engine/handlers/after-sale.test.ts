import { expect, it } from "vitest";
import { verifyLedger } from "../../../ecosystem/pay/verify-ledger.ts";
import { describeEachDialect } from "../../../store/testing.ts";
import { openChat } from "../../brain/embedded/skills/chat-testing.ts";
import type { AgentEvent } from "../../events.ts";
import { BrainToolClient } from "../../risk/brain-tools.ts";
import { latteRequest, useTestAgent, walletFen } from "../../testing.ts";

const MINUTE = 60_000;

describeEachDialect("after-sale through the agent", (dialect) => {
  const agent = useTestAgent(dialect);

  /** Orders, pays for and receives `qty` lattes at the office; returns the delivered task's order id. */
  async function deliveredLatte(userId: string, qty = 1): Promise<string> {
    const task = await agent().engine.start(userId, "s_setup", await latteRequest(agent(), userId, qty));
    const done = await agent().engine.confirm(userId, task.id, task.cart_hash as string);
    await agent().world.advance(90 * MINUTE);
    await agent().engine.idle();
    return done.order_id as string;
  }

  it("files a spilled-latte claim on the confirm tap with no payment, and the refund lands in the wallet", async () => {
    const orderId = await deliveredLatte("u_xiaoming");
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    const turn = await chat("我上一单的拿铁洒了，帮我申请退款");
    const card = turn.tasks[0];
    expect(card).toMatchObject({ kind: "after_sale", status: "awaiting_confirmation" });
    const before = await walletFen(agent(), "u_xiaoming");
    const intentsBefore = await agent().world.context.db.selectFrom("pay_intents").select("id").execute();
    const done = await agent().engine.confirm(
      "u_xiaoming",
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    expect(done.status).toBe("completed");
    expect(done.refunded_fen).toBe(card?.quote?.totalFen);
    expect(await walletFen(agent(), "u_xiaoming")).toBe(before + (card?.quote?.totalFen ?? 0));
    // Nothing was charged for the claim: no new payment intent, and the refund is on the order's own.
    const intentsAfter = await agent().world.context.db.selectFrom("pay_intents").select("id").execute();
    expect(intentsAfter).toHaveLength(intentsBefore.length);
    const order = await agent()
      .world.context.db.selectFrom("commerce_orders")
      .select("payment_intent_id")
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow();
    const refunds = await agent()
      .world.context.db.selectFrom("pay_refunds")
      .select("amount_fen")
      .where("intent_id", "=", order.payment_intent_id as string)
      .execute();
    expect(refunds.map((refund) => refund.amount_fen)).toEqual([card?.quote?.totalFen]);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("turns twenty concurrent confirms of one claim card into one claim and one refund", async () => {
    await deliveredLatte("u_alice");
    const chat = await openChat(agent(), "u_alice", "en");
    const card = (await chat("my latte spilled, refund please")).tasks[0];
    const before = await walletFen(agent(), "u_alice");
    await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        agent().engine.confirm("u_alice", card?.taskId as string, card?.quote?.cartHash as string),
      ),
    );
    await agent().engine.idle();
    expect(await walletFen(agent(), "u_alice")).toBe(before + (card?.quote?.totalFen ?? 0));
    const claims = await agent()
      .world.context.db.selectFrom("commerce_claims")
      .select("id")
      .where("user_id", "=", "u_alice")
      .execute();
    expect(claims).toHaveLength(1);
  });

  it("follows a reviewed claim to its decision and tells the user without being asked", async () => {
    await deliveredLatte("u_bob", 4);
    const pushed: AgentEvent[] = [];
    const stop = agent().notifier.subscribe("u_bob", (event) => void pushed.push(event));
    const chat = await openChat(agent(), "u_bob", "en");
    const card = (await chat("the latte went off, I want a refund")).tasks[0];
    const filed = await agent().engine.confirm(
      "u_bob",
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    expect(filed.status).toBe("in_fulfilment");
    await agent().world.advance(70 * MINUTE);
    await agent().engine.idle();
    stop();
    const texts = pushed.flatMap((event) => (event.type === "notification" ? [event.text] : []));
    expect(texts.some((text) => /reviews it by/.test(text))).toBe(true);
    expect(texts.some((text) => /turned down: Claims of this kind need a photo/.test(text))).toBe(true);
    const final = await agent().engine.store.get(card?.taskId as string);
    expect(final?.status).toBe("failed");
    const event = await agent().engine.eventFor(final as never);
    expect(event.afterSale).toMatchObject({ status: "rejected", refundedFen: 0 });
    expect(event.timeline?.map((entry) => entry.status)).toEqual(["filed", "under_review", "rejected"]);
  });

  it("answers someone asking after an old order with the claim window, not a card", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    const turn = await chat("上周的兰州拉面有头发，退款");
    expect(turn.tasks).toHaveLength(0);
    expect(turn.reply).toContain("售后");
  });

  it("never lets the brain file a claim, dispute or ticket refund itself: only the tap on the card does", async () => {
    const brainTools = new BrainToolClient(agent().tools);
    for (const name of ["commerce_file_claim", "rides_file_dispute", "tickets_request_refund"]) {
      const result = await brainTools.call(name, { userId: "u_xiaoming" });
      expect(result).toMatchObject({ ok: false, error: { code: "effect_not_allowed" } });
    }
    expect(
      (
        await brainTools.call("commerce_preview_claim", {
          userId: "u_xiaoming",
          orderId: "o_x",
          kind: "spilled",
        })
      ).ok,
    ).toBe(false);
    expect(brainTools.list().map((tool) => tool.name)).toContain("commerce_preview_claim");
  });
});
