import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { distanceMeters } from "../world/geography.ts";
import { useTestWorld } from "../world/testing.ts";
import { geocode, resolvePlace, reverseGeocode } from "./geocode.ts";
import { aroundSearch, poiDetail, textSearch } from "./search.ts";

describeEachDialect("maps places", (dialect) => {
  const world = useTestWorld(dialect);
  const first = async (text: string, city?: string) => (await geocode(world().context, text, city))[0];

  it("geocodes Chinese, English and pinyin names of the same station to it", async () => {
    for (const text of [
      "杭州东站",
      "Hangzhou East Station",
      "hangzhou dong zhan",
      "hangzhoudongzhan",
      "东站",
    ]) {
      const match = await first(text);
      expect(match?.poi?.name, text).toBe("杭州东站");
      expect(match?.level).toBe("兴趣点");
      expect(match?.location).toBe("120.213000,30.290500");
    }
  });

  it("geocodes West Lake in three languages and forgives a homophone typo", async () => {
    for (const text of ["西湖", "West Lake", "xihu", "杭州西湖"])
      expect((await first(text))?.poi?.nameEn, text).toBe("West Lake");
    expect((await first("翠园一区"))?.poi?.name).toBe("翠苑一区");
    expect((await first("cuiyuanyiqu"))?.poi?.name).toBe("翠苑一区");
  });

  it("geocodes a full street address to the compound it names", async () => {
    const match = await first("浙江省杭州市西湖区学院路77号翠苑一区3幢2单元1201室");
    expect(match?.poi?.name).toBe("翠苑一区");
    expect(match?.formattedAddress).toBe("浙江省杭州市西湖区学院路77号翠苑一区");
  });

  it("geocodes districts and the city itself at their own levels", async () => {
    expect(await first("滨江区")).toMatchObject({ level: "区县", adcode: "330108" });
    expect(await first("Binjiang")).toMatchObject({ level: "区县", district: "滨江区" });
    expect(await first("杭州")).toMatchObject({ level: "市", adcode: "330100" });
  });

  it("uses the district in the text or in city to pick a branch of a chain", async () => {
    expect((await first("滨江区外婆家"))?.poi?.name).toBe("外婆家(滨江天街店)");
    expect((await first("外婆家", "钱塘区"))?.poi?.name).toBe("外婆家(金沙天街店)");
  });

  it("finds nothing for places outside Hangzhou", async () => {
    expect(await geocode(world().context, "北京天安门")).toEqual([]);
    expect(await geocode(world().context, "西湖", "上海")).toEqual([]);
  });

  it("resolves what people call a place, preferring the branch nearest a given point", async () => {
    const { context } = world();
    expect((await resolvePlace(context, "Hangzhou East Station"))?.name).toBe("杭州东站");
    expect((await resolvePlace(context, "杭州东站"))?.name).toBe("杭州东站");
    expect((await resolvePlace(context, "西湖"))?.nameEn).toBe("West Lake");
    expect((await resolvePlace(context, "大莲花"))?.name).toBe("杭州奥体中心");
    const nearBinjiang = await resolvePlace(context, "外婆家", { near: { lng: 120.21, lat: 30.2 } });
    expect(nearBinjiang?.name).toBe("外婆家(滨江天街店)");
    expect(await resolvePlace(context, "qwertyzxcv")).toBeUndefined();
  });

  it("resolves a POI id and a point at a POI to that POI", async () => {
    const station = await resolvePlace(world().context, "杭州东站");
    expect((await resolvePlace(world().context, station!.id))?.id).toBe(station!.id);
    expect((await resolvePlace(world().context, station!.location))?.id).toBe(station!.id);
  });

  it("reverse geocodes a point to its district, a formatted address and nearby POIs", async () => {
    const result = await reverseGeocode(world().context, "120.1345,30.286");
    expect(result.district).toBe("西湖区");
    expect(result.adcode).toBe("330106");
    expect(result.formattedAddress).toBe("浙江省杭州市西湖区学院路77号翠苑一区");
    expect(result.pois[0]?.name).toBe("翠苑一区");
    expect(result.pois.every((poi) => poi.distance <= 1000)).toBe(true);
    const near = await reverseGeocode(world().context, "120.2125,30.2945");
    expect(near.formattedAddress.endsWith("附近")).toBe(true);
  });

  it("refuses to reverse geocode a point outside Hangzhou", async () => {
    await expect(reverseGeocode(world().context, "116.397,39.909")).rejects.toMatchObject({
      code: "out_of_coverage",
      field: "location",
    });
  });

  it("searches by kind of place, by kind and area, and by type code", async () => {
    const { context } = world();
    const coffee = await textSearch(context, "咖啡");
    expect(coffee.pois.length).toBeGreaterThanOrEqual(3);
    expect(coffee.pois.every((poi) => poi.typeCode === "050500")).toBe(true);
    const lakeside = await textSearch(context, "西湖 餐厅");
    expect(lakeside.pois.length).toBeGreaterThan(0);
    expect(lakeside.pois.every((poi) => poi.category === "restaurant" && poi.districtId === "xihu")).toBe(
      true,
    );
    const hotels = await textSearch(context, "", { types: "100000", city: "滨江区" });
    expect(hotels.pois.map((poi) => poi.name)).toEqual(["杭州滨江银泰喜来登大酒店"]);
    const metro = await textSearch(context, "metro", { pageSize: 25 });
    expect(metro.count).toBeGreaterThanOrEqual(20);
  });

  it("pages text search results without overlap", async () => {
    const { context } = world();
    const pageOne = await textSearch(context, "restaurant", { pageSize: 5, page: 1 });
    const pageTwo = await textSearch(context, "restaurant", { pageSize: 5, page: 2 });
    expect(pageOne.pois).toHaveLength(5);
    expect(pageTwo.count).toBe(pageOne.count);
    const ids = new Set(pageOne.pois.map((poi) => poi.id));
    expect(pageTwo.pois.some((poi) => ids.has(poi.id))).toBe(false);
  });

  it("keeps around search inside its radius, nearest first", async () => {
    const centre = { lng: 120.1665, lat: 30.258 };
    const result = await aroundSearch(world().context, "120.1665,30.258", { radius: 600 });
    expect(result.count).toBeGreaterThan(3);
    const distances = result.pois.map((poi) => poi.distance ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const poi of result.pois) expect(distanceMeters(centre, poi)).toBeLessThanOrEqual(600);
    const wider = await aroundSearch(world().context, "120.1665,30.258", { radius: 3000, pageSize: 25 });
    expect(wider.count).toBeGreaterThan(result.count);
    const food = await aroundSearch(world().context, "120.1665,30.258", { radius: 1500, keywords: "星巴克" });
    expect(food.pois.map((poi) => poi.name)).toEqual(["星巴克(湖滨银泰in77店)"]);
  });

  it("rejects a bad radius and a bad centre with the field at fault", async () => {
    await expect(aroundSearch(world().context, "120.1665,30.258", { radius: 0 })).rejects.toMatchObject({
      code: "invalid_argument",
      field: "radius",
    });
    await expect(aroundSearch(world().context, "west lake")).rejects.toMatchObject({ field: "location" });
  });

  it("returns POI details and not_found for an unknown id", async () => {
    const station = await resolvePlace(world().context, "杭州东站");
    const detail = await poiDetail(world().context, station!.id);
    expect(detail.tags).toContain("metro");
    expect(detail.aliases).toContain("东站");
    await expect(poiDetail(world().context, "B0NOSUCHID")).rejects.toMatchObject({
      code: "not_found",
      field: "id",
    });
  });
});
