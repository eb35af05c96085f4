import { describe, expect, it } from "vitest";
import {
  lineName,
  orderReader,
  everydayRead as read,
  everydayOrder as readOrder,
} from "./order-reading.fixture.ts";

describe("order lines: the people of a group order are no line", () => {
  const readGroup = orderReader([{ kind: "item", id: "dumplings", zh: "水饺", en: "Dumplings" }]);
  const groups = ["来一份水饺，我们两个人一人一份", "五个同事，一人一份水饺", "给我们俩每人点一份水饺"];
  it.each(groups)("%s → only the dumplings", (text) => {
    expect(readGroup(text).lines.map(lineName)).toEqual(["水饺"]);
  });

  it.each([
    ["拿铁两杯、圣代一个，美式就不要了，送家", "美式"],
    ["两根香蕉，巨无霸也不用了", "巨无霸"],
    ["冷萃一杯，圣代这次不要了", "圣代"],
  ])("%s rules out what is taken back in the same message", (text, out) => {
    const order = read(text);
    expect(order.exclusions).toEqual([out]);
    expect(order.lines.map(([name]) => name)).not.toContain(out);
  });
});

describe("halves and exceptions by a choice only the shop names", () => {
  it("gives each half, or the one excepted, its own words", () => {
    const halves = readOrder("4 bubble teas, half with taro balls and half with coconut jelly").lines;
    expect(halves.map((line) => line.qty)).toEqual([2, 2]);
    expect(halves[0]?.said).toMatch(/taro balls/u);
    expect(halves[1]?.said).toMatch(/coconut jelly/u);
    expect(halves[1]?.said).not.toMatch(/taro/u);
    const one = readOrder("两杯珍珠奶茶，一杯不要珍珠").lines;
    expect(one.map((line) => line.qty)).toEqual([1, 1]);
    expect(one[0]?.said).toMatch(/不要珍珠/u);
    expect(one[1]?.said ?? "").not.toMatch(/不要/u);
    expect(readOrder("4 bubble teas, one without pearls").lines.map((line) => line.qty)).toEqual([1, 3]);
  });
});
