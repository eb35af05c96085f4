import { z } from "zod";
import type { TaskRequest } from "../brain/types.ts";
import type { ToolClient } from "../tools/client.ts";
import type { Message } from "./handler.ts";
import { ServiceLine } from "./handlers/order-delivery.ts";
import { type TaskRow, taskLang } from "./task-store.ts";

// What the agent reads of commerce's answers here: tool output is data, parsed, and only these
// structured fields are used (never prose from names or descriptions as instructions).
const Order = z.object({
  merchantId: z.string(),
  lines: z.array(ServiceLine.pick({ skuId: true, nameZh: true, nameEn: true, qty: true, options: true })),
  address: z.object({
    text: z.string(),
    textEn: z.string().optional(),
    lng: z.number(),
    lat: z.number(),
    addressId: z.string().optional(),
  }),
});
const Hits = z.object({
  items: z.array(
    z.object({
      skuId: z.string(),
      merchantId: z.string(),
      nameZh: z.string(),
      inStock: z.boolean(),
      merchant: z.object({ nameZh: z.string(), nameEn: z.string(), isOpen: z.boolean() }),
    }),
  ),
});

const Quoted = z.object({ totalFen: z.number().int() });

/** How many shops are quoted before giving up on an alternative (each quote is a tool call). */
const MAX_TRIES = 3;

/** A request for the same lines at another shop, and that shop's names. */
export interface Alternative {
  request: TaskRequest;
  merchant: { zh: string; en: string };
}

/**
 * Finds another open shop that sells every line of a failed order under the same name, delivers to
 * the same address and quotes the same cart (options included), the cheapest of the first few; returns the request for its card,
 * or undefined when no shop within a few tries does. Nothing is ordered here: the card it becomes
 * is confirmed by the user's tap like any other.
 */
export async function findAlternative(tools: ToolClient, task: TaskRow): Promise<Alternative | undefined> {
  if (!task.order_id) return undefined;
  const fetched = await tools.call("commerce_get_order", { userId: task.user_id, orderId: task.order_id });
  const order = fetched.ok ? Order.safeParse(fetched.data) : undefined;
  if (!order?.success) return undefined;
  const { lines, address, merchantId } = order.data;
  const location = `${address.lng},${address.lat}`;
  // Shops that have each line, by exact name, in search order (relevance, rating, distance).
  const shopsPerLine = await Promise.all(
    lines.map(async (line) => {
      const found = await tools.call("commerce_search_items", {
        keyword: line.nameZh,
        location,
        openNow: true,
        limit: 30,
      });
      const hits = found.ok ? Hits.safeParse(found.data) : undefined;
      const shops = new Map<string, { skuId: string; zh: string; en: string }>();
      for (const hit of hits?.success ? hits.data.items : []) {
        if (hit.merchantId === merchantId || hit.nameZh !== line.nameZh || !hit.inStock) continue;
        if (!shops.has(hit.merchantId))
          shops.set(hit.merchantId, { skuId: hit.skuId, zh: hit.merchant.nameZh, en: hit.merchant.nameEn });
      }
      return shops;
    }),
  );
  const [first, ...rest] = shopsPerLine;
  const candidates = [...(first?.keys() ?? [])].filter((shop) => rest.every((shops) => shops.has(shop)));
  const lang = taskLang(task) ?? "zh";
  // Of the first few shops that quote the same cart, the cheapest: closest to what was paid.
  let best: (Alternative & { totalFen: number }) | undefined;
  for (const shop of candidates.slice(0, MAX_TRIES)) {
    const args = {
      merchantId: shop,
      lines: lines.map((line, index) => ({
        skuId: shopsPerLine[index]?.get(shop)?.skuId as string,
        qty: line.qty,
        options: line.options,
      })),
      ...(address.addressId
        ? { addressId: address.addressId }
        : { address: { lng: address.lng, lat: address.lat, text: address.text } }),
    };
    const quoted = await tools.call("commerce_quote_cart", { ...args, userId: task.user_id });
    const total = quoted.ok ? Quoted.safeParse(quoted.data) : undefined;
    if (!total?.success || (best && best.totalFen <= total.data.totalFen)) continue;
    const names = first?.get(shop) as { zh: string; en: string };
    const items = lines.map((line) => `${lang === "zh" ? line.nameZh : line.nameEn} ×${line.qty}`).join(", ");
    best = {
      totalFen: total.data.totalFen,
      merchant: { zh: names.zh, en: names.en },
      request: {
        kind: "order_delivery",
        title: `${items} · ${lang === "zh" ? names.zh : names.en}`,
        args,
        asked: { items: lines.map((line) => ({ text: line.nameZh, qty: line.qty })) },
        lang,
      },
    };
  }
  return best ? { merchant: best.merchant, request: best.request } : undefined;
}

/** What Dimple says with the card for the alternative, or when there is none. */
export function alternativeMessage(alternative: Alternative | undefined): Message {
  if (!alternative)
    return {
      zh: "附近暂时没有别家有同样的商品，想换点别的可以直接告诉我。",
      en: "No other shop nearby has the same items right now; tell me if you'd like something else.",
    };
  return {
    zh: `「${alternative.merchant.zh}」有同款，我已备好订单卡片，确认即可下单。`,
    en: `${alternative.merchant.en} has the same items: the card is ready, confirm it to order.`,
  };
}
