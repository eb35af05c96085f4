import { describe, expect, it } from "vitest";
import { parseFaultsFlag } from "./faults.ts";

describe("the --faults flag", () => {
  it("reads inline JSON per service and fault", () => {
    expect(parseFaultsFlag('{"pay":{"payment_declined":{"probability":0.1}}}')).toEqual({
      pay: { payment_declined: { probability: 0.1 } },
    });
  });

  it("names the field of an unknown fault", () => {
    expect(() => parseFaultsFlag('{"pay":{"meteor":{"times":1}}}')).toThrowError(/--faults/);
  });

  it("refuses a probability above one", () => {
    try {
      parseFaultsFlag('{"commerce":{"merchant_rejects":{"probability":2}}}');
      expect.unreachable();
    } catch (error) {
      expect((error as { field?: string }).field).toBe("--faults.commerce.merchant_rejects.probability");
    }
  });
});
