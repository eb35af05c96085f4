import { describe, expect, it } from "vitest";
import { translate } from "../i18n/i18n.tsx";
import { describePolicy, policyLabel } from "./policy-text.ts";

const en = (key: Parameters<typeof translate>[1]) => translate("en", key);
const zh = (key: Parameters<typeof translate>[1]) => translate("zh", key);

describe("spending rules on the profile", () => {
  it("turns camelCase fen keys into readable labels", () => {
    expect(policyLabel("perOrderLimitFen")).toBe("Per order limit");
    expect(policyLabel("daily_limit")).toBe("Daily limit");
  });

  it("words the risk room's rules in the UI language, with money as yuan", () => {
    expect(describePolicy("perOrderLimitFen", 500_000, zh)).toEqual({
      label: "单笔限额",
      value: "¥5,000.00",
    });
    expect(describePolicy("merchantBlock", [], en)).toEqual({ label: "Blocked merchants", value: "None" });
    expect(describePolicy("autoApproveFen", 0, en).value).toBe("Off");
    expect(describePolicy("pinSet", true, zh)).toEqual({ label: "支付密码", value: "已设置" });
  });

  it("still shows a rule the app does not know", () => {
    expect(describePolicy("nightCurfew", "23:00", en)).toEqual({ label: "Night curfew", value: "23:00" });
  });
});
