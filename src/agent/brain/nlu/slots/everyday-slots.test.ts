import { describe, expect, it } from "vitest";
import { isCancel } from "./dialogue-acts.ts";
import { extractMoney } from "./money.ts";
import { extractRecipient } from "./people.ts";
import { extractTrip } from "./places.ts";
import { extractDateTime } from "./time.ts";

// 2026-11-26 09:00 in Hangzhou.
const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);
const shanghaiDate = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

describe("everyday slots", () => {
  it("reads a bare 明天 as tomorrow, not today", () => {
    expect(shanghaiDate(extractDateTime("明天会下雨吗", "zh", NOW)?.startMs)).toBe("2026-11-27");
    expect(shanghaiDate(extractDateTime("明天晚上", "zh", NOW)?.startMs)).toBe("2026-11-27");
    expect(shanghaiDate(extractDateTime("后天", "zh", NOW)?.startMs)).toBe("2026-11-28");
  });

  it("reads no date in a band's name, but still reads a month's weather", () => {
    expect(extractDateTime("五月天什么时候来杭州", "zh", NOW)).toBeUndefined();
    expect(extractDateTime("五月天气怎么样", "zh", NOW)?.text).toBe("五月");
  });

  it("reads the digit after 块 as tenths of a yuan unless it counts something", () => {
    expect(extractMoney("饭钱36块5", "zh")).toEqual({ amountFen: 3650 });
    expect(extractMoney("十块八", "zh")).toEqual({ amountFen: 1080 });
    expect(extractMoney("50块5杯", "zh")).toEqual({ amountFen: 5000 });
  });

  it("finds who money goes to in more word orders", () => {
    expect(extractRecipient("请帮我转给 Bob Miller 1000 元")).toBe("Bob Miller");
    expect(extractRecipient("转账给李华")).toBe("李华");
    expect(extractRecipient("李华 转 两百")).toBe("李华");
    expect(extractRecipient("还李华昨天的饭钱")).toBe("李华");
    expect(extractRecipient("pay Xiaoming back 36.5 for lunch")).toBe("Xiaoming");
    expect(extractRecipient("还剩几块钱")).toBeUndefined();
  });

  it("keeps names made of number words, long Latin names and a name before a note", () => {
    expect(extractRecipient("给赵六转80")).toBe("赵六");
    expect(extractRecipient("帮我给Jennifer转50块")).toBe("Jennifer");
    expect(extractRecipient("转300块给小芳 备注房租")).toBe("小芳");
    expect(extractRecipient("给他转三百")).toBeUndefined();
  });

  it("keeps how one travels and the question's verbs out of places", () => {
    expect(extractTrip("从家走路到西溪湿地要多久")).toEqual({ origin: "家", destination: "西溪湿地" });
    expect(extractTrip("how long to drive to the airport")).toEqual({ destination: "the airport" });
    expect(extractTrip("how far is Hangzhou East Station from home")).toEqual({
      origin: "home",
      destination: "Hangzhou East Station",
    });
    expect(extractTrip("how long would a taxi to the airport take from work")).toEqual({
      origin: "work",
      destination: "the airport",
    });
  });

  it("hears more ways of calling something off", () => {
    for (const text of [
      "不转了",
      "别叫了",
      "no wait, don't send it",
      "I don't need the car anymore",
      "call it off",
    ])
      expect(isCancel(text), text).toBe(true);
    expect(isCancel("不要辣")).toBe(false);
  });
});
