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
  event(
    "jay",
    "周杰伦 嘉年华世界巡回演唱会 杭州站",
    "Jay Chou Carnival World Tour – Hangzhou",
    "周杰伦 Jay Chou",
  ),
  event(
    "teahouse",
    "北京人艺 话剧《茶馆》",
    "Beijing People's Art Theatre: Teahouse",
    "北京人民艺术剧院 Beijing People's Art Theatre",
  ),
  event("songcheng", "宋城千古情", "The Romance of the Song Dynasty", "宋城演艺 Songcheng Performance"),
  event("standup", "周末脱口秀 杭州专场", "Weekend Stand-up Comedy Night", "笑果文化 Xiaoguo Culture"),
  event("party", "周末音乐派对", "Weekend Music Party", "本地乐队 Local Bands"),
  event(
    "cba1",
    "CBA常规赛 浙江广厦 vs 辽宁本钢",
    "CBA: Zhejiang Guangsha vs Liaoning Flying Leopards",
    "浙江广厦 Zhejiang Guangsha",
  ),
  event(
    "cba2",
    "CBA常规赛 浙江广厦 vs 广东华南虎",
    "CBA: Zhejiang Guangsha vs Guangdong Southern Tigers",
    "浙江广厦 Zhejiang Guangsha",
  ),
  event(
    "csl",
    "中超联赛 浙江队 vs 上海申花",
    "Chinese Super League: Zhejiang FC vs Shanghai Shenhua",
    "浙江队 Zhejiang FC",
  ),
  event("zootopia", "电影《疯狂动物城2》", "Zootopia 2 (film)", "迪士尼 Disney"),
];
const ids = (text: string) => namedEvents(text, EVENTS).map((found) => found.id);

describe("naming an event by any part of its titles", () => {
  it.each([
    ["这周六宋城千古情的票给我抢1张", ["songcheng"]],
    ["I'd like to see Teahouse tomorrow, three tickets please", ["teahouse"]],
    ["两张茶馆的票", ["teahouse"]],
    ["Book 3 tickets for Weekend Stand-up Comedy Night, on Nov 29", ["standup"]],
    ["明天周末脱口秀演出的票给我抢一张", ["standup"]],
    ["11月29号浙江队 vs 上海申花的票给我抢三张", ["csl"]],
    ["Zhejiang Guangsha vs Liaoning Flying Leopards, 2 seats", ["cba1"]],
    ["Jay Chou, two tickets", ["jay"]],
    ["Book 2 tickets for Zootopia 2, tomorrow", ["zootopia"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("lists every show that fits equally instead of picking one", () => {
    expect(ids("浙江广厦的比赛来两张")).toEqual(["cba1", "cba2"]);
  });

  it("names nothing from generic words, counts or a kind of show", () => {
    expect(ids("这周末有什么演唱会")).toEqual([]);
    expect(ids("any live music this weekend? 2 tickets")).toEqual([]);
    expect(ids("tickets for 3 people")).toEqual([]);
    expect(ids("Show me performances on Saturday")).toEqual([]);
  });

  it("gives the parts a person says on their own, never a generic one", () => {
    expect(
      eventAliases("中超联赛 浙江队 vs 上海申花", "Chinese Super League: Zhejiang FC vs Shanghai Shenhua"),
    ).toEqual(["浙江队 vs 上海申花", "浙江队", "上海申花", "Zhejiang FC vs Shanghai Shenhua"]);
    expect(eventAliases("周末脱口秀 杭州专场", "Weekend Stand-up Comedy Night")).toEqual(["周末脱口秀"]);
  });
});

const FANS_EVENTS = [
  event("jay", "周杰伦 嘉年华世界巡回演唱会 杭州站", "Jay Chou Carnival World Tour", "周杰伦 Jay Chou"),
  event("oys", "万能青年旅店 冀西南林路行 巡演", "Omnipotent Youth Society Tour", "万能青年旅店"),
  event("teahouse", "北京人艺 话剧《茶馆》", "Teahouse", "北京人民艺术剧院"),
];

describe("what fans call a show or its performer", () => {
  it.each([
    ["万青 周五那场 后排来5张", "oys"],
    ["周董周日演唱会 内场两张", "jay"],
  ])("%s → %s", (text, id) => {
    expect(namedEvents(text, FANS_EVENTS).map((found) => found.id)).toEqual([id]);
  });
  it("is one of the names the gazetteer knows the event by", () => {
    expect(eventAliases("万能青年旅店 冀西南林路行 巡演", "Omnipotent Youth Society Tour")).toContain("万青");
  });
});
