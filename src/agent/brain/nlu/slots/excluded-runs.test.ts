import { describe, expect, it } from "vitest";
import { orderReader } from "./order-reading.fixture.ts";

// Made-up shops and dishes, so the reading of the list is tested, not one brand.
const readOrder = orderReader([
  { kind: "merchant", id: "m1", zh: "老张面馆", en: "Zhang Noodles" },
  { kind: "merchant", id: "m2", zh: "小李饭店", en: "Li Diner" },
  { kind: "merchant", id: "m3", zh: "王记", en: "Wangs" },
  { kind: "item", id: "i1", zh: "牛肉面", en: "Beef Noodles" },
  { kind: "item", id: "i2", zh: "鸡排饭", en: "Chicken Rice" },
]);

function read(text: string) {
  const order = readOrder(text);
  return {
    out: order.exclusions.map((exclusion) => exclusion.zh).sort(),
    brands: order.brands.map((brand) => brand.entity.zh),
  };
}

describe("several shops ruled out at once", () => {
  it("shares 都不要 / 以外 after the last name with every name of the list", () => {
    expect(read("两碗牛肉面，老张面馆和小李饭店都不要").out).toEqual(["小李饭店", "老张面馆"]);
    expect(read("来份鸡排饭，老张面馆小李饭店以外的").out).toEqual(["小李饭店", "老张面馆"]);
    expect(read("牛肉面送家，老张面馆、小李饭店、王记都别点").out).toEqual(["小李饭店", "王记", "老张面馆"]);
  });

  it("shares a ruling-out word before the first name of a joined list", () => {
    expect(read("不要老张面馆和小李饭店，来碗牛肉面").out).toEqual(["小李饭店", "老张面馆"]);
    expect(read("beef noodles, just not Zhang Noodles, Li Diner or Wangs").out).toEqual([
      "小李饭店",
      "王记",
      "老张面馆",
    ]);
    expect(read("chicken rice from neither Zhang Noodles nor Li Diner").out).toEqual([
      "小李饭店",
      "老张面馆",
    ]);
  });

  it("leaves a shop named after a comma, or added with 还要, wanted", () => {
    expect(read("不要老张面馆，小李饭店的牛肉面来一碗")).toEqual({ out: ["老张面馆"], brands: ["小李饭店"] });
    expect(read("除了老张面馆和小李饭店还要王记的鸡排饭").out).not.toContain("王记");
    expect(read("老张面馆和小李饭店的牛肉面各一碗").out).toEqual([]);
  });
});

describe("the words of an exclusion frame are no thing to buy", () => {
  it("leaves nothing of 以外的 / 之外的都行 / 别家都可以 as a line", () => {
    for (const text of [
      "来份鸡排饭，老张面馆和小李饭店以外的",
      "两碗牛肉面，老张面馆和小李饭店之外的都行",
      "来份鸡排饭，除了王记别家都可以",
      "牛肉面一碗，老张面馆小李饭店除外",
    ]) {
      const order = readOrder(text);
      expect(order.lines.map((line) => line.text)).toHaveLength(1);
      expect(order.exclusions.length).toBeGreaterThan(0);
    }
  });
});
