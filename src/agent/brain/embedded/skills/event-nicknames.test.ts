import { describe, expect, it } from "vitest";
import { type EventSummary, eventAliases, namedEvents } from "./event-match.ts";

function event(id: string, nameZh: string, nameEn: string, performer: string): EventSummary {
  return {
    id,
    nameZh,
    nameEn,
    performer,
    category: "show",
    venue: { nameZh: "", nameEn: "", lng: 0, lat: 0 },
    minPriceFen: 10_000,
    maxPriceFen: 20_000,
    sessions: [],
  };
}
const EVENTS = [
  event("jay", "周杰伦 嘉年华世界巡回演唱会 杭州站", "Jay Chou Carnival World Tour", "周杰伦 Jay Chou"),
  event("oys", "万能青年旅店 冀西南林路行 巡演", "Omnipotent Youth Society Tour", "万能青年旅店"),
  event("teahouse", "北京人艺 话剧《茶馆》", "Teahouse", "北京人民艺术剧院"),
];

describe("what fans call a show or its performer", () => {
  it.each([
    ["万青 周五那场 后排来5张", "oys"],
    ["周董周日演唱会 内场两张", "jay"],
  ])("%s → %s", (text, id) => {
    expect(namedEvents(text, EVENTS).map((found) => found.id)).toEqual([id]);
  });
  it("is one of the names the gazetteer knows the event by", () => {
    expect(eventAliases("万能青年旅店 冀西南林路行 巡演", "Omnipotent Youth Society Tour")).toContain("万青");
  });
});
