import { failureWords } from "../../../engine/failure-words.ts";
import { CLAIM_KIND_WORDS } from "../../../engine/handlers/after-sale-claims.ts";
import { type AfterSaleKind, afterSaleKind } from "../../nlu/slots/after-sale-acts.ts";
import type { BrainDecision, Lang } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import { claimedQty, lookUpCategories, missingQty, windowClosedForEveryKind } from "./after-sale-checks.ts";
import {
  type ClaimableOrder,
  linesList,
  type NamedGoods,
  namedGoods,
  pickClaimLine,
  pickClaimOrder,
} from "./after-sale-orders.ts";
import type { SkillContext } from "./context.ts";

/** What the after-sale skill remembers while it asks a question (which item, what happened). */
interface PendingClaim {
  orderId: string;
  kind?: AfterSaleKind;
  reason: string;
}

type ToolError = { code: string; message: string; details?: Record<string, unknown> };

const ACTIVE = ["paid", "accepted", "rider_assigned", "picked_up", "delivering"];
const KIND_SUGGESTIONS: Record<Lang, string[]> = {
  zh: ["洒了", "少送了", "送错了", "质量有问题", "超时了"],
  en: ["It spilled", "Something was missing", "Wrong item", "Quality problem", "It was late"],
};

function pendingOf(state: DialogueState): PendingClaim | undefined {
  const pending = state.skill?.afterSale as PendingClaim | undefined;
  return pending && typeof pending.orderId === "string" ? pending : undefined;
}

function settled(context: SkillContext): DialogueState {
  const { afterSale: _afterSale, ...skill } = context.state.skill ?? {};
  return { ...context.state, lastIntent: "after_sale", awaiting: undefined, skill };
}

/** Why the service will not take the claim, in the user's words and language. */
function refusedReply(context: SkillContext, error: ToolError): BrainDecision {
  const { lang } = context;
  return {
    type: "reply",
    text: say(
      lang,
      `抱歉，这个售后申请提交不了：${failureWords(error.code, "zh")}。`,
      `Sorry, I can't file that claim: ${failureWords(error.code, "en")}.`,
    ),
    state: settled(context),
  };
}

/**
 * A complaint or refund request about something already bought: a delivery order (spilled,
 * missing, wrong, quality, late), a ride (detour, lost item) or tickets (the event's refund rule).
 * It finds the order among the user's own, asks only what the claim still needs, checks the claim
 * with the service, and shows a card with the amount coming back; the tap on the card files it.
 */
export async function afterSale(context: SkillContext): Promise<BrainDecision> {
  const kind = context.nlu.slots.afterSaleKind ?? pendingOf(context.state)?.kind;
  if (kind === "ticket_refund") return ticketRefund(context);
  if (kind === "detour" || kind === "lost_item") return rideDispute(context, kind);
  return deliveryClaim(context, kind);
}

/** The answer to the skill's own question ("第二个", "the burger", "洒了"). */
export async function continueAfterSale(context: SkillContext): Promise<BrainDecision> {
  const pending = pendingOf(context.state);
  if (!pending) return afterSale(context);
  const kind = afterSaleKind(context.turn.text) ?? answerKind(context.turn.text) ?? pending.kind;
  return deliveryClaim(context, kind, pending);
}

/** Short answers to "what happened?" that carry no other after-sale words ("超时", "质量问题"). */
function answerKind(text: string): AfterSaleKind | undefined {
  if (/超时|晚了|慢|\blate\b/iu.test(text)) return "late";
  if (/质量|\bquality\b|\bbad\b/iu.test(text)) return "quality";
  if (/少|\bmissing\b/iu.test(text)) return "missing_item";
  if (/错|\bwrong\b/iu.test(text)) return "wrong_item";
  return undefined;
}

async function deliveryClaim(
  context: SkillContext,
  said: AfterSaleKind | undefined,
  pending?: PendingClaim,
): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  const listed = await turn.tools.call<{ orders: ClaimableOrder[] }>("commerce_list_orders", {
    userId: turn.profile.userId,
    limit: 20,
  });
  const orders = listed.ok ? listed.data.orders : [];
  const goods = pending ? [] : namedGoods(nlu.slots.entities);
  if (goods.some((named) => named.categories)) await lookUpCategories(context, orders);
  const order = pending
    ? orders.find((candidate) => candidate.orderId === pending.orderId)
    : pickClaimOrder(turn.text, orders, turn.now, goods);
  const newest = order ?? (goods.length > 0 ? pickClaimOrder(turn.text, orders, turn.now) : undefined);
  if (!order && newest) return notInOrders(context, goods, newest);
  if (!order)
    return {
      type: "reply",
      text: say(
        lang,
        "我没找到你最近的外卖订单，没法申请售后。",
        "I couldn't find a recent delivery order of yours to claim on.",
      ),
      state: settled(context),
    };
  const reason = pending?.reason ?? turn.text;
  const kind = said === "refund" ? undefined : said;
  const merchant = say(lang, order.merchantNameZh, order.merchantNameEn);
  if (kind === "late" && ACTIVE.includes(order.status))
    return {
      type: "reply",
      text: say(
        lang,
        `「${merchant}」的订单还在配送中，预计 ${order.etaMinutes} 分钟内送到。送达后如果超过承诺时间，我可以帮你申请超时赔付。`,
        `Your ${merchant} order is still on its way, due in about ${order.etaMinutes} min. Once it arrives, if it's past the promised time, I can claim the late-delivery compensation for you.`,
      ),
      state: settled(context),
    };
  if (!kind) {
    // Out of time whatever happened: say so now rather than ask what happened first.
    const closed = await windowClosedForEveryKind(context, order.orderId);
    if (closed) return refusedReply(context, closed);
    return ask(context, { orderId: order.orderId, reason }, "kind", whatHappened(lang, merchant));
  }
  const lineIndex = kind === "late" ? undefined : pickClaimLine(turn.text, order, nlu.slots.ordinal, goods);
  if (lineIndex === undefined && kind !== "late" && order.lines.length > 1)
    return ask(
      context,
      { orderId: order.orderId, kind, reason },
      "line",
      say(
        lang,
        `是「${merchant}」这一单里的哪一件？${linesList(order, lang)}`,
        `Which item of your ${merchant} order? ${linesList(order, lang)}`,
      ),
    );
  const line = lineIndex === undefined ? undefined : order.lines[lineIndex];
  const qty = !line
    ? undefined
    : kind === "missing_item"
      ? missingQty(turn.text, line.qty, nlu.slots.quantity)
      : claimedQty(turn.text, line.qty, nlu.slots.quantity);
  const claim = {
    orderId: order.orderId,
    kind,
    ...(lineIndex === undefined ? {} : { lineIndex }),
    ...(qty === undefined ? {} : { qty }),
    ...(nlu.slots.amountFen === undefined ? {} : { amountFen: nlu.slots.amountFen }),
    ...(nlu.slots.amountFen === undefined ? halfBack(reason, line ? [line] : order.lines) : {}),
  };
  const preview = await turn.tools.call<{
    amountFen: number;
    outcome: string;
    reviewMinutes: number;
    decision?: { zh: string; en: string };
  }>("commerce_preview_claim", { ...claim, userId: turn.profile.userId });
  if (!preview.ok) return refusedReply(context, preview.error);
  if (preview.data.outcome === "reject")
    return {
      type: "reply",
      text: say(
        lang,
        `这一单申请不了超时赔付：${preview.data.decision?.zh ?? ""}。`,
        `No late compensation on that order: ${preview.data.decision?.en ?? ""}.`,
      ),
      state: settled(context),
    };
  const words = CLAIM_KIND_WORDS[kind] ?? { zh: "售后", en: "After-sale" };
  const part = line && qty !== undefined && qty < line.qty;
  const subject = line
    ? `${say(lang, line.nameZh, line.nameEn)}${part ? say(lang, `（${line.qty} 份中的 ${qty} 份）`, ` (${qty} of ${line.qty})`) : ""}`
    : merchant;
  const amount = yuan(preview.data.amountFen);
  const when =
    preview.data.outcome === "instant"
      ? say(lang, "确认后立即退回原支付方式", "refunded to your original payment as soon as you confirm")
      : say(
          lang,
          `确认后提交，平台 ${preview.data.reviewMinutes} 分钟内审核`,
          `filed when you confirm and reviewed within ${preview.data.reviewMinutes} min`,
        );
  return {
    type: "start_task",
    request: {
      kind: "after_sale",
      title: say(lang, `${words.zh}退款 · ${subject}`, `${words.en} refund · ${subject}`),
      args: { service: "commerce", ...claim, reason },
    },
    text: say(
      lang,
      `抱歉遇到这种情况。我帮你填好了售后申请：${words.zh}「${subject}」，退 ${amount}，${when}。请在卡片上确认。`,
      `Sorry about that. I've filled in the claim: ${words.en.toLowerCase()}, "${subject}", ${amount} back, ${when}. Please confirm it on the card.`,
    ),
    state: settled(context),
  };
}

/** The goods named are in none of the recent orders: say so and which the newest was; nothing is filed. */
function notInOrders(context: SkillContext, goods: NamedGoods[], newest: ClaimableOrder): BrainDecision {
  const { lang } = context;
  const said = [...new Set(goods.map((named) => named.said))].join(lang === "zh" ? "、" : ", ");
  const merchant = say(lang, newest.merchantNameZh, newest.merchantNameEn);
  return {
    type: "reply",
    text: say(
      lang,
      `我在你最近的订单里没找到「${said}」：最近一单是「${merchant}」的 ${linesList(newest, lang)}。是哪一单、哪件商品出了问题？`,
      `I couldn't find ${said} in your recent orders: the last one was ${merchant} — ${linesList(newest, lang)}. Which order and item is the claim about?`,
    ),
    state: settled(context),
  };
}

/** "refund half", "退一半": half of what the item (or the order) cost, in whole fen. */
function halfBack(text: string, lines: { lineFen: number }[]): { amountFen?: number } {
  if (!/\bhalf\b|一半|50\s*%|五折/iu.test(text)) return {};
  const half = Math.floor(lines.reduce((sum, line) => sum + line.lineFen, 0) / 2);
  return half > 0 ? { amountFen: half } : {};
}

function whatHappened(lang: Lang, merchant: string): string {
  return say(
    lang,
    `「${merchant}」这一单出了什么问题？洒漏、少送、送错、质量问题还是超时？`,
    `What went wrong with your ${merchant} order — spilled, missing item, wrong item, quality, or late?`,
  );
}

function ask(
  context: SkillContext,
  pending: PendingClaim,
  slot: "kind" | "line",
  text: string,
): BrainDecision {
  return {
    type: "reply",
    text,
    ...(slot === "kind" ? { suggestions: KIND_SUGGESTIONS[context.lang] } : {}),
    state: {
      ...context.state,
      lastIntent: "after_sale",
      awaiting: { intent: "after_sale", slot },
      skill: { ...context.state.skill, afterSale: pending },
    },
  };
}

async function rideDispute(context: SkillContext, kind: "detour" | "lost_item"): Promise<BrainDecision> {
  const { turn, lang } = context;
  const listed = await turn.tools.call<{ tripId: string; status: string }[]>("rides_list_trips", {
    userId: turn.profile.userId,
    status: "completed",
    limit: 5,
  });
  const trip = listed.ok ? listed.data[0] : undefined;
  if (!trip)
    return {
      type: "reply",
      text: say(lang, "我没找到你最近完成的行程。", "I couldn't find a recent finished ride of yours."),
      state: settled(context),
    };
  const preview = await turn.tools.call<{
    outcome: string;
    refundFen: number;
    decision: { zh: string; en: string };
  }>("rides_preview_dispute", { userId: turn.profile.userId, tripId: trip.tripId, kind });
  if (!preview.ok) return refusedReply(context, preview.error);
  if (preview.data.outcome === "rejected")
    return {
      type: "reply",
      text: say(
        lang,
        `我查了这趟行程：${preview.data.decision.zh}。`,
        `I checked that ride: ${preview.data.decision.en}.`,
      ),
      state: settled(context),
    };
  const words = CLAIM_KIND_WORDS[kind] ?? { zh: "行程售后", en: "Ride support" };
  return {
    type: "start_task",
    request: {
      kind: "after_sale",
      title: say(lang, words.zh, words.en),
      args: { service: "rides", tripId: trip.tripId, kind, reason: turn.text },
    },
    text:
      kind === "detour"
        ? say(
            lang,
            `我查了这趟行程：${preview.data.decision.zh}。请在卡片上确认提交申诉。`,
            `I checked that ride: ${preview.data.decision.en}. Please confirm the dispute on the card.`,
          )
        : say(
            lang,
            "我可以把遗失物品的情况转告这趟行程的司机，请在卡片上确认。",
            "I can pass the lost item on to the driver of that ride — please confirm on the card.",
          ),
    state: settled(context),
  };
}

async function ticketRefund(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  const listed = await turn.tools.call<{ bookingId: string; event: { nameZh: string; nameEn: string } }[]>(
    "tickets_list_bookings",
    { userId: turn.profile.userId, status: "confirmed", limit: 10 },
  );
  const bookings = listed.ok ? listed.data : [];
  const previews = await Promise.all(
    bookings.map(async (booking) => ({
      booking,
      preview: await turn.tools.call<{
        basis: string;
        refundFen: number;
        decision: { zh: string; en: string };
      }>("tickets_preview_refund", { userId: turn.profile.userId, bookingId: booking.bookingId }),
    })),
  );
  // The show the organiser changed, when there is one; else the newest booking.
  const chosen =
    previews.find((entry) => entry.preview.ok && entry.preview.data.basis === "organiser_change") ??
    previews[0];
  if (!chosen)
    return {
      type: "reply",
      text: say(
        lang,
        "我没找到你还有效的演出门票。",
        "I couldn't find any valid tickets of yours to refund.",
      ),
      state: settled(context),
    };
  if (!chosen.preview.ok) return refusedReply(context, chosen.preview.error);
  const { decision, refundFen } = chosen.preview.data;
  const name = say(lang, chosen.booking.event.nameZh, chosen.booking.event.nameEn);
  if (refundFen <= 0)
    return {
      type: "reply",
      text: say(
        lang,
        `「${name}」现在退不了：${decision.zh}。`,
        `"${name}" can't be refunded now: ${decision.en}.`,
      ),
      state: settled(context),
    };
  return {
    type: "start_task",
    request: {
      kind: "after_sale",
      title: say(lang, `退票 · ${name}`, `Ticket refund · ${name}`),
      args: {
        service: "tickets",
        bookingId: chosen.booking.bookingId,
        kind: "ticket_refund",
        reason: turn.text,
      },
    },
    text: say(
      lang,
      `「${name}」：${decision.zh}。请在卡片上确认退票，确认后电子票作废。`,
      `"${name}": ${decision.en}. Please confirm the refund on the card; the e-tickets are voided once you do.`,
    ),
    state: settled(context),
  };
}
