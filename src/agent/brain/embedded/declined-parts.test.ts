import { describe, expect, it } from "vitest";
import { declinedPart, notOffered } from "./declined-parts.ts";
import { cancelTarget, namedTask } from "./skills/task-pick.ts";

describe("a request with a part Dimple cannot do", () => {
  it("keeps the rest and names the part it declines", () => {
    expect(declinedPart("play music and send bob 20")).toMatchObject({ rest: "send bob 20" });
    expect(declinedPart("set an alarm for 6:30 and order me a latte")?.rest).toBe("order me a latte");
    expect(declinedPart("明早7点叫我起床，顺便帮我点杯拿铁")?.rest).toBe("帮我点杯拿铁");
    expect(declinedPart("放点音乐，再给李华转20")?.rest).toBe("给李华转20");
  });

  it("reads a dish from a restaurant and a car to a hotel as what they are, not a table or a stay", () => {
    expect(notOffered("拜托帮我在新白鹿餐厅订东坡肉1份，送家里")).toBeUndefined();
    expect(notOffered("帮我订新白鹿餐厅的包厢，6个人")?.key).toBe("table");
    expect(
      notOffered("get me a taxi from home to New Century Grand Hotel Linping tomorrow at 8am"),
    ).toBeUndefined();
    expect(notOffered("book a hotel room near West Lake for two nights")?.key).toBe("travel");
  });

  it("leaves whole requests alone", () => {
    expect(declinedPart("play some jazz")).toBeUndefined();
    expect(declinedPart("call me a taxi and order a latte")).toBeUndefined();
    expect(declinedPart("给李华转50，再给Bob转30")).toBeUndefined();
  });

  it("declines devices and hotels only when they are asked for, not when an order or a place names them", () => {
    expect(declinedPart("turn off the lights and order a latte")?.rest).toBe("order a latte");
    expect(declinedPart("book a hotel room, then a taxi to the airport")?.rest).toBe("a taxi to the airport");
    const order =
      "four Crème Brûlée Milk Teas, one light on the sugar and 3 regular sugar, delivered to my apartment";
    expect(declinedPart(order)).toBeUndefined();
    expect(declinedPart("two iced lattes, light ice, and a croissant")).toBeUndefined();
    expect(declinedPart("a latte delivered to the hotel lobby, and a muffin")).toBeUndefined();
  });
});

const task = (taskId: string, titleZh: string, titleEn: string, createdAt: number) => ({
  taskId,
  kind: "order_delivery" as const,
  status: "in_fulfilment",
  title: titleZh,
  titleZh,
  titleEn,
  createdAt,
});

describe("which task the words name", () => {
  const latte = task("t1", "拿铁 ×1 · 库迪咖啡", "Latte ×1 · Cotti Coffee", 1);
  const burger = task("t2", "双层牛肉堡 ×1 · 华莱士", "Double Beef Burger ×1 · Wallace", 2);

  it("splits what to cancel from what to keep", () => {
    expect(cancelTarget("cancel the coffee but keep the burger")).toEqual({
      target: "cancel the coffee",
      keep: ["the burger"],
    });
    expect(cancelTarget("把咖啡取消了，汉堡留着").keep).toEqual(["汉堡留着"]);
    expect(cancelTarget("cancel the taxi, not the coffee").keep).toEqual(["coffee"]);
  });

  it("finds the task by what it is, in either language", () => {
    expect(namedTask([burger, latte], "cancel the coffee")?.taskId).toBe("t1");
    expect(namedTask([burger, latte], "汉堡还要多久")?.taskId).toBe("t2");
    expect(namedTask([burger, latte], "where's my order")).toBeUndefined();
  });
});

describe("a whole request no service here offers", () => {
  it.each([
    "帮我订张明天去北京的高铁票",
    "订一张周五去上海的机票",
    "帮我订今晚西湖边的酒店",
    "订个明晚7点外婆家的位子 4个人",
    "明晚7点订外婆家的桌子",
    "book me a train ticket to shanghai tomorrow",
    "reserve a table for 4 at grandma's home tonight 7pm",
    "book a hotel room near the lake",
  ])("%s is named as not offered", (text) => {
    expect(notOffered(text)).toBeDefined();
  });

  it.each([
    "find a hotel near west lake",
    "西湖边有什么酒店",
    "帮我订两张周六周杰伦的座位",
    "a latte to my office",
    "外婆家的东坡肉送到家",
  ])("%s is something else", (text) => {
    expect(notOffered(text)).toBeUndefined();
  });
});
