import { openUserAccounts } from "../../ecosystem/pay/open-accounts.ts";
import { hashPassword } from "../../ecosystem/world/password.ts";
import { flatUnit, officeFloor } from "../../ecosystem/world/seed-users.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { setConsent } from "../privacy/consent.ts";
import { PERSONAS, type Persona } from "./personas.ts";

/** A simulated person and the plan of their month. */
export interface SimulatedUser {
  id: string;
  persona: Persona;
  /** Their own multiplier on the persona's daily activity. */
  activity: number;
  joinDay: number;
  /** The last day they use Dimple (churn), inclusive. */
  lastDay: number;
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷", "杰", "丽", "强", "军", "涛", "欣"];
const FIRST = [
  "Emma",
  "Liam",
  "Olivia",
  "Noah",
  "Ava",
  "Lucas",
  "Mia",
  "Ethan",
  "Zoe",
  "Leo",
  "Hannah",
  "Oscar",
];
const LAST = ["Smith", "Brown", "Taylor", "Wilson", "Martin", "Clark", "Lewis", "Walker"];

/** The id of the n-th simulated user (1-based). */
export const simulatedUserId = (index: number) => `u_t${String(index).padStart(5, "0")}`;

function pickPersona(random: SeededRandom, personas: readonly Persona[]): Persona {
  let draw = random.float() * personas.reduce((sum, persona) => sum + persona.share, 0);
  for (const persona of personas) {
    draw -= persona.share;
    if (draw < 0) return persona;
  }
  return personas.at(-1) as Persona;
}

/**
 * Creates (or, when they exist, re-plans) `count` simulated users: an account with home and office
 * at seeded POIs, a wallet and a card, a consent choice, and a month's plan — some join late, some
 * stop. Deterministic for the random stream.
 */
export async function ensureSimulatedUsers(
  context: ServiceContext,
  count: number,
  days: number,
  random: SeededRandom,
  personas: readonly Persona[] = PERSONAS,
): Promise<SimulatedUser[]> {
  const pois = await context.db
    .selectFrom("maps_pois")
    .select(["id", "category", "name_zh", "name_en", "address_zh", "address_en", "lng", "lat"])
    .where("category", "in", ["residential", "office"])
    .orderBy("id")
    .execute();
  const homes = pois.filter((poi) => poi.category === "residential");
  const offices = pois.filter((poi) => poi.category === "office");
  const existing = new Set(
    (await context.db.selectFrom("users").select("id").where("id", "like", "u_t%").execute()).map(
      (row) => row.id,
    ),
  );
  // One hash for every simulated account: they never sign in, and hashing a thousand passwords is slow.
  const passwordHash = hashPassword("simulated", { salt: "dimple-simulated", cost: 1024 });
  const users: SimulatedUser[] = [];
  for (let index = 1; index <= count; index++) {
    const id = simulatedUserId(index);
    const persona = pickPersona(random, personas);
    const lateJoiner = random.chance(0.4);
    const joinDay = lateJoiner ? random.int(1, Math.max(1, Math.floor(days * 0.7))) : 0;
    const lastDay = random.chance(persona.churn) ? random.int(joinDay, days - 1) : days - 1;
    users.push({ id, persona, activity: 0.4 + random.float() * 1.2, joinDay, lastDay });
    const name =
      persona.lang === "zh"
        ? `${random.pick(SURNAMES)}${random.pick(GIVEN)}`
        : `${random.pick(FIRST)} ${random.pick(LAST)}`;
    const phone = `1${random.pick(["35", "38", "52", "86"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`;
    const consent = random.chance(0.8) ? random.chance(persona.consent) : undefined;
    const home = homes.length ? random.pick(homes) : undefined;
    const office = offices.length ? random.pick(offices) : undefined;
    if (existing.has(id)) continue;
    await context.db
      .insertInto("users")
      .values({
        id,
        username: id.slice(2),
        password_hash: passwordHash,
        display_name: name,
        lang: persona.lang,
        phone,
        role: "user",
        demo: 0,
        created_at: context.clock.now(),
      })
      .execute();
    for (const [label, poi, unit] of [
      ["home", home, flatUnit(random)],
      ["office", office, officeFloor(random)],
    ] as const) {
      if (!poi) continue;
      await context.db
        .insertInto("user_addresses")
        .values({
          id: `${id}_${label}`,
          user_id: id,
          label,
          poi_id: poi.id,
          address: `${poi.address_zh}${poi.name_zh}${unit.zh}`,
          address_en: `${unit.en}, ${poi.name_en}, ${poi.address_en}`,
          lng: poi.lng,
          lat: poi.lat,
          contact_name: name,
          contact_phone: phone,
        })
        .execute();
    }
    await openUserAccounts(context, {
      userId: id,
      walletFen: random.int(300, 3000) * 100,
      card: {
        bankZh: "招商银行",
        bankEn: "China Merchants Bank",
        last4: String(random.int(0, 9999)).padStart(4, "0"),
      },
      defaultMethod: "wallet",
    });
    if (consent !== undefined)
      await setConsent(context, id, { share: consent, retentionDays: random.pick([90, 180, 365]) });
  }
  return users;
}
