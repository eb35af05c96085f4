import type { Gazetteer } from "../nlu/gazetteer.ts";
import type { Brain, BrainDecision, BrainTrace, BrainTurn, Lang } from "../types.ts";
import { sellsAnyOf, thingsSaid } from "./catalogue-sells.ts";
import { type DecideText, decideNeeds, withPending } from "./combo.ts";
import { declinedPart, notOffered, withDeclined } from "./declined-parts.ts";
import { separateOrderAnswer } from "./edits/add-elsewhere.ts";
import { amendPending, retimesOrder } from "./edits/amend.ts";
import { countAnswerText } from "./edits/count-answer.ts";
import { describedEntries } from "./edits/described-pick.ts";
import { amendAsked } from "./edits/draft-amend.ts";
import { switchShop } from "./edits/shop-switch.ts";
import { changesNothing, isOrderTweak, nothingChanged } from "./edits/unchanged.ts";
import {
  AFTER_SALE_READINGS,
  CLARIFY_BELOW,
  catalogueVouches,
  isUnsure,
  namesShow,
  namesShowOrKind,
  resolveIntent,
  rideAsked,
  STATUS_ASKED,
  TICKET_WORDS,
} from "./intent.ts";
import { pieceReader, turnUnderstander, type Understander } from "./piece-reader.ts";
import { say } from "./say.ts";
import { pickShown, replacing, superseding } from "./shown-pick.ts";
import { afterSale, continueAfterSale } from "./skills/after-sale.ts";
import { clarify, outOfScope, smalltalk } from "./skills/chitchat.ts";
import type { Skill, SkillContext, Understanding } from "./skills/context.ts";
import { followUp } from "./skills/follow-up.ts";
import { SKILLS } from "./skills/index.ts";
import { laterActs } from "./skills/later-acts.ts";
import { lookUp } from "./skills/look-up.ts";
import { planOrder } from "./skills/order.ts";
import { draftFromTurn } from "./skills/order-draft.ts";
import { reorderLastTime } from "./skills/order-history.ts";
import { preorderAnswer } from "./skills/preorder-answer.ts";
import { ticketDialogue } from "./skills/ticket-dialogue.ts";
import { readsAsTransfer } from "./skills/transfer-reading.ts";
import { type DialogueState, readState } from "./state.ts";

const orderSkill: Skill = (context) =>
  context.nlu.slots.reference === "last_time"
    ? reorderLastTime(context)
    : planOrder(context, draftFromTurn(context));

/**
 * The embedded brain: the on-device NLU (trained classifier + slot extraction + gazetteer), a
 * dialogue layer for references, corrections and slot filling, and skills that plan over tools.
 */
export class EmbeddedBrain implements Brain {
  readonly name = "embedded";

  private gazetteer: Gazetteer | undefined;
  #load: (() => Promise<Gazetteer>) | undefined;
  #loading: Promise<Gazetteer> | undefined;

  /**
   * `gazetteer` may be a loader: the gazetteer is then built on the first turn, not at start-up
   * (a server that is ready but has had no turn does not hold it).
   */
  constructor(gazetteer?: Gazetteer | (() => Promise<Gazetteer>)) {
    if (typeof gazetteer === "function") this.#load = gazetteer;
    else this.gazetteer = gazetteer;
  }

  /** A turn decided afresh (an option's own words, picked from a list). */
  readonly #redecide = (turn: BrainTurn) => this.decide(turn);

  async decide(turn: BrainTurn): Promise<{ decision: BrainDecision; trace: BrainTrace }> {
    if (this.#load) {
      // Turns that arrive while it is being built wait for the same build.
      // A build that failed is tried again on the next turn.
      this.#loading ??= this.#load().catch((error: unknown) => {
        this.#loading = undefined;
        throw error;
      });
      this.gazetteer = await this.#loading;
      this.#load = undefined;
    }
    return this.#decide(turn, true, true, turnUnderstander(this.gazetteer));
  }

  /**
   * One turn; `withTime` false reads the words of a recurring request's order without its repeat;
   * `whole` false decides one need of a message that holds several (`combo.ts`).
   */
  async #decide(
    turn: BrainTurn,
    withTime: boolean,
    whole: boolean,
    understander: Understander,
  ): Promise<{ decision: BrainDecision; trace: BrainTrace }> {
    // "ok, 2 then" to "how many tickets?": the count, in the words the question's reader takes.
    const answered =
      whole && !turn.option ? countAnswerText(turn.text, readState(turn.state), langOf(turn)) : undefined;
    if (answered && answered !== turn.text)
      return this.#decide({ ...turn, text: answered }, withTime, whole, understander);
    if (whole && withTime && !turn.option) {
      const several = await this.#needs(turn, understander);
      if (several) return several;
    }
    // "play music and send bob 20": the part Dimple cannot do is named, the rest is done.
    const declined = withTime && !turn.option ? declinedPart(turn.text) : undefined;
    if (declined) {
      const rest = await this.#decide({ ...turn, text: declined.rest }, true, true, understander);
      const lang = rest.decision.lang ?? (/\p{Script=Han}/u.test(turn.text) ? "zh" : "en");
      return { ...rest, decision: { ...withDeclined(rest.decision, declined.declined, lang), lang } };
    }
    const understood = understander(turn, turn.text);
    const lang: Lang = /[\p{L}]/u.test(turn.text) ? understood.lang : turn.lang;
    let intent = resolveIntent(understood, turn.text);
    let vouched =
      intent !== understood.intent ||
      (intent === "order_delivery" && catalogueVouches(understood)) ||
      (intent === "buy_tickets" && (namesShow(understood, turn.text) || TICKET_WORDS.test(turn.text))) ||
      (intent === "search_events" && namesShowOrKind(understood, turn.text)) ||
      (intent === "order_status" && STATUS_ASKED.test(turn.text)) ||
      (intent === "ride_hail" && rideAsked(understood, turn.text)) ||
      (intent === "payment" && readsAsTransfer(turn.text, understood.slots));
    // Words the gazetteer does not know may still be on a menu ("a box of ibuprofen to the office"): a
    // catalogue look-up of what was said decides — also against a lukewarm ride no car word asked for.
    if (
      !vouched &&
      (isUnsure(understood) || (intent === "ride_hail" && !rideAsked(understood, turn.text))) &&
      !notOffered(turn.text) &&
      (await sellsAnyOf(turn.tools, thingsSaid(understood)))
    ) {
      intent = "order_delivery";
      vouched = true;
    }
    // An intent the catalogue vouched for is acted on as confidently as a clear classification.
    const nlu: Understanding = vouched
      ? { ...understood, intent, confidence: Math.max(understood.confidence, CLARIFY_BELOW) }
      : understood;
    const state = readState(turn.state);
    const context: SkillContext = { turn, lang, nlu, state };
    const again = async (text: string, options: { keepState?: boolean } = {}) =>
      (
        await this.#decide(
          {
            ...turn,
            text,
            state: options.keepState ? turn.state : { ...state, order: undefined, shown: undefined },
          },
          false,
          true,
          understander,
        )
      ).decision;
    const decision =
      (withTime && !notOffered(turn.text) ? await laterActs(context, again) : undefined) ??
      (await this.#dialogue(context)) ??
      (await this.#dispatch(context));
    return {
      decision: { ...decision, lang },
      trace: {
        brain: this.name,
        intent: nlu.intent,
        confidence: nlu.confidence,
        slots: nlu.slots as Record<string, unknown>,
      },
    };
  }

  /** A message with several needs, or one under a condition, or a turn while needs wait (`combo.ts`). */
  async #needs(
    turn: BrainTurn,
    understander: Understander,
  ): Promise<{ decision: BrainDecision; trace: BrainTrace } | undefined> {
    const read = pieceReader(turn, this.gazetteer, understander);
    const lang: Lang = /[\p{L}]/u.test(turn.text) ? read(turn.text).lang : turn.lang;
    const decide: DecideText = (text, state) =>
      this.#decide({ ...turn, text, state }, true, false, understander);
    return (await withPending(turn, lang, read, decide)) ?? (await decideNeeds(turn, lang, read, decide));
  }

  /** Turns that lean on the conversation so far: picks, corrections, "never mind", answers to a question. */
  async #dialogue(context: SkillContext): Promise<BrainDecision | undefined> {
    const { nlu, state, turn, lang } = context;
    const slots = nlu.slots;
    const awaitingCard =
      turn.tasks.find(
        (task) => task.status === "awaiting_confirmation" && task.taskId === state.lastTaskId,
      ) ?? turn.tasks.find((task) => task.status === "awaiting_confirmation");
    const strongOther =
      nlu.confidence >= 0.8 &&
      !["order_delivery", "smalltalk", "cancel_order", "out_of_scope"].includes(nlu.intent);

    // The answer to the after-sale skill's question (which item, what happened).
    if (state.awaiting?.intent === "after_sale" && !slots.cancel && !strongOther)
      return continueAfterSale(context);
    // A named problem with something bought ("送错了，我要的是无糖", "40 minutes late") is a claim,
    // never a tweak of the order being discussed.
    if (slots.afterSale && slots.afterSaleKind && slots.afterSaleKind !== "refund" && !awaitingCard)
      return afterSale(context);
    // A change to the waiting card ("再加一个卤蛋", "算了，不要糖", "drop the burger"): that card re-quoted.
    // Else "预约吧" / a time after "the shop is closed now": the same order for later.
    // "再加一斤香蕉" after "below the shop's minimum — add something?": that order with it added.
    const amended =
      (await separateOrderAnswer(context)) ??
      (await amendPending(context, awaitingCard)) ??
      (!awaitingCard && ((await amendAsked(context)) ?? (await preorderAnswer(context))));
    if (amended) return amended;
    // "Starbucks", "use the Wulin Square one": the waiting order from the shop named.
    const switched = !strongOther && !slots.cancel ? await switchShop(context, awaitingCard) : undefined;
    if (switched) return switched;
    if (slots.cancel && awaitingCard && nlu.intent !== "cancel_order" && !strongOther) {
      return {
        type: "cancel_task",
        taskId: awaitingCard.taskId,
        text: say(lang, "好的，已取消，没有扣款。", "OK, dropped it — nothing was charged."),
        state: { ...state, order: undefined, lastTaskId: undefined, shown: undefined } as DialogueState,
      };
    }
    // Tickets being planned: a show named from the list, an answer, a change to the card, a ride there.
    const tickets = await ticketDialogue(context, awaitingCard);
    if (tickets) return tickets.replace ? replacing(tickets.decision, awaitingCard) : tickets.decision;
    // "换一家店" while an order card waits is that order from another shop, however much the words
    // sound like a search for shops.
    const shopSwitch =
      slots.anotherShop &&
      awaitingCard?.kind === "order_delivery" &&
      // The kind of shop may be said ("some other fruit place"), not a thing to buy or a shop's name.
      !slots.entities?.some((match) => match.entity.kind === "item" || match.entity.kind === "merchant") &&
      !slots.destination;
    if (slots.anotherShop && state.order && (!strongOther || shopSwitch)) {
      // The same order from a different shop (after a rejection, or a card the user does not like).
      const avoid = state.order.items.map((item) => item.merchantId).filter((id): id is string => !!id);
      const draft = {
        ...draftFromTurn(context, state.order),
        excludeMerchantIds: [...(state.order.excludeMerchantIds ?? []), ...avoid],
        items: state.order.items.map(({ skuId: _sku, merchantId: _merchant, ...item }) => item),
      };
      return replacing(await planOrder(context, draft), awaitingCard);
    }
    if ((slots.cheaper || slots.faster) && state.order && state.lastQuote && !strongOther) {
      // "换便宜点的" / "anything faster?": the same order under the last card's price or ETA.
      const draft = {
        ...draftFromTurn(context, state.order),
        items: state.order.items.map(({ skuId: _sku, merchantId: _merchant, ...item }) => item),
        ...(slots.cheaper ? { budgetMaxFen: state.lastQuote.totalFen - 1 } : {}),
        ...(slots.faster ? { withinMinutes: state.lastQuote.etaMinutes - 1 } : {}),
      };
      const decision = await planOrder(context, draft, { strict: true });
      if (decision.type !== "start_task") return decision;
      // The tighter limit was for this search only; the order keeps the user's own limits.
      const kept = decision.state as DialogueState;
      const order = kept.order && {
        ...kept.order,
        budgetMaxFen: state.order.budgetMaxFen,
        withinMinutes: state.order.withinMinutes,
      };
      return replacing({ ...decision, state: { ...kept, order } }, awaitingCard);
    }
    if (turn.option && state.shown) {
      // A tap names its option: the list it was shown in decides, not the words (which may say
      // "第1个" of an older list). The label decides when it is the one the list keeps (lists keep
      // one language's labels), else the id; a list no longer shown falls through to the words.
      const { id, label } = turn.option;
      const entries = state.shown.entries;
      const entry =
        entries.find((shown) => shown.label === label) ?? entries.find((shown) => shown.id === id);
      if (entry)
        return pickShown(
          { ...context, turn: { ...turn, text: "" } },
          entry.payload,
          awaitingCard,
          this.#redecide,
        );
    }
    if (slots.ordinal !== undefined && state.shown && state.shown.entries.length > 0) {
      // "第二个电影", "the second comedy": the position counts among the entries so described.
      const entries = describedEntries(turn.text, state.shown.entries) ?? state.shown.entries;
      // Alternatives are listed under the card: with one alternative, "the second one" is it.
      const entry =
        slots.ordinal === -1
          ? entries[entries.length - 1]
          : (entries[slots.ordinal - 1] ??
            (state.shown.kind === "order_alternative" ? entries[slots.ordinal - 2] : undefined));
      if (entry) return pickShown(context, entry.payload, awaitingCard, this.#redecide);
      return {
        type: "reply",
        text: say(
          lang,
          `只列了 ${entries.length} 个选项，你要哪一个？`,
          `I only listed ${entries.length} option${entries.length > 1 ? "s" : ""} — which one do you mean?`,
        ),
        state,
      };
    }
    if (slots.reference === "that_one" && state.shown?.entries[0] && !awaitingCard) {
      return pickShown(context, state.shown.entries[0].payload, awaitingCard, this.#redecide);
    }
    // "好的" / "go ahead at that price" to "nothing fits your budget, the cheapest is …": the user
    // accepts going over it, for this order.
    if (
      state.awaiting?.slot === "budget" &&
      state.order &&
      !strongOther &&
      (slots.confirm || slots.payNow || ACCEPTS_PRICE.test(turn.text))
    ) {
      const draft = {
        ...draftFromTurn(context, state.order),
        budgetMaxFen: undefined,
        perItemMaxFen: undefined,
      };
      return replacing(await planOrder(context, draft), awaitingCard);
    }
    // "pay it", "确认付款" while a card waits are about that card, not a transfer to someone.
    const payTheCard = slots.payNow && !slots.recipient && slots.amountFen === undefined;
    if ((slots.confirm || slots.reference === "that_one" || payTheCard) && awaitingCard) {
      // Words never confirm a payment: only the tap on the card (the trusted surface) does.
      return {
        type: "reply",
        text: say(
          lang,
          "请点卡片上的「确认支付」按钮，我就马上下单。",
          'Please tap "Confirm & pay" on the card and I\'ll place it right away.',
        ),
        state,
      };
    }
    // "再来一杯一样的送家里" once the order is placed: that order again, not a tweak of it.
    if (slots.reference === "last_time" && !awaitingCard && !strongOther && !slots.cancel)
      return reorderLastTime(context);
    // A cancellation is never a tweak of the order: "actually I don't want it anymore, cancel it".
    const retimed = state.lastIntent === "order_delivery" && retimesOrder(context); // "deliver it at 11:30 then"
    if (
      state.order &&
      (!strongOther || retimed) &&
      !slots.cancel &&
      (slots.correction || retimed || isOrderTweak(context))
    ) {
      const draft = draftFromTurn(context, state.order);
      if (awaitingCard?.kind === "order_delivery" && changesNothing(draft, state.order, turn.text))
        return nothingChanged(state.order, lang, state);
      const decision = await planOrder({ ...context, state }, draft);
      return superseding(decision, awaitingCard, lang);
    }
    if (
      state.awaiting?.intent === "order_delivery" &&
      (nlu.intent === "order_delivery" || nlu.confidence < 0.8)
    ) {
      return slots.reference === "last_time"
        ? reorderLastTime(context)
        : planOrder(context, draftFromTurn(context, state.order));
    }
    return followUp(context);
  }

  async #dispatch(context: SkillContext): Promise<BrainDecision> {
    // A question (a price, a saved address) is answered, never turned into a card.
    return lookUp(context, (asked) => this.#act(asked));
  }

  async #act(context: SkillContext): Promise<BrainDecision> {
    const { nlu } = context;
    if (nlu.slots.afterSale && AFTER_SALE_READINGS.has(nlu.intent)) return afterSale(context);
    // Words without letters or digits ("👍", "😀") are a reaction, never a request Dimple cannot do.
    if (!/[\p{L}\p{N}]/u.test(context.turn.text)) return smalltalk(context);
    if (nlu.intent === "out_of_scope") return outOfScope(context);
    if (nlu.confidence < CLARIFY_BELOW && nlu.intent !== "smalltalk") return clarify(context);
    if (nlu.intent === "smalltalk") return smalltalk(context);
    if (nlu.intent === "order_delivery") return orderSkill(context);
    const skill = SKILLS[nlu.intent];
    return skill ? skill(context) : outOfScope(context);
  }
}

/** The language of a turn's words; the user's own when they have none ("2"). */
function langOf(turn: BrainTurn): Lang {
  if (/\p{Script=Han}/u.test(turn.text)) return "zh";
  return /[a-z]/iu.test(turn.text) ? "en" : turn.lang;
}

/** Words that accept a price over the budget ("就按这个价", "超一点没关系", "that's fine"). */
const ACCEPTS_PRICE =
  /按这个价|就这个价|这个价(?:格)?(?:也)?(?:可以|行)|超(?:一点|点|就超)?(?:也)?没关系|超(?:了)?也行|不管预算|\b(?:that'?s|it'?s) (?:fine|ok(?:ay)?)\b|\bat that price\b|\bgo over\b|\bfine by me\b/iu;
