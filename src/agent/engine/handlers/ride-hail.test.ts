import { expect, it } from "vitest";
import { verifyLedger } from "../../../ecosystem/pay/verify-ledger.ts";
import { getWallet } from "../../../ecosystem/pay/wallet.ts";
import { describeEachDialect } from "../../../store/testing.ts";
import { openChat } from "../../brain/embedded/skills/chat-testing.ts";
import { useTestAgent, walletFen } from "../../testing.ts";
import { rideHailHandler } from "./ride-hail.ts";

type Trip = {
  status: string;
  finalFareFen: number | null;
  preauthFen: number;
  driver: { name: string; plate: string } | null;
};

describeEachDialect("hailing a ride through the agent", (dialect) => {
  const agent = useTestAgent(dialect);

  async function trip(userId: string, tripId: string): Promise<Trip> {
    const result = await agent().tools.call<Trip>("rides_get_trip", { userId, tripId });
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  }

  async function notifications(userId: string, taskId: string): Promise<string[]> {
    return (await agent().notifier.history(userId, 50)).flatMap((event) =>
      event.type === "notification" && event.taskId === taskId ? [event.text] : [],
    );
  }

  it("pre-authorizes the estimate's upper bound, follows the trip and captures only the final fare", async () => {
    const user = "u_xiaoming";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "zh");
    const turn = await send("帮我打个车去杭州东站");
    const card = turn.tasks[0];
    expect(card?.kind).toBe("ride_hail");
    expect(turn.reply).toMatch(/^快车从家到杭州东站，约 [\d.]+ 公里、\d+ 分钟，预估 ¥[\d.]+–¥[\d.]+。/);
    const hold = card?.quote?.totalFen ?? 0;
    expect(turn.reply).toContain(`–¥${(hold / 100).toFixed(2)}`);

    const placed = await agent().engine.confirm(
      user,
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    expect(placed.status).toBe("in_fulfilment");
    expect(placed.paid_fen).toBe(0);
    expect((await getWallet(agent().world.context, user)).heldFen).toBe(hold);

    await agent().world.advance(60_000);
    await agent().engine.idle();
    const onTheWay = await trip(user, placed.order_id as string);
    expect(onTheWay.status).toBe("driver_assigned");
    const status = await send("我的车到哪了");
    expect(status.reply).toContain(onTheWay.driver?.plate);
    const tracking = (await rideHailHandler.describe?.(agent().tools, placed))?.tracking;
    expect(tracking?.courier?.name).toBe(onTheWay.driver?.name);

    for (
      let minute = 0;
      minute < 120 && (await trip(user, placed.order_id as string)).status !== "completed";
      minute += 5
    ) {
      await agent().world.advance(5 * 60_000);
    }
    await agent().engine.idle();
    const finished = await trip(user, placed.order_id as string);
    expect(finished.status).toBe("completed");
    const task = await agent().engine.store.get(placed.id);
    expect(task?.status).toBe("completed");
    expect(task?.paid_fen).toBe(finished.finalFareFen);
    expect(finished.finalFareFen).toBeLessThanOrEqual(hold);
    expect(await getWallet(agent().world.context, user)).toMatchObject({
      availableFen: before - (finished.finalFareFen ?? 0),
      heldFen: 0,
    });
    const told = await notifications(user, placed.id);
    expect(told[0]).toContain(onTheWay.driver?.plate);
    expect(told.at(-1)).toContain(`¥${((finished.finalFareFen ?? 0) / 100).toFixed(2)}`);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("quotes the product asked for in English", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const turn = await send("Get me a premier car to Hangzhou East Station");
    expect(turn.reply).toMatch(/^Premier from home to Hangzhou East Railway Station/);
    expect(turn.tasks[0]?.quote?.merchantEn).toBe("Premier");
  });

  it("cancels a ride before a driver is assigned for free, releasing the hold", async () => {
    const user = "u_bob";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "en");
    const turn = await send("Get me a taxi to Hangzhou East Station");
    const card = turn.tasks[0];
    const placed = await agent().engine.confirm(
      user,
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    const cancelled = await send("Cancel my ride");
    expect(cancelled.tasks[0]?.status).toBe("cancelled");
    expect((await trip(user, placed.order_id as string)).status).toBe("cancelled");
    expect(await getWallet(agent().world.context, user)).toMatchObject({ availableFen: before, heldFen: 0 });
  });

  it("charges only the late-cancellation fee when the driver has been on the way past the free window", async () => {
    const user = "u_bob";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "en");
    const turn = await send("Get me a taxi to Hangzhou East Station");
    const card = turn.tasks[0];
    const placed = await agent().engine.confirm(
      user,
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    await agent().world.advance(60_000);
    await agent().engine.idle();
    expect((await trip(user, placed.order_id as string)).status).toBe("driver_assigned");
    await agent().world.advance(150_000);
    await agent().engine.idle();
    expect(["driver_assigned", "driver_arrived"]).toContain(
      (await trip(user, placed.order_id as string)).status,
    );

    const cancelled = await send("Cancel my ride");
    expect(cancelled.tasks[0]?.status).toBe("cancelled");
    const task = await agent().engine.store.get(placed.id);
    const tripRow = await agent()
      .world.context.db.selectFrom("rides_trips")
      .select("cancellation_fee_fen")
      .where("id", "=", placed.order_id as string)
      .executeTakeFirstOrThrow();
    const fee = tripRow.cancellation_fee_fen ?? 0;
    expect(fee).toBeGreaterThan(0);
    expect(task?.paid_fen).toBe(fee);
    expect(await getWallet(agent().world.context, user)).toMatchObject({
      availableFen: before - fee,
      heldFen: 0,
    });
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("asks where to when no destination was said", async () => {
    const send = await openChat(agent(), "u_lihua", "zh");
    const turn = await send("帮我叫个车");
    expect(turn.tasks).toHaveLength(0);
    expect(turn.reply).toBe("要去哪里？");
  });
});
