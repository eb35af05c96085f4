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

describe("partySaid is the one reader of parties (orders, tastes, per-person counts, rides)", () => {
  it("reads colleagues, friends, passengers and seats", () => {
    expect(people("给5个同事点咖啡")).toBe(5);
    expect(people("三个朋友一起")).toBe(3);
    expect(people("3位乘客去东站")).toBe(3);
    expect(people("我们一行6人")).toBe(6);
    expect(people("一家7口去灵隐寺")).toBe(7);
    expect(people("两口子吃的晚饭")).toBe(2);
    expect(people("we're 8 going to Lingyin")).toBe(8);
    expect(people("ride to Xixi for 4")).toBe(4);
    expect(people("a group of 6 to the airport")).toBe(6);
    expect(people("5 colleagues want bubble tea")).toBe(5);
    expect(people("dinner for us two")).toBe(2);
  });

  it("reads no party from places, amounts, distances or a couple of things", () => {
    expect(people("去3号位置")).toBeUndefined();
    expect(people("we're 5 minutes away")).toBeUndefined();
    expect(people("a couple of lattes")).toBeUndefined();
    expect(people("就我一个人")).toBeUndefined();
  });

  it("spans the whole party, so no count of things is read from it", () => {
    expect(partySaid("dumplings for 3 people")).toEqual({ people: 3, start: 10, end: 22 });
  });
});
