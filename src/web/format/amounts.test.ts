import { describe, expect, it } from "vitest";
import { releasedOnCapture, settledAmounts } from "./amounts.ts";

describe("the money of a task", () => {
  it("shows what was charged, and what of the hold went back, for a fare under its cap", () => {
    expect(settledAmounts(4185, 3304, 0)).toEqual({
      headlineFen: 3304,
      heldFen: 4185,
      chargedFen: 3304,
      releasedFen: 881,
      refundedFen: 0,
      detailed: true,
    });
  });

  it("shows the hold alone before anything is charged", () => {
    expect(settledAmounts(2300, 0, 0)).toMatchObject({
      headlineFen: 2300,
      chargedFen: null,
      detailed: false,
    });
  });

  it("needs no breakdown when the whole hold was charged, and names a refund", () => {
    expect(settledAmounts(2300, 2300, null).detailed).toBe(false);
    expect(settledAmounts(2300, 2300, 500)).toMatchObject({
      refundedFen: 500,
      releasedFen: 0,
      detailed: true,
    });
  });
});

describe("a statement line", () => {
  it("finds the released part of a partial capture, and none elsewhere", () => {
    // The capture journal moves the whole hold out: 33.04 to the payee, 8.81 back to the wallet.
    expect(releasedOnCapture({ kind: "capture", heldFen: -4185, netFen: -3304 })).toBe(881);
    expect(releasedOnCapture({ kind: "capture", heldFen: -2300, netFen: -2300 })).toBe(0);
    expect(releasedOnCapture({ kind: "authorize", heldFen: 4185, netFen: 0 })).toBe(0);
  });
});
