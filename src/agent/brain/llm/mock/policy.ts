import { afterResult } from "./policy-results.ts";
import { addressLabel, amountFen, productKeyword, say } from "./policy-words.ts";
import { type RequestView, viewRequest } from "./request-view.ts";
import type { ChatRequestBody, MockStep } from "./steps.ts";

const call = (name: string, args: Record<string, unknown>): MockStep => ({
  type: "message",
  toolCalls: [{ name, arguments: args }],
});
const reply = (content: string): MockStep => ({ type: "message", content });

/**
 * A rule-based stand-in for a model, so the scenario suite can run through `--brain llm` end to end
 * without one. It reads only what a model would: the user's words, the tools offered and the tool
 * results, and answers with plausible calls. It is a test double for the protocol and the rails
 * around it (validation, the card, the mandate); its pass rate says nothing about any real model.
 */
export function rulePolicy(body: ChatRequestBody): MockStep {
  const view = viewRequest(body);
  const last = view.results.at(-1);
  return last ? afterResult(view, last) : firstMove(view);
}

function firstMove(view: RequestView): MockStep {
  const { user, tools, lang } = view;
  // Words never confirm: a model that follows the system prompt points at the card instead.
  if (/awaiting_confirmation/u.test(view.context) && /确认|付款|支付|confirm|pay it|go ahead/iu.test(user))
    return reply(say(lang, "请点卡片上的「确认支付」按钮。", 'Please tap "Confirm & pay" on the card.'));
  if (tools.has("cancel_task") && /取消|不要了|算了|cancel|never ?mind|forget it/iu.test(user)) {
    const task = /(\S+) \S+ (?:awaiting_confirmation|processing|in_fulfilment)/u.exec(view.context)?.[1];
    return task
      ? call("cancel_task", { taskId: task })
      : reply(say(lang, "现在没有可以取消的订单。", "There's nothing to cancel right now."));
  }
  if (tools.has("propose_transfer")) {
    const contact = /contacts: (.*)/u
      .exec(view.context)?.[1]
      ?.split(", ")
      .map((entry) => /^(.*) \((.*)\)$/u.exec(entry))
      .find(
        (match) =>
          match &&
          (user.includes(match[1] ?? "\0") || user.toLowerCase().includes((match[2] ?? "\0").toLowerCase())),
      );
    const amount = amountFen(user);
    if (!contact?.[1])
      return call("ask_user", { question: say(lang, "要转给谁？", "Who should I send it to?") });
    if (amount === undefined) return call("ask_user", { question: say(lang, "转多少钱？", "How much?") });
    return call("propose_transfer", { contact: contact[1], amountFen: amount });
  }
  if (tools.has("maps_weather") && /天气|气温|下雨|weather|rain|temperature/iu.test(user))
    return call("maps_weather", { city: "杭州" });
  if (tools.has("pay_get_balance") && /余额|钱包|还有多少钱|balance|wallet|money/iu.test(user))
    return call("pay_get_balance", {});
  if (
    (tools.has("propose_ride") || tools.has("maps_direction_transit_integrated")) &&
    tools.has("maps_text_search")
  ) {
    const trip =
      /打.{0,2}车|叫.{0,2}车|taxi|ride|\bcab\b|怎么走|怎么去|how (?:do|can) i get|directions|route/iu.test(
        user,
      );
    const place = trip
      ? /(?:去|到|to)\s*([^，,。?？!！]+?)(?:怎么走|$|[，,。?？!！])/iu.exec(user)?.[1]?.trim()
      : undefined;
    if (place) return call("maps_text_search", { keywords: place.replace(/^the /iu, "") });
  }
  if (tools.has("propose_tickets") && tools.has("tickets_search_events")) {
    const category = /电影|movie|film/iu.test(user)
      ? "movie"
      : /演唱会|concert/iu.test(user)
        ? "concert"
        : undefined;
    return call("tickets_search_events", { ...(category ? { category } : {}), limit: 5 });
  }
  if (tools.has("propose_order") && tools.has("commerce_search_items")) {
    const keyword = productKeyword(user);
    if (!keyword)
      return call("ask_user", { question: say(lang, "想点点什么？", "What would you like to order?") });
    return call("commerce_search_items", { keyword, location: addressLabel(user), openNow: true, limit: 5 });
  }
  if (tools.has("commerce_list_orders") && /到哪|送到了吗|到了吗|where|arrived|status/iu.test(user))
    return call("commerce_list_orders", { limit: 1 });
  const name = /user: (.*) \(/u.exec(view.context)?.[1] ?? "";
  if (/^(你好|您好|hi|hello|hey)/iu.test(user.trim()))
    return reply(
      say(
        lang,
        `${name}你好！我是 Dimple，可以帮你点外卖、买票、打车。`,
        `Hi ${name}! I'm Dimple. I can order food, buy tickets and hail rides.`,
      ),
    );
  if (/你是谁|who are you/iu.test(user))
    return reply(say(lang, "我是 Dimple，你的生活助手。", "I'm Dimple, your everyday assistant."));
  if (/谢谢|thanks|thank you/iu.test(user)) return reply(say(lang, "不客气！", "You're welcome!"));
  return reply(
    say(
      lang,
      "抱歉，这个我做不了。我可以帮你点外卖、买票、打车、转账和查天气。",
      "Sorry, I can't do that. I can order delivery, buy tickets, hail rides, send money and check the weather.",
    ),
  );
}
