import type { BrainDecision, BrainTurn, TaskBrief, TaskRequest } from "../types.ts";
import { orderAtPlace } from "./edits/list-pick.ts";
import { say } from "./say.ts";
import { buyTickets } from "./skills/buy-tickets.ts";
import { outOfScope } from "./skills/chitchat.ts";
import type { SkillContext } from "./skills/context.ts";
import { planOrder } from "./skills/order.ts";
import { placeHours } from "./skills/search-place.ts";
import type { TicketDraft } from "./skills/ticket-draft.ts";
import type { DialogueState } from "./state.ts";

/**
 * An option picked from a list Dimple showed ("第二个", "the last one", a tap): a card from the
 * list's own request, a show, a dish, or the option's words understood afresh with what else the
 * turn said ("第一个，要连座", "叫车去第一个").
 */
export async function pickShown(
  context: SkillContext,
  payload: Record<string, unknown>,
  awaitingCard: TaskBrief | undefined,
  decide: (turn: BrainTurn) => Promise<{ decision: BrainDecision }>,
): Promise<BrainDecision> {
  const { state, lang } = context;
  const request = payload.request as TaskRequest | undefined;
  // "the second one with thin noodles" under a card: that shop, planned again with what else the turn
  // says of the order (its words go to the option mapping, which names a choice the shop lacks).
  const more = withoutOrdinal(context.turn.text);
  const merchantId = request?.args?.merchantId;
  if (request?.kind === "order_delivery" && typeof merchantId === "string" && state.order && saysMore(more)) {
    const items = state.order.items.map(({ skuId: _sku, merchantId: _shop, ...item }) => ({
      ...item,
      said: `${item.said ?? ""} ${more}`.trim(),
    }));
    const draft = { ...state.order, items, stayMerchantId: merchantId };
    const decision = await planOrder({ ...context, state: { ...state, shown: undefined } }, draft);
    return replacing(decision, awaitingCard);
  }
  if (request && typeof request === "object") {
    return replacing(
      {
        type: "start_task",
        request,
        text: say(lang, "好的，换成这家。", "Sure, switching to that one."),
        state: { ...state, shown: undefined } as DialogueState,
      },
      awaitingCard,
    );
  }
  if (typeof payload.query === "string") {
    return planOrder(context, {
      ...(state.order ?? { items: [] }),
      items: [{ query: payload.query, qty: 1, options: {} }],
    });
  }
  if (typeof payload.eventId === "string") {
    // A show picked from a list: what was asked before the list (count, budget, seats, a ride)
    // and what this turn adds ("第二个，要内场两张") go with it.
    // A session picked from one show's sessions ("第2场") is that session.
    const tickets = (state.skill?.tickets ?? {}) as TicketDraft;
    const session =
      typeof payload.sessionId === "string"
        ? { previous: { ...tickets, eventId: payload.eventId, sessionId: payload.sessionId } }
        : {};
    return buyTickets(
      { ...context, state: { ...state, shown: undefined } },
      { eventId: payload.eventId, ...session },
    );
  }
  if (typeof payload.text === "string") {
    // The option's own words ("买周杰伦演唱会的票"), understood afresh.
    // What else the turn said ("the second one, 2 tickets", "第一个，要连座") goes along with it.
    const rest = withoutOrdinal(context.turn.text);
    // A place picked to ride to ("叫车去第一个", "get me a ride to the second one") is a ride there.
    const ride = typeof payload.rideText === "string" && RIDE_TO_PICK.test(rest);
    const order = ride ? undefined : orderAtPlace(context, payload, rest);
    if (typeof payload.poiId === "string" && HOURS_ASKED.test(rest)) return placeHours(context, payload);
    const text = ride
      ? (payload.rideText as string)
      : order
        ? order
        : rest && !WAY_ASKED.test(rest)
          ? `${payload.text}${context.lang === "zh" ? "，" : ", "}${rest}`
          : payload.text;
    const { decision } = await decide({
      ...context.turn,
      text,
      state: { ...state, shown: undefined },
    });
    return decision;
  }
  return outOfScope(context);
}

/** Whether the words beside a pick say anything of the order ("with thin noodles"), not only "please". */
function saysMore(words: string): boolean {
  return (
    words
      .replace(/\b(?:please|pls|thanks|thank you|ok|okay|then|that|this|one|shop|it|go|with it)\b/giu, "")
      .replace(/[吧呢啊呀了就那这个家好谢请，,。.!！?？\s]/gu, "").length > 0
  );
}

/** The turn without its pick of a listed option ("就第二个吧，要2张票" → "要2张票"). */
function withoutOrdinal(text: string): string {
  return text
    .replace(
      /(?:就|选|要)?(?:第\s*[0-9一二三四五六七八九十]+\s*(?:个|场|家|项)?|最后一个|最后那?[个家场])(?:吧|啦)?|\b(?:let'?s do |i'?ll take |go with )?(?:the )?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?: one)?\b/giu,
      " ",
    )
    .replace(/^[\s,，。:：—-]+|[\s,，。:：—-]+$/gu, "")
    .trim();
}

// "第二个怎么走", "how do I get to the second one": the way there, which the option's own words ask.
const WAY_ASKED =
  /怎么走|怎么去|咋走|路线|导航|多远|多久|\bhow (?:do|can) i get\b|\bdirections?\b|\bhow far\b|\bhow long\b|\bway there\b/iu;
const HOURS_ASKED =
  /几点(?:关门|开门|营业|打烊)|营业时间|开到几点|还开着|开门了吗|\b(?:close|closes|closing|open|opens|opening|hours)\b/iu;
const RIDE_TO_PICK = /叫车|打车|叫个车|约车|打的|\b(?:ride|taxi|cab|uber|car|lift)\b/iu;

/** A new card for the same order takes the place of the one still awaiting confirmation. */
export function replacing(decision: BrainDecision, awaitingCard: TaskBrief | undefined): BrainDecision {
  return decision.type === "start_task" && awaitingCard && awaitingCard.kind === decision.request.kind
    ? { ...decision, replacesTaskId: awaitingCard.taskId }
    : decision;
}

/**
 * A change to the order being discussed ("算了，要1份") that cannot become a card (below the shop's
 * minimum, nothing found, over budget): the card for the old order is withdrawn, and the user told,
 * so what waits for a tap is never what the user has just said they no longer want.
 */
export function superseding(
  decision: BrainDecision,
  awaitingCard: TaskBrief | undefined,
  lang: "zh" | "en",
): BrainDecision {
  if (decision.type === "start_task" || !awaitingCard || awaitingCard.kind !== "order_delivery")
    return replacing(decision, awaitingCard);
  if (decision.type !== "reply" && decision.type !== "ask") return decision;
  return {
    type: "cancel_task",
    taskId: awaitingCard.taskId,
    text: `${decision.text}${say(lang, "（之前那张卡片已撤下，没有扣款。）", " (I've withdrawn the earlier card; nothing was charged.)")}`,
    state: decision.state,
  };
}
