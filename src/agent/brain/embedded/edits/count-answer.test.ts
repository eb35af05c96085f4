import { describe, expect, it } from "vitest";
import type { DialogueState } from "../state.ts";
import { bareCount, countAnswerText } from "./count-answer.ts";

describe("a count said as the answer to Dimple's own question", () => {
  it("reads the count through the words around it", () => {
    expect(bareCount("2")).toBe(2);
    expect(bareCount("ok, 2 then")).toBe(2);
    expect(bareCount("fine, just one then")).toBe(1);
    expect(bareCount("alright 3 please")).toBe(3);
    expect(bareCount("那就3杯吧")).toBe(3);
    expect(bareCount("好吧，那就两张")).toBe(2);
    expect(bareCount("make it 2 then")).toBe(2);
  });

  it("leaves a turn that says more than a count", () => {
    expect(bareCount("2 lattes")).toBeUndefined();
    expect(bareCount("ok 8am then")).toBeUndefined();
    expect(bareCount("那就早上7点吧")).toBeUndefined();
    expect(bareCount("ok")).toBeUndefined();
    expect(bareCount("yes please")).toBeUndefined();
  });

  it("words it for the question asked: tickets counted, an order's count changed", () => {
    const tickets: DialogueState = { awaiting: { intent: "buy_tickets", slot: "quantity" } };
    expect(countAnswerText("ok, 2 then", tickets, "en")).toBe("2 tickets");
    expect(countAnswerText("那就两张吧", tickets, "zh")).toBe("2张");
    const fewer = {
      order: { items: [{ query: "台式卤肉饭", quantity: 3 }] },
      shown: { kind: "substitute", entries: [] },
    } as unknown as DialogueState;
    expect(countAnswerText("alright, 2 then", fewer, "en")).toBe("make it 2");
    expect(countAnswerText("那就2份吧", fewer, "zh")).toBe("改成2份");
    // No count asked: the words are left to the rest of the brain.
    expect(countAnswerText("2", {}, "en")).toBeUndefined();
    expect(
      countAnswerText("ok, 2 then", { awaiting: { intent: "ride_hail", slot: "time" } }, "en"),
    ).toBeUndefined();
  });
});
