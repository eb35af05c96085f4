import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { describe, expect, it } from "vitest";
import { migration } from "./migration.ts";
import { englishDriversMigration } from "./migration-english.ts";

describe("the English drivers migration", () => {
  it("splits drivers seeded with both languages in one text and gives every driver English forms", async () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) });
    await migration.up(db);
    await db
      .insertInto("rides_drivers")
      .values({
        id: "drv_1",
        name: "王建国",
        product_id: "economy",
        car_model: "丰田卡罗拉 Toyota Corolla",
        car_color: "白色 white",
        plate: "浙A·F3K2L",
        rating: 4.9,
        lng: 120.1,
        lat: 30.2,
        status: "idle",
        completed_trips: 10,
      })
      .execute();
    await englishDriversMigration.up(db);
    expect(await db.selectFrom("rides_drivers").selectAll().executeTakeFirst()).toMatchObject({
      name: "王建国",
      name_en: "Wang Jianguo",
      car_model: "丰田卡罗拉",
      car_model_en: "Toyota Corolla",
      car_color: "白色",
      car_color_en: "white",
      plate: "浙A·F3K2L",
      plate_en: "Zhe A·F3K2L",
    });
    await db.destroy();
  });
});
