import type { ServiceContext } from "../kernel/context.ts";
import type { SeededRandom } from "../kernel/random.ts";
import { DISTRICTS } from "../world/geography.ts";
import { PRODUCTS } from "./products.ts";
import type { RidesDriversTable } from "./tables.ts";

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"];
const GIVEN = [
  "建国",
  "志强",
  "海峰",
  "国平",
  "伟",
  "军",
  "勇",
  "磊",
  "斌",
  "明",
  "浩",
  "鹏",
  "春生",
  "立新",
];
const CARS: Readonly<Record<string, readonly string[]>> = {
  economy: [
    "比亚迪秦PLUS BYD Qin PLUS",
    "大众朗逸 VW Lavida",
    "丰田卡罗拉 Toyota Corolla",
    "吉利帝豪 Geely Emgrand",
    "埃安S AION S",
  ],
  comfort: ["大众帕萨特 VW Passat", "丰田凯美瑞 Toyota Camry", "别克君越 Buick LaCrosse", "比亚迪汉 BYD Han"],
  xl: ["别克GL8 Buick GL8", "本田奥德赛 Honda Odyssey", "丰田赛那 Toyota Sienna"],
};
const COLORS = ["白色 white", "黑色 black", "银色 silver", "蓝色 blue", "灰色 grey"];
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
  const drivers: RidesDriversTable[] = [];
  for (const product of PRODUCTS) {
    const count = DRIVERS_PER_PRODUCT[product.id] ?? 0;
    for (let index = 0; index < count; index++) {
      let plate = "";
      while (plate === "" || plates.has(plate)) {
        plate = "浙A·";
        for (let char = 0; char < 5; char++) plate += PLATE_CHARS[random.int(0, PLATE_CHARS.length - 1)];
      }
      plates.add(plate);
      // Drivers wait where riders are: every district, most of them near the city centre.
      const district = index % 3 === 0 ? random.pick(DISTRICTS) : random.pick(DISTRICTS.slice(0, 5));
      drivers.push({
        id: `drv_${product.id}_${String(index + 1).padStart(2, "0")}`,
        name: `${random.pick(SURNAMES)}${random.pick(GIVEN)}`,
        product_id: product.id,
        car_model: random.pick(CARS[product.id] ?? ["大众朗逸 VW Lavida"]),
        car_color: random.pick(COLORS),
        plate,
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
