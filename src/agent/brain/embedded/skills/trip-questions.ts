import { actsOn, asksPrice } from "../lookup-frame.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";
import { lastTrip } from "./route.ts";

// Questions about a trip or a card the conversation is already on — "how long would a taxi take?"
// after a route, "how much will it cost?" under a ride's card, "这单多少钱" under an order's card —
// are answered, never turned into a new card.

/** Asking how long a trip takes ("多久", "多长时间", "how long would it take"), not how long until it comes. */
const DURATION =
  /(?<!还要)(?<!还有)多久(?!(?:能)?(?:到|送到|送达|来))|多长时间|几分钟|要多少时间|\bhow long (?:would|will|does|do|is|it|to|by)\b|\bhow many minutes\b/iu;
/** A car as the way there ("打车", "a taxi", "by cab", "drive"). */
const BY_CAR =
  /打车|打的|叫车|坐车|开车|出租车?|专车|快车|\b(?:taxi|cab|uber|didi|car|ride|drive|driving)\b/iu;

/** Whether the turn asks how long a car ride takes, with nothing booked by its words. */
export function asksRideTime(text: string): boolean {
  return DURATION.test(text) && BY_CAR.test(text) && !actsOn(text);
}

/**
 * Whether the turn asks a price and names nothing of its own (no place, shop, dish, amount): it is
 * about the trip or the card just discussed ("how much will it cost?", "那要多少钱").
 */
export function asksPriceOfWhatIsOn(context: SkillContext): boolean {
  const { slots } = context.nlu;
  // A place counts when the map knows it: "going to cost me" leaves "cost me" as a destination.
  const named = (slots.entities?.length ?? 0) > 0 || slots.amountFen !== undefined;
  return asksPrice(context.turn.text) && !named;
}

/** The same turn read as a ride over the trip just discussed, for the look-up to answer. */
export function asRideQuestion(context: SkillContext): SkillContext | undefined {
  const text = context.turn.text;
  const onTrip = !!lastTrip(context);
  const rideTime = asksRideTime(text);
  if (!rideTime && !(onTrip && asksPriceOfWhatIsOn(context))) return undefined;
  if (!onTrip && !context.nlu.slots.destination) return undefined;
  // On the trip just discussed, words around the question ("过去要多长时间") name no new place;
  // only a place the map knows does.
  const { destination: _to, origin: _from, ...slots } = context.nlu.slots;
  const placed = (slots.entities ?? []).some((match) => match.entity.kind === "poi");
  const kept = onTrip && !placed ? slots : context.nlu.slots;
  return { ...context, nlu: { ...context.nlu, slots: kept, intent: "ride_hail", confidence: 1 } };
}

/** "这单多少钱" / "how much is it?" while an order's card waits: its total, from the last quote. */
export function orderCardPrice(
  context: SkillContext,
): { type: "reply"; text: string; state: SkillContext["state"] } | undefined {
  const { state, turn, lang } = context;
  const waiting = turn.tasks.some(
    (task) => task.kind === "order_delivery" && task.status === "awaiting_confirmation",
  );
  if (!waiting || state.lastIntent !== "order_delivery" || !state.lastQuote) return undefined;
  if (!asksPriceOfWhatIsOn(context)) return undefined;
  const { totalFen, etaMinutes } = state.lastQuote;
  return {
    type: "reply",
    text: say(
      lang,
      `卡片上这单合计 ${yuan(totalFen)}（已含配送费和优惠），约 ${etaMinutes} 分钟送达。确认的话点卡片上的「确认支付」。`,
      `The order on the card comes to ${yuan(totalFen)} (delivery and coupons included), about ${etaMinutes} min. Tap "Confirm & pay" on the card when you're ready.`,
    ),
    state,
  };
}
