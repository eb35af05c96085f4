import { expect, it } from "vitest";
import { invokeTool } from "../../kernel/tool.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { estimateFare, fareFen, isNight, PRODUCTS, ridesTools } from "./index.ts";
import { BROKEN_BRIDGE, EAST_STATION } from "./testing.ts";

const economy = PRODUCTS.find((product) => product.id === "economy") ?? PRODUCTS[0];
const noonShanghai = Date.UTC(2026, 10, 26, 4, 0); // 12:00 in Hangzhou
const halfPastElevenShanghai = Date.UTC(2026, 10, 26, 15, 30); // 23:30 in Hangzhou

it("charges the night surcharge from 23:00 to 05:00 Shanghai time only", () => {
  expect(isNight(noonShanghai)).toBe(false);
  expect(isNight(halfPastElevenShanghai)).toBe(true);
  expect(isNight(Date.UTC(2026, 10, 26, 21, 0))).toBe(false); // 05:00
  if (!economy) throw new Error("no economy product");
  const day = fareFen(economy, 10_000, 1_500, noonShanghai);
  const night = fareFen(economy, 10_000, 1_500, halfPastElevenShanghai);
  expect(night).toBe(day + Math.round((day * economy.night_surcharge_percent) / 100));
});

it("never charges less than the minimum fare", () => {
  if (!economy) throw new Error("no economy product");
  expect(fareFen(economy, 300, 60, noonShanghai)).toBe(economy.minimum_fare_fen);
});

describeEachDialect("rides: fare estimates", (dialect) => {
  const world = useTestWorld(dialect);

  it("grows with distance", async () => {
    const near = await estimateFare(world().context, {
      origin: EAST_STATION,
      destination: { lng: 120.2025, lat: 30.2806 },
      productId: "economy",
    });
    const far = await estimateFare(world().context, {
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      productId: "economy",
    });
    expect(far.distanceMeters).toBeGreaterThan(near.distanceMeters);
    expect(far.products[0]?.fareFen).toBeGreaterThan(near.products[0]?.fareFen as number);
  });

  it("prices express below premier below XL, with a range around each fare", async () => {
    const estimate = await estimateFare(world().context, {
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
    });
    expect(estimate.products.map((product) => product.productId)).toEqual(["economy", "comfort", "xl"]);
    const fares = estimate.products.map((product) => product.fareFen);
    expect(fares[0]).toBeLessThan(fares[1] as number);
    expect(fares[1]).toBeLessThan(fares[2] as number);
    for (const product of estimate.products) {
      expect(product.lowFen).toBeLessThanOrEqual(product.fareFen);
      expect(product.highFen).toBeGreaterThan(product.fareFen);
      expect(Number.isInteger(product.highFen)).toBe(true);
    }
    // The world starts at 09:00, so no night surcharge yet.
    expect(estimate.nightSurcharge).toBe(false);
  });

  it("refuses a trip that goes nowhere or an unknown product", async () => {
    await expect(
      estimateFare(world().context, { origin: EAST_STATION, destination: EAST_STATION }),
    ).rejects.toMatchObject({ code: "invalid_argument", field: "destination" });
    await expect(
      estimateFare(world().context, {
        origin: EAST_STATION,
        destination: BROKEN_BRIDGE,
        productId: "rocket",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it('estimates through its tool from Amap-style "lng,lat" strings', async () => {
    const tool = ridesTools.find((candidate) => candidate.name === "rides_estimate");
    if (!tool) throw new Error("no rides_estimate tool");
    const result = await invokeTool(tool, world().context, {
      origin: "120.2125,30.2906",
      destination: "120.1517,30.2585",
    });
    expect(result.ok).toBe(true);
    const bad = await invokeTool(tool, world().context, {
      origin: "nowhere",
      destination: "120.1517,30.2585",
    });
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid_argument" } });
  });
});
