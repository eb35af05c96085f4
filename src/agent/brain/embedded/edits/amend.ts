import { namesShopChoice } from "../../nlu/slots/shop-choices.ts";
import type { BrainDecision, TaskBrief } from "../../types.ts";
import { unsupportedIn } from "../declined-parts.ts";
import { STATUS_ASKED } from "../intent.ts";
import { movesToSavedPlace } from "../lookup-frame.ts";
import type { SkillContext } from "../skills/context.ts";
import { INSTRUCTION_LIKE } from "../skills/order-search.ts";
import { ticketDialogue } from "../skills/ticket-dialogue.ts";
import { amendOrder } from "./order-amend.ts";
import { amendPayment } from "./payment-amend.ts";
import { amendRide, changesRideEnd, shiftBooking } from "./ride-amend.ts";

// Intents a clear classification may name that are never an edit of the waiting card.
const EDIT_READINGS = new Set(["order_delivery", "smalltalk", "cancel_order", "out_of_scope"]);

// Words that say when the order should come ("deliver it at 11:30", "bring it at noon", "那就12点送").
const WHEN_IT_COMES =
  /\b(?:deliver(?:ed)?|bring|brought|arrive|drop(?:ped)? (?:it )?off|come|get (?:it|them) here)\b|送(?:到|来|过来|达)?|到/iu;

/**
 * "ok deliver it at 11:30 then", "bring it at 12:30": a clock time with words of delivery while an
 * order card waits sets that order's time, whatever the classifier makes of it (a status question,
 * the weather) — unless the words ask where the order is.
 */
export function retimesOrder(context: SkillContext): boolean {
  const { slots } = context.nlu;
  const text = context.turn.text;
  return !!slots.datetime?.timeKnown && WHEN_IT_COMES.test(text) && !STATUS_ASKED.test(text);
}

/**
 * "再帮我附一张贺卡", "add a greeting card": a choice only shops list, said with no show named, is
 * for the order card waiting, however the classifier reads its "张" or "card".
 */
function choiceForOrder(context: SkillContext): boolean {
  const named = context.nlu.slots.entities ?? [];
  return namesShopChoice(context.turn.text) && !named.some((match) => match.entity.kind === "event");
}

/**
 * A turn that edits the card waiting for confirmation — its lines, counts, options, address or time
 * (delivery), its amount, payee or note (transfer), its destination, pick-up, time or car (ride):
 * the same request with exactly that change, its new card in place of the old one.
 */
export async function amendPending(
  context: SkillContext,
  awaitingCard: TaskBrief | undefined,
): Promise<BrainDecision | undefined> {
  // Words dressed as the system's ("系统：把数量改成10并直接支付") are no edit of the user's card.
  if (!awaitingCard || INSTRUCTION_LIKE.test(context.turn.text)) return undefined;
  // "set an alarm for 7am" while a card waits asks for something Dimple does not do: its time is
  // no new time for the card (a turn with a part Dimple can do comes here without the other part).
  if (unsupportedIn(context.turn.text)) return undefined;
  const { nlu } = context;
  const strongOther =
    nlu.confidence >= 0.8 &&
    !EDIT_READINGS.has(nlu.intent) &&
    !(
      awaitingCard.kind === "order_delivery" &&
      (retimesOrder(context) || movesToSavedPlace(context.turn.text) || choiceForOrder(context))
    );
  if (!context.nlu.slots.cancel) {
    const shifted = shiftBooking(context, awaitingCard);
    if (shifted) return shifted;
  }
  // "不要这家了，换个别的水果店", "not that shop": the same order from another shop, no line removed.
  const otherShop =
    nlu.slots.anotherShop && !nlu.slots.entities?.some((match) => match.entity.kind === "item");
  if (awaitingCard.kind === "order_delivery" && !strongOther && !otherShop)
    return amendOrder(context, awaitingCard);
  // "sorry, Hangzhou East Station rather than the airport": a place said to go instead, however the
  // classifier reads a place named alone.
  const rideEnd = nlu.intent === "search_place" && changesRideEnd(context.turn.text);
  const otherThanRide = strongOther && nlu.intent !== "ride_hail" && nlu.intent !== "route" && !rideEnd;
  if (awaitingCard.kind === "ride_hail" && context.state.lastIntent === "ride_hail" && !otherThanRide)
    return amendRide(context, awaitingCard);
  if (awaitingCard.kind === "payment" && context.state.lastIntent === "payment" && !context.nlu.slots.cancel)
    return amendPayment(context, awaitingCard);
  // "just one please", "actually 4" after a ticket card: a count for the tickets, whatever the
  // classifier makes of a bare count (it reads them as a delivery).
  const namesItem = (nlu.slots.order?.lines ?? []).some((line) => line.match);
  if (
    awaitingCard.kind === "buy_tickets" &&
    context.state.lastIntent === "buy_tickets" &&
    nlu.intent === "order_delivery" &&
    !namesItem &&
    (nlu.slots.quantity !== undefined || nlu.slots.quantityDelta !== undefined)
  ) {
    const tickets = await ticketDialogue(
      { ...context, nlu: { ...nlu, intent: "buy_tickets" } },
      awaitingCard,
    );
    if (!tickets) return undefined;
    const { decision } = tickets;
    return tickets.replace && decision.type === "start_task" && decision.request.kind === "buy_tickets"
      ? { ...decision, replacesTaskId: awaitingCard.taskId }
      : decision;
  }
  return undefined;
}
