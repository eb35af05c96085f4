import { describe, expect, it } from "vitest";
import { seededTestDatabase } from "../../ecosystem/world/test-cache.ts";
import { createWorld } from "../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import type { FaultKind } from "../../kernel/faults.ts";
import type { ServiceName } from "../../kernel/service-name.ts";
import { EmbeddedBrain } from "../brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../brain/embedded/world-gazetteer.ts";
import { englishIn, hasChinese, type ShownText, shownTexts } from "../eval/shown-texts.ts";
import type { AgentEvent } from "../events.ts";
import { createAgent } from "../runtime.ts";
import { parseScriptLine } from "./script.ts";
import { ChatRunner } from "./script-runner.ts";

/*
 * Dimple answers in the language of the message. English conversations (whatever the session's
 * language) must show no Chinese character anywhere a person reads: replies and their options,
 * notifications, task titles, the card's merchant, lines, options, discounts and address as an English
 * UI picks them, errors, the driver, e-tickets, the statement. Chinese conversations must show no
 * English sentence: Latin brand names (Manner, MAO Livehouse), car models, plates, codes and units
 * such as km may stay, but not three Latin words in a row nor an English function word ("the", "min",
 * "you") — the rule is `englishIn` in ../eval/shown-texts.ts.
 */

type Lang = "zh" | "en";

interface Conversation {
  name: string;
  user: string;
  turns: string[];
  faults?: [ServiceName, FaultKind][];
  /** Each task's last status: the conversation really went where it says (delivered, refused, …). */
  ends?: string[];
}

/** What a conversation showed: every event a surface received, and the statement lines after it. */
interface Played {
  events: AgentEvent[];
  /** The user's statement (the history screen), each line's description in both languages. */
  statement: { description: string; descriptionEn: string }[];
}

/** Plays a conversation in a fresh seeded world. */
async function play(conversation: Conversation, sessionLang: Lang): Promise<Played> {
  const world = await createWorld({
    db: await seededTestDatabase("sqlite", 7),
    seed: 7,
    clock: new SimulatedClock(),
  });
  try {
    for (const [service, kind] of conversation.faults ?? [])
      world.context.faults.set(service, kind, { times: 1 });
    const agent = createAgent({ world, brain: new EmbeddedBrain(await loadWorldGazetteer(world.context)) });
    const session = await agent.sessions.create(conversation.user, sessionLang);
    const events: AgentEvent[] = [];
    const runner = new ChatRunner(agent, conversation.user, session.id, (event) => events.push(event));
    try {
      for (const [index, text] of conversation.turns.entries())
        await runner.run(parseScriptLine(text, index + 1));
      await agent.engine.idle();
    } finally {
      runner.close();
    }
    const statement = await agent.tools.call<{ description: string; descriptionEn: string }[]>(
      "pay_list_transactions",
      { userId: conversation.user },
    );
    if (!statement.ok) throw new Error(statement.error.message);
    return { events, statement: statement.data };
  } finally {
    await world.close();
  }
}

/** The texts of a conversation that break the language rule, as "where: text" lines. */
function offending({ events, statement }: Played, lang: Lang): string[] {
  const texts: ShownText[] = [
    ...events.flatMap((event) => shownTexts(event, lang)),
    ...statement.map((line) => ({
      where: "statement",
      text: lang === "en" ? line.descriptionEn : line.description,
    })),
  ];
  const wrong =
    lang === "en"
      ? texts.filter(({ text }) => hasChinese(text))
      : texts.filter(({ text }) => englishIn(text));
  return [...new Set(wrong.map(({ where, text }) => `${where}: ${text}`))];
}

/** Each task's last status, in the order the tasks first appeared. */
function finalStatuses(events: AgentEvent[]): string[] {
  const last = new Map<string, string>();
  for (const event of events) if (event.type === "task") last.set(event.taskId, event.status);
  return [...last.values()];
}

const ENGLISH: Conversation[] = [
  {
    name: "a latte delivered, then asked about",
    ends: ["completed"],
    user: "u_alice",
    turns: [
      "Order a latte with less sugar to my office",
      "/confirm",
      "/wait 8m",
      "where's my order?",
      "/wait 90m",
      "has my coffee arrived?",
    ],
  },
  {
    name: "a Big Mac delivered home",
    ends: ["completed"],
    user: "u_bob",
    turns: ["Get me a Big Mac", "/confirm", "/wait 90m"],
  },
  {
    name: "a ride to West Lake to the end",
    ends: ["completed"],
    user: "u_alice",
    turns: [
      "get me a taxi to West Lake",
      "/confirm",
      "/wait 3m",
      "where is my ride?",
      "/wait 30m",
      "/wait 30m",
    ],
  },
  {
    name: "tickets beyond the wallet",
    ends: ["failed"],
    user: "u_bob",
    turns: ["buy 2 tickets for the Jay Chou concert", "/confirm"],
  },
  {
    name: "concert tickets",
    // Tickets issued complete the task (issue 13).
    ends: ["completed"],
    user: "u_alice",
    turns: [
      "any concerts this weekend?",
      "buy 2 tickets for the Jay Chou concert",
      "/confirm",
      "/wait 10m",
      "where are my tickets?",
    ],
  },
  {
    name: "a transfer",
    ends: ["completed"],
    user: "u_alice",
    turns: ["send 50 yuan to Bob", "/confirm", "how much money do I have left in my wallet?"],
  },
  {
    name: "weather, places and routes",
    ends: [],
    user: "u_alice",
    turns: [
      "what's the weather tomorrow in Hangzhou?",
      "find a coffee shop near my office",
      "how do I get from home to West Lake?",
    ],
  },
  {
    name: "a declined payment",
    ends: ["failed"],
    user: "u_alice",
    turns: ["a latte to my office please", "/confirm"],
    faults: [["pay", "payment_declined"]],
  },
  {
    name: "a merchant rejects",
    // The rejected order, and the same items from another shop offered as a new card (issue 16).
    ends: ["failed", "awaiting_confirmation"],
    user: "u_bob",
    turns: ["get me a big mac", "/confirm", "/wait 10m"],
    faults: [["commerce", "merchant_rejects"]],
  },
  {
    name: "out of stock when ordering",
    ends: ["failed"],
    user: "u_bob",
    turns: ["an americano please", "/confirm"],
    faults: [["commerce", "out_of_stock"]],
  },
  {
    name: "no driver",
    ends: ["failed"],
    user: "u_bob",
    turns: ["get me a taxi to West Lake", "/confirm", "/wait 10m"],
    faults: [["rides", "no_driver"]],
  },
  {
    name: "nothing found",
    ends: [],
    user: "u_bob",
    turns: ["order a unicorn steak", "book me a flight to Beijing next Friday", "hey there!"],
  },
  {
    name: "a cancel",
    ends: ["cancelled"],
    user: "u_alice",
    turns: ["a latte to my office", "/confirm", "cancel my order"],
  },
  {
    name: "too expensive for the wallet",
    // The dense world has a Starbucks near Bob's home: the card is made, and the confirm is refused.
    ends: ["awaiting_confirmation"],
    user: "u_bob",
    turns: ["order 30 caramel macchiatos from starbucks to my home", "/confirm"],
  },
  {
    name: "the usual",
    ends: ["completed"],
    user: "u_alice",
    turns: ["the usual please", "/confirm", "/wait 90m"],
  },

  {
    name: "a Chinese user writes English",
    ends: ["completed"],
    user: "u_xiaoming",
    turns: ["hey there!", "send 20 yuan to Lihua", "/confirm", "what's the weather tomorrow?"],
  },
];

const CHINESE: Conversation[] = [
  {
    name: "拿铁送到公司并追问",
    ends: ["completed"],
    user: "u_xiaoming",
    turns: [
      "帮我点一杯少糖的拿铁送到公司",
      "/confirm",
      "/wait 8m",
      "我的外卖到哪了",
      "/wait 90m",
      "外卖送到了吗",
    ],
  },
  {
    name: "汉堡送到",
    ends: ["completed"],
    user: "u_lihua",
    turns: ["点个麦辣鸡腿堡", "/confirm", "/wait 90m"],
  },
  {
    name: "打车去西湖",
    ends: ["completed"],
    user: "u_xiaoming",
    turns: ["帮我打个车去西湖", "/confirm", "/wait 3m", "我的车到哪了", "/wait 30m", "/wait 30m"],
  },
  {
    name: "演唱会门票",
    ends: ["completed"],
    user: "u_xiaoming",
    turns: ["这周末有什么演唱会", "买两张周杰伦演唱会的票", "/confirm", "/wait 10m", "我的票呢"],
  },
  {
    name: "英文用户写中文",
    ends: ["completed"],
    user: "u_alice",
    turns: ["你好", "给小明转20块", "/confirm", "明天天气怎么样"],
  },
  {
    name: "转账",
    ends: ["completed"],
    user: "u_xiaoming",
    turns: ["给李华转50块", "/confirm", "我钱包里还有多少钱"],
  },
  {
    name: "天气地点路线",
    ends: [],
    user: "u_xiaoming",
    turns: ["明天杭州天气怎么样？", "公司附近有什么咖啡店", "从公司去西湖怎么走"],
  },
  {
    name: "支付被拒",
    ends: ["failed"],
    user: "u_xiaoming",
    turns: ["来杯拿铁", "/confirm"],
    faults: [["pay", "payment_declined"]],
  },
  {
    name: "商家拒单",
    ends: ["failed", "awaiting_confirmation"],
    user: "u_xiaoming",
    turns: ["来杯美式", "/confirm", "/wait 10m"],
    faults: [["commerce", "merchant_rejects"]],
  },
  {
    name: "下单时缺货",
    ends: ["failed"],
    user: "u_xiaoming",
    turns: ["来杯美式", "/confirm"],
    faults: [["commerce", "out_of_stock"]],
  },
  {
    name: "没有司机",
    ends: ["failed"],
    user: "u_xiaoming",
    turns: ["帮我打个车去西湖", "/confirm", "/wait 10m"],
    faults: [["rides", "no_driver"]],
  },
  {
    name: "找不到",
    ends: [],
    user: "u_lihua",
    turns: ["来一份独角兽牛排", "帮我订一张下周去北京的机票", "你好呀"],
  },
  {
    name: "取消",
    ends: ["cancelled"],
    user: "u_xiaoming",
    turns: ["来杯拿铁", "/confirm", "取消刚才的订单"],
  },
  {
    name: "余额不足",
    ends: ["failed"],
    user: "u_lihua",
    turns: ["帮我点三杯星巴克拿铁送到公司", "/confirm"],
  },
  {
    name: "老样子",
    ends: ["completed"],
    user: "u_xiaoming",
    turns: ["老样子，来一杯", "/confirm", "/wait 90m"],
  },
];

// The reply follows the words of the message, not the session: each set runs in both sessions.
describe.each(["en", "zh"] as const)("English conversations in a %s session", (sessionLang) => {
  it.each(ENGLISH.map((conversation) => [conversation.name, conversation] as const))(
    "%s shows no Chinese",
    async (_name, conversation) => {
      const played = await play(conversation, sessionLang);
      if (conversation.ends) expect(finalStatuses(played.events)).toEqual(conversation.ends);
      expect(played.events.some((event) => event.type === "reply")).toBe(true);
      expect(offending(played, "en")).toEqual([]);
    },
    30_000,
  );
});

describe.each(["zh", "en"] as const)("Chinese conversations in a %s session", (sessionLang) => {
  it.each(CHINESE.map((conversation) => [conversation.name, conversation] as const))(
    "%s shows no English sentence",
    async (_name, conversation) => {
      const played = await play(conversation, sessionLang);
      if (conversation.ends) expect(finalStatuses(played.events)).toEqual(conversation.ends);
      expect(played.events.some((event) => event.type === "reply")).toBe(true);
      expect(offending(played, "zh")).toEqual([]);
    },
    30_000,
  );
});
