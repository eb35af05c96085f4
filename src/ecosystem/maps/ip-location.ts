import { BlockList, isIPv4, isIPv6 } from "node:net";
import { invalid } from "../../kernel/errors.ts";
import { CITY, DISTRICTS } from "../world/geography.ts";
import { PROVINCE } from "./geocode.ts";

/** What Amap's IP location answers: the city an address is in and the city's bounding rectangle. */
export interface IpLocation {
  province: string;
  city: string;
  adcode: string;
  /** "lng,lat;lng,lat": south-west corner, then north-east. */
  rectangle: string;
}

/** Addresses that are not on the public internet: Amap answers these with "局域网" and no city. */
const LOCAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  LOCAL.addSubnet(network, prefix, "ipv4");

/** The sandbox city's rectangle: its districts' centres with a margin, as Amap gives a city's. */
function cityRectangle(): string {
  const margin = 0.08;
  const lngs = DISTRICTS.map((district) => district.lng);
  const lats = DISTRICTS.map((district) => district.lat);
  const corner = (lng: number, lat: number) => `${lng.toFixed(6)},${lat.toFixed(6)}`;
  return `${corner(Math.min(...lngs) - margin, Math.min(...lats) - margin)};${corner(
    Math.max(...lngs) + margin,
    Math.max(...lats) + margin,
  )}`;
}

/**
 * Locates an IPv4 address like Amap's `v3/ip`: the sandbox world is one city, so every public
 * address is in Hangzhou; local and reserved addresses answer "局域网" with no city, as Amap does.
 * Not an IPv4 address → `invalid_argument` on `ip` (Amap's IP location takes IPv4 only).
 */
export function locateIp(ip: string): IpLocation {
  const text = ip.trim();
  if (isIPv6(text)) throw invalid("ip", `ip must be an IPv4 address (Amap locates IPv4 only); got "${ip}"`);
  if (!isIPv4(text)) throw invalid("ip", `ip must be an IPv4 address such as "114.247.50.2"; got "${ip}"`);
  if (LOCAL.check(text, "ipv4")) return { province: "局域网", city: "", adcode: "", rectangle: "" };
  return { province: PROVINCE.zh, city: CITY.zh, adcode: CITY.adcode, rectangle: cityRectangle() };
}
