import { expect, it } from "vitest";
import { invokeTool } from "../../kernel/tool.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { commerceTools } from "./tools.ts";

const tool = (name: string) => {
  const found = commerceTools.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
};

it("declares each commerce tool once, with the effect it has", () => {
  const names = commerceTools.map((candidate) => candidate.name);
  expect(new Set(names).size).toBe(names.length);
  expect(tool("commerce_place_order").effect).toBe("money");
  expect(tool("commerce_quote_cart").effect).toBe("write");
  expect(tool("commerce_cancel_order").effect).toBe("write");
  expect(tool("commerce_search_items").effect).toBe("read");
});

describeEachDialect("the commerce tools", (dialect) => {
  const world = useTestWorld(dialect);

  it("search by pinyin through invokeTool", async () => {
    const result = await invokeTool(tool("commerce_search_items"), world().context, {
      keyword: "zhenzhunaicha",
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.data as { items: { nameZh: string }[] }).items[0]?.nameZh).toBe("珍珠奶茶");
  });

  it("turn a bad option into a typed error naming the field, without a stack", async () => {
    const result = await invokeTool(tool("commerce_quote_cart"), world().context, {
      userId: "u_xiaoming",
      merchantId: "m_luckin_binjiang",
      addressId: "u_xiaoming_office",
      lines: [{ skuId: "sku_luckin_binjiang_02", qty: 1, options: { sugar: "百分百" } }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "invalid_option", field: "lines.0.options.sugar" },
    });
    expect(JSON.stringify(result)).not.toContain("at ");
  });

  it("refuse input that gives both an address and an address id", async () => {
    const result = await invokeTool(tool("commerce_quote_cart"), world().context, {
      userId: "u_xiaoming",
      merchantId: "m_luckin_binjiang",
      addressId: "u_xiaoming_office",
      address: { lng: 120.21, lat: 30.19, text: "office" },
      lines: [{ skuId: "sku_luckin_binjiang_02", qty: 1 }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_argument", field: "address" } });
  });

  it("list a user's coupons without expired ones", async () => {
    const result = await invokeTool(tool("commerce_list_coupons"), world().context, { userId: "u_xiaoming" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = (result.data as { coupons: { couponId: string }[] }).coupons.map((coupon) => coupon.couponId);
    expect(ids).toContain("cp_u_xiaoming_2");
    expect(ids).not.toContain("cp_u_xiaoming_3");
    expect(ids).not.toContain("cp_platform_expired");
  });
});
