import { describe, expect, it } from "vitest";
import type { ToolResult } from "../../kernel/tool.ts";
import type { ToolClient, ToolInfo } from "./client.ts";
import { TurnQuotes } from "./turn-quotes.ts";

/** A client that counts calls and answers each with a fresh quote id. */
function counting(): ToolClient & { calls: string[] } {
  const calls: string[] = [];
  const info = (name: string, effect: ToolInfo["effect"]): ToolInfo => ({
    name,
    description: name,
    effect,
    parameters: {},
  });
  return {
    calls,
    list: () => [
      info("commerce_quote_cart", "write"),
      info("commerce_search_items", "read"),
      info("commerce_place_order", "money"),
    ],
    async call<Output>(name: string): Promise<ToolResult<Output>> {
      calls.push(name);
      if (name === "commerce_quote_cart" && calls.length > 99)
        return { ok: false, error: { code: "x", message: "x" } };
      return { ok: true, data: { quoteId: `q${calls.length}` } as Output };
    },
  };
}

const cart = {
  userId: "u",
  merchantId: "m",
  lines: [{ skuId: "s", qty: 1, options: { sugar: "less", ice: "no" } }],
};
// The same cart with its keys in another order, as the engine builds it from the brain's request.
const sameCart = {
  lines: [{ options: { ice: "no", sugar: "less" }, qty: 1, skuId: "s" }],
  merchantId: "m",
  userId: "u",
};

describe("TurnQuotes", () => {
  it("answers the same quote asked again within a turn with the first one", async () => {
    const inner = counting();
    const tools = new TurnQuotes(inner);
    const [first, again, other] = await tools.within(async () => [
      await tools.call("commerce_quote_cart", cart),
      await tools.call("commerce_quote_cart", sameCart),
      await tools.call("commerce_quote_cart", { ...cart, merchantId: "m2" }),
    ]);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(inner.calls).toEqual(["commerce_quote_cart", "commerce_quote_cart"]);
  });

  it("quotes afresh outside a turn, in the next turn, and after a write in the same turn", async () => {
    const inner = counting();
    const tools = new TurnQuotes(inner);
    await tools.call("commerce_quote_cart", cart);
    await tools.call("commerce_quote_cart", cart);
    await tools.within(() => tools.call("commerce_quote_cart", cart));
    await tools.within(async () => {
      await tools.call("commerce_quote_cart", cart);
      await tools.call("commerce_search_items", {});
      await tools.call("commerce_quote_cart", cart); // a read between: still the same quote
      await tools.call("commerce_place_order", {});
      await tools.call("commerce_quote_cart", cart); // money moved: quoted again
    });
    expect(inner.calls.filter((name) => name === "commerce_quote_cart")).toHaveLength(5);
  });

  it("does not keep a refused quote", async () => {
    const inner = counting();
    const tools = new TurnQuotes(inner);
    inner.calls.push(...Array.from({ length: 99 }, () => "warm"));
    await tools.within(async () => {
      expect((await tools.call("commerce_quote_cart", cart)).ok).toBe(false);
      expect((await tools.call("commerce_quote_cart", cart)).ok).toBe(false);
    });
    expect(inner.calls.length).toBe(101);
  });
});
