import { expect, it } from "vitest";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { openChat } from "../brain/embedded/skills/chat-testing.ts";
import { useTestAgent, walletFen } from "../testing.ts";

const USER = "u_xiaoming";
const HOUR = 3_600_000;

describeEachDialect("tasks confirmed now and carried out later", (dialect) => {
  const agent = useTestAgent(dialect);

  async function scheduledRide(text = "明天早上8点帮我叫车去杭州东站") {
    const send = await openChat(agent(), USER, "zh");
    const turn = await send(text);
    const card = turn.tasks[0];
    expect(card?.kind).toBe("ride_hail");
    expect(card?.status).toBe("awaiting_confirmation");
    expect(card?.scheduledFor).toBeDefined();
    expect(turn.reply).toContain("明天 08:00");
    const task = await agent().engine.store.get(card?.taskId as string);
    return { task: task as NonNullable<typeof task>, turn };
  }

  async function tripsOf(taskId: string) {
    const task = await agent().engine.store.get(taskId);
    if (!task?.order_id) return [];
    return agent()
      .world.context.db.selectFrom("rides_trips")
      .select(["id", "requested_at"])
      .where("id", "=", task.order_id)
      .execute();
  }

  // First, while the world is at its start: the show is this Saturday.
  it("times the taxi to a show for the show, not for now", async () => {
    const send = await openChat(agent(), USER, "zh");
    const turn = await send("两张这周六周杰伦演唱会的票，连座，再叫个车过去");
    const ride = turn.tasks.find((task) => task.kind === "ride_hail");
    expect(turn.reply, turn.reply).toMatch(/叫车/u);
    expect(ride?.scheduledFor).toBeDefined();
    expect(Date.parse(ride?.scheduledFor as string)).toBeGreaterThan(
      agent().world.context.clock.now() + 24 * HOUR,
    );
  });

  it("waits in scheduled with nothing held, never starts early, then runs once at its time", async () => {
    const before = await walletFen(agent(), USER);
    const { task } = await scheduledRide();
    const startsAt = task.scheduled_for as number;
    const confirmed = await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    expect(confirmed.status).toBe("scheduled");
    expect(confirmed.payment_intent_id).toBeNull();
    expect(await walletFen(agent(), USER)).toBe(before);

    const now = agent().world.context.clock.now();
    await agent().world.advance(startsAt - now - 60_000);
    expect((await agent().engine.store.get(task.id))?.status).toBe("scheduled");
    expect(await tripsOf(task.id)).toEqual([]);

    await agent().world.advance(2 * 60_000);
    const started = await agent().engine.store.get(task.id);
    expect(["in_fulfilment", "completed"]).toContain(started?.status);
    const trips = await tripsOf(task.id);
    expect(trips).toHaveLength(1);
    expect(Number(trips[0]?.requested_at)).toBeGreaterThanOrEqual(startsAt);

    // Another tick, a restart's resume and a racing runDue start nothing twice.
    await Promise.all([agent().engine.runDue(startsAt + HOUR), agent().engine.resume()]);
    await agent().world.advance(4 * HOUR);
    expect((await agent().engine.store.get(task.id))?.status).toBe("completed");
    expect(await tripsOf(task.id)).toHaveLength(1);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("cancels free of charge until it starts, and a cancelled one never runs", async () => {
    const before = await walletFen(agent(), USER);
    const { task } = await scheduledRide();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    const cancelled = await agent().engine.cancel(USER, task.id);
    expect(cancelled.status).toBe("cancelled");
    await agent().world.advance(30 * HOUR);
    expect((await agent().engine.store.get(task.id))?.status).toBe("cancelled");
    expect(await tripsOf(task.id)).toEqual([]);
    expect(await walletFen(agent(), USER)).toBe(before);
  });

  it("asks again instead of paying when the price has gone up by the time it starts", async () => {
    const before = await walletFen(agent(), USER);
    const { task } = await scheduledRide();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    // The user confirmed a lower price than the service will quote then.
    const request = JSON.parse(task.request) as { amountFen: number };
    await agent().engine.store.update(task.id, {
      request: JSON.stringify({ ...request, amountFen: request.amountFen - 500 }),
    });
    await agent().world.advance(30 * HOUR);
    const asked = await agent().engine.store.get(task.id);
    expect(asked?.status).toBe("awaiting_confirmation");
    expect(asked?.payment_intent_id).toBeNull();
    expect(await tripsOf(task.id)).toEqual([]);
    expect(await walletFen(agent(), USER)).toBe(before);
    const told = (await agent().notifier.history(USER, 20)).some(
      (event) => event.type === "notification" && event.taskId === task.id && event.text.includes("重新确认"),
    );
    expect(told).toBe(true);
  });

  it("as a worker's job: named by its due key, not started early, started once however many workers race", async () => {
    const { task } = await scheduledRide();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    const stepper = agent().world.steppers.find((candidate) => candidate.name === "agent-scheduled-tasks");
    const context = agent().world.context;
    const startsAt = task.scheduled_for as number;
    expect(await stepper?.dueKeys?.(context, startsAt - 1)).not.toContain(task.id);
    await stepper?.runOne?.(context, task.id, startsAt - 1);
    expect((await agent().engine.store.get(task.id))?.status).toBe("scheduled");

    await context.simulatedClock?.advance(startsAt - context.clock.now());
    expect(await stepper?.dueKeys?.(context, startsAt)).toContain(task.id);
    await Promise.all([1, 2, 3].map(() => stepper?.runOne?.(context, task.id, startsAt)));
    await agent().engine.idle();
    expect(await tripsOf(task.id)).toHaveLength(1);
    expect(await stepper?.dueKeys?.(context, startsAt)).not.toContain(task.id);
  });
});
