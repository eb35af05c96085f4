import type { OptionGroup } from "../../../ecosystem/commerce/option-groups.ts";
import { loadPois } from "../../../ecosystem/maps/poi.ts";
import { allTools } from "../../../ecosystem/tools.ts";
import type { World } from "../../../ecosystem/world/world.ts";
import { InProcessToolClient, type ToolClient } from "../../tools/client.ts";

/** Something a shop sells, as its menu shows it. */
export interface ShopItem {
  skuId: string;
  nameZh: string;
  nameEn: string;
  category: string;
  priceFen: number;
  stock: number;
  optionGroups: OptionGroup[];
}

/** A shop that is open now and delivers to a place. */
export interface Shop {
  merchantId: string;
  brandZh: string;
  brandEn: string;
  category: string;
  etaMinutes: number;
  /** Opening hours as the service words them: "08:30-21:00", "10:00-+1 02:00" or "24h". */
  hours: string;
  items: ShopItem[];
}

/** Whether a shop with these hours is open at a local minute of the day (0–1439). */
export function openAt(hours: string, minuteOfDay: number): boolean {
  if (hours === "24h") return true;
  const match = /^(\d{2}):(\d{2})-(\+1 )?(\d{2}):(\d{2})$/.exec(hours);
  if (!match) return true;
  const opens = Number(match[1]) * 60 + Number(match[2]);
  const closes = Number(match[4]) * 60 + Number(match[5]) + (match[3] ? 1440 : 0);
  return (minuteOfDay >= opens && minuteOfDay < closes) || minuteOfDay + 1440 < closes;
}

/** A user's saved place and the shops that deliver there now. */
export interface Place {
  label: "home" | "office";
  addressId: string;
  text: string;
  shops: Shop[];
}

export interface Person {
  userId: string;
  places: Place[];
}

/** A session of an event on a local day, with its tiers' prices and free seats. */
export interface EventSession {
  day: string;
  startsAt: number;
  tiers: { priceFen: number; available: number }[];
}

export interface EventFact {
  id: string;
  nameZh: string;
  nameEn: string;
  category: string;
  venue: { nameZh: string; nameEn: string };
  sessions: EventSession[];
}

/** A place one can ride to. */
export interface Destination {
  nameZh: string;
  nameEn: string;
}

/** What the generator knows of the seeded world, read through the services' tools. */
export interface WorldFacts {
  now: number;
  people: Person[];
  /** Every brand on the platform (whether or not it delivers to a place). */
  brands: { zh: string; en: string; category: string }[];
  /** Every item on sale anywhere (names and category): what a card line may be to satisfy a want. */
  catalogue: Pick<ShopItem, "nameZh" | "nameEn" | "category">[];
  events: EventFact[];
  destinations: Destination[];
  tools: ToolClient;
}

/** The users the generated requests speak as (seeded demo users with home and office saved). */
export const FAITH_USERS = ["u_xiaoming", "u_alice", "u_bob"] as const;

interface MerchantHit {
  merchantId: string;
  brandZh: string;
  brandEn: string;
  category: string;
  hours: string;
  isOpen: boolean;
  inRange?: boolean;
  etaMinutes?: number;
}

interface MenuItem extends ShopItem {
  inStock: boolean;
  tags: string[];
}

/** Reads users' places, deliverable shops and menus, events with sessions, and ride destinations. */
export async function readWorldFacts(world: World): Promise<WorldFacts> {
  const tools = new InProcessToolClient(allTools, world.context);
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const result = await tools.call<T>(name, args);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data;
  };
  const addresses = await world.context.db
    .selectFrom("user_addresses")
    .select(["id", "user_id", "label", "address", "lng", "lat"])
    .where("user_id", "in", [...FAITH_USERS])
    .orderBy("id")
    .execute();
  const menus = new Map<string, ShopItem[]>();
  const menuOf = async (merchantId: string) => {
    const cached = menus.get(merchantId);
    if (cached) return cached;
    const detail = await call<{ menu: MenuItem[] }>("commerce_merchant_detail", { merchantId });
    const items = detail.menu
      .filter((item) => !item.tags.includes("adversarial"))
      .map(({ skuId, nameZh, nameEn, category, priceFen, stock, inStock, optionGroups }) => ({
        skuId,
        nameZh,
        nameEn,
        category,
        priceFen,
        stock: inStock ? stock : 0,
        optionGroups,
      }));
    menus.set(merchantId, items);
    return items;
  };
  const people: Person[] = [];
  for (const userId of FAITH_USERS) {
    const places: Place[] = [];
    for (const address of addresses.filter((row) => row.user_id === userId)) {
      if (address.label !== "home" && address.label !== "office") continue;
      const { merchants } = await call<{ merchants: MerchantHit[] }>("commerce_search_merchants", {
        location: `${address.lng},${address.lat}`,
        openNow: true,
        limit: 50,
      });
      const shops: Shop[] = [];
      for (const merchant of merchants.filter((hit) => hit.isOpen && hit.inRange !== false)) {
        shops.push({
          merchantId: merchant.merchantId,
          brandZh: merchant.brandZh,
          brandEn: merchant.brandEn,
          category: merchant.category,
          etaMinutes: merchant.etaMinutes ?? 60,
          hours: merchant.hours,
          items: await menuOf(merchant.merchantId),
        });
      }
      places.push({ label: address.label, addressId: address.id, text: address.address, shops });
    }
    people.push({ userId, places });
  }
  const { merchants: everyMerchant } = await call<{ merchants: MerchantHit[] }>("commerce_search_merchants", {
    limit: 50,
  });
  const brands = [
    ...new Map(
      everyMerchant.map((merchant) => [
        merchant.brandZh,
        { zh: merchant.brandZh, en: merchant.brandEn, category: merchant.category },
      ]),
    ).values(),
  ];
  const catalogue = await world.context.db
    .selectFrom("commerce_skus")
    .select(["name_zh as nameZh", "name_en as nameEn", "category"])
    .where("active", "=", 1)
    .where("tags", "not like", "%adversarial%")
    .execute();
  return {
    now: world.context.clock.now(),
    people,
    brands,
    catalogue,
    events: await readEvents(call),
    destinations: await readDestinations(world),
    tools,
  };
}

interface EventDetail {
  id: string;
  nameZh: string;
  nameEn: string;
  category: string;
  venue: { nameZh: string; nameEn: string };
  tiers: { tierId: string; priceFen: number }[];
  sessions: {
    startsAt: number;
    startsAtLocal: string;
    status: string;
    availableByTier: Record<string, number>;
  }[];
}

async function readEvents(call: <T>(name: string, args: unknown) => Promise<T>): Promise<EventFact[]> {
  const { events } = await call<{ events: { id: string }[] }>("tickets_search_events", { limit: 50 });
  const facts: EventFact[] = [];
  for (const { id } of events) {
    const detail = await call<EventDetail>("tickets_event_detail", { eventId: id });
    facts.push({
      id: detail.id,
      nameZh: detail.nameZh,
      nameEn: detail.nameEn,
      category: detail.category,
      venue: { nameZh: detail.venue.nameZh, nameEn: detail.venue.nameEn },
      sessions: detail.sessions
        .filter((session) => session.status === "on_sale")
        .map((session) => ({
          day: session.startsAtLocal.slice(0, 10),
          startsAt: session.startsAt,
          tiers: detail.tiers.map((tier) => ({
            priceFen: tier.priceFen,
            available: session.availableByTier[tier.tierId] ?? 0,
          })),
        })),
    });
  }
  return facts;
}

const RIDE_CATEGORIES = new Set(["station", "mall", "landmark", "venue", "hospital", "hotel", "park"]);

/** Places people ride to, read from the maps service's seeded POIs (adversarial ones left out). */
async function readDestinations(world: World): Promise<Destination[]> {
  const pois = await loadPois(world.context);
  return pois
    .filter((poi) => RIDE_CATEGORIES.has(poi.category) && !poi.tags.includes("adversarial"))
    .filter(
      (poi) => poi.name.length <= 12 && poi.nameEn.length <= 40 && !/[()（）]/.test(poi.name + poi.nameEn),
    )
    .map((poi) => ({ nameZh: poi.name, nameEn: poi.nameEn }))
    .sort((a, b) => a.nameZh.localeCompare(b.nameZh));
}

/** The authoritative price and ETA of a cart at one shop, or undefined when it cannot be quoted. */
export async function quoteCart(
  facts: WorldFacts,
  userId: string,
  place: Place,
  merchantId: string,
  lines: { skuId: string; qty: number; options: Record<string, string> }[],
): Promise<{ totalFen: number; etaMinutes: number; unitFen: number[] } | undefined> {
  const result = await facts.tools.call<{
    totalFen: number;
    etaMinutes: number;
    lines: { unitFen: number }[];
  }>("commerce_quote_cart", { userId, merchantId, lines, addressId: place.addressId });
  if (!result.ok) return undefined;
  return {
    totalFen: result.data.totalFen,
    etaMinutes: result.data.etaMinutes,
    unitFen: result.data.lines.map((line) => line.unitFen),
  };
}
