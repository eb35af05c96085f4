import { SURNAMES as ALL_SURNAMES } from "../../kernel/names.ts";
import type { SeededRandom } from "../../kernel/random.ts";

// Riders take the first twelve, as they always have (a seed picks the same riders).
const SURNAMES = ALL_SURNAMES.slice(0, 12);

/**
 * A rider as customers see one: "王师傅" (Master Wang, as riders are called in Chinese), in English
 * the surname alone ("Wang"), and a masked phone number.
 */
export function pickRider(random: SeededRandom): { name: string; nameEn: string; phone: string } {
  const prefix = random.pick(["133", "138", "152", "177", "186", "199"]);
  const [surname, surnameEn] = random.pick(SURNAMES);
  return {
    name: `${surname}师傅`,
    nameEn: surnameEn,
    phone: `${prefix}****${String(random.int(0, 9999)).padStart(4, "0")}`,
  };
}

/** Linear interpolation between two points; `fraction` is clamped to [0, 1]. */
export function between(
  from: { lng: number; lat: number },
  to: { lng: number; lat: number },
  fraction: number,
): { lng: number; lat: number } {
  const share = Math.min(1, Math.max(0, fraction));
  return {
    lng: Number((from.lng + (to.lng - from.lng) * share).toFixed(6)),
    lat: Number((from.lat + (to.lat - from.lat) * share).toFixed(6)),
  };
}
