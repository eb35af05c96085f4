import type { SeededRandom } from "../kernel/random.ts";

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];

/** A rider as customers see one: "王师傅" and a masked phone number. */
export function pickRider(random: SeededRandom): { name: string; phone: string } {
  const prefix = random.pick(["133", "138", "152", "177", "186", "199"]);
  return {
    name: `${random.pick(SURNAMES)}师傅`,
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
