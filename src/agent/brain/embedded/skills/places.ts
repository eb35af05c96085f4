import type { SavedAddress, UserProfile } from "../../../memory/profile.ts";
import type { ToolClient } from "../../../tools/client.ts";
import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";

/** A resolved place: coordinates and a name to show (and to give a driver). */
export interface Place {
  lng: number;
  lat: number;
  name: string;
  nameEn: string;
  /** Set when the place is one of the user's saved addresses. */
  savedLabel?: string;
  /** The street address, for a driver. */
  address?: string;
}

const HOME_WORDS = /^(?:我?家|家里|我家里|home|my home|my place|my house|house)$/iu;
const OFFICE_WORDS = /^(?:公司|单位|办公室|我公司|我们公司|office|my office|the office|work)$/iu;
const HERE_WORDS = /^(?:这里|这儿|我这|我这里|当前位置|here|me|my location|where i am)$/iu;

/** One of the user's saved addresses as a place; `label` defaults to home, then any address. */
export function savedPlace(profile: UserProfile, label = "home"): Place | undefined {
  const address = profile.addresses.find((candidate) => candidate.label === label) ?? profile.addresses[0];
  return address ? fromSaved(address) : undefined;
}

function fromSaved(address: SavedAddress): Place {
  const [zh, en] =
    address.label === "office"
      ? ["公司", "the office"]
      : address.label === "home"
        ? ["家", "home"]
        : [address.address, address.address];
  return {
    lng: address.lng,
    lat: address.lat,
    name: zh,
    nameEn: en,
    savedLabel: address.label,
    address: address.address,
  };
}

/** Which saved address a place phrase means ("家", "公司", "here"), if it names one. */
export function savedLabelOf(text: string): "home" | "office" | "here" | undefined {
  const phrase = text.trim();
  if (HOME_WORDS.test(phrase)) return "home";
  if (OFFICE_WORDS.test(phrase)) return "office";
  if (HERE_WORDS.test(phrase)) return "here";
  return undefined;
}

interface GeoOutput {
  return?: {
    location?: string;
    name?: string;
    name_en?: string;
    formatted_address?: string;
    formatted_address_en?: string;
  }[];
}

/**
 * Resolves a place phrase: the user's saved addresses by name ("家", "office", "here" = home), else
 * the map's geocoder. Undefined when the map does not know it.
 */
export async function resolvePlace(
  tools: ToolClient,
  profile: UserProfile,
  phrase: string,
): Promise<Place | undefined> {
  const saved = savedLabelOf(phrase);
  if (saved) return savedPlace(profile, saved === "here" ? "home" : saved);
  const result = await tools.call<GeoOutput>("maps_geo", { address: phrase, city: "杭州" });
  if (!result.ok) return undefined;
  const first = result.data.return?.[0];
  const point = first?.location ? parseLngLat(first.location) : undefined;
  if (!first || !point) return undefined;
  return {
    ...point,
    name: first.name ?? first.formatted_address ?? phrase,
    nameEn: first.name_en ?? first.formatted_address_en ?? phrase,
  };
}

/** The place a turn names: a slot phrase first, else the best POI the gazetteer found. */
export function placePhrase(
  slot: string | undefined,
  entities: GazetteerMatch[] | undefined,
): string | undefined {
  if (slot) return slot;
  const poi = (entities ?? []).find((match) => match.entity.kind === "poi" && match.score >= 0.8);
  return poi?.entity.zh;
}

/** Parses Amap's "lng,lat". */
export function parseLngLat(text: string): { lng: number; lat: number } | undefined {
  const [lng, lat] = text.split(",").map(Number);
  return lng !== undefined && lat !== undefined && Number.isFinite(lng) && Number.isFinite(lat)
    ? { lng, lat }
    : undefined;
}

/** A place's name in the conversation's language. */
export function placeName(place: Place, lang: Lang): string {
  return say(lang, place.name, place.nameEn);
}

/** "1.2 公里" / "850 米" in the user's language. */
export function formatDistance(meters: number, lang: Lang): string {
  if (meters < 1000) return say(lang, `${Math.round(meters)} 米`, `${Math.round(meters)} m`);
  const km = (meters / 1000).toFixed(meters < 10_000 ? 1 : 0);
  return say(lang, `${km} 公里`, `${km} km`);
}

/** "25 分钟" / "1 小时 10 分钟" from seconds. */
export function formatDuration(seconds: number, lang: Lang): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return say(lang, `${minutes} 分钟`, `${minutes} min`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return say(lang, `${hours} 小时${rest ? ` ${rest} 分钟` : ""}`, `${hours} h${rest ? ` ${rest} min` : ""}`);
}
