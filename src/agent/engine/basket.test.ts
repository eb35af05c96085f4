import { expect, it } from "vitest";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import { describeEachDialect } from "../../store/testing.ts";
import type { TaskRequest } from "../brain/types.ts";
import type { TaskQuote } from "../events.ts";
import type { Agent } from "../runtime.ts";
import { useTestAgent, walletFen } from "../testing.ts";

const USER = "u_xiaoming";

/** The first in-stock hit for `keyword` near the user's office, enough of it to reach the shop's minimum. */
async function line(agent: Agent, location: string, keyword: string, not?: string) {
  const search = await agent.tools.call<{
    items: {
      skuId: string;
      merchantId: string;
      inStock: boolean;
      priceFen: number;
      merchant: { minOrderFen?: number };
    }[];
  }>("commerce_search_items", { keyword, location, openNow: true, limit: 10 });
  if (!search.ok) throw new Error(search.error.message);
  const hit = search.data.items.find((item) => item.inStock && item.merchantId !== not);
  if (!hit) throw new Error(`no ${keyword} near the office`);
  const qty = Math.max(1, Math.ceil((hit.merchant.minOrderFen ?? 0) / hit.priceFen));
  return { merchantId: hit.merchantId, skuId: hit.skuId, qty };
}

/** A latte and a box of ibuprofen to the office: two shops, one basket. */
async function basketRequest(agent: Agent, frameQty?: number): Promise<TaskRequest> {
  const office = await agent.world.context.db
    .selectFrom("user_addresses")
    .selectAll()
    .where("user_id", "=", USER)
    .where("label", "=", "office")
    .executeTakeFirstOrThrow();
  const location = `${office.lng},${office.lat}`;
  const coffee = await line(agent, location, "拿铁");
  const medicine = await line(agent, location, "布洛芬", coffee.merchantId);
  return {
    kind: "order_basket",
    title: "拿铁 + 布洛芬",
    args: {
      addressId: office.id,
      orders: [coffee, medicine].map((pick, item) => ({
        merchantId: pick.merchantId,
        lines: [{ skuId: pick.skuId, qty: pick.qty, options: {}, item }],
      })),
    },
    frame: {
      kind: "order_delivery",
      items: [
        { text: "拿铁", qty: coffee.qty, options: {} },
        { text: "布洛芬", qty: frameQty ?? medicine.qty, options: {} },
      ],
      exclusions: [],
      bundle: [],
      problems: [],
    },
  };
}

describeEachDialect("a basket across shops", (dialect) => {
  const agent = useTestAgent(dialect);

  async function quotedBasket(frameQty?: number) {
    const { sessions, engine } = agent();
    const session = await sessions.create(USER, "zh");
    return engine.start(USER, session.id, await basketRequest(agent(), frameQty));
  }

  async function intentsOf(quoteId: string) {
    return agent()
      .world.context.db.selectFrom("pay_intents")
      .selectAll()
      .where("reference", "=", quoteId)
      .execute();
  }

  it("shows one card with each shop's order, their lines and subtotals, and the sum as its total", async () => {
    const task = await quotedBasket();
    expect(task.status).toBe("awaiting_confirmation");
    const quote = JSON.parse(task.quote ?? "{}") as TaskQuote;
    expect(quote.orders).toHaveLength(2);
    expect(quote.totalFen).toBe((quote.orders ?? []).reduce((sum, order) => sum + order.totalFen, 0));
    expect(quote.lines.map((entry) => entry.name)).toEqual(
      (quote.orders ?? []).flatMap((order) => order.lines.map((entry) => entry.name)),
    );
    expect(quote.cartHash).toBe(task.cart_hash);
  });

  it("judges every line across the orders: a quantity off in the second shop's order withholds the card", async () => {
    const task = await quotedBasket(7);
    expect(task.status).toBe("failed");
    expect(JSON.parse(task.error ?? "{}")).toMatchObject({ code: "card_differs", field: "quantity" });
  });

  it("pays each order once when 20 confirms arrive together, and the ledger balances", async () => {
    const before = await walletFen(agent(), USER);
    const task = await quotedBasket();
    const quote = JSON.parse(task.quote ?? "{}") as TaskQuote;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => agent().engine.confirm(USER, task.id, task.cart_hash as string)),
    );
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    const orders = await agent().engine.store.listChildren(task.id);
    expect(orders).toHaveLength(2);
    for (const order of orders) {
      expect(order.kind).toBe("order_delivery");
      expect(await intentsOf(order.quote_id as string)).toHaveLength(1);
      const placed = await agent()
        .world.context.db.selectFrom("commerce_orders")
        .select("id")
        .where("quote_id", "=", order.quote_id as string)
        .execute();
      expect(placed).toHaveLength(1);
    }
    await agent().world.advance(120 * 60_000);
    const done = await agent().engine.store.get(task.id);
    expect(done?.status).toBe("completed");
    const paid = (await agent().engine.store.listChildren(task.id)).map((order) => order.paid_fen);
    expect(paid).toEqual((quote.orders ?? []).map((order) => order.totalFen));
    expect(await walletFen(agent(), USER)).toBe(before - quote.totalFen);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("releases a rejected shop's order once, tells the user, and lets the other order arrive", async () => {
    await agent().world.advance(3 * 60 * 60_000);
    const before = await walletFen(agent(), USER);
    const task = await quotedBasket();
    agent().world.context.faults.set("commerce", "merchant_rejects", { times: 1 });
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    await agent().world.advance(120 * 60_000);
    agent().world.context.faults.clear();
    const orders = await agent().engine.store.listChildren(task.id);
    const failed = orders.filter((order) => order.status === "failed");
    const completed = orders.filter((order) => order.status === "completed");
    expect(failed).toHaveLength(1);
    expect(completed).toHaveLength(1);
    expect(failed[0]?.paid_fen).toBe(0);
    // Its hold given back exactly once: one release journal, nothing captured.
    const journals = await agent()
      .world.context.db.selectFrom("pay_journals")
      .select("kind")
      .where("intent_id", "=", failed[0]?.payment_intent_id as string)
      .execute();
    expect(journals.map((journal) => journal.kind).sort()).toEqual(["authorize", "release"]);
    expect((await agent().engine.store.get(task.id))?.status).toBe("completed");
    expect(await walletFen(agent(), USER)).toBe(before - Number(completed[0]?.paid_fen));
    // Told once, however often the basket is brought up to date.
    await agent()
      .engine.cancel(USER, task.id)
      .catch(() => undefined);
    const told = (await agent().notifier.history(USER, 200)).filter(
      (event) => event.type === "notification" && event.taskId === task.id && event.text.includes("购物篮"),
    );
    expect(told).toHaveLength(1);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("refuses a basket card whose cart hash is not the current quote's", async () => {
    const task = await quotedBasket();
    await expect(agent().engine.confirm(USER, task.id, "sha256:forged")).rejects.toMatchObject({
      code: "cart_hash_mismatch",
    });
    expect(await agent().engine.store.listChildren(task.id)).toHaveLength(0);
  });
});
