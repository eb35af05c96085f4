import type { Insertable } from "kysely";
import type { Database } from "../../store/schema.ts";
import type { ServiceContext } from "../kernel/context.ts";
import type { SeededRandom } from "../kernel/random.ts";
import { DISTRICTS } from "../world/geography.ts";
import { CHAINS, type ChainSpec, type MenuItem } from "./catalog/index.ts";
import { BRANCH_SITES, type BranchSite } from "./catalog/streets.ts";
import { openingMinutes } from "./hours.ts";
import { OPTION_PRESETS, type OptionGroup } from "./option-groups.ts";
import type { CommerceMerchantsTable, CommerceSkusTable } from "./tables.ts";
import { pinyinOf } from "./text-match.ts";

/** A point `meters` away from `origin` in direction `angle` (radians); fine at city scale. */
export function offsetPoint(origin: { lng: number; lat: number }, meters: number, angle: number) {
  const lat = origin.lat + (meters * Math.sin(angle)) / 111_320;
  const lng = origin.lng + (meters * Math.cos(angle)) / (111_320 * Math.cos((origin.lat * Math.PI) / 180));
  return { lng: Number(lng.toFixed(6)), lat: Number(lat.toFixed(6)) };
}

function optionGroupsOf(item: MenuItem): readonly OptionGroup[] {
  const options = item[4];
  return typeof options === "string" ? OPTION_PRESETS[options] : options;
}

function merchantRow(
  spec: ChainSpec,
  districtId: string,
  branchIndex: number,
  random: SeededRandom,
): CommerceMerchantsTable {
  const district = DISTRICTS.find((candidate) => candidate.id === districtId);
  if (!district) throw new Error(`unknown district ${districtId} in chain ${spec.chain}`);
  // Chains spread over a district's sites (a fixed rotation per chain), with a little jitter.
  const sites = BRANCH_SITES[districtId] ?? [
    { zh: district.zh, en: district.en, lng: district.lng, lat: district.lat },
  ];
  const rotation = [...spec.chain].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const site = sites[(branchIndex + rotation) % sites.length] as BranchSite;
  const point = offsetPoint(site, random.int(50, 400), random.float() * 2 * Math.PI);
  const hours = spec.hours === "24h" ? { opens: 0, closes: 1440 } : openingMinutes(...spec.hours);
  const nameZh = `${spec.brandZh}（${site.zh}店）`;
  const spelled = pinyinOf(spec.brandZh);
  const rating = Math.min(5, Math.round((spec.rating + random.int(-2, 1) / 10) * 10) / 10);
  return {
    id: `m_${spec.chain}_${districtId}`,
    chain: spec.chain,
    category: spec.category,
    name_zh: nameZh,
    name_en: `${spec.brandEn} (${site.en})`,
    brand_zh: spec.brandZh,
    brand_en: spec.brandEn,
    pinyin: spelled.full,
    pinyin_initials: spelled.initials,
    tagline: spec.tagline,
    district_id: districtId,
    address: `杭州市${district.zh}${site.zh}${random.int(1, 399)}号`,
    lng: point.lng,
    lat: point.lat,
    opens_minute: hours.opens,
    closes_minute: hours.closes,
    open_24h: spec.hours === "24h" ? 1 : 0,
    rating,
    rating_count: random.int(80, 6000),
    monthly_sales: random.int(300, 9000),
    delivery_radius_m: spec.radiusM,
    delivery_fee_fen: spec.deliveryFeeFen,
    min_order_fen: spec.minOrderFen,
    packaging_fee_fen: spec.packagingFeeFen,
    prep_minutes: spec.prepMinutes,
    cancel_fee_percent: spec.cancelFeePercent,
    tags: JSON.stringify([...(spec.tags ?? []), ...(spec.hours === "24h" ? ["24h"] : [])]),
  };
}

function skuRows(spec: ChainSpec, merchantId: string, random: SeededRandom): CommerceSkusTable[] {
  return spec.menu.map((item, index) => {
    const [nameZh, nameEn, priceFen, category, , description = "", tags = []] = item;
    const spelled = pinyinOf(nameZh);
    // A few non-signature items run low or out, so stock errors and substitutes occur naturally.
    const scarce = index >= 3 && random.chance(0.05);
    return {
      id: `sku_${merchantId.slice(2)}_${String(index + 1).padStart(2, "0")}`,
      merchant_id: merchantId,
      category,
      name_zh: nameZh,
      name_en: nameEn,
      pinyin: spelled.full,
      pinyin_initials: spelled.initials,
      description,
      price_fen: priceFen,
      stock: scarce ? random.int(0, 3) : random.int(30, 300),
      option_groups: JSON.stringify(optionGroupsOf(item)),
      monthly_sales: random.int(10, 3000),
      active: 1,
      tags: JSON.stringify([...tags, ...(scarce ? ["low_stock"] : [])]),
    };
  });
}

/** Opens every chain's branches and lists their menus; returns the merchants it created. */
export async function seedMerchants(
  context: ServiceContext,
  random: SeededRandom,
): Promise<CommerceMerchantsTable[]> {
  const merchants: CommerceMerchantsTable[] = [];
  const skus: CommerceSkusTable[] = [];
  for (const spec of CHAINS) {
    for (const [branchIndex, districtId] of spec.districts.entries()) {
      const merchant = merchantRow(spec, districtId, branchIndex, random);
      merchants.push(merchant);
      skus.push(...skuRows(spec, merchant.id, random));
    }
  }
  await insertInChunks(context, "commerce_merchants", merchants);
  await insertInChunks(context, "commerce_skus", skus);
  return merchants;
}

/** Inserts rows 50 at a time: few round trips, and well under both dialects' parameter limits. */
export async function insertInChunks<
  Table extends
    | "commerce_merchants"
    | "commerce_skus"
    | "commerce_reviews"
    | "commerce_coupons"
    | "commerce_orders"
    | "commerce_order_events",
>(context: ServiceContext, table: Table, rows: readonly Insertable<Database[Table]>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 50) {
    await context.db
      .insertInto(table)
      .values(rows.slice(start, start + 50) as never)
      .execute();
  }
}
