import type { Insertable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { SURNAMES } from "../../kernel/names.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { DISTRICTS } from "../world/geography.ts";
import { PRODUCTS } from "./products.ts";
import type { RidesDriversTable } from "./tables.ts";

type Pair = readonly [string, string];

/** "王建国" and "Wang Jianguo". */
function driverNames(surname: Pair, given: Pair): { name: string; name_en: string } {
  return { name: `${surname[0]}${given[0]}`, name_en: `${surname[1]} ${given[1]}` };
}

function carNames(model: Pair, color: Pair) {
  return { car_model: model[0], car_model_en: model[1], car_color: color[0], car_color_en: color[1] };
}

// Every name in both languages: [Chinese, English]. The lists keep their order and length, so a seed
// picks the same drivers as before English forms existed (surnames: kernel/names.ts).
const GIVEN: readonly (readonly [string, string])[] = [
  ["建国", "Jianguo"],
  ["志强", "Zhiqiang"],
  ["海峰", "Haifeng"],
  ["国平", "Guoping"],
  ["伟", "Wei"],
  ["军", "Jun"],
  ["勇", "Yong"],
  ["磊", "Lei"],
  ["斌", "Bin"],
  ["明", "Ming"],
  ["浩", "Hao"],
  ["鹏", "Peng"],
  ["春生", "Chunsheng"],
  ["立新", "Lixin"],
];
const CARS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  economy: [
    ["比亚迪秦PLUS", "BYD Qin PLUS"],
    ["大众朗逸", "VW Lavida"],
    ["丰田卡罗拉", "Toyota Corolla"],
    ["吉利帝豪", "Geely Emgrand"],
    ["埃安S", "AION S"],
  ],
  comfort: [
    ["大众帕萨特", "VW Passat"],
    ["丰田凯美瑞", "Toyota Camry"],
    ["别克君越", "Buick LaCrosse"],
    ["比亚迪汉", "BYD Han"],
  ],
  xl: [
    ["别克GL8", "Buick GL8"],
    ["本田奥德赛", "Honda Odyssey"],
    ["丰田赛那", "Toyota Sienna"],
  ],
};
const COLORS: readonly (readonly [string, string])[] = [
  ["白色", "white"],
  ["黑色", "black"],
  ["银色", "silver"],
  ["蓝色", "blue"],
  ["灰色", "grey"],
];
/** Zhejiang's plates start with 浙, spelled "Zhe" in English. */
const PROVINCE: readonly [string, string] = ["浙", "Zhe "];
/** Plate letters skip I and O, as Chinese plates do. */
const PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
const DRIVERS_PER_PRODUCT: Readonly<Record<string, number>> = { economy: 36, comfort: 16, xl: 10 };

/** Seeds the ride products with their fare rules and a pool of drivers spread over Hangzhou's districts. */
export async function seedRides(context: ServiceContext, random: SeededRandom): Promise<void> {
  await context.db
    .insertInto("rides_products")
    .values([...PRODUCTS])
    .execute();
  const plates = new Set<string>();
  const drivers: Insertable<RidesDriversTable>[] = [];
  for (const product of PRODUCTS) {
    const count = DRIVERS_PER_PRODUCT[product.id] ?? 0;
    for (let index = 0; index < count; index++) {
      let plate = "";
      while (plate === "" || plates.has(plate)) {
        plate = "A·";
        for (let char = 0; char < 5; char++) plate += PLATE_CHARS[random.int(0, PLATE_CHARS.length - 1)];
      }
      plates.add(plate);
      // Drivers wait where riders are: every district, most of them near the city centre.
      const district = index % 3 === 0 ? random.pick(DISTRICTS) : random.pick(DISTRICTS.slice(0, 5));
      drivers.push({
        id: `drv_${product.id}_${String(index + 1).padStart(2, "0")}`,
        ...driverNames(random.pick(SURNAMES), random.pick(GIVEN)),
        product_id: product.id,
        ...carNames(random.pick(CARS[product.id] ?? [["大众朗逸", "VW Lavida"]]), random.pick(COLORS)),
        plate: `${PROVINCE[0]}${plate}`,
        plate_en: `${PROVINCE[1]}${plate}`,
        rating: Math.round((4.6 + random.float() * 0.4) * 100) / 100,
        lng: district.lng + (random.float() - 0.5) * 0.05,
        lat: district.lat + (random.float() - 0.5) * 0.05,
        status: "idle",
        completed_trips: random.int(50, 6000),
      });
    }
  }
  await context.db.insertInto("rides_drivers").values(drivers).execute();
}
