import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import type { QuoteLine, QuoteOrder } from "../../events.ts";
import type { ToolClient } from "../../tools/client.ts";
import type { QuoteOutcome, TaskKindHandler } from "../handler.ts";
import type { TaskRow } from "../task-store.ts";
import { orderDeliveryHandler } from "./order-delivery.ts";

/**
 * A basket's arguments: one order per shop, all to one address. Each line says which of the
 * request's items it is (`item`, the frame's index), so the card lists the lines in the order the
 * user asked for them and the faithfulness check judges every line across orders.
 */
export const BasketArgs = z.object({
  addressId: z.string().min(1),
  orders: z
    .array(
      z.object({
        merchantId: z.string().min(1),
        lines: z
          .array(
            z.object({
              skuId: z.string().min(1),
              qty: z.number().int().positive(),
              options: z.record(z.string(), z.string()).default({}),
              item: z.number().int().nonnegative(),
            }),
          )
          .min(1),
      }),
    )
    .min(2)
    .max(4)
    .refine((orders) => new Set(orders.map((order) => order.merchantId)).size === orders.length, {
      message: "each shop appears once",
    }),
});
export type BasketArgs = z.infer<typeof BasketArgs>;

/** One shop's order inside a basket's quote: what its linked task is made from after the confirm. */
export type BasketPart = NonNullable<QuoteOutcome["parts"]>[number];

/**
 * Baskets across shops: every shop's cart is quoted by commerce exactly as a single order would be,
 * and the card shows them together. The basket itself never pays or places anything: its confirm
 * (engine/basket.ts) turns each part into a linked order_delivery task with its own payment.
 */
export const orderBasketHandler: TaskKindHandler & {
  parts(tools: ToolClient, task: TaskRow, args: Record<string, unknown>): Promise<BasketPart[]>;
} = {
  kind: "order_basket",
  captureOn: "event",

  async parts(tools, task, args) {
    const parsed = BasketArgs.safeParse(args);
    if (!parsed.success)
      throw new DimpleError("invalid_argument", parsed.error.issues[0]?.message ?? "bad basket", {
        field: `args.${parsed.error.issues[0]?.path.join(".") ?? "orders"}`,
      });
    const { addressId, orders } = parsed.data;
    return Promise.all(
      orders.map(async (order) => {
        const orderArgs = {
          merchantId: order.merchantId,
          lines: order.lines.map(({ skuId, qty, options }) => ({ skuId, qty, options })),
          addressId,
        };
        return { args: orderArgs, outcome: await orderDeliveryHandler.quote(tools, task, orderArgs) };
      }),
    );
  },

  async quote(tools, task, args): Promise<QuoteOutcome> {
    const parts = await this.parts(tools, task, args);
    const { orders } = BasketArgs.parse(args);
    return combine(parts, orders);
  },

  async place() {
    // The engine confirms a basket through its linked orders; nothing places the basket itself.
    throw new DimpleError("invalid_state", "a basket is placed through its linked orders", { field: "kind" });
  },
};

/** The basket's card and binding from its parts: every order shown, every order hashed. */
export function combine(parts: BasketPart[], orders: BasketArgs["orders"]): QuoteOutcome {
  const shown: QuoteOrder[] = parts.map(({ outcome }) => {
    const card = outcome.card;
    return {
      merchant: card.merchant,
      ...(card.merchantEn ? { merchantEn: card.merchantEn } : {}),
      lines: card.lines,
      itemsFen: card.itemsFen ?? 0,
      deliveryFen: card.deliveryFen ?? 0,
      packagingFen: card.packagingFen ?? 0,
      discounts: card.discounts ?? [],
      totalFen: card.totalFen,
      ...(card.etaMinutes !== undefined ? { etaMinutes: card.etaMinutes } : {}),
    };
  });
  // Every line, in the order the user asked for the items (each line knows its item).
  const lines: QuoteLine[] = orders
    .flatMap((order, index) =>
      order.lines.map((line, at) => ({ item: line.item, line: shown[index]?.lines[at] as QuoteLine })),
    )
    .sort((a, b) => a.item - b.item)
    .map(({ line }) => line);
  const sum = (pick: (order: QuoteOrder) => number) => shown.reduce((total, order) => total + pick(order), 0);
  const first = parts[0]?.outcome.card;
  const expiries = parts.flatMap(({ outcome }) =>
    outcome.expiresAt === undefined ? [] : [outcome.expiresAt],
  );
  const expiresAt = expiries.length ? Math.min(...expiries) : undefined;
  const etas = shown.flatMap((order) => (order.etaMinutes === undefined ? [] : [order.etaMinutes]));
  const totalFen = sum((order) => order.totalFen);
  return {
    card: {
      merchant: shown.map((order) => order.merchant).join(" + "),
      merchantEn: shown.map((order) => order.merchantEn ?? order.merchant).join(" + "),
      lines,
      totalFen,
      itemsFen: sum((order) => order.itemsFen),
      deliveryFen: sum((order) => order.deliveryFen),
      packagingFen: sum((order) => order.packagingFen),
      discounts: shown.flatMap((order) => order.discounts),
      ...(first?.address ? { address: first.address } : {}),
      ...(first?.addressEn ? { addressEn: first.addressEn } : {}),
      // The basket is complete when its slowest order arrives.
      ...(etas.length ? { etaMinutes: Math.max(...etas) } : {}),
      ...(expiresAt !== undefined ? { expiresAt } : {}),
      orders: shown,
    },
    binding: { orders: parts.map(({ outcome }) => ({ ...outcome.binding, quoteId: outcome.quoteId })) },
    quoteId: parts.map(({ outcome }) => outcome.quoteId).join("+"),
    amountFen: totalFen,
    payee: parts.map(({ outcome }) => outcome.payee).join(","),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    titles: {
      zh: parts.map(({ outcome }) => outcome.titles?.zh ?? outcome.card.merchant).join(" + "),
      en: parts.map(({ outcome }) => outcome.titles?.en ?? outcome.card.merchantEn).join(" + "),
    },
    parts,
  };
}
