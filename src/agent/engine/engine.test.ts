import { expect, it } from "vitest";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import type { DimpleError } from "../../kernel/errors.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { latteRequest, useTestAgent, walletFen } from "../testing.ts";

const USER = "u_xiaoming";

describeEachDialect("the task engine", (dialect) => {
  const agent = useTestAgent(dialect);

  async function quotedTask(userId = USER) {
    const { sessions, engine } = agent();
    const session = await sessions.create(userId, "zh");
    const task = await engine.start(userId, session.id, await latteRequest(agent(), userId));
    expect(task.status).toBe("awaiting_confirmation");
    return task;
  }

  it("stops at awaiting_confirmation with the service's quote and a cart hash", async () => {
    const task = await quotedTask();
    const quote = JSON.parse(task.quote ?? "{}");
    expect(quote.totalFen).toBeGreaterThan(0);
    expect(task.cart_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(quote.cartHash).toBe(task.cart_hash);
  });

  it("pays, places and follows an order to delivered, capturing on acceptance", async () => {
    const before = await walletFen(agent(), USER);
    const task = await quotedTask();
    const total = JSON.parse(task.quote ?? "{}").totalFen as number;
    const confirmed = await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    expect(confirmed.status).toBe("in_fulfilment");
    expect(confirmed.order_id).toMatch(/^ord_/);
    await agent().world.advance(90 * 60_000);
    const done = await agent().engine.store.get(task.id);
    expect(done?.status).toBe("completed");
    expect(done?.paid_fen).toBe(total);
    expect(await walletFen(agent(), USER)).toBe(before - total);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("charges exactly once when 50 confirms of one task arrive together", async () => {
    const before = await walletFen(agent(), USER);
    const task = await quotedTask();
    const total = JSON.parse(task.quote ?? "{}").totalFen as number;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => agent().engine.confirm(USER, task.id, task.cart_hash as string)),
    );
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    const intents = await agent()
      .world.context.db.selectFrom("pay_intents")
      .selectAll()
      .where("reference", "=", task.quote_id as string)
      .execute();
    expect(intents).toHaveLength(1);
    const orders = await agent()
      .world.context.db.selectFrom("commerce_orders")
      .select("id")
      .where("quote_id", "=", task.quote_id as string)
      .execute();
    expect(orders).toHaveLength(1);
    expect(await walletFen(agent(), USER)).toBe(before - total);
  });

  it("refuses a card whose cart hash is not the current quote's", async () => {
    const task = await quotedTask();
    await expect(agent().engine.confirm(USER, task.id, "sha256:forged")).rejects.toMatchObject({
      code: "cart_hash_mismatch",
      field: "cartHash",
    });
    expect((await agent().engine.store.get(task.id))?.status).toBe("awaiting_confirmation");
  });

  it("hides another user's task", async () => {
    const task = await quotedTask();
    await expect(agent().engine.confirm("u_alice", task.id, task.cart_hash as string)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("releases the hold and fails the task when the merchant rejects", async () => {
    // Let earlier tests' orders finish, so the injected rejection hits this order.
    await agent().world.advance(3 * 60 * 60_000);
    const before = await walletFen(agent(), USER);
    const task = await quotedTask();
    agent().world.context.faults.set("commerce", "merchant_rejects", { times: 1 });
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    await agent().world.advance(10 * 60_000);
    agent().world.context.faults.clear();
    const failed = await agent().engine.store.get(task.id);
    expect(failed?.status).toBe("failed");
    expect(failed?.paid_fen).toBe(0);
    expect(await walletFen(agent(), USER)).toBe(before);
    const notes = await agent().notifier.history(USER);
    expect(notes).toContainEqual(expect.objectContaining({ type: "notification", taskId: task.id }));
    // The same items from another shop wait on a card of their own, one tap away, nothing paid yet.
    const alternative = (await agent().engine.store.listForUser(USER)).find(
      (candidate) => candidate.parent_task_id === task.id,
    );
    expect(alternative?.status).toBe("awaiting_confirmation");
    expect(alternative?.paid_fen).toBe(0);
    expect(notes.at(-1)).toMatchObject({ type: "notification", taskId: alternative?.id });
  });

  it("fails cleanly, without an order, when the payment is declined", async () => {
    const before = await walletFen(agent(), USER);
    const task = await quotedTask();
    agent().world.context.faults.set("pay", "payment_declined", { times: 1 });
    const result = await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    agent().world.context.faults.clear();
    expect(result.status).toBe("failed");
    expect(JSON.parse(result.error ?? "{}").code).toBe("payment_declined");
    expect(result.order_id).toBeNull();
    expect(await walletFen(agent(), USER)).toBe(before);
  });

  it("cancels before acceptance for free and releases the hold", async () => {
    const before = await walletFen(agent(), USER);
    const task = await quotedTask();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    const cancelled = await agent().engine.cancel(USER, task.id);
    expect(cancelled.status).toBe("cancelled");
    expect(await walletFen(agent(), USER)).toBe(before);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("refuses to cancel once the rider has picked the order up", async () => {
    const task = await quotedTask();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    for (let minute = 0; minute < 60; minute++) {
      await agent().world.advance(60_000);
      const order = await agent()
        .world.context.db.selectFrom("commerce_orders")
        .select("status")
        .where("id", "=", (await agent().engine.store.get(task.id))?.order_id as string)
        .executeTakeFirstOrThrow();
      if (order.status === "picked_up" || order.status === "delivering") break;
    }
    const error = await agent()
      .engine.cancel(USER, task.id)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as DimpleError).code).toMatch(/cancel_not_allowed/);
    expect((await agent().engine.store.get(task.id))?.status).toBe("in_fulfilment");
  });
});
