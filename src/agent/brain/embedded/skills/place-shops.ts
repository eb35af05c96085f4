import type { SkillContext } from "./context.ts";
import type { Place } from "./places.ts";
import { lngLat } from "./route.ts";

/** A place found near someone, from the map or from the shops that sell there. */
export interface FoundPlace {
  id: string;
  name: string;
  name_en?: string;
  distance?: number;
  rating?: number;
  address?: string;
  /** Opening hours when known without asking again ("07:00-22:00"). */
  hours?: string;
}

interface MerchantsOutput {
  merchants: {
    merchantId: string;
    nameZh: string;
    nameEn: string;
    address: string;
    hours: string;
    rating: number;
    distanceM?: number;
  }[];
}

/**
 * Shops near a place that answer the keywords (each "|" alternative in turn): the map knows landmarks
 * and a few famous restaurants, the shops of the city are in the catalogue, so a noodle bar, a
 * pharmacy or a supermarket near home is found there too.
 */
export async function shopsNear(
  context: SkillContext,
  keywords: string,
  centre: Place,
): Promise<FoundPlace[]> {
  const found = new Map<string, FoundPlace>();
  for (const keyword of keywords.split("|").slice(0, 3)) {
    const result = await context.turn.tools.call<MerchantsOutput>("commerce_search_merchants", {
      keyword,
      location: lngLat(centre),
      radiusM: 6_000,
      limit: 10,
    });
    if (!result.ok) continue;
    for (const shop of result.data.merchants)
      if (!found.has(shop.merchantId))
        found.set(shop.merchantId, {
          id: `shop:${shop.merchantId}`,
          name: shop.nameZh,
          name_en: shop.nameEn,
          ...(shop.distanceM !== undefined ? { distance: shop.distanceM } : {}),
          rating: shop.rating,
          address: shop.address,
          hours: shop.hours,
        });
    if (found.size >= 5) break;
  }
  return [...found.values()];
}
