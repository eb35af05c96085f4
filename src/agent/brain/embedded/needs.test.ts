import { describe, expect, it } from "vitest";
import { useTestAgent } from "../../testing.ts";
import type { BrainTurn } from "../types.ts";
import { bare, pieces, splitNeeds } from "./needs.ts";
import { pieceReader } from "./piece-reader.ts";
import { loadWorldGazetteer } from "./world-gazetteer.ts";

describe("the needs of one message", () => {
  const agent = useTestAgent("sqlite");
  const split = async (text: string) => {
    const gazetteer = await loadWorldGazetteer(agent().world.context);
    const turn = {
      now: agent().world.context.clock.now(),
      profile: { timeZone: "Asia/Shanghai" },
    } as BrainTurn;
    return splitNeeds(text, pieceReader(turn, gazetteer)).map((need) => [need.service, bare(need.text)]);
  };

  it("cuts at connectives and punctuation, and the pieces join back to the message", () => {
    const text = "帮我叫辆车去西湖，然后给李华转30 顺便看看天气";
    expect(pieces(text).join("")).toBe(text);
    expect(pieces("send bob 20 and then book a cab").join("")).toBe("send bob 20 and then book a cab");
    // "an hour and a half" is one span of time, not two pieces.
    expect(pieces("a car to get me there an hour and a half before it starts")).toEqual([
      "a car to get me there an hour and a half before it starts",
    ]);
  });

  it("splits a message into one need per service, in the order said", async () => {
    expect(await split("来杯瑞幸拿铁送到家，再叫个车去杭州东站")).toEqual([
      ["order", "来杯瑞幸拿铁送到家"],
      ["ride", "叫个车去杭州东站"],
    ]);
    expect(await split("transfer 80 to li hua, then get me a taxi to west lake")).toEqual([
      ["transfer", "transfer 80 to li hua"],
      ["ride", "get me a taxi to west lake"],
    ]);
    expect((await split("买杯蜜雪冰城柠檬水和叫个车去西湖")).map(([service]) => service)).toEqual([
      "order",
      "ride",
    ]);
    expect((await split("给Bob转200，另外明天天气怎么样")).map(([service]) => service)).toEqual([
      "transfer",
      "weather",
    ]);
    expect(
      (await split("book a cab to the office and remind me at 5pm to buy bread")).map(([s]) => s),
    ).toEqual(["ride", "remind"]);
  });

  it("keeps item lists, addresses and wishes with their need", async () => {
    expect(await split("星巴克两杯拿铁和一个可颂，送到公司")).toHaveLength(1);
    expect(await split("a latte and a croissant from luckin, deliver to my office")).toHaveLength(1);
    expect(await split("remind me at 6pm to buy milk and eggs")).toHaveLength(1);
    expect(await split("transfer 15 to bob and li hua 25")).toHaveLength(1);
    // A transfer's note is its words, whatever service it names.
    expect(await split("给李华转200，备注电影票")).toHaveLength(1);
    expect(await split("给Bob转50，附言打车费")).toHaveLength(1);
    expect(await split("a taxi for me and my mum to the west lake")).toHaveLength(1);
    // An umbrella bought is a thing on the list, and goods sent somewhere are no transfer.
    expect(await split("来卤蛋二份，加1份雨伞，地址是我家！")).toHaveLength(1);
    expect(await split("would you order an Umbrella and a Single Rose to the office")).toHaveLength(1);
    expect(await split("get me 3 Yellow Peaches, 1 kg each send it to my place")).toHaveLength(1);
    expect((await split("明天要带伞吗，顺便买杯咖啡")).map(([service]) => service)).toEqual([
      "weather",
      "order",
    ]);
  });

  it("keeps a ride there with the tickets it goes to, but two rides with their own places are two", async () => {
    expect(await split("周六周杰伦的票买两张，再叫车过去")).toHaveLength(1);
    // A match's two sides ("浙江广厦 vs 辽宁本钢") are one show's name.
    expect(await split("买两张周六的浙江广厦 vs 辽宁本钢的票，顺便打个车去现场")).toHaveLength(1);
    // A ride timed to the show ("timed for the show", "按时过去") is the tickets' ride, not a place called "the show".
    expect(await split("two tickets for Mayday and a taxi from home timed for the show")).toHaveLength(1);
    expect(await split("3 tickets for the Teahouse play, and a car from the office in time")).toHaveLength(1);
    expect((await split("早上8点叫车去公司，晚上7点再叫车回家")).map(([service]) => service)).toEqual([
      "ride",
      "ride",
    ]);
  });

  it("sends a ride 'there' where the need before it goes", async () => {
    expect(await split("买份麦当劳送到公司，然后打车过去")).toEqual([
      ["order", "买份麦当劳送到公司"],
      ["ride", "打车去公司"],
    ]);
  });

  it("keeps a clause that only says how the things come with them (a meal, a size, sugar)", async () => {
    expect(
      await split("Order 5 Zinger Burgers, as a meal, delivered to the office, max 45 yuan each please"),
    ).toEqual([
      ["order", "Order 5 Zinger Burgers, as a meal, delivered to the office, max 45 yuan each please"],
    ]);
    expect((await split("麦当劳巨无霸两个，单点，送到家")).map(([service]) => service)).toEqual(["order"]);
    expect(
      (await split("2 lattes, large, no sugar, and a cab to the office")).map(([service]) => service),
    ).toEqual(["order", "ride"]);
  });

  it("names a part Dimple cannot do as a need of its own", async () => {
    expect((await split("帮我订个酒店，再叫车去杭州东站")).map(([service]) => service)).toEqual([
      "unsupported",
      "ride",
    ]);
  });

  describe("what a piece says about the need before it stays with it", () => {
    it.each([
      "I want 5 drinks, send it to my office, just not coffee.",
      "Hey, get me two fruit teas, send it to my office, arriving tomorrow at 9:30am!",
      "Get me five drinks, send it to my office, no more than ¥2 apiece, no coffee though!",
      "来两杯奶茶，送到公司，每杯不超过15",
      "帮我买两个面包，地址是公司，别要好利来的",
      "a Zinger Burger and 3 Family Buckets, to my office",
      "明天早上7点半从家到杭州东站，帮我叫个车",
      // A clause of when it arrives is the order's time, never a ride to "就行".
      "麻烦要一份黄桃，送到家里，明天晚上6点到就行",
      "来两杯奶茶送到公司，12点前送到就好",
      "一杯拿铁，送公司，下午三点半左右送达即可",
    ])("%s is one need", async (text) => {
      expect(await split(text)).toHaveLength(1);
    });

    it.each(["book a car from home, be there 90 minutes before it starts", "从家叫车，开演前90分钟到现场"])(
      "%s: a time counted back from the show is the ride's, never an order",
      async (text) => {
        expect((await split(text)).map(([service]) => service)).toEqual(["ride"]);
      },
    );

    it.each([
      [
        "2 Floor tickets for the Mayday show next Saturday, oh and order me a large iced americano to the office",
        ["tickets", "2 Floor tickets for the Mayday show next Saturday"],
        ["order", "order me a large iced americano to the office"],
      ],
      [
        "book 2 VIP Floor tickets for Mayday next Friday and send Bob 200 for his share",
        ["tickets", "book 2 VIP Floor tickets for Mayday next Friday"],
        ["transfer", "send Bob 200 for his share"],
      ],
      [
        "周日周杰伦的票来两张看台一层，再转给Bob 300块",
        ["tickets", "周日周杰伦的票来两张看台一层"],
        ["transfer", "转给Bob 300块"],
      ],
      [
        "周六的周杰伦来一张内场，对了，前一天晚上8点提醒我带身份证",
        ["tickets", "周六的周杰伦来一张内场"],
        ["remind", "前一天晚上8点提醒我带身份证"],
      ],
      [
        "3 Lower Stand tickets for Eason, and remind me an hour before it starts",
        ["tickets", "3 Lower Stand tickets for Eason"],
        ["remind", "remind me an hour before it starts"],
      ],
    ])("%s: tickets with a seat area and their show are a purchase of their own", async (text, ...needs) => {
      expect(await split(text)).toEqual(needs);
    });

    it("keeps a show named with its seats before another need as tickets of their own", async () => {
      expect(
        await split(
          "Jay Chou on Saturday, 2 Lower Stand seats, oh and remind me the night before at 9pm to charge my phone",
        ),
      ).toEqual([
        ["tickets", "Jay Chou on Saturday, 2 Lower Stand seats"],
        ["remind", "remind me the night before at 9pm to charge my phone"],
      ]);
    });

    it("never reads another service's verb as the transfer's next payee", async () => {
      expect(await split("send Li Hua 120 for dinner, btw order me 2 americanos to the office")).toEqual([
        ["transfer", "send Li Hua 120 for dinner"],
        ["order", "order me 2 americanos to the office"],
      ]);
    });

    it("strips an aside ('对了', 'oh', 'btw') from the need it leads into", () => {
      expect(bare("，对了下午3点提醒我开会")).toBe("下午3点提醒我开会");
      expect(bare(", oh and order a latte")).toBe("order a latte");
      expect(bare("btw, send Bob 20")).toBe("send Bob 20");
      expect(bare("2 tickets for Mayday, oh")).toBe("2 tickets for Mayday");
    });

    it.each([
      ["拿铁洒了一半，帮我申请赔偿，再重新点一杯生椰拿铁送到家", "拿铁洒了一半，帮我申请赔偿"],
      [
        "the latte arrived spilled, file a claim for it and order me a new one, an americano this time",
        "the latte arrived spilled, file a claim for it",
      ],
    ])("%s: a claim and a new order are two needs, the complaint the claim's", async (text, claim) => {
      const needs = await split(text);
      expect(needs.map(([service]) => service)).toEqual(["claim", "order"]);
      expect(needs[0]?.[1]).toBe(claim);
    });

    it("keeps a ride to the venue with the tickets", async () => {
      const needs = await split(
        "Book two tickets for Xiha Baofupu Crosstalk Gala, tomorrow, plus a ride to the venue.",
      );
      expect(needs.map(([service]) => service)).toEqual(["tickets"]);
    });

    it("keeps a car asked in its own clause with the tickets, whatever its words nearly name", async () => {
      // Issue #11: "starts" near-matched a Starbucks, and the ride was decided as an order ("Where to?").
      const en = await split(
        "two tickets for the Teahouse play on Sunday, and a car to get me there 60 minutes before it starts",
      );
      expect(en.map(([service]) => service)).toEqual(["tickets"]);
      const zh = await split("周六晚上宋城千古情来三张票，还要一辆车开演前一个小时把我送到");
      expect(zh.map(([service]) => service)).toEqual(["tickets"]);
    });
  });
});
