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
 * pharmacy or a supermarket near home is found there too; a kind of shop by its catalogue category.
 */
export async function shopsNear(
  context: SkillContext,
  keywords: string,
  centre: Place,
  category?: string,
): Promise<FoundPlace[]> {
  const found = new Map<string, FoundPlace>();
  // A kind of shop said ("flower shops") is searched by its category first, then by the words.
  const searches = [
    ...(category ? [{ category }] : []),
    ...keywords
      .split("|")
      .slice(0, 3)
      .map((keyword) => ({ keyword })),
  ];
  for (const search of searches) {
    const result = await context.turn.tools.call<MerchantsOutput>("commerce_search_merchants", {
      ...search,
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
