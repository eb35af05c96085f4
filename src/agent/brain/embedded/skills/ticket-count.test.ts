import { describe, expect, it } from "vitest";
import { beforeStartReminder, reminderBefore, withDayOf } from "../need-day.ts";
import { otherCity } from "./other-city.ts";
import { countBeforeTickets, ticketCountOf } from "./ticket-count.ts";

describe("how many tickets the words say outright", () => {
  it("takes the total after a breakdown, and a family's adults and children", () => {
    expect(ticketCountOf("看台票 我两张再给朋友一张 一共三张")).toBe(3);
    expect(ticketCountOf("两大一小，黄金区")).toBe(3);
    expect(ticketCountOf("2 adults and 2 kids, standard seats")).toBe(4);
    expect(ticketCountOf("周六周杰伦两张")).toBeUndefined();
  });

  it("reads the number before 'seats', not a date's", () => {
    expect(countBeforeTickets("Phantom, Dec 5 matinee, 3 economy seats together")).toBe(3);
    expect(countBeforeTickets("2 front row tickets for Xiha")).toBe(2);
  });
});

describe("a need said after another, on its day", () => {
  const ride = { text: "明早6点50从家去萧山机场 专车", service: "ride" as const };
  it("puts a reminder without a day on the ride's day and half of the day", () => {
    expect(withDayOf("6点20提醒我出门", [ride])).toBe("明早6点20提醒我出门");
    const en = { text: "tomorrow 6:30am from home to Hangzhou East", service: "ride" as const };
    expect(withDayOf("remind me at 6 to get up", [en])).toBe("remind me tomorrow at 6am to get up");
  });

  it("counts a reminder back from the show's start", () => {
    const startsAt = Date.UTC(2026, 10, 29, 11, 30); // 19:30 Shanghai
    expect(beforeStartReminder("开场前一小时提醒我", startsAt, "周杰伦 ×2")).toBe(
      "11月29日18:30提醒我：该出发去看「周杰伦」了",
    );
    expect(beforeStartReminder("remind me 2 hours before it starts", startsAt, "Jay Chou ×2")).toBe(
      "remind me to head to Jay Chou on November 29 at 5:30pm",
    );
    expect(beforeStartReminder("明早8点提醒我", startsAt, "x")).toBeUndefined();
  });

  it("puts a reminder the day before a show on that date, with the user's clock and errand", () => {
    const show = { at: Date.UTC(2026, 10, 29, 11, 30), title: "周杰伦 ×2" };
    expect(reminderBefore("前一天晚上8点提醒我带身份证", show)).toBe("11月28日晚上8点提醒我带身份证");
    expect(reminderBefore("前一天提醒我", show)).toBe("11月28日提醒我：明天「周杰伦」");
    const en = { at: show.at, title: "Lang Lang Piano Recital" };
    expect(reminderBefore("remind me the day before", en)).toBe(
      "remind me to get ready for Lang Lang Piano Recital on November 28",
    );
    expect(reminderBefore("remind me the night before at 9pm to print them", en)).toBe(
      "remind me on November 28 at 9pm to print them",
    );
  });

  it("counts a reminder back from a ride booked for a time", () => {
    const ride = { at: Date.UTC(2026, 10, 27, 0, 30), title: "Ride to the office", ride: true }; // 08:30
    expect(reminderBefore("remind me 15 minutes before", ride)).toBe(
      "remind me to get ready for the car on November 27 at 8:15am",
    );
    expect(reminderBefore("提前半小时提醒我", ride)).toBe("11月27日08:00提醒我：车快来了，准备出门");
    expect(reminderBefore("下午3点提醒我开会", ride)).toBeUndefined();
  });
});

describe("places in another city", () => {
  it("names the city, and leaves Hangzhou's places alone", () => {
    expect(otherCity("上海虹桥机场")?.zh).toBe("上海");
    expect(otherCity("Nanjing South station")?.en).toBe("Nanjing");
    expect(otherCity("杭州东站")).toBeUndefined();
  });
});

describe("one ticket said in the singular", () => {
  it("counts one for a seat or ticket said alone, and leaves plurals to the reader", () => {
    expect(ticketCountOf("cheapest seat for Eason Chan on the 13th")).toBe(1);
    expect(ticketCountOf("a ticket to Teahouse on Friday")).toBe(1);
    expect(ticketCountOf("just me, the Lang Lang recital")).toBe(1);
    expect(ticketCountOf("cheapest seats for Eason Chan")).toBeUndefined();
    expect(ticketCountOf("a ticket for me and two for my friends, 3 tickets")).toBeUndefined();
  });
});
