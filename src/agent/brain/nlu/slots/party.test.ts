import { describe, expect, it } from "vitest";
import { partySaid } from "./party.ts";

const people = (text: string) => partySaid(text)?.people;

describe("partySaid", () => {
  it("reads a party said with no count per person, in both languages", () => {
    expect(people("三个人的饺子")).toBe(3);
    expect(people("给我们四个人点披萨")).toBe(4);
    expect(people("两人份的火锅")).toBe(2);
    expect(people("我们俩吃")).toBe(2);
    expect(people("一家三口的晚饭")).toBe(3);
    expect(people("dumplings for 3 people to the office")).toBe(3);
    expect(people("noodles for the two of us")).toBe(2);
    expect(people("pizza for 4 to my place")).toBe(4);
    expect(people("coffee for 5 at 3pm")).toBe(5);
  });

  it("reads no party from times, money, counts of things or one person's share", () => {
    expect(people("a latte for 2pm")).toBeUndefined();
    expect(people("something for 30 yuan")).toBeUndefined();
    expect(people("for 2 cups")).toBeUndefined();
    expect(people("一人一杯")).toBeUndefined();
    expect(people("人民币100")).toBeUndefined();
  });

  it("says where the party was said, so it is blanked before counts are read", () => {
    expect(partySaid("三个人的饺子")).toEqual({ people: 3, start: 0, end: 4 });
  });
});
