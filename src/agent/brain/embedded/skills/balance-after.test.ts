import { describe, expect, it } from "vitest";
import { leftAsked } from "./balance-after.ts";

describe("the balance asked after a transfer", () => {
  it.each([
    "send Li Hua 300 and tell me what I'll have left",
    "pay bob 50, how much will I have left?",
    "转给妈妈500，看看还剩多少",
  ])("hears %s", (text) => {
    expect(leftAsked(text)).toBe(true);
  });

  it("does not hear a plain transfer", () => {
    expect(leftAsked("send Li Hua 300 for the concert ticket")).toBe(false);
  });
});
