import { describe, expect, it } from "vitest";
import { partySaid } from "../../nlu/slots/party.ts";
import { leastRating, openAt, openNowAsked } from "./place-wishes.ts";
import { productOf } from "./ride-hail.ts";
import {
  capIsCondition,
  departInMinutes,
  extrasAsked,
  fareCapFen,
  luggageCount,
  wantsStop,
} from "./ride-wishes.ts";
import { askedModes, unplannable } from "./route-mode.ts";

const partySize = (text: string) => partySaid(text)?.people;

describe("what a rider asks beyond the two ends", () => {
  it("counts the party and the luggage, and sizes the car by them", () => {
    expect(partySize("叫个车到公司，5个人")).toBe(5);
    expect(partySize("我们一家7口要去灵隐寺")).toBe(7);
    expect(partySize("we're 8 people going to Lingyin Temple")).toBe(8);
    expect(partySize("ride to Xixi Wetland for 4")).toBe(4);
    expect(partySize("叫车去西湖")).toBeUndefined();
    expect(luggageCount("带了三个大行李箱")).toBe(3);
    expect(luggageCount("I've got 4 big suitcases")).toBe(4);
    expect(productOf("带了三个大行李箱，叫车去杭州东站")).toBe("xl");
    expect(productOf("5 of us need to get to West Lake")).toBe("xl");
    expect(productOf("叫个舒服点的车去公司")).toBe("comfort");
    expect(productOf("打车去西湖，最便宜的就行")).toBe("economy");
  });

  it("reads a fare cap, a delay before pick-up, stops and extras", () => {
    expect(fareCapFen("ride to the airport, under 50", undefined)).toBe(5000);
    expect(fareCapFen("叫车去机场，50块以内", undefined)).toBe(5000);
    expect(fareCapFen("ride in 20 minutes", undefined)).toBeUndefined();
    expect(departInMinutes("20分钟后帮我叫车")).toBe(20);
    expect(departInMinutes("半小时后出发")).toBe(30);
    expect(departInMinutes("need a ride in 20 minutes")).toBe(20);
    expect(departInMinutes("in half an hour")).toBe(30);
    expect(wantsStop("叫车去机场，中途在公司停一下")).toBe(true);
    expect(wantsStop("ride to the airport but stop by the office on the way")).toBe(true);
    expect(wantsStop("叫车去机场")).toBe(false);
    expect(extrasAsked("带个儿童座椅").map((extra) => extra.en)).toEqual(["a child seat"]);
    expect(extrasAsked("with a child seat").length).toBe(1);
  });
});

describe("what a route or a place search is asked for", () => {
  it("names the modes in the order said and what the map cannot plan", () => {
    expect(askedModes("地铁和打车哪个快")).toEqual(["metro", "taxi"]);
    expect(askedModes("cycle from the office to Xixi")).toEqual(["bike"]);
    expect(unplannable("fastest way to the airport avoiding highways", "en")[0]).toMatch(/highways/);
    expect(unplannable("开车去公司堵不堵", "zh")[0]).toMatch(/路况/);
    expect(unplannable("去西湖怎么走", "zh")).toEqual([]);
  });

  it("reads a least rating and open now", () => {
    expect(leastRating("附近评分4.5以上的火锅")).toBe(4.5);
    expect(leastRating("hotpot near home rated 4.5 or above")).toBe(4.5);
    expect(leastRating("at least 4 stars")).toBe(4);
    expect(leastRating("附近的火锅")).toBeUndefined();
    expect(openNowAsked("coffee place near home that's open now")).toBe(true);
    expect(openAt("10:30-21:30", "09:00")).toBe(false);
    expect(openAt("00:00-24:00", "03:00")).toBe(true);
    expect(openAt("22:00-02:00", "01:00")).toBe(true);
  });
});

describe("a fare cap said as the condition of booking", () => {
  it("hears 'only if under' and 'not if over' as conditions, a plain cap as a wish", () => {
    expect(capIsCondition("cab to the airport, but only if it's under 100")).toBe(true);
    expect(capIsCondition("book it as long as it's below 80")).toBe(true);
    expect(capIsCondition("don't book if it's over 60")).toBe(true);
    expect(capIsCondition("超过100就不要了")).toBe(true);
    expect(capIsCondition("taxi to the airport, keep it under 150")).toBe(false);
  });
});
