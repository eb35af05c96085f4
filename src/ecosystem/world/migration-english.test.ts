import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { describe, expect, it } from "vitest";
import { migration } from "./migration.ts";
import { englishAddressesMigration } from "./migration-english.ts";

describe("the English addresses migration", () => {
  it("puts saved addresses of the seed's shape in English from their place, and leaves others empty", async () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) });
    await migration.up(db);
    // Only the columns the migration reads: the maps room owns the real table.
    await db.schema
      .createTable("maps_pois")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("name_zh", "text")
      .addColumn("name_en", "text")
      .addColumn("address_zh", "text")
      .addColumn("address_en", "text")
      .execute();
    await db
      .insertInto("maps_pois")
      .values({
        id: "poi_1",
        name_zh: "白金海岸",
        name_en: "Baijin Haian",
        address_zh: "滨江区闻涛路2211号",
        address_en: "2211 Wentao Rd, Binjiang District",
      })
      .execute();
    const saved = (id: string, address: string, poiId: string | null) => ({
      id,
      user_id: "u_1",
      label: id,
      poi_id: poiId,
      address,
      lng: 120,
      lat: 30,
      contact_name: "小明",
      contact_phone: "13800000000",
    });
    await db
      .insertInto("user_addresses")
      .values([
        saved("home", "滨江区闻涛路2211号白金海岸26幢2单元1504室", "poi_1"),
        saved("office", "滨江区闻涛路2211号白金海岸13楼", "poi_1"),
        saved("other", "杭州市西湖区12号", null),
      ])
      .execute();
    await englishAddressesMigration.up(db);
    const rows = await db.selectFrom("user_addresses").select(["id", "address_en"]).orderBy("id").execute();
    expect(Object.fromEntries(rows.map((row) => [row.id, row.address_en]))).toEqual({
      home: "Room 1504, Unit 2, Building 26, Baijin Haian, 2211 Wentao Rd, Binjiang District",
      office: "Floor 13, Baijin Haian, 2211 Wentao Rd, Binjiang District",
      other: "",
    });
    await db.destroy();
  });
});
