import { describe, expect, it } from "vitest";
import { deliveryElsewhere } from "./delivery-place.ts";
import { extractAddressLabel } from "./places.ts";

describe("a delivery place that is no saved place", () => {
  it.each([
    ["送两份寿司到市一医院，给病人的", "市一医院"],
    ["奶茶送去黄龙体育中心", "黄龙体育中心"],
    ["一束花送到公寓", "公寓"],
    ["送到公司楼下", undefined],
    ["明天中午12点前送到", undefined],
    ["送到家里", undefined],
    ["送到了吗", undefined],
    ["送到我这里", undefined],
  ])("%s → %s", (text, place) => {
    expect(deliveryElsewhere(text)).toBe(place);
  });

  it("leaves home and office to the saved labels", () => {
    expect(extractAddressLabel("一杯拿铁送到公司")).toBe("office");
    expect(extractAddressLabel("送两份寿司到市一医院")).toBeUndefined();
  });
});
