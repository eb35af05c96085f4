import { expect, it } from "vitest";
import { openChat } from "../../agent/brain/embedded/skills/chat-testing.ts";
import { latteRequest, useTestAgent } from "../../agent/testing.ts";
import { orderViews } from "../../server/task-views.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { computeAnalytics } from "../analytics/report.ts";
import { CLAIM_SIGNAL, recordClaimSignals } from "./claims.ts";
import { syncTaskOutcomes } from "./outcomes.ts";

const USER = "u_xiaoming";
const MINUTE = 60_000;

// Issue 16, item 4: a claim is a negative outcome of the task that caused it, counted on the
// operator's dashboard (rate, money back, reasons) and shown under its order in History.
describeEachDialect("claims in the flywheel, the dashboard and History", (dialect) => {
  const agent = useTestAgent(dialect);

  it("records a claim once against the order's task and counts it in the after-sale figures", async () => {
    const { engine, world } = agent();
    const order = await engine.start(USER, "s_setup", await latteRequest(agent(), USER));
    await engine.confirm(USER, order.id, order.cart_hash as string);
    await world.advance(90 * MINUTE);
    await engine.idle();

    const chat = await openChat(agent(), USER, "zh");
    const card = (await chat("我上一单的拿铁洒了，帮我申请退款")).tasks[0];
    expect(card).toMatchObject({ kind: "after_sale", status: "awaiting_confirmation" });
    const claim = await engine.confirm(USER, card?.taskId as string, card?.quote?.cartHash as string);
    await engine.idle();
    const refunded = (await engine.store.get(claim.id))?.refunded_fen ?? 0;
    expect(refunded).toBeGreaterThan(0);

    expect(await recordClaimSignals(world.context)).toBe(1);
    expect(await recordClaimSignals(world.context)).toBe(0);
    const signals = await world.context.db
      .selectFrom("flywheel_signals")
      .selectAll()
      .where("kind", "=", CLAIM_SIGNAL)
      .execute();
    expect(signals.map((signal) => signal.task_id)).toEqual([order.id]);
    expect(JSON.parse(signals[0]?.detail ?? "{}")).toMatchObject({
      claimTaskId: claim.id,
      claimKind: "spilled",
    });

    await syncTaskOutcomes(world.context);
    const report = await computeAnalytics(world.context);
    expect(report.afterSale.claims).toBe(1);
    expect(report.afterSale.claimedTasks).toBe(1);
    expect(report.afterSale.rate).toBeGreaterThan(0);
    expect(report.afterSale.refundedFen).toBe(refunded);
    expect(report.afterSale.reasons).toEqual({ spilled: 1 });
    expect(report.failureReasons["after_sale:spilled"]).toBe(1);

    const orders = await orderViews(agent(), USER);
    expect(orders.some((entry) => entry.kind === "after_sale")).toBe(false);
    const shown = orders.find((entry) => entry.taskId === order.id);
    expect(shown?.claims).toEqual([
      { taskId: claim.id, kind: "spilled", status: "refunded", amountFen: refunded, refundedFen: refunded },
    ]);
    expect(shown?.refundedFen).toBe(refunded);
  });
});
