import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { CHAINS } from "./catalog/index.ts";
import { insertInChunks } from "./seed-merchants.ts";
import type { CommerceCouponsTable, CommerceMerchantsTable } from "./tables.ts";

const DAY = 86_400_000;
const yuan = (fen: number) => String(fen / 100);

type VoucherSpec = Omit<CommerceCouponsTable, "id" | "user_id" | "starts_at" | "used_order_id" | "used_at">;

/** A per-user voucher (red packet) worth `discount` once the items reach `minSpend`. */
function voucher(
  minSpend: number,
  discount: number,
  expiresAt: number,
  scope: { category?: string; merchantId?: string; zh: string; en: string },
): VoucherSpec {
  return {
    kind: "user_voucher",
    merchant_id: scope.merchantId ?? null,
    category: scope.category ?? null,
    title_zh: `${scope.zh} 满${yuan(minSpend)}减${yuan(discount)}`,
    title_en: `${scope.en}: ${yuan(discount)} off ${yuan(minSpend)}`,
    min_spend_fen: minSpend,
    discount_fen: discount,
    expires_at: expiresAt,
  };
}

/**
 * Seeds the three kinds of discount: every chain's 满减 tiers on each branch, platform subsidies
 * (some scoped to a category, one already expired) and vouchers for demo and generated users.
 */
export async function seedCoupons(
  context: ServiceContext,
  random: SeededRandom,
  merchants: readonly CommerceMerchantsTable[],
): Promise<void> {
  const now = context.clock.now();
  const rows: CommerceCouponsTable[] = [];
  const add = (id: string, userId: string | null, spec: VoucherSpec, startsAt = now - 30 * DAY) =>
    rows.push({ id, user_id: userId, starts_at: startsAt, used_order_id: null, used_at: null, ...spec });

  for (const merchant of merchants) {
    const tiers = CHAINS.find((chain) => chain.chain === merchant.chain)?.discountTiers ?? [];
    for (const [index, [minSpend, discount]] of tiers.entries()) {
      add(`cp_${merchant.id.slice(2)}_${index + 1}`, null, {
        kind: "merchant_discount",
        merchant_id: merchant.id,
        category: null,
        title_zh: `满${yuan(minSpend)}减${yuan(discount)}`,
        title_en: `${yuan(discount)} off orders over ${yuan(minSpend)}`,
        min_spend_fen: minSpend,
        discount_fen: discount,
        expires_at: now + 90 * DAY,
      });
    }
  }

  const platform: [string, VoucherSpec][] = [
    [
      "cp_platform_all",
      {
        ...voucher(3000, 300, now + 30 * DAY, { zh: "平台补贴", en: "Platform subsidy" }),
        kind: "platform_subsidy",
      },
    ],
    [
      "cp_platform_tea",
      {
        ...voucher(2500, 400, now + 14 * DAY, {
          category: "bubble_tea",
          zh: "奶茶季补贴",
          en: "Bubble tea season",
        }),
        kind: "platform_subsidy",
      },
    ],
    [
      "cp_platform_coffee",
      {
        ...voucher(2000, 300, now + 14 * DAY, { category: "coffee", zh: "咖啡日补贴", en: "Coffee day" }),
        kind: "platform_subsidy",
      },
    ],
    [
      "cp_platform_pharmacy",
      {
        ...voucher(4000, 800, now + 30 * DAY, {
          category: "pharmacy",
          zh: "买药补贴",
          en: "Pharmacy subsidy",
        }),
        kind: "platform_subsidy",
      },
    ],
    [
      "cp_platform_expired",
      {
        ...voucher(1000, 1000, now - DAY, { zh: "双十一补贴（已结束）", en: "Singles' Day subsidy (ended)" }),
        kind: "platform_subsidy",
      },
    ],
  ];
  for (const [id, spec] of platform) add(id, null, spec);

  const demoVouchers: Record<string, VoucherSpec[]> = {
    u_xiaoming: [
      voucher(1500, 500, now + 7 * DAY, { category: "coffee", zh: "咖啡红包", en: "Coffee red packet" }),
      voucher(4000, 800, now + 14 * DAY, { zh: "通用红包", en: "Red packet" }),
      voucher(1000, 500, now - DAY, { zh: "过期红包", en: "Expired red packet" }),
    ],
    u_alice: [
      voucher(5000, 1000, now + 10 * DAY, {
        merchantId: "m_starbucks_xihu",
        zh: "星巴克专享券",
        en: "Starbucks voucher",
      }),
      voucher(2000, 400, now + 3 * DAY, {
        category: "bubble_tea",
        zh: "奶茶红包",
        en: "Bubble tea red packet",
      }),
      voucher(3000, 600, now + 14 * DAY, { zh: "通用红包", en: "Red packet" }),
    ],
    u_lihua: [
      voucher(2000, 1000, now + 5 * DAY, { zh: "新人红包", en: "New user red packet" }),
      voucher(1500, 300, now + 7 * DAY, {
        category: "bubble_tea",
        zh: "奶茶红包",
        en: "Bubble tea red packet",
      }),
    ],
    u_bob: [
      voucher(3000, 500, now + 7 * DAY, {
        category: "fast_food",
        zh: "快餐红包",
        en: "Fast food red packet",
      }),
      voucher(9900, 1500, now + 14 * DAY, {
        category: "groceries",
        zh: "买菜红包",
        en: "Groceries red packet",
      }),
    ],
  };
  for (const [userId, vouchers] of Object.entries(demoVouchers)) {
    for (const [index, spec] of vouchers.entries()) add(`cp_${userId}_${index + 1}`, userId, spec);
  }

  const users = await context.db
    .selectFrom("users")
    .select("id")
    .where("demo", "=", 0)
    .orderBy("id")
    .execute();
  const categories = ["coffee", "bubble_tea", "fast_food", "noodles", "groceries", "fruit"];
  for (const user of users) {
    const count = random.int(0, 2);
    for (let index = 0; index < count; index++) {
      const minSpend = random.pick([1500, 2000, 3000, 5000]);
      const scoped = random.chance(0.5) ? random.pick(categories) : undefined;
      add(
        `cp_${user.id}_${index + 1}`,
        user.id,
        voucher(
          minSpend,
          Math.round((minSpend * random.pick([0.1, 0.15, 0.2])) / 100) * 100,
          now + random.int(1, 20) * DAY,
          {
            ...(scoped ? { category: scoped } : {}),
            zh: scoped ? "品类红包" : "通用红包",
            en: scoped ? "Category red packet" : "Red packet",
          },
        ),
      );
    }
  }
  await insertInChunks(context, "commerce_coupons", rows);
}
