import { z } from "zod";
import type { WorldEvent } from "../../../kernel/events.ts";
import { formatFen } from "../../format.ts";
import { callOrThrow, type ToolClient } from "../../tools/client.ts";
import type { EventAction, QuoteOutcome, TaskKindHandler } from "../handler.ts";
import { quoteOf, type TaskRow, taskTitles } from "../task-store.ts";
import { parseServiceOutput } from "./service-output.ts";

// The fields of commerce's quote the agent relies on. Tool output is data: it is parsed, and only
// these structured fields ever reach the card (never prose from names or descriptions as orders).
/** One priced line of commerce's quotes and orders, as the agent reads it. */
export const ServiceLine = z.object({
  skuId: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  qty: z.number().int().positive(),
  options: z.record(z.string(), z.string()),
  optionsZh: z.string(),
  optionsEn: z.string(),
  unitFen: z.number().int().nonnegative(),
  lineFen: z.number().int().nonnegative(),
});
const ServiceQuote = z.object({
  quoteId: z.string(),
  merchantId: z.string(),
  merchantNameZh: z.string(),
  merchantNameEn: z.string(),
  lines: z.array(ServiceLine),
  address: z.object({ text: z.string(), textEn: z.string().optional(), lng: z.number(), lat: z.number() }),
  itemsFen: z.number().int(),
  packagingFen: z.number().int(),
  deliveryFen: z.number().int(),
  discounts: z.array(
    z.object({ couponId: z.string(), titleZh: z.string(), titleEn: z.string(), amountFen: z.number().int() }),
  ),
  totalFen: z.number().int().positive(),
  etaMinutes: z.number(),
  expiresAt: z.number(),
  quoteHash: z.string(),
});

const PlacedOrder = z
  .object({ orderId: z.string() })
  .or(z.object({ id: z.string() }).transform((order) => ({ orderId: order.id })));

/** Flash-delivery orders: quote with commerce, place after authorization, capture on acceptance. */
export const orderDeliveryHandler: TaskKindHandler = {
  kind: "order_delivery",
  captureOn: "event",
  eventPrefix: "order.",

  async quote(tools: ToolClient, task: TaskRow, args: Record<string, unknown>): Promise<QuoteOutcome> {
    const raw = await callOrThrow(tools, "commerce_quote_cart", { ...args, userId: task.user_id });
    const quote = parseServiceOutput(ServiceQuote, raw, "commerce_quote_cart");
    return {
      card: {
        merchant: quote.merchantNameZh,
        merchantEn: quote.merchantNameEn,
        lines: quote.lines.map((line) => ({
          name: line.nameZh,
          nameEn: line.nameEn,
          qty: line.qty,
          unitFen: line.unitFen,
          lineFen: line.lineFen,
          options: line.options,
          optionsText: line.optionsZh,
          optionsTextEn: line.optionsEn,
        })),
        totalFen: quote.totalFen,
        itemsFen: quote.itemsFen,
        deliveryFen: quote.deliveryFen,
        packagingFen: quote.packagingFen,
        discounts: quote.discounts.map((discount) => ({
          label: discount.titleZh,
          labelEn: discount.titleEn,
          amountFen: discount.amountFen,
        })),
        address: quote.address.text,
        ...(quote.address.textEn ? { addressEn: quote.address.textEn } : {}),
        etaMinutes: quote.etaMinutes,
        expiresAt: quote.expiresAt,
      },
      binding: {
        merchantId: quote.merchantId,
        lines: quote.lines.map((line) => ({
          skuId: line.skuId,
          qty: line.qty,
          options: line.options,
          unitFen: line.unitFen,
        })),
        address: quote.address,
        itemsFen: quote.itemsFen,
        packagingFen: quote.packagingFen,
        deliveryFen: quote.deliveryFen,
        discounts: quote.discounts.map((discount) => ({
          couponId: discount.couponId,
          amountFen: discount.amountFen,
        })),
        expiresAt: quote.expiresAt,
        serviceQuoteHash: quote.quoteHash,
      },
      quoteId: quote.quoteId,
      amountFen: quote.totalFen,
      payee: `merchant:${quote.merchantId}`,
      expiresAt: quote.expiresAt,
      titles: {
        zh: `${quote.lines.map((line) => `${line.nameZh} ×${line.qty}`).join(", ")} · ${quote.merchantNameZh}`,
        en: `${quote.lines.map((line) => `${line.nameEn} ×${line.qty}`).join(", ")} · ${quote.merchantNameEn}`,
      },
    };
  },

  async place(tools, task, intentId, idempotencyKey) {
    const raw = await callOrThrow(tools, "commerce_place_order", {
      userId: task.user_id,
      quoteId: task.quote_id,
      paymentIntentId: intentId,
      idempotencyKey,
    });
    return parseServiceOutput(PlacedOrder, raw, "commerce_place_order");
  },

  async cancel(tools, task, _idempotencyKey) {
    const raw = await callOrThrow<{ refundDueFen?: number; refund_due_fen?: number }>(
      tools,
      "commerce_cancel_order",
      {
        userId: task.user_id,
        orderId: task.order_id,
        reason: "cancelled by the user",
      },
    );
    return { refundFen: raw.refundDueFen ?? raw.refund_due_fen ?? task.paid_fen };
  },

  onEvent(event: WorldEvent, task: TaskRow): EventAction {
    const data = event.data ?? {};
    // The platform's voucher for a late order comes with (right after) the delivery.
    if (event.type === "order.late_compensated") return lateCompensated(data);
    if (task.status !== "in_fulfilment") return { type: "ignore" };
    const eta = typeof data.etaMinutes === "number" ? Math.round(data.etaMinutes) : undefined;
    const riderZh = textOf(data.riderName) ?? textOf(data.rider);
    const riderEn = textOf(data.riderNameEn) ?? riderZh?.replace(/\p{Script=Han}+/gu, "").trim();
    const title = taskTitles(task);
    switch (event.type) {
      case "order.accepted":
        return {
          type: "capture",
          notify: { zh: `商家已接单：${title.zh}`, en: `The merchant accepted your order: ${title.en}` },
        };
      case "order.rider_assigned":
        return {
          type: "notify",
          message: {
            zh: `骑手${riderZh ? ` ${riderZh} ` : ""}已接单${eta ? `，预计 ${eta} 分钟送达` : ""}。`,
            en: `${riderEn ? `Your rider ${riderEn}` : "A rider"} is on the way${eta ? `, arriving in about ${eta} min` : ""}.`,
          },
        };
      case "order.picked_up":
        return {
          type: "notify",
          message: {
            zh: "骑手已取货，正在配送。",
            en: "The rider picked up your order and is heading to you.",
          },
        };
      case "order.delivered":
        return {
          type: "complete",
          message: { zh: `已送达：${title.zh}。祝您享用！`, en: `Delivered: ${title.en}. Enjoy!` },
        };
      case "order.rejected":
        return {
          type: "fail",
          release: true,
          alternative: true,
          message: {
            zh: `抱歉，商家拒单了，已为您释放 ${formatFen(task.paid_fen || jsonTotal(task))} 的预授权，钱没有扣。`,
            en: `Sorry, the merchant rejected the order. The ${formatFen(task.paid_fen || jsonTotal(task))} hold is released — you were not charged.`,
          },
        };
      case "order.rider_delayed": {
        const late = typeof data.delayMinutes === "number" ? Math.round(data.delayMinutes) : 0;
        return {
          type: "notify",
          message: {
            zh: `订单会晚到：骑手延误约 ${late} 分钟${eta ? `，预计 ${eta} 分钟后送达` : ""}。超过承诺时间的话，平台会按超时规则补偿，我会告诉您。`,
            en: `Your order is running late: the rider is about ${late} min behind${eta ? `, now due in about ${eta} min` : ""}. If it misses the promised time, the platform compensates under its lateness rule and I'll let you know.`,
          },
        };
      }
      case "order.cancelled": {
        // The merchant accepted (the payment was captured) and then could not make it: everything
        // comes back at once, and the same items from another shop are one tap away.
        if (data.reason !== "merchant_cannot_fulfil") return { type: "ignore" };
        const due = typeof data.refundDueFen === "number" ? data.refundDueFen : task.paid_fen;
        return {
          type: "refund",
          amountFen: due,
          cancelled: true,
          alternative: true,
          message: {
            zh: `抱歉，商家接单后无法出餐，订单已取消，${formatFen(due)} 已原路退回。`,
            en: `Sorry, the merchant accepted the order but can't make it. It is cancelled and ${formatFen(due)} is refunded to how you paid.`,
          },
        };
      }
      default:
        return { type: "ignore" };
    }
  },
};

/** The platform's lateness voucher, in words. */
function lateCompensated(data: Record<string, unknown>): EventAction {
  const fen = typeof data.couponFen === "number" ? data.couponFen : 0;
  const late = typeof data.lateMinutes === "number" ? data.lateMinutes : 0;
  if (fen <= 0) return { type: "ignore" };
  return {
    type: "notify",
    message: {
      zh: `这单比承诺时间晚到了 ${late} 分钟，平台按超时规则送您一张 ${formatFen(fen)} 红包，下次下单自动抵扣。`,
      en: `This order arrived ${late} min after the promised time, so the platform gave you a ${formatFen(fen)} voucher under its lateness rule; it comes off your next order.`,
    },
  };
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function jsonTotal(task: TaskRow): number {
  try {
    return quoteOf(task)?.totalFen ?? 0;
  } catch {
    return 0;
  }
}
