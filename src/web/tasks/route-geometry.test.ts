import { describe, expect, it } from "vitest";
import { layoutRoute } from "./route-geometry.ts";

const origin = { lng: 120.15, lat: 30.25 };
const destination = { lng: 120.2, lat: 30.2 };

describe("layoutRoute", () => {
  it("fits origin and destination inside the padded box, north up", () => {
    const layout = layoutRoute({ origin, destination }, 320, 180, 20);
    for (const point of [layout.origin!, layout.destination!]) {
      expect(point.x).toBeGreaterThanOrEqual(20);
      expect(point.x).toBeLessThanOrEqual(300);
      expect(point.y).toBeGreaterThanOrEqual(20);
      expect(point.y).toBeLessThanOrEqual(160);
    }
    expect(layout.origin!.y).toBeLessThan(layout.destination!.y);
  });

  it("measures the courier's progress from origin to destination", () => {
    const halfway = { lng: 120.175, lat: 30.225 };
    expect(layoutRoute({ origin, destination, courier: halfway }, 320, 180).progress).toBeCloseTo(0.5, 2);
    expect(layoutRoute({ origin, destination, courier: destination }, 320, 180).progress).toBeCloseTo(1, 6);
  });

  it("handles a lone point without dividing by zero", () => {
    const layout = layoutRoute({ courier: origin }, 320, 180);
    expect(Number.isFinite(layout.courier!.x)).toBe(true);
    expect(layout.progress).toBeNull();
  });
});
