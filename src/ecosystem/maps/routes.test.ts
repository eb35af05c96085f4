import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { distanceMatrix } from "./distance.ts";
import { congestionFactor, planRoute, taxiFareFen } from "./routes.ts";
import { planTransit } from "./transit.ts";
import { metroFareFen } from "./transit-network.ts";

const CUIYUAN = "120.1345,30.286";
const WEST_LAKE = "120.1485,30.242";
const EAST_STATION = "120.213,30.2905";
const OLYMPIC_CENTER = "120.236,30.229";
const XIXI_CAMPUS = "120.025,30.28";

it("charges Hangzhou's taxi tariff in whole yuan", () => {
  expect(taxiFareFen(2000)).toBe(1300);
  // 13 + 7 × 2.5 = 30.5 yuan, rounded up.
  expect(taxiFareFen(10_000)).toBe(3100);
  expect(taxiFareFen(20_000)).toBe(6800);
});

it("charges Hangzhou Metro's distance fare", () => {
  expect(metroFareFen(3000)).toBe(200);
  expect(metroFareFen(8000)).toBe(300);
  expect(metroFareFen(12_000)).toBe(400);
  // 2 + 2 (4–12 km) + 2 (12–24 km) + 1 (24–30 km).
  expect(metroFareFen(30_000)).toBe(700);
});

it("makes weekday rush hours slower than midday, and nights fastest", () => {
  const at = (hour: number) => Date.UTC(2026, 10, 26, hour - 8, 0, 0);
  expect(congestionFactor(at(8))).toBeGreaterThan(congestionFactor(at(13)));
  expect(congestionFactor(at(13))).toBeGreaterThan(congestionFactor(at(23)));
  expect(congestionFactor(Date.UTC(2026, 10, 28, 0, 0, 0))).toBeLessThan(congestionFactor(at(8)));
});

describeEachDialect("maps routes", (dialect) => {
  const world = useTestWorld(dialect);

  it("walks 5 km slower than it cycles, and cycles slower than it drives", () => {
    const { context } = world();
    const walking = planRoute(context, "walking", CUIYUAN, WEST_LAKE);
    const cycling = planRoute(context, "bicycling", CUIYUAN, WEST_LAKE);
    const driving = planRoute(context, "driving", CUIYUAN, WEST_LAKE);
    expect(walking.distance).toBeGreaterThan(5000);
    expect(walking.distance).toBeLessThan(8000);
    expect(walking.duration).toBeGreaterThan(cycling.duration);
    expect(cycling.duration).toBeGreaterThan(driving.duration);
    // About 5 km/h on foot.
    expect(walking.distance / walking.duration).toBeCloseTo(5 / 3.6, 1);
  });

  it("gives steps in both languages that add up to the route", () => {
    const route = planRoute(world().context, "driving", CUIYUAN, EAST_STATION);
    expect(route.steps.length).toBeGreaterThanOrEqual(2);
    expect(route.steps.reduce((sum, step) => sum + step.distance, 0)).toBe(route.distance);
    expect(route.steps.at(-1)?.instruction).toMatch(/到达目的地$/);
    expect(route.steps.at(-1)?.instructionEn).toMatch(/arrive at the destination$/);
    for (const step of route.steps)
      expect(step.instructionEn).toMatch(/^Drive (north|east|south|west) along /);
    expect(route.taxiCostFen).toBe(taxiFareFen(route.distance));
  });

  it("plans the same route twice the same way", () => {
    const { context } = world();
    expect(planRoute(context, "walking", CUIYUAN, WEST_LAKE)).toEqual(
      planRoute(context, "walking", CUIYUAN, WEST_LAKE),
    );
  });

  it("gives a zero route between a point and itself", () => {
    const route = planRoute(world().context, "walking", CUIYUAN, CUIYUAN);
    expect(route).toMatchObject({ distance: 0, duration: 0, steps: [] });
  });

  it("names the field of a coordinate that is not lng,lat", () => {
    expect(() => planRoute(world().context, "driving", "30.286,120.1345", WEST_LAKE)).toThrow(
      expect.objectContaining({ code: "invalid_argument", field: "origin" }),
    );
    expect(() => planRoute(world().context, "driving", CUIYUAN, "West Lake")).toThrow(
      expect.objectContaining({ code: "invalid_argument", field: "destination" }),
    );
  });

  it("plans transit by metro across the river, with walks to and from stations", async () => {
    const plan = await planTransit(world().context, EAST_STATION, OLYMPIC_CENTER, "杭州", "杭州");
    const metro = plan.transits.find((transit) =>
      transit.segments.some((segment) => segment.bus?.buslines[0]?.type === "地铁线路"),
    );
    expect(metro).toBeDefined();
    const lines = metro!.segments.flatMap((segment) => segment.bus?.buslines ?? []);
    expect(lines[0]?.departureStop.name).toBe("杭州东站");
    expect(lines.at(-1)?.arrivalStop.name).toBe("奥体中心");
    expect(metro!.segments.at(-1)?.walking).toBeDefined();
    expect(metro!.costFen).toBeGreaterThanOrEqual(200);
    expect(metro!.summaryEn).toContain("Metro Line");
    const durations = plan.transits.map((transit) => transit.duration);
    expect(durations).toEqual([...durations].sort((a, b) => a - b));
  });

  it("makes a short transit trip a walk", async () => {
    const plan = await planTransit(world().context, "120.1665,30.258", "120.166,30.254", "杭州", "杭州");
    expect(plan.transits).toHaveLength(1);
    expect(plan.transits[0]?.segments).toHaveLength(1);
    expect(plan.transits[0]?.costFen).toBe(0);
  });

  it("refuses transit in another city with the field at fault", async () => {
    await expect(planTransit(world().context, CUIYUAN, WEST_LAKE, "北京", "杭州")).rejects.toMatchObject({
      code: "out_of_coverage",
      field: "city",
    });
  });

  it("measures distances from several origins by straight line, driving and walking", () => {
    const { context } = world();
    const origins = `${CUIYUAN}|${XIXI_CAMPUS}`;
    const straight = distanceMatrix(context, origins, EAST_STATION, 0);
    const driving = distanceMatrix(context, origins, EAST_STATION, 1);
    const walking = distanceMatrix(context, origins, EAST_STATION, 3);
    expect(straight.map((result) => result.originId)).toEqual([1, 2]);
    expect(straight[0]!.distance).toBeLessThan(straight[1]!.distance);
    expect(straight.every((result) => result.duration === 0)).toBe(true);
    expect(driving[0]!.distance).toBeGreaterThan(straight[0]!.distance);
    expect(walking[0]!.duration).toBeGreaterThan(driving[0]!.duration);
    expect(distanceMatrix(context, `${CUIYUAN};${XIXI_CAMPUS}`, EAST_STATION, 0)).toEqual(straight);
  });

  it("names origins as the field when one of them is malformed", () => {
    expect(() => distanceMatrix(world().context, `${CUIYUAN}|abc`, EAST_STATION, 1)).toThrow(
      expect.objectContaining({ code: "invalid_argument", field: "origins" }),
    );
  });
});
