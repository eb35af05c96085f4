/** Hangzhou's districts with approximate centres (GCJ-02 "lng,lat", as Amap uses). */
export interface District {
  id: string;
  zh: string;
  en: string;
  adcode: string;
  lng: number;
  lat: number;
}

export const CITY = { zh: "杭州市", en: "Hangzhou", adcode: "330100", citycode: "0571" } as const;

export const DISTRICTS: readonly District[] = [
  { id: "xihu", zh: "西湖区", en: "Xihu", adcode: "330106", lng: 120.1302, lat: 30.2596 },
  { id: "shangcheng", zh: "上城区", en: "Shangcheng", adcode: "330102", lng: 120.1693, lat: 30.2425 },
  { id: "gongshu", zh: "拱墅区", en: "Gongshu", adcode: "330105", lng: 120.1419, lat: 30.3195 },
  { id: "binjiang", zh: "滨江区", en: "Binjiang", adcode: "330108", lng: 120.2117, lat: 30.2084 },
  { id: "xiaoshan", zh: "萧山区", en: "Xiaoshan", adcode: "330109", lng: 120.2646, lat: 30.1851 },
  { id: "yuhang", zh: "余杭区", en: "Yuhang", adcode: "330110", lng: 120.0018, lat: 30.2917 },
  { id: "linping", zh: "临平区", en: "Linping", adcode: "330113", lng: 120.2995, lat: 30.419 },
  { id: "qiantang", zh: "钱塘区", en: "Qiantang", adcode: "330114", lng: 120.4933, lat: 30.3226 },
];

/** Great-circle distance in metres between two points. */
export function distanceMeters(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const radius = 6_371_000;
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * radius * Math.asin(Math.sqrt(h)));
}

/** Parses Amap's "lng,lat" string; returns undefined when it is not two finite numbers. */
export function parseLngLat(text: string): { lng: number; lat: number } | undefined {
  const parts = text.split(",").map((part) => Number(part.trim()));
  if (parts.length !== 2 || !parts.every(Number.isFinite)) return undefined;
  const [lng, lat] = parts as [number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return undefined;
  return { lng, lat };
}

export function formatLngLat(point: { lng: number; lat: number }): string {
  return `${point.lng.toFixed(6)},${point.lat.toFixed(6)}`;
}

/** The district whose centre is nearest to a point. */
export function nearestDistrict(point: { lng: number; lat: number }): District {
  let best = DISTRICTS[0] as District;
  for (const district of DISTRICTS) {
    if (distanceMeters(point, district) < distanceMeters(point, best)) best = district;
  }
  return best;
}
