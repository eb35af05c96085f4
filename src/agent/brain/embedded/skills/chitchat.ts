import type { BrainDecision } from "../../types.ts";
import { notOffered, unsupportedIn } from "../declined-parts.ts";
import { say } from "../say.ts";
import type { SkillContext } from "./context.ts";

const SUGGESTIONS = {
  zh: ["帮我点杯咖啡", "明天天气怎么样", "打车去西湖", "周六有什么演唱会"],
  en: ["Order a latte to my office", "Weather tomorrow", "A taxi to West Lake", "Concerts this Saturday"],
};

// "你能干嘛", "what can you do?", "有什么功能": asking what Dimple does — answered, not apologised for.
const CAPABILITIES_ASKED =
  /你(?:都|还)?(?:能|会|可以)(?:帮我)?(?:干|做|办)?(?:嘛|啥|什么|些什么|哪些事)|有(?:什么|哪些)功能|能帮我(?:干|做|办)?(?:什么|啥|些什么)|\bwhat (?:else )?can (?:you|u|dimple) do\b|\bwhat do you do\b|\bwhat are you (?:able to|good for|for)\b|\bwhat can i ask\b|\bhow can you help\b|^\s*(?:help|帮助)\s*[?？!！]*\s*$/iu;

function capabilities(context: SkillContext): BrainDecision {
  const { lang } = context;
  return {
    type: "reply",
    text: say(
      lang,
      "我能帮你：点外卖和买药、打车、买演出票、给联系人转账、查余额和花销、查订单进度、取消订单和申请售后退款，还能查天气、地点和路线、设提醒。说一句就行，比如「帮我点杯拿铁送到公司」。",
      'I can order food, drinks and medicine for delivery, hail a ride, buy event tickets, send money to your contacts, check your balance and spending, track, cancel or get refunds on orders, and look up weather, places, routes and reminders. Just say it — e.g. "a latte to my office".',
    ),
    suggestions: SUGGESTIONS[lang],
    state: { ...context.state, lastIntent: "smalltalk" },
  };
}

/** Greetings, thanks, jokes, "who are you". */
export async function smalltalk(context: SkillContext): Promise<BrainDecision> {
  const { lang, turn } = context;
  if (CAPABILITIES_ASKED.test(turn.text)) return capabilities(context);
  const text = turn.text.toLowerCase();
  let reply: string;
  // Only emoji or punctuation ("👍", "😀😀", "？"): a friendly nod, not the list of what Dimple can do.
  if (!/[\p{L}\p{N}]/u.test(text))
    reply = say(lang, "😊 收到！需要我帮你办点什么吗？", "😊 Got it! Anything I can get done for you?");
  else if (/谢|thank|thx/u.test(text))
    reply = say(lang, "不客气！还有什么可以帮你？", "You're welcome! Anything else?");
  else if (/晚安|good\s*night|nighty?[ -]night|\bgn\b/u.test(text))
    reply = say(
      lang,
      "晚安，好梦！明天需要什么随时叫我。",
      "Good night, sleep well! I'm here whenever you need me.",
    );
  else if (
    /再见|拜拜|回头见|下次见|\bbye\b|bye[ -]?bye|see (?:you|ya)|\bcya\b|talk (?:to you )?later|\blater\b/u.test(
      text,
    )
  )
    reply = say(lang, "再见！有事随时找我。", "Bye! See you later — just ask whenever you need something.");
  else if (/机器人|人工智能|真人|\bai\b|robot|\bbot\b|human|real person/u.test(text))
    reply = say(
      lang,
      "我是 AI 助手酒窝 Dimple，不是真人，但能帮你点外卖、打车、买票、转账。",
      "I'm Dimple, an AI assistant — not a person, but I can order food, hail rides, buy tickets and send money for you.",
    );
  else if (/你好吗|最近怎么样|how are you|how'?s it going|how are things/u.test(text))
    reply = say(
      lang,
      `我很好，谢谢${turn.profile.displayName}！今天想让我帮你办点什么？`,
      `I'm doing great, thanks ${turn.profile.displayNameEn ?? turn.profile.displayName}! What can I get done for you today?`,
    );
  else if (/笑话|joke/u.test(text))
    reply = say(
      lang,
      "为什么咖啡从不生气？因为它总是很「拿铁」得住～",
      "Why did the latte call the police? It got mugged.",
    );
  else if (/你是谁|名字|who are you|your name|what are you/u.test(text))
    reply = say(
      lang,
      "我是酒窝 Dimple，你的生活助手：点外卖、查路线、看天气、买票、打车、转账，说一声我来办。",
      "I'm Dimple, your errand-running assistant: food delivery, routes, weather, tickets, rides and payments — just ask.",
    );
  else
    reply = say(
      lang,
      `你好，${turn.profile.displayName}！今天想让我帮你办点什么？`,
      `Hi ${turn.profile.displayNameEn ?? turn.profile.displayName}! What can I get done for you today?`,
    );
  return {
    type: "reply",
    text: reply,
    suggestions: SUGGESTIONS[lang],
    state: { ...context.state, lastIntent: "smalltalk" },
  };
}

/** Something Dimple cannot do: say so plainly, and what it can do instead. */
export async function outOfScope(context: SkillContext): Promise<BrainDecision> {
  const { lang } = context;
  if (CAPABILITIES_ASKED.test(context.turn.text)) return capabilities(context);
  // "帮我订个酒店", "订个明晚的位子": what cannot be done is named, not just refused.
  const named = notOffered(context.turn.text) ?? unsupportedIn(context.turn.text);
  return {
    type: "reply",
    text: say(
      lang,
      `抱歉，${named ? `${named.zh}我还做不了` : "这个我做不了"}。我能帮你点外卖和买药、查地点和路线、看天气、买演出票、打车、转账和查余额。`,
      `Sorry, ${named ? `I can't ${named.en} yet` : "I can't do that"}. I can order food, drinks and medicine for delivery, find places and routes, check the weather, buy event tickets, hail a ride, send money and check your balance.`,
    ),
    suggestions: SUGGESTIONS[lang],
    state: { ...context.state, lastIntent: "out_of_scope" },
  };
}

const INTENT_LABELS: Record<string, [string, string]> = {
  order_delivery: ["点外卖", "order delivery"],
  search_place: ["找地方", "find a place"],
  route: ["查路线", "get directions"],
  weather: ["查天气", "check the weather"],
  search_events: ["找演出", "find events"],
  buy_tickets: ["买票", "buy tickets"],
  ride_hail: ["打车", "get a ride"],
  order_status: ["查订单", "check an order"],
  cancel_order: ["取消订单", "cancel an order"],
  payment: ["转账付款", "send money"],
  wallet_balance: ["查余额", "check my balance"],
};

/** A low-confidence guess becomes a question, never an action. */
export async function clarify(context: SkillContext): Promise<BrainDecision> {
  const { lang, nlu } = context;
  const options = nlu.ranking
    .filter((score) => INTENT_LABELS[score.intent])
    .slice(0, 2)
    .map((score, index) => {
      const [zh, en] = INTENT_LABELS[score.intent] as [string, string];
      return { id: `intent${index + 1}`, label: say(lang, zh, en) };
    });
  return {
    type: "propose",
    text: say(lang, "我不太确定你的意思，你是想：", "I'm not sure I got that. Did you want to:"),
    options,
    state: { ...context.state, lastIntent: "clarify" },
  };
}
