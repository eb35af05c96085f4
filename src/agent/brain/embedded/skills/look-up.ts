import type { BrainDecision } from "../../types.ts";
import { addressAsked, asksPrice } from "../lookup-frame.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { asRideQuestion, orderCardPrice } from "./trip-questions.ts";

// Questions answered rather than acted on: what something costs (the planner finds it, as for an
// order, and the price is told — no card), and what the saved addresses are.

type Act = (context: SkillContext) => Promise<BrainDecision>;

/**
 * The turn's answer when it is a look-up ("一杯拿铁多少钱", "how much is a ride to the airport",
 * "what's my home address"); otherwise whatever `act` decides.
 */
export async function lookUp(context: SkillContext, act: Act): Promise<BrainDecision> {
  const text = context.turn.text;
  const address = addressAsked(text);
  if (address) return savedAddressAnswer(context, address);
  const cardPrice = orderCardPrice(context);
  if (cardPrice) return cardPrice;
  // "how long would a taxi take?", "how much will it cost?" about the trip just discussed.
  const ride = asRideQuestion(context);
  if (ride) {
    const decision = await act(ride);
    return decision.type === "start_task" && decision.request.kind === "ride_hail"
      ? priceAnswer(ride, decision)
      : decision;
  }
  if (!asksPrice(text)) return act(context);
  const decision = await act(context);
  if (decision.type !== "start_task" || decision.request.kind === "payment") return decision;
  return priceAnswer(context, decision);
}

interface ItemDetail {
  nameZh: string;
  nameEn: string;
  priceFen: number;
  merchant: { nameZh: string; nameEn: string };
}

/** A card the planner would have shown, told as a price instead; the draft is kept for "点吧". */
async function priceAnswer(
  context: SkillContext,
  decision: Extract<BrainDecision, { type: "start_task" }>,
): Promise<BrainDecision> {
  const { lang, turn } = context;
  const kept = (decision.state ?? context.state) as DialogueState;
  if (decision.request.kind === "order_delivery") {
    const lines = (decision.request.args.lines ?? []) as { skuId: string; qty: number }[];
    const first = lines[0];
    const detail = first
      ? await turn.tools.call<ItemDetail>("commerce_item_detail", { skuId: first.skuId })
      : undefined;
    const total = kept.lastQuote?.totalFen;
    const others = (decision.alternatives ?? [])
      .map((option) => `${option.label}${option.detail ? `（${option.detail}）` : ""}`)
      .join(say(lang, "；", "; "));
    if (detail?.ok) {
      const item = detail.data;
      const text =
        say(
          lang,
          `「${item.merchant.nameZh}」的${item.nameZh} ${yuan(item.priceFen)}${total !== undefined ? `，送到${kept.order?.addressLabel === "office" ? "公司" : "家"}实付 ${yuan(total)}（含配送费和优惠）` : ""}。`,
          `${item.nameEn} at ${item.merchant.nameEn} is ${yuan(item.priceFen)}${total !== undefined ? ` (${yuan(total)} delivered, after fees and coupons)` : ""}.`,
        ) +
        (others ? say(lang, `其他家：${others}。`, ` Elsewhere: ${others}.`) : "") +
        say(lang, "要帮你点吗？", " Want me to order it?");
      return {
        type: "reply",
        text,
        state: { ...kept, awaiting: { intent: "order_delivery", slot: "go_ahead" } },
      };
    }
  }
  // A ride's fare, a show's prices: the planner's own words, with no card behind them.
  const offer =
    decision.request.kind === "ride_hail"
      ? say(lang, "要叫车的话告诉我。", " Say the word if you want me to book it.")
      : say(lang, "要的话告诉我。", " Tell me if you want it.");
  return { type: "reply", text: `${decision.text.trim()}${offer}`, state: { ...kept, awaiting: undefined } };
}

/** "我公司地址是什么", "what addresses have I saved", "change my office address to …". */
function savedAddressAnswer(context: SkillContext, asked: "address" | "address_change"): BrainDecision {
  const { lang, turn } = context;
  const text = turn.text;
  const label = /公司|单位|办公室|\b(?:office|work)\b/iu.test(text)
    ? "office"
    : /家|\bhome\b/iu.test(text)
      ? "home"
      : undefined;
  const saved = turn.profile.addresses.filter((address) => !label || address.label === label);
  const name = (which: string) =>
    which === "home" ? say(lang, "家", "home") : which === "office" ? say(lang, "公司", "office") : which;
  const listed = saved
    .map((address) =>
      say(
        lang,
        `${name(address.label)}：${address.address}`,
        `${name(address.label)}: ${address.address_en || address.address}`,
      ),
    )
    .join("\n");
  const state: DialogueState = { ...context.state, awaiting: undefined };
  if (asked === "address_change")
    return {
      type: "reply",
      text: say(
        lang,
        `我还不能在聊天里修改保存的地址，这次没有改。现在保存的是——\n${listed || "（没有保存的地址）"}`,
        `I can't change saved addresses from the chat yet, so nothing was changed. What's saved now:\n${listed || "(no saved addresses)"}`,
      ),
      state,
    };
  if (saved.length === 0)
    return {
      type: "reply",
      text: say(
        lang,
        `还没有保存${label ? name(label) : ""}的地址。`,
        `You have no ${label ? `${name(label)} ` : ""}address saved.`,
      ),
      state,
    };
  return {
    type: "reply",
    text: say(
      lang,
      `你保存的地址——\n${listed}`,
      `Your saved address${saved.length > 1 ? "es" : ""}:\n${listed}`,
    ),
    state,
  };
}
