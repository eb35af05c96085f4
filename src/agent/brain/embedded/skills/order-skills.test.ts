import { expect, it } from "vitest";
import { describeEachDialect } from "../../../../store/testing.ts";
import { taskTitles } from "../../../engine/task-store.ts";
import { latteRequest, useTestAgent, walletFen } from "../../../testing.ts";
import { openChat } from "./chat-testing.ts";

describeEachDialect("the order status and cancel skills", (dialect) => {
  const agent = useTestAgent(dialect);

  it("says there is nothing in progress, in both languages", async () => {
    const zh = await openChat(agent(), "u_lihua", "zh");
    expect((await zh("我的外卖到哪了")).reply).toBe("你最近没有进行中的订单。");
    expect((await zh("取消刚才的订单")).reply).toBe("现在没有进行中的订单可以取消。");
    const en = await openChat(agent(), "u_bob", "en");
    expect((await en("Where is my order?")).reply).toBe("You have no orders in progress.");
    expect((await en("Cancel my last order")).reply).toBe("There's nothing in progress to cancel.");
  });

  it("tells a delivery's status from commerce, with the rider once one is assigned", async () => {
    const user = "u_xiaoming";
    const send = await openChat(agent(), user, "zh");
    const session = await agent().sessions.create(user, "zh");
    const started = await agent().engine.start(user, session.id, await latteRequest(agent(), user));
    expect((await send("我的外卖到哪了")).reply).toContain("还在等你在卡片上确认支付");
    const placed = await agent().engine.confirm(user, started.id, started.cart_hash as string);
    await agent().world.advance(10 * 60_000);
    await agent().engine.idle();
    const order = await agent().tools.call<{
      status: string;
      etaMinutes: number;
      rider: { name: string } | null;
    }>("commerce_get_order", { userId: user, orderId: placed.order_id });
    if (!order.ok) throw new Error(order.error.message);
    expect(order.data.status).toBe("rider_assigned");
    const { reply } = await send("我的外卖到哪了");
    expect(reply).toBe(
      // The reply names the task in its own language, from the quote's Chinese names.
      `「${taskTitles(placed).zh}」骑手已接单，正赶去取餐，骑手${order.data.rider?.name}，预计 ${order.data.etaMinutes} 分钟送达。`,
    );
  });

  it("cancels the newest card awaiting confirmation without charging", async () => {
    const user = "u_alice";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "en");
    const card = (await send("Get me a taxi to Hangzhou East Station")).tasks[0];
    const cancelled = await send("Cancel my last order");
    expect(cancelled.reply).toBe(`OK, cancelled "${card?.title}".`);
    expect(cancelled.tasks[0]).toMatchObject({ taskId: card?.taskId, status: "cancelled" });
    expect(await walletFen(agent(), user)).toBe(before);
  });
});
