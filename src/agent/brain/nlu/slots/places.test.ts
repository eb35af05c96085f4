import { describe, expect, it } from "vitest";
import {
  extractAddressLabel,
  extractOtherPlace,
  extractSavedEnds,
  extractTrip,
  savedAddressNamed,
} from "./places.ts";

describe("address labels: a place ruled out is no destination", () => {
  it.each([
    ["一杯拿铁两个可颂送到家，不是公司", "home"],
    ["送到公司，别送家里", "office"],
    ["a latte and 2 croissants to my place, not the office", "home"],
    ["a latte to my office", "office"],
    ["team breakfast → office: 2 lattes", "office"],
    ["office snack run: 6 egg tarts", "office"],
    ["2 lattes, deliver to my workplace", "office"],
    ["a flat white to my desk please", "office"],
    ["三杯咖啡送到工位", "office"],
    ["a latte to the post office", undefined],
    ["给李华送一束康乃馨到她公司", undefined],
    ["send lilies to her place", undefined],
  ])("%s → %s", (text, label) => {
    expect(extractAddressLabel(text)).toBe(label);
  });
});

describe("someone else's place: asked, never sent home", () => {
  it.each([
    ["送两杯奶茶到我妈家", "我妈家"],
    ["send 2 milk teas to my mom's", "my mom's"],
    ["roses to my girlfriend's place", "my girlfriend's place"],
    ["给女朋友送束红玫瑰 送到她家", "她家"],
    ["给李华送一束康乃馨到她公司", "她公司"],
    ["send lilies to her place", "her place"],
    ["a cake to Bob's house", "Bob's house"],
  ])("%s → %s", (text, place) => {
    expect(extractOtherPlace(text)).toBe(place);
  });

  it.each(["flowers for my mom", "给我妈送一束花", "a latte to my office"])("%s names no place", (text) => {
    expect(extractOtherPlace(text)).toBeUndefined();
  });
});

describe("a saved address named by its building", () => {
  const addresses = [
    {
      label: "home",
      address: "西湖区紫金港路21号西溪诚园27幢2单元2803室",
      address_en: "Room 2803, Unit 2, Building 27, Xixi Chengyuan, 21 Zijingang Rd, Xihu District",
    },
    {
      label: "office",
      address: "滨江区阡陌路555号海康威视28楼",
      address_en: "Floor 28, Hikvision Headquarters, 555 Qianmo Rd, Binjiang District",
    },
  ];
  it.each([
    ["manner澳白 换燕麦奶 送到海康威视", "office"],
    ["两杯奶茶送到西溪诚园", "home"],
    ["a latte to Hikvision please", "office"],
    ["deliver to xixi chengyuan", "home"],
  ])("%s → %s", (text, label) => {
    expect(savedAddressNamed(text, addresses)).toBe(label);
  });

  it.each(["一杯拿铁送到公司", "a latte to the station"])("%s names no building", (text) => {
    expect(savedAddressNamed(text, addresses)).toBeUndefined();
  });
});

describe("a trip's ends without the words that ask for the car", () => {
  it.each([
    ["从公司叫车去萧山机场", "公司", "萧山机场"],
    ["明早7点从家叫个车去东站", "家", "东站"],
    ["从西湖打车到杭州东站", "西湖", "杭州东站"],
    ["I'm at Hangzhou East Station — premier car home if it's under 80", "Hangzhou East Station", undefined],
    ["我在西湖边，叫个车去公司", "西湖边", "公司"],
    ["从家打车去武林广场要快车", "家", "武林广场"],
    ["叫个车从公司出发，晚上七点前到西湖文化广场", "公司", "西湖文化广场"],
    ["帮我约个车 后天下午两点 公司到东站", "公司", "东站"],
    ["明天早上 家到萧山机场 叫个专车", "家", "萧山机场"],
    ["西湖到东站怎么走", "西湖", "东站"],
    ["打车，灵隐寺到河坊街，多少钱", "灵隐寺", "河坊街"],
    ["单位到家 现在 打车", "单位", "家"],
    ["从西湖去东站明天早上", "西湖", "东站"],
    ["Book me a cab to the airport at 6:30 tomorrow morning, from home", "home", "the airport"],
    ["a taxi to West Lake tomorrow, from the office", "the office", "West Lake"],
  ])("%s → %s → %s", (text, origin, destination) => {
    expect(extractTrip(text)).toEqual({ origin, ...(destination ? { destination } : {}) });
  });
});

describe("what a car comes to do is no place", () => {
  it.each(["a car to pick me up at 6pm and take me there", "a taxi to collect us at 5"])("%s", (text) => {
    expect(extractTrip(text).destination).toBeUndefined();
  });
});

describe("a start said without 从 is no doer, doing or time", () => {
  it.each([
    "一杯拿铁送到公司",
    "我到家了",
    "3点到5点之间送到",
    "今天到明天天气怎么样",
    "叫车到东站",
    "快递到了吗",
  ])("%s has no start", (text) => {
    expect(extractTrip(text).origin).toBeUndefined();
  });

  it.each([
    ["帮我约个车 后天下午两点 公司到东站", "office"],
    ["明早 家到公司 叫个快车", "home"],
    ["公司回家打个车", "office"],
  ])("%s starts at the saved %s", (text, origin) => {
    expect(extractSavedEnds(text).origin).toBe(origin);
  });
});

describe("a destination is no time and no purpose", () => {
  it.each([
    ["book a cab for 6:45 tomorrow morning to the airport", "the airport"],
    ["schedule a taxi for next Monday 8am to the office", "the office"],
    ["get me a cab for tomorrow to west lake", "west lake"],
    ["taxi for 2 people to west lake", "west lake"],
    ["明天早上8点去公司开会", "公司"],
    ["叫车去医院看病", "医院"],
    ["打车去大剧院看演出", "大剧院"],
    ["去玩具店", "玩具店"],
  ])("%s → %s", (text, destination) => {
    expect(extractTrip(text).destination).toBe(destination);
  });
});
