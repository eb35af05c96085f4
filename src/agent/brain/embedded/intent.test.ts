import { describe, expect, it } from "vitest";
import { Gazetteer } from "../nlu/gazetteer.ts";
import { understand } from "../nlu/understand.ts";
import { namesShowOrKind, resolveIntent, rideAsked } from "./intent.ts";
import { kindEntries } from "./kinds.ts";

const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);
const intentOf = (text: string) => resolveIntent(understand(text, { now: NOW }), text);

describe("resolving the intent of everyday requests", () => {
  it("declines playing music even when a singer with a concert is named", () => {
    expect(intentOf("播放周杰伦的歌")).toBe("out_of_scope");
    expect(intentOf("play some Jay Chou songs")).toBe("out_of_scope");
    expect(intentOf("周杰伦的演唱会还有票吗")).not.toBe("out_of_scope");
  });

  it("reads a thing wished for by what is in it, sent somewhere, as an order", () => {
    expect(intentOf("anything with coconut jelly to my home please")).toBe("order_delivery");
    expect(intentOf("get me something with taro balls")).toBe("order_delivery");
    expect(intentOf("I need something with more excitement in my life")).not.toBe("order_delivery");
  });

  it("reads a kind of shop after 'from' as where the thing is bought, not where a trip starts", () => {
    const kinds = new Gazetteer(kindEntries());
    const withKinds = (text: string) => resolveIntent(understand(text, { now: NOW, gazetteer: kinds }), text);
    expect(withKinds("grab me some snacks from the supermarket to my place")).toBe("order_delivery");
    expect(withKinds("从超市买点水果送到家")).toBe("order_delivery");
    expect(withKinds("get me a taxi from the supermarket to my place")).toBe("ride_hail");
    expect(withKinds("从西湖到杭州东站怎么走")).toBe("route");
  });

  it("reads a kind of car named with a trip as a ride, not directions", () => {
    expect(intentOf("后天早上7点 专车 从公司去杭州西站")).toBe("ride_hail");
    expect(intentOf("快车 从家去武林广场")).toBe("ride_hail");
    expect(intentOf("坐快车去东站要多久")).toBe("route");
  });

  it("reads a question about a kind of show as events, not weather", () => {
    expect(intentOf("周日有足球赛吗")).toBe("search_events");
    expect(intentOf("周日会下雨吗")).toBe("weather");
  });

  it("vouches for a search for shows when a kind of show is named", () => {
    const asked = (text: string) => namesShowOrKind(understand(text, { now: NOW }), text);
    expect(asked("有没有某某的音乐会")).toBe(true);
    expect(asked("any piano recital next week?")).toBe(true);
    expect(asked("附近有什么好吃的")).toBe(false);
  });

  it("reads waiting on an order as its status, not a route", () => {
    expect(intentOf("还要多久到")).toBe("order_status");
    expect(intentOf("how much longer for my coffee")).toBe("order_status");
    expect(intentOf("where is it now?")).toBe("order_status");
    expect(intentOf("has my order arrived")).toBe("order_status");
    expect(intentOf("现在到哪了？大概几点能到")).toBe("order_status");
    expect(intentOf("送到了吗")).toBe("order_status");
    expect(intentOf("where is hangzhou east station")).not.toBe("order_status");
  });

  it("reads what is left in the wallet as the balance, not a transfer", () => {
    expect(intentOf("还剩几块钱")).toBe("wallet_balance");
    expect(intentOf("show me my wallet")).toBe("wallet_balance");
  });

  it("reads asking what is nearby as a map search, not an order", () => {
    expect(intentOf("a quiet cafe near my office")).toBe("search_place");
    expect(intentOf("where's the nearest hospital")).toBe("search_place");
    expect(intentOf("order a latte to my office")).toBe("order_delivery");
  });
});

describe("yes-or-no questions about the sky", () => {
  it("reads '…不', '…吗' and A-not-A weather questions as weather", () => {
    expect(intentOf("周末出太阳吗 会不会冷不冷")).toBe("weather");
    expect(intentOf("滨江明早降温不")).toBe("weather");
    expect(intentOf("下午要带把伞不")).toBe("weather");
    expect(intentOf("明晚下不下雪")).toBe("weather");
  });

  it("leaves orders and other words with those characters alone", () => {
    expect(intentOf("送来的奶茶还热吗")).not.toBe("weather");
    expect(intentOf("这条街热不热闹")).not.toBe("weather");
  });
});

describe("a trip with the clock time to set off", () => {
  it("is a car for then, not a request Dimple cannot do", () => {
    expect(intentOf("明天凌晨5点半去机场")).toBe("ride_hail");
    expect(intentOf("下周一早8点去机场")).toBe("ride_hail");
    expect(intentOf("明天下午3点去西湖天气怎么样")).toBe("weather");
    expect(intentOf("明天早上8点去西湖怎么走")).not.toBe("ride_hail");
  });

  it("so is a trip said with the people going", () => {
    expect(intentOf("3位乘客去杭州东站")).toBe("ride_hail");
    expect(intentOf("我们一行5人去灵隐寺")).toBe("ride_hail");
    expect(intentOf("a group of 6 to the airport")).toBe("ride_hail");
    expect(intentOf("4 of us to Lingyin Temple")).toBe("ride_hail");
    expect(intentOf("我们3个人怎么去东站")).not.toBe("ride_hail");
    expect(intentOf("5 people to West Lake, how long by metro?")).not.toBe("ride_hail");
  });
});

describe("a car asked for outright", () => {
  const asked = (text: string) => rideAsked(understand(text, { now: NOW }), text);

  it("vouches for a ride said after its time", () => {
    expect(asked("sunday evening at 7, an economy car to the train station")).toBe(true);
    expect(asked("tomorrow 6am — taxi to the airport")).toBe(true);
  });

  it("does not vouch for a question of how, or a car with food", () => {
    expect(asked("how long does a cab to the airport take")).toBe(false);
    expect(asked("the weather on sunday")).toBe(false);
  });
});

describe("something to eat with a shop ruled out", () => {
  const gazetteer = new Gazetteer([
    ...kindEntries(),
    { kind: "merchant", id: "m_bk", zh: "汉堡王", en: "Burger King" },
    { kind: "merchant", id: "m_ph", zh: "必胜客", en: "Pizza Hut" },
  ]);
  const intent = (text: string) => resolveIntent(understand(text, { now: NOW, gazetteer }), text);

  it("is an order from another shop, not a search for the one ruled out", () => {
    expect(intent("fried chicken for dinner, anywhere but Burger King")).toBe("order_delivery");
    expect(intent("pizza tonight, any place except Pizza Hut")).toBe("order_delivery");
  });

  it("stays a search when a place is asked for", () => {
    expect(intent("where can I get pizza near me, not Pizza Hut")).toBe("search_place");
  });
});

describe("goods named, counted and sent somewhere", () => {
  const gazetteer = new Gazetteer([
    ...kindEntries(),
    { kind: "item", id: "oden", zh: "关东煮套餐", en: "Oden Set" },
    { kind: "item", id: "carnation", zh: "康乃馨花束", en: "Carnation Bouquet" },
    { kind: "merchant", id: "fm", zh: "全家便利店", en: "FamilyMart" },
  ]);
  const intent = (text: string) => resolveIntent(understand(text, { now: NOW, gazetteer }), text);

  it("is an order, not a look for shops", () => {
    expect(intent("那个，订两份关东煮套餐，地址是家里，要全家便利店家的。")).toBe("order_delivery");
    expect(intent("我想要一束豪华包装的康乃馨花束，地址是单位，辛苦")).toBe("order_delivery");
  });

  it("stays a look for shops when one is asked about", () => {
    expect(intent("家附近有没有卖康乃馨花束的店")).toBe("search_place");
  });
});
