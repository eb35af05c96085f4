import { allTools } from "../ecosystem/tools.ts";
import type { World } from "../ecosystem/world/world.ts";
import type { ServiceContext } from "../kernel/context.ts";
import { invokeTool, type ToolDefinition } from "../kernel/tool.ts";
import { measure } from "./stats.ts";

const tool = (name: string): ToolDefinition => {
  const found = allTools.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
};

async function call<T>(context: ServiceContext, name: string, input: unknown): Promise<T> {
  const result = await invokeTool(tool(name), context, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/** A cart that is open, in range and in stock at the world's start: the first latte near the office. */
async function benchCart(context: ServiceContext, userId: string) {
  const office = await context.db
    .selectFrom("user_addresses")
    .selectAll()
    .where("user_id", "=", userId)
    .where("label", "=", "office")
    .executeTakeFirstOrThrow();
  const { items } = await call<{ items: { skuId: string; merchantId: string; inStock: boolean }[] }>(
    context,
    "commerce_search_items",
    {
      keyword: "拿铁",
      location: `${office.lng},${office.lat}`,
      openNow: true,
      limit: 5,
    },
  );
  const item = items.find((candidate) => candidate.inStock);
  if (!item) throw new Error("no latte for the benchmark");
  // Plenty of stock, so the benchmark measures the path and not sold-out errors.
  await context.db
    .updateTable("commerce_skus")
    .set({ stock: 1_000_000 })
    .where("id", "=", item.skuId)
    .execute();
  return {
    merchantId: item.merchantId,
    lines: [{ skuId: item.skuId, qty: 1, options: {} }],
    addressId: office.id,
    // No coupons: parallel orders would race for one single-use voucher.
    couponIds: [],
  };
}

/**
 * Service throughput through the same tool path the agent uses: quotes, orders (intent, authorize,
 * place) and payments (intent, authorize, capture).
 */
export async function benchServices(world: World, options: { count: number; concurrency: number }) {
  const { context } = world;
  const userId = "u_alice";
  // Pay by card, which draws on the issuer's side of the ledger and so never runs dry mid-benchmark.
  const methods = await call<{ id: string; kind: string }[]>(context, "pay_list_payment_methods", { userId });
  const card = methods.find((method) => method.kind === "card");
  if (!card) throw new Error("the benchmark user has no card");
  const paymentMethodId = card.id;
  const cart = await benchCart(context, userId);
  const quote = await measure(options.count, options.concurrency, () =>
    call(context, "commerce_quote_cart", { userId, ...cart }),
  );
  const order = await measure(options.count, options.concurrency, async (index) => {
    const quoted = await call<{ quoteId: string; totalFen: number; merchantId: string }>(
      context,
      "commerce_quote_cart",
      { userId, ...cart },
    );
    const intent = await call<{ id: string }>(context, "pay_create_intent", {
      userId,
      amountFen: quoted.totalFen,
      payee: `merchant:${quoted.merchantId}`,
      reference: quoted.quoteId,
      paymentMethodId,
      idempotencyKey: `bench-order-${index}-create`,
    });
    await call(context, "pay_confirm_intent", {
      intentId: intent.id,
      userId,
      idempotencyKey: `bench-order-${index}-auth`,
    });
    await call(context, "commerce_place_order", {
      userId,
      quoteId: quoted.quoteId,
      paymentIntentId: intent.id,
      idempotencyKey: `bench-order-${index}-place`,
    });
  });
  const payment = await measure(options.count, options.concurrency, async (index) => {
    const intent = await call<{ id: string }>(context, "pay_create_intent", {
      userId,
      amountFen: 1000 + (index % 50),
      payee: "platform",
      reference: `bench-${index}`,
      paymentMethodId,
      idempotencyKey: `bench-pay-${index}-create`,
    });
    await call(context, "pay_confirm_intent", {
      intentId: intent.id,
      userId,
      idempotencyKey: `bench-pay-${index}-auth`,
    });
    await call(context, "pay_capture", {
      intentId: intent.id,
      userId,
      idempotencyKey: `bench-pay-${index}-capture`,
    });
  });
  return { quote, placeOrder: order, payment };
}
