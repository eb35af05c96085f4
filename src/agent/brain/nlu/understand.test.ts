import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.ts";
import { FIXTURE_ENTRIES } from "./gazetteer-fixture.ts";
import { INTENTS, type Intent } from "./intents.ts";
import { loadNluModel } from "./model-store.ts";
import { detectLanguage } from "./normalize.ts";
import { DEFAULT_MODEL_PATH } from "./paths.ts";
import { understand } from "./understand.ts";

const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);
// The shipped model, whatever a developer's local registry holds.
const model = loadNluModel({ path: DEFAULT_MODEL_PATH });

const examples: [string, Intent][] = [
  ["帮我点一杯少糖的拿铁送到公司", "order_delivery"],
  ["来两杯珍珠奶茶", "order_delivery"],
  ["I'm hungry, get me a burger", "order_delivery"],
  ["what's the weather like tomorrow", "weather"],
  ["怎么去杭州东站", "route"],
  ["帮我打个车去西湖", "ride_hail"],
  ["我的外卖到哪了", "order_status"],
  ["取消刚才的订单", "cancel_order"],
  ["给小红转200块", "payment"],
  ["我钱包还有多少钱", "wallet_balance"],
  ["two tickets for Saturday's concert, seats together", "buy_tickets"],
  ["这周末有什么演唱会", "search_events"],
  ["附近有什么好吃的川菜馆", "search_place"],
  ["tell me a joke", "smalltalk"],
  ["set an alarm for 6am", "out_of_scope"],
  ["把客厅的灯关掉", "out_of_scope"],
];

describe("understand with the shipped model", () => {
  it.each(examples)("reads %s as %s", (text, intent) => {
    expect(understand(text, { now: NOW, model }).intent).toBe(intent);
  });

  it("returns language, confidence, the top three intents and slots", () => {
    const result = understand("帮我点一杯少糖的拿铁送到公司", {
      now: NOW,
      model,
      gazetteer: new Gazetteer(FIXTURE_ENTRIES),
    });
    expect(result.lang).toBe("zh");
    expect(result.ranking).toHaveLength(3);
    expect(result.ranking[0]?.intent).toBe(result.intent);
    expect(result.confidence).toBe(result.ranking[0]?.probability);
    expect(
      result.ranking.every(
        (score, index) => index === 0 || score.probability <= (result.ranking[index - 1]?.probability ?? 1),
      ),
    ).toBe(true);
    expect(result.slots).toMatchObject({ quantity: 1, options: { sugar: "less" }, addressLabel: "office" });
    expect(result.slots.entities?.[0]?.entity.id).toBe("sku_latte");
  });

  it("knows every frozen label", () => {
    expect([...model.labels].sort()).toEqual([...INTENTS].sort());
  });

  it("answers in well under a millisecond per utterance at the median", () => {
    for (const [text] of examples) understand(text, { now: NOW, model });
    const times: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const [text] of examples) {
        const start = performance.now();
        understand(text, { now: NOW, model });
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(2);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["来杯starbucks的latte", "zh"],
    ["明天 天气 怎么样", "zh"],
    ["get me a latte", "en"],
    ["take me to 西湖 please, the one near the hotel", "en"],
    // English sentences around Chinese names and options; Chinese ones around English names.
    ["3 杯 美式 large 少冰 from luckin to the office pls", "en"],
    ["一杯 mocha from starbucks please, 热的", "en"],
    ["帮我点一杯latte from starbucks", "zh"],
  ] as const)("reads %s as %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe("bare greetings", () => {
  it.each([
    "hi",
    "hey",
    "Hello!",
    "hey there!",
    "hi dimple",
    "good morning",
    "你好",
    "嗨，小酒窝",
    "哈喽呀",
    "早上好！",
  ])("reads %s as smalltalk", (text) => {
    const result = understand(text, { now: NOW, model });
    expect(result.intent).toBe("smalltalk");
    expect(result.ranking[0]?.intent).toBe("smalltalk");
  });

  it.each(["hi, get me a cab to the airport", "hello can you order me a latte", "你好，帮我叫辆车"])(
    "leaves a greeting followed by a request to the classifier: %s",
    (text) => {
      expect(understand(text, { now: NOW, model }).intent).not.toBe("smalltalk");
    },
  );
});
