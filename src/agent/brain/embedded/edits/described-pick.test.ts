import { describe, expect, it } from "vitest";
import { describedEntries } from "./described-pick.ts";

// A made-up list of shows: two films, a play, two comedies.
const entries = [
  { id: "e1", label: "电影《甲》", payload: { nameEn: "Film A", category: "movie" } },
  { id: "e2", label: "话剧《乙》", payload: { nameEn: "Play B", category: "drama" } },
  { id: "e3", label: "电影《丙》", payload: { nameEn: "Film C", category: "movie" } },
  { id: "e4", label: "喜剧之夜", payload: { nameEn: "Comedy Night", category: "show" } },
  { id: "e5", label: "爆笑舞台", payload: { nameEn: "Big Comedy Stage", category: "drama" } },
];
const ids = (text: string) => describedEntries(text, entries)?.map((entry) => entry.id);

describe("a position said with a description counts among the entries so described", () => {
  it("by the kind of show named", () => {
    expect(ids("第二个电影，两张")).toEqual(["e1", "e3"]);
    expect(ids("最后一个电影")).toEqual(["e1", "e3"]);
    expect(ids("the second movie, 2 tickets")).toEqual(["e1", "e3"]);
  });

  it("by words of the entries' names", () => {
    expect(ids("the second comedy, 2 tickets")).toEqual(["e4", "e5"]);
  });

  it("counts the whole list when the words describe none or all of it", () => {
    expect(ids("第二个，两张")).toBeUndefined();
    expect(ids("the second one with thin noodles")).toBeUndefined();
    expect(ids("第一个来杯拿铁")).toBeUndefined();
  });

  it("reads a measure word or a filler after the position as no description", () => {
    const shows = [
      { id: "s1", label: "嘻哈相声大会", payload: { category: "show" } },
      { id: "s2", label: "德云社相声专场", payload: { category: "show" } },
    ];
    const picked = (text: string) => describedEntries(text, shows)?.map((entry) => entry.id);
    expect(picked("就第二场")).toBeUndefined();
    expect(picked("第二场吧，3张")).toBeUndefined();
    expect(picked("第一个吧")).toBeUndefined();
  });
});
