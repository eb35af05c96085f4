import type { Insertable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import type { Database } from "../../store/schema.ts";
import type { PlaceEntry } from "../maps/catalog/index.ts";
import { DISTRICTS } from "../world/geography.ts";
import { CHAINS, type ChainSpec, type MenuItem } from "./catalog/index.ts";
import { BRANCH_SITES, type BranchSite } from "./catalog/streets.ts";
import { hoursOf, offsetPoint, type PlannedBranch, planNeighbourhoodBranches } from "./neighbourhoods.ts";
import { OPTION_PRESETS, type OptionGroup } from "./option-groups.ts";
import type { CommerceMerchantsTable, CommerceSkusTable } from "./tables.ts";
import { pinyinOf } from "./text-match.ts";

const pinyinCache = new Map<string, ReturnType<typeof pinyinOf>>();

/** Pinyin of a name; branches share menus, so each distinct name is spelled once per process. */
function spell(text: string): ReturnType<typeof pinyinOf> {
  let spelled = pinyinCache.get(text);
  if (!spelled) {
    spelled = pinyinOf(text);
    pinyinCache.set(text, spelled);
  }
  return spelled;
}

function optionGroupsOf(item: MenuItem): readonly OptionGroup[] {
  const options = item[4];
  return typeof options === "string" ? OPTION_PRESETS[options] : options;
}

/** Where one branch stands: its id suffix, district, the street or place it is named after, and its point. */
interface BranchPlace {
  idSuffix: string;
  districtId: string;
  /** Chinese and English names of the street, mall or compound the branch is named after. */
  zh: string;
  en: string;
  /** The street of its address (without a number). */
  street: string;
  lng: number;
  lat: number;
}

function merchantRow(spec: ChainSpec, place: BranchPlace, random: SeededRandom): CommerceMerchantsTable {
  const district = DISTRICTS.find((candidate) => candidate.id === place.districtId);
  if (!district) throw new Error(`unknown district ${place.districtId} in chain ${spec.chain}`);
  const spelled = spell(spec.brandZh);
  const rating = Math.min(5, Math.round((spec.rating + random.int(-2, 1) / 10) * 10) / 10);
  return {
    id: `m_${spec.chain}_${place.idSuffix}`,
    chain: spec.chain,
    category: spec.category,
    name_zh: `${spec.brandZh}（${place.zh}店）`,
    name_en: `${spec.brandEn} (${place.en})`,
    brand_zh: spec.brandZh,
    brand_en: spec.brandEn,
    pinyin: spelled.full,
    pinyin_initials: spelled.initials,
    tagline: spec.tagline,
    district_id: place.districtId,
    address: `杭州市${district.zh}${place.street}${random.int(1, 399)}号`,
    lng: place.lng,
    lat: place.lat,
    ...hoursOf(spec),
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

/** The branch a chain opens in a district, at one of the district's busy sites. */
function districtBranch(
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
  return merchantRow(
    spec,
    { idSuffix: districtId, districtId, zh: site.zh, en: site.en, street: site.zh, ...point },
    random,
  );
}

/** Longest place part of a branch id, so SKU, review and coupon ids derived from it fit in 40 characters. */
const SLUG_LENGTH = 14;

/**
 * A short id part per place, from its English name ("Cuiyuan Zone 1" → "cuiyuan_zone_1"), made
 * unique with a number when two places would share one.
 */
function placeSlugs(branches: readonly PlannedBranch[]): Map<PlaceEntry, string> {
  const slugs = new Map<PlaceEntry, string>();
  const taken = new Set<string>(DISTRICTS.map((district) => district.id));
  for (const { place } of branches) {
    if (slugs.has(place)) continue;
    const base = place.en
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, "_")
      .slice(0, SLUG_LENGTH)
      .replace(/^_+|_+$/gu, "");
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix++) slug = `${base.slice(0, SLUG_LENGTH - 2)}${suffix}`;
    taken.add(slug);
    slugs.set(place, slug);
  }
  return slugs;
}

/** A neighbourhood branch, named after the home or office compound it stands by. */
function neighbourhoodBranch(
  branch: PlannedBranch,
  slug: string,
  random: SeededRandom,
): CommerceMerchantsTable {
  const { place } = branch;
  return merchantRow(
    branch.spec,
    {
      idSuffix: slug,
      districtId: place.district,
      zh: place.zh,
      en: place.en,
      street: place.street.replace(/\d+号$/u, ""),
      lng: branch.lng,
      lat: branch.lat,
    },
    random,
  );
}

function skuRows(
  spec: ChainSpec,
  merchantId: string,
  random: SeededRandom,
  laterRandom: SeededRandom,
): CommerceSkusTable[] {
  const row = (item: MenuItem, index: number, draw: SeededRandom): CommerceSkusTable => {
    const [nameZh, nameEn, priceFen, category, , description = "", tags = []] = item;
    const spelled = spell(nameZh);
    // A few non-signature items run low or out, so stock errors and substitutes occur naturally.
    const scarce = index >= 3 && draw.chance(0.05);
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
      stock: scarce ? draw.int(0, 3) : draw.int(30, 300),
      option_groups: JSON.stringify(optionGroupsOf(item)),
      monthly_sales: draw.int(10, 3000),
      active: 1,
      tags: JSON.stringify([...tags, ...(scarce ? ["low_stock"] : [])]),
    };
  };
  return [
    ...spec.menu.map((item, index) => row(item, index, random)),
    ...(spec.laterMenu ?? []).map((item, index) => row(item, spec.menu.length + index, laterRandom)),
  ];
}

/**
 * Opens every chain's district branches, then the neighbourhood branches near homes and offices
 * (see neighbourhoods.ts), and lists their menus; returns the merchants it created. District
 * branches come first and draw from `random` exactly as before the neighbourhoods existed, so they
 * keep their ratings, stock and sales; everything added later draws from its own fork.
 */
export async function seedMerchants(
  context: ServiceContext,
  random: SeededRandom,
): Promise<CommerceMerchantsTable[]> {
  const merchants: CommerceMerchantsTable[] = [];
  const skus: CommerceSkusTable[] = [];
  const laterRandom = random.fork("later-menus");
  for (const spec of CHAINS) {
    for (const [branchIndex, districtId] of spec.districts.entries()) {
      const merchant = districtBranch(spec, districtId, branchIndex, random);
      merchants.push(merchant);
      skus.push(...skuRows(spec, merchant.id, random, laterRandom));
    }
  }
  const neighbourhoodRandom = random.fork("neighbourhoods");
  const planned = planNeighbourhoodBranches(CHAINS, merchants, neighbourhoodRandom);
  const ids = new Set(merchants.map((merchant) => merchant.id));
  const slugs = placeSlugs(planned);
  for (const branch of planned) {
    const merchant = neighbourhoodBranch(branch, slugs.get(branch.place) as string, neighbourhoodRandom);
    if (ids.has(merchant.id)) throw new Error(`two branches share the id ${merchant.id}`);
    ids.add(merchant.id);
    merchants.push(merchant);
    skus.push(...skuRows(branch.spec, merchant.id, neighbourhoodRandom, neighbourhoodRandom));
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
