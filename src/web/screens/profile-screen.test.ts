import { describe, expect, it } from "vitest";
import { policyLabel } from "./profile-screen.tsx";

describe("policyLabel", () => {
  it("turns camelCase fen keys into readable labels", () => {
    expect(policyLabel("perOrderLimitFen")).toBe("Per order limit");
    expect(policyLabel("daily_limit")).toBe("Daily limit");
  });
});
