import { describe, expect, it } from "vitest";
import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import { dishOfShopName } from "./shop-dish.ts";

const shop = (text: string): GazetteerMatch => ({
  entity: { kind: "merchant", id: "m_x", zh: "店", en: text },
  start: 0,
  end: text.length,
  text,
  score: 1,
  method: "exact",
});

describe("the dish a shop is named for", () => {
  it.each([
    ["lanzhou beef noodles", "beef noodles", "kind:noodles"],
    ["Luckin Coffee", "coffee", "kind:coffee"],
    ["Xijiade Dumplings", "dumplings", "kind:dumplings"],
    ["杨国福麻辣烫", "麻辣烫", "kind:malatang"],
    ["Yang Guofu Malatang", "malatang", "kind:malatang"],
  ])("%s → %s", (said, product, kind) => {
    const dish = dishOfShopName(shop(said));
    expect(dish?.product).toBe(product);
    expect(dish?.category.entity.id).toBe(kind);
  });

  it.each(["KFC", "Lawson", "Coffee"])("%s names no dish", (said) => {
    expect(dishOfShopName(shop(said))).toBeUndefined();
  });
});
