import { describe, expect, it } from "vitest";
import { deliverAtFor } from "./later.ts";

const NINE_THIRTY = Date.UTC(2026, 10, 26, 1, 30);

describe("a pre-order for when the shop opens", () => {
  it("arrives after the shop's own delivery time from the opening, on five minutes", () => {
    expect(deliverAtFor({ atMs: NINE_THIRTY, opens: true }, 18)).toBe(NINE_THIRTY + 25 * 60_000);
    expect(deliverAtFor({ atMs: NINE_THIRTY, opens: true }, 25)).toBe(NINE_THIRTY + 30 * 60_000);
  });

  it("keeps a time said for the delivery itself", () => {
    expect(deliverAtFor({ atMs: NINE_THIRTY }, 18)).toBe(NINE_THIRTY);
  });
});
