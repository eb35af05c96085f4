import { describe, expect, it } from "vitest";
import { extractSlots } from "./extract-slots.ts";
import { parseNumber } from "./numbers.ts";

const slots = (text: string) => extractSlots(text, /\p{Script=Han}/u.test(text) ? "zh" : "en");

describe("amounts read as written", () => {
  it("reads thousands separators as one number", () => {
    expect(slots("transfer 3,000 to Li Hua for rent").amountFen).toBe(300_000);
    expect(slots("send bob 1,250.50").amountFen).toBe(125_050);
    expect(slots("转2,000给李华").amountFen).toBe(200_000);
  });

  it('reads no amount in a share said in words ("转一半" is half, never ¥1)', () => {
    expect(slots("给李华转一半").amountFen).toBeUndefined();
    expect(slots("那给Bob转一半吧").amountFen).toBeUndefined();
    expect(slots("给李华转一百五").amountFen).toBe(15_000);
  });

  it("reads digits with 万 or 千 after them", () => {
    expect(parseNumber("100万")).toBe(1_000_000);
    expect(parseNumber("1.5万")).toBe(15_000);
    expect(parseNumber("2千")).toBe(2_000);
    expect(slots("转1.5万给李华").amountFen).toBe(1_500_000);
  });

  it("questions a sum with letters among its digits instead of reading another number", () => {
    expect(slots("给bob转账 3O0").moneyProblem).toMatchObject({ text: "3O0", reason: "not_a_number" });
    expect(slots("send bob 5OO").moneyProblem).toMatchObject({ reason: "not_a_number" });
    expect(slots("给bob转账 3O0").amountFen).toBeUndefined();
  });

  it("questions a sum finer than a fen or absurdly large after a sending word", () => {
    expect(slots("send Bob 10.555").moneyProblem).toMatchObject({ text: "10.555", reason: "fraction" });
    expect(slots("send li hua 50000000").moneyProblem).toMatchObject({ reason: "too_large" });
    expect(slots("send bob 12.80").amountFen).toBe(1280);
  });

  it("leaves counts and sizes alone", () => {
    expect(slots("买2l可乐").moneyProblem).toBeUndefined();
    expect(slots("来2杯拿铁，30块以内").budgetMaxFen).toBe(3000);
  });

  it("reads a dash standing apart as a mark between words, not a minus", () => {
    expect(
      slots("4 dumplings delivered home - 2 pan fried, the other 2 boiled").moneyProblem,
    ).toBeUndefined();
    expect(slots("send bob -20 yuan").moneyProblem).toMatchObject({ reason: "negative" });
  });
});
