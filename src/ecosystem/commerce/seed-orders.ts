import type { ServiceContext } from "../../kernel/context.ts";
import { SeededIds } from "../../kernel/ids.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { dayStartMs, zoneDay } from "../../kernel/time-zone.ts";
import { distanceMeters } from "../world/geography.ts";
import { CHAINS } from "./catalog/index.ts";
import { offsetPoint } from "./neighbourhoods.ts";
import { EVENT_BY_STATUS } from "./order-events.ts";
import { priceLine, travelMinutes } from "./pricing.ts";
import { pickRider } from "./riders.ts";
import { readOptionGroups, type StoredLine } from "./rows.ts";
import { insertInChunks } from "./seed-merchants.ts";
import type { CommerceMerchantsTable, CommerceOrderEventsTable, CommerceOrdersTable } from "./tables.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A delivered order from the past: [menu position (1-based), qty, options] lines. */
interface PastOrder {
  userId: string;
  merchantId: string;
  address: "home" | "office";
  daysAgo: number;
  /** Local hour of day the order was placed. */
  hour: number;
  lines: [number, number, Record<string, string>][];
}

// The demo users' habits, so "the same as last time" and "my usual" have something to find.
const DEMO_HISTORY: readonly PastOrder[] = [
  {
    userId: "u_xiaoming",
    merchantId: "m_luckin_binjiang",
    address: "office",
    daysAgo: 2,
    hour: 10,
    lines: [[2, 1, { size: "large", sugar: "less", ice: "less" }]],
  },
  {
    userId: "u_xiaoming",
    merchantId: "m_lanzhou_binjiang",
    address: "office",
    daysAgo: 5,
    hour: 12,
    lines: [[1, 1, { noodle: "second_thin", spice: "mild", add_on: "egg" }]],
  },
  {
    userId: "u_xiaoming",
    merchantId: "m_heytea_xihu",
    address: "home",
    daysAgo: 9,
    hour: 20,
    lines: [
      [1, 1, { sugar: "less", ice: "less" }],
      [11, 1, { sugar: "half" }],
    ],
  },
  {
    userId: "u_xiaoming",
    merchantId: "m_luckin_binjiang",
    address: "office",
    daysAgo: 12,
    hour: 9,
    lines: [[2, 2, { size: "large", sugar: "less", ice: "less" }]],
  },
  {
    userId: "u_alice",
    merchantId: "m_starbucks_xihu",
    address: "office",
    daysAgo: 1,
    hour: 9,
    lines: [[1, 1, { size: "large", milk: "oat" }]],
  },
  {
    userId: "u_alice",
    merchantId: "m_pagoda_shangcheng",
    address: "home",
    daysAgo: 4,
    hour: 19,
    lines: [
      [1, 1, { weight: "one_kg" }],
      [7, 1, {}],
    ],
  },
  {
    userId: "u_alice",
    merchantId: "m_mcdonalds_shangcheng",
    address: "home",
    daysAgo: 8,
    hour: 21,
    lines: [[1, 1, { combo: "meal" }]],
  },
  {
    userId: "u_lihua",
    merchantId: "m_mixue_gongshu",
    address: "home",
    daysAgo: 2,
    hour: 15,
    lines: [
      [2, 2, { sugar: "half" }],
      [1, 1, {}],
    ],
  },
  {
    userId: "u_lihua",
    merchantId: "m_lbx_gongshu",
    address: "home",
    daysAgo: 6,
    hour: 22,
    lines: [[3, 1, {}]],
  },
  {
    userId: "u_lihua",
    merchantId: "m_shaxian_gongshu",
    address: "home",
    daysAgo: 10,
    hour: 12,
    lines: [[3, 1, { spice: "none" }]],
  },
  {
    userId: "u_bob",
    merchantId: "m_mcdonalds_binjiang",
    address: "home",
    daysAgo: 1,
    hour: 13,
    lines: [[1, 2, { combo: "meal" }]],
  },
  {
    userId: "u_bob",
    merchantId: "m_hema_binjiang",
    address: "home",
    daysAgo: 3,
    hour: 18,
    lines: [
      [1, 2, {}],
      [4, 1, {}],
      [3, 1, {}],
    ],
  },
  {
    userId: "u_bob",
    merchantId: "m_starbucks_yuhang",
    address: "office",
    daysAgo: 7,
    hour: 10,
    lines: [[2, 1, { size: "large" }]],
  },
];

/**
 * A seeded past order as the world's seed pays it afterwards (through pay, as a live order is paid):
 * authorized when placed, captured when the shop accepted it, for its total.
 */
export interface SeededPastOrder {
  orderId: string;
  userId: string;
  merchantId: string;
  totalFen: number;
  placedAt: number;
  acceptedAt: number;
  /** The statement's words, as the engine titles a live order: "拿铁 ×1 · 瑞幸咖啡（…）". */
  titles: { zh: string; en: string };
}

/** How many generated users get a past order of their own. */
const GENERATED_WITH_HISTORY = 30;

/**
 * Seeds delivered past orders, with full timelines, for the demo users (fixed habits) and for some
 * generated users (a random shop in their home district).
 */
export async function seedOrderHistory(
  context: ServiceContext,
  random: SeededRandom,
  merchants: readonly CommerceMerchantsTable[],
): Promise<SeededPastOrder[]> {
  const ids = new SeededIds(random.fork("ids"));
  const plans = [...DEMO_HISTORY];
  const users = await context.db
    .selectFrom("user_addresses")
    .innerJoin("users", "users.id", "user_addresses.user_id")
    .select(["users.id as id", "user_addresses.lng", "user_addresses.lat"])
    .where("users.demo", "=", 0)
    .where("user_addresses.label", "=", "home")
    .orderBy("users.id")
    .limit(GENERATED_WITH_HISTORY)
    .execute();
  const regular = merchants.filter((merchant) => !merchant.tags.includes("adversarial"));
  for (const user of users) {
    const nearby = regular.filter((merchant) => distanceMeters(merchant, user) <= merchant.delivery_radius_m);
    const merchant = random.pick(nearby.length > 0 ? nearby : regular);
    const menuSize = CHAINS.find((chain) => chain.chain === merchant.chain)?.menu.length ?? 1;
    plans.push({
      userId: user.id,
      merchantId: merchant.id,
      address: "home",
      daysAgo: random.int(1, 30),
      hour: random.int(8, 21),
      lines: [[random.int(1, Math.min(3, menuSize)), random.int(1, 2), {}]],
    });
  }
  // Only the menus of shops someone ordered from: the city has thousands of SKUs.
  const ordered = [...new Set(plans.map((plan) => plan.merchantId))];
  const skus = new Map(
    (
      await context.db.selectFrom("commerce_skus").selectAll().where("merchant_id", "in", ordered).execute()
    ).map((sku) => [sku.id, sku]),
  );
  const addresses = new Map(
    (await context.db.selectFrom("user_addresses").selectAll().execute()).map((address) => [
      address.id,
      address,
    ]),
  );
  const orders: CommerceOrdersTable[] = [];
  const events: CommerceOrderEventsTable[] = [];
  const seeded: SeededPastOrder[] = [];
  for (const plan of plans) {
    const merchant = merchants.find((candidate) => candidate.id === plan.merchantId);
    const address = addresses.get(`${plan.userId}_${plan.address}`);
    if (!merchant || !address) continue;
    const lines = plan.lines.flatMap(([position, qty, options]) => {
      const sku = skus.get(`sku_${merchant.id.slice(2)}_${String(position).padStart(2, "0")}`);
      return sku
        ? [priceLine({ ...sku, optionGroups: readOptionGroups(sku.option_groups) }, qty, options, "lines")]
        : [];
    });
    const past = pastOrder(context, random, ids, plan, merchant, address, lines);
    orders.push(past.order);
    events.push(...past.events);
    const titled = (lang: "zh" | "en") =>
      `${lines.map((line) => `${lang === "zh" ? line.nameZh : line.nameEn} ×${line.qty}`).join(", ")} · ${
        lang === "zh" ? merchant.name_zh : merchant.name_en
      }`;
    seeded.push({
      orderId: past.order.id,
      userId: plan.userId,
      merchantId: merchant.id,
      totalFen: past.order.total_fen,
      placedAt: past.order.created_at,
      acceptedAt: past.acceptedAt,
      titles: { zh: titled("zh"), en: titled("en") },
    });
  }
  await insertInChunks(context, "commerce_orders", orders);
  await insertInChunks(context, "commerce_order_events", events);
  return seeded;
}

/**
 * Records the payment of a seeded past order (the world's seed pays it through pay, then calls this).
 * Only an order with no payment yet takes one, so seeding twice cannot re-point it.
 */
export async function attachSeededPayment(
  context: ServiceContext,
  orderId: string,
  paymentIntentId: string,
): Promise<void> {
  const moved = await context.db
    .updateTable("commerce_orders")
    .set({ payment_intent_id: paymentIntentId })
    .where("id", "=", orderId)
    .where("payment_intent_id", "is", null)
    .executeTakeFirst();
  if (moved.numUpdatedRows !== 1n) throw new Error(`seeded order ${orderId} is missing or already paid`);
}

/** One delivered order and its seven timeline entries, timed as the live stepper would. */
function pastOrder(
  context: ServiceContext,
  random: SeededRandom,
  ids: SeededIds,
  plan: PastOrder,
  merchant: CommerceMerchantsTable,
  address: { id: string; address: string; lng: number; lat: number },
  lines: StoredLine[],
): { order: CommerceOrdersTable; events: CommerceOrderEventsTable[]; acceptedAt: number } {
  const itemsFen = lines.reduce((sum, line) => sum + line.lineFen, 0);
  const tiers = CHAINS.find((chain) => chain.chain === merchant.chain)?.discountTiers ?? [];
  const discountFen = Math.max(
    0,
    ...tiers.filter(([minSpend]) => itemsFen >= minSpend).map(([, save]) => save),
  );
  const distanceM = distanceMeters(merchant, address);
  const localMidnight = dayStartMs(zoneDay(context.clock.now()));
  const placedAt = localMidnight - plan.daysAgo * DAY + plan.hour * 3_600_000 + random.int(0, 50) * MINUTE;
  const acceptedAt = placedAt + random.int(1, 3) * MINUTE;
  const assignedAt = acceptedAt + random.int(2, 5) * MINUTE;
  const pickedAt = Math.max(acceptedAt + merchant.prep_minutes * MINUTE, assignedAt + 4 * MINUTE);
  const deliveringAt = pickedAt + MINUTE;
  const deliveredAt = deliveringAt + travelMinutes(distanceM) * MINUTE;
  const rider = pickRider(random);
  const start = offsetPoint(merchant, random.int(300, 1200), random.float() * 2 * Math.PI);
  const orderId = ids.next("ord");
  const order: CommerceOrdersTable = {
    id: orderId,
    user_id: plan.userId,
    merchant_id: merchant.id,
    quote_id: null,
    idempotency_key: null,
    request_hash: null,
    payment_intent_id: null,
    status: "delivered",
    lines: JSON.stringify(lines),
    address: JSON.stringify({
      text: address.address,
      lng: address.lng,
      lat: address.lat,
      addressId: address.id,
    }),
    dest_lng: address.lng,
    dest_lat: address.lat,
    items_fen: itemsFen,
    packaging_fen: merchant.packaging_fee_fen,
    delivery_fen: merchant.delivery_fee_fen,
    discount_fen: discountFen,
    discounts: JSON.stringify(
      discountFen > 0
        ? [
            {
              couponId: `cp_${merchant.id.slice(2)}`,
              kind: "merchant_discount",
              titleZh: "满减",
              titleEn: "Spend & save",
              amountFen: discountFen,
            },
          ]
        : [],
    ),
    total_fen: itemsFen + merchant.packaging_fee_fen + merchant.delivery_fee_fen - discountFen,
    distance_m: distanceM,
    eta_at: deliveredAt,
    refund_due_fen: 0,
    refunded_fen: 0,
    cancel_fee_fen: 0,
    claimed_fen: 0,
    rider: JSON.stringify({
      ...rider,
      startLng: start.lng,
      startLat: start.lat,
      assignedAt,
      pickupAt: pickedAt,
    }),
    reason: null,
    next_step_at: null,
    created_at: placedAt,
    updated_at: deliveredAt,
  };
  const timeline: [string, number][] = [
    ["created", placedAt],
    ["paid", placedAt],
    ["accepted", acceptedAt],
    ["rider_assigned", assignedAt],
    ["picked_up", pickedAt],
    ["delivering", deliveringAt],
    ["delivered", deliveredAt],
  ];
  const events = timeline.map(([status, at], index) => ({
    id: ids.next("oev"),
    order_id: orderId,
    seq: index + 1,
    type: EVENT_BY_STATUS[status] ?? status,
    status,
    at,
    data: JSON.stringify(
      status === "rider_assigned" ? { riderName: rider.name, riderPhone: rider.phone } : {},
    ),
  }));
  return { order, events, acceptedAt };
}
