import { describe, expect, it } from "vitest";
import { understand } from "../nlu/understand.ts";
import { routeTurn } from "./route.ts";

const now = Date.UTC(2026, 10, 26, 4);
const route = (text: string, state: Record<string, unknown> = {}) =>
  routeTurn(understand(text, { now }), state, text);

describe("routeTurn", () => {
  it("keeps a confident order with the embedded brain", () => {
    expect(route("帮我点一杯少糖的拿铁送到公司").to).toBe("embedded");
  });

  it("sends an out-of-scope request to the model", () => {
    expect(route("帮我写一篇800字的作文")).toEqual({
      to: "llm",
      reason: "out of scope for the embedded skills",
    });
  });

  it("keeps answers to the embedded brain's question with it, however unsure", () => {
    expect(route("要第二个", { awaiting: { intent: "order_delivery" } }).to).toBe("embedded");
  });

  it("keeps a pick from what the embedded brain showed with it", () => {
    expect(route("要第二个", { shown: { kind: "order_alternative", entries: [] } }).to).toBe("embedded");
  });

  it("sends a long, many-part request to the model", () => {
    const text =
      "I need a latte with oat milk, large, less sugar, delivered to the office within 20 minutes and under 35 yuan, and then book me a taxi home at 7pm tonight please";
    expect(route(text).to).toBe("llm");
  });
});
