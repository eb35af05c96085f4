import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { DISTRICTS } from "./geography.ts";
import { hashPasswordAsync } from "./password.ts";

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷", "杰", "丽", "强", "军"];
const EN_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Zoe", "Leo"];
const EN_LAST = ["Smith", "Wang", "Brown", "Li", "Taylor", "Zhang", "Wilson", "Liu"];

/** How many generated (non-demo) users the world holds besides the demo accounts. */
export const GENERATED_USERS = 60;

function phone(random: SeededRandom): string {
  return `1${random.pick(["35", "38", "52", "58", "86", "89"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`;
}

/** A flat in a residential compound, in both languages: "5幢2单元1203室" / "Room 1203, Unit 2, Building 5". */
export function flatUnit(random: SeededRandom): { zh: string; en: string } {
  // Drawn in the order the Chinese reads, as the seed always has.
  const building = random.int(1, 30);
  const unit = random.int(1, 3);
  const floor = random.int(1, 28);
  const flat = random.int(1, 4);
  return {
    zh: `${building}幢${unit}单元${floor}0${flat}室`,
    en: `Room ${floor}0${flat}, Unit ${unit}, Building ${building}`,
  };
}

/** A floor of an office building: "13楼" / "Floor 13". */
export function officeFloor(random: SeededRandom): { zh: string; en: string } {
  const floor = random.int(2, 30);
  return { zh: `${floor}楼`, en: `Floor ${floor}` };
}

/**
 * Seeds platform accounts with saved home and office addresses. Addresses sit at residential and
 * office POIs of the maps service when those exist (maps is seeded first), else near district centres.
 */
export async function seedUsers(context: ServiceContext, random: SeededRandom): Promise<void> {
  const pois = await context.db
    .selectFrom("maps_pois")
    .select(["id", "category", "district_id", "name_zh", "name_en", "address_zh", "address_en", "lng", "lat"])
    .where("category", "in", ["residential", "office"])
    .orderBy("id")
    .execute();
  const now = context.clock.now();
  // Demo passwords use a fixed salt so the seed stays deterministic from the world seed.
  const salt = (username: string) => `dimple-demo-${username}`;

  const addressAt = (category: "residential" | "office", districtId: string) => {
    const candidates = pois.filter((poi) => poi.category === category && poi.district_id === districtId);
    const fallback = pois.filter((poi) => poi.category === category);
    const poi =
      candidates.length > 0
        ? random.pick(candidates)
        : fallback.length > 0
          ? random.pick(fallback)
          : undefined;
    if (poi) {
      const unit = category === "residential" ? flatUnit(random) : officeFloor(random);
      return {
        poiId: poi.id,
        address: `${poi.address_zh}${poi.name_zh}${unit.zh}`,
        addressEn: `${unit.en}, ${poi.name_en}, ${poi.address_en}`,
        lng: poi.lng,
        lat: poi.lat,
      };
    }
    const district =
      DISTRICTS.find((d) => d.id === districtId) ?? (DISTRICTS[0] as (typeof DISTRICTS)[number]);
    const number = random.int(1, 300);
    return {
      poiId: null,
      address: `杭州市${district.zh}${number}号`,
      addressEn: `No. ${number}, ${district.en} District, Hangzhou`,
      lng: district.lng + (random.float() - 0.5) * 0.02,
      lat: district.lat + (random.float() - 0.5) * 0.02,
    };
  };

  const people = [
    ...DEMO_USERS.map((user) => ({ ...user, demo: 1, phone: phone(random) })),
    ...Array.from({ length: GENERATED_USERS }, (_, index) => {
      const lang = random.chance(0.6) ? ("zh" as const) : ("en" as const);
      const displayName =
        lang === "zh"
          ? `${random.pick(SURNAMES)}${random.pick(GIVEN)}`
          : `${random.pick(EN_FIRST)} ${random.pick(EN_LAST)}`;
      return {
        id: `u_sim${String(index + 1).padStart(3, "0")}`,
        username: `sim${String(index + 1).padStart(3, "0")}`,
        password: `sim-${index + 1}`,
        displayName,
        lang,
        role: "user" as const,
        homeDistrict: random.pick(DISTRICTS).id,
        officeDistrict: random.pick(DISTRICTS).id,
        walletFen: random.int(5, 300) * 1000,
        demo: 0,
        phone: phone(random),
      };
    }),
  ];

  // Hashed in parallel on libuv's pool: one after another they were a third of a fresh start.
  const hashes = await Promise.all(
    people.map((person) => hashPasswordAsync(person.password, { salt: salt(person.username), cost: 1024 })),
  );
  for (const [index, person] of people.entries()) {
    await context.db
      .insertInto("users")
      .values({
        id: person.id,
        username: person.username,
        password_hash: hashes[index] as string,
        display_name: person.displayName,
        lang: person.lang,
        phone: person.phone,
        role: person.role,
        demo: person.demo,
        created_at: now - random.int(30, 720) * 86_400_000,
      })
      .execute();
    if (person.role === "operator") continue;
    for (const [label, category, district] of [
      ["home", "residential", person.homeDistrict],
      ["office", "office", person.officeDistrict],
    ] as const) {
      const address = addressAt(category, district);
      await context.db
        .insertInto("user_addresses")
        .values({
          id: `${person.id}_${label}`,
          user_id: person.id,
          label,
          poi_id: address.poiId,
          address: address.address,
          address_en: address.addressEn,
          lng: address.lng,
          lat: address.lat,
          contact_name: person.displayName,
          contact_phone: person.phone,
        })
        .execute();
    }
  }
}

/** The wallet each seeded user starts with, for the pay service's seed. */
export async function seededWallets(
  context: ServiceContext,
): Promise<{ userId: string; walletFen: number }[]> {
  const users = await context.db
    .selectFrom("users")
    .select(["id", "username", "role"])
    .orderBy("id")
    .execute();
  return users.map((user) => {
    const demo = DEMO_USERS.find((candidate) => candidate.id === user.id);
    if (demo) return { userId: user.id, walletFen: demo.walletFen };
    // Generated users: a stable amount derived from the id, so pay's seed needs no shared state.
    let hash = 0;
    for (const char of user.id) hash = (hash * 31 + char.charCodeAt(0)) % 1000;
    return { userId: user.id, walletFen: user.role === "operator" ? 0 : 20_000 + hash * 300 };
  });
}
