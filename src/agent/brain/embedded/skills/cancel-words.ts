import type { Lang, TaskBrief } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";

// What a cancellation says beyond "cancelled": for tickets already booked, what comes back under the
// show's refund rule (all of it more than 48 h ahead, half within); and when nothing matches, what the
// user named ("cancel my Mayday tickets" with none booked), not a generic "nothing in progress".

interface BookingView {
  totalFen: number;
  refundIfCancelledNowFen: number | null;
}

/** The refund a booked ticket task's cancellation gives now, in a sentence; empty when not tickets. */
export async function ticketRefundNote(context: SkillContext, task: TaskBrief): Promise<string> {
  const { turn, lang } = context;
  if (task.kind !== "buy_tickets" || !task.orderId) return "";
  const booking = await turn.tools.call<BookingView>("tickets_get_booking", {
    userId: turn.profile.userId,
    bookingId: task.orderId,
  });
  if (!booking.ok) return "";
  const { totalFen, refundIfCancelledNowFen: back } = booking.data;
  if (back === null)
    return say(
      lang,
      "演出已经开始，按规则不能退票。",
      " The show has already started, so it can't be refunded.",
    );
  if (back >= totalFen)
    return say(
      lang,
      `开演前 48 小时以上退票，全额退款 ${yuan(back)}。`,
      ` More than 48 hours before the start, so the full ${yuan(back)} is refunded.`,
    );
  const percent = Math.round((back / totalFen) * 100);
  return say(
    lang,
    `开演前 48 小时内退票只退 ${percent}%：退回 ${yuan(back)}（共 ${yuan(totalFen)}）。`,
    ` It's within 48 hours of the start, so only ${percent}% is refunded: ${yuan(back)} of ${yuan(totalFen)} back to your wallet.`,
  );
}

const TICKETS = /票|演出|演唱会|\btickets?\b|\bbookings?\b|\bseats?\b|\bshow\b|\bconcert\b/iu;
const RIDE = /车|\b(?:ride|taxi|cab|car)\b/iu;
const TRANSFER = /转账|\btransfer\b|\bpayment\b/iu;

/** "Nothing to cancel", naming what the user asked to cancel when they named a kind of thing. */
export function nothingNamedText(text: string, lang: Lang): string {
  if (TICKETS.test(text))
    return say(
      lang,
      "没有找到你要退的票：你现在没有可以取消的演出门票订单。",
      "I couldn't find those tickets — you don't have any ticket booking I can cancel.",
    );
  if (RIDE.test(text))
    return say(
      lang,
      "没有找到要取消的车：你现在没有进行中的叫车。",
      "I couldn't find a ride to cancel — you don't have one booked or on its way.",
    );
  if (TRANSFER.test(text))
    return say(lang, "没有找到可以取消的转账。", "I couldn't find a transfer that can still be cancelled.");
  return say(lang, "现在没有进行中的订单可以取消。", "There's nothing in progress to cancel.");
}
