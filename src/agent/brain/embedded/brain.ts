import type { Gazetteer } from "../nlu/gazetteer.ts";
import { type Intent, isIntent } from "../nlu/intents.ts";
import { understand } from "../nlu/understand.ts";
import type { Brain, BrainDecision, BrainTrace, BrainTurn, Lang, TaskRequest } from "../types.ts";
import { say } from "./say.ts";
import { clarify, outOfScope, smalltalk } from "./skills/chitchat.ts";
import type { Skill, SkillContext, Understanding } from "./skills/context.ts";
import { SKILLS } from "./skills/index.ts";
import { draftFromTurn, planOrder } from "./skills/order.ts";
import { type DialogueState, readState } from "./state.ts";

/** Below this intent probability the brain asks instead of acting. */
export const CLARIFY_BELOW = 0.45;

const orderSkill: Skill = (context) => planOrder(context, draftFromTurn(context));

/**
 * The embedded brain: the on-device NLU (trained classifier + slot extraction + gazetteer), a
 * dialogue layer for references, corrections and slot filling, and skills that plan over tools.
 */
export class EmbeddedBrain implements Brain {
  readonly name = "embedded";

  constructor(private readonly gazetteer?: Gazetteer) {}

  async decide(turn: BrainTurn): Promise<{ decision: BrainDecision; trace: BrainTrace }> {
    const understood = understand(turn.text, {
      now: turn.now,
      ...(this.gazetteer ? { gazetteer: this.gazetteer } : {}),
    });
    const lang: Lang = /[\p{L}]/u.test(turn.text) ? understood.lang : turn.lang;
    const nlu: Understanding = understood;
    const state = readState(turn.state);
    const context: SkillContext = { turn, lang, nlu, state };
    const decision = (await this.#dialogue(context)) ?? (await this.#dispatch(context));
    return {
      decision,
      trace: {
        brain: this.name,
        intent: nlu.intent,
        confidence: nlu.confidence,
        slots: nlu.slots as Record<string, unknown>,
      },
    };
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

    if (slots.cancel && awaitingCard && nlu.intent !== "cancel_order" && !strongOther) {
      return {
        type: "cancel_task",
        taskId: awaitingCard.taskId,
        text: say(lang, "好的，已取消，没有扣款。", "OK, dropped it — nothing was charged."),
        state: { ...state, order: undefined, lastTaskId: undefined } as DialogueState,
      };
    }
    if (slots.ordinal !== undefined && state.shown && state.shown.entries.length > 0) {
      const entries = state.shown.entries;
      const entry = slots.ordinal === -1 ? entries[entries.length - 1] : entries[slots.ordinal - 1];
      if (entry) return this.#pickShown(context, entry.payload);
    }
    if (slots.reference === "that_one" && state.shown?.entries[0] && !awaitingCard) {
      return this.#pickShown(context, state.shown.entries[0].payload);
    }
    if ((slots.confirm || slots.reference === "that_one") && awaitingCard) {
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
    if (slots.correction && state.order && !strongOther) {
      const decision = await planOrder({ ...context, state }, draftFromTurn(context, state.order));
      return decision.type === "start_task" && awaitingCard
        ? { ...decision, replacesTaskId: awaitingCard.taskId }
        : decision;
    }
    if (
      state.awaiting?.intent === "order_delivery" &&
      (nlu.intent === "order_delivery" || nlu.confidence < 0.8)
    ) {
      return planOrder(context, draftFromTurn(context, state.order));
    }
    // An answer to another skill's question ("50块", "3张", "杭州东站") continues that skill.
    const asked = state.awaiting?.intent;
    const askingSkill = asked && isIntent(asked) ? SKILLS[asked] : undefined;
    if (asked && askingSkill && (nlu.intent === asked || nlu.confidence < 0.8)) {
      return askingSkill({ ...context, nlu: { ...nlu, intent: asked as Intent } });
    }
    return undefined;
  }

  async #pickShown(context: SkillContext, payload: Record<string, unknown>): Promise<BrainDecision> {
    const { state, lang } = context;
    const request = payload.request as TaskRequest | undefined;
    if (request && typeof request === "object") {
      return {
        type: "start_task",
        request,
        text: say(lang, "好的，就这家。", "Sure, that one."),
        state: { ...state, shown: undefined } as DialogueState,
      };
    }
    if (typeof payload.query === "string") {
      return planOrder(context, {
        ...(state.order ?? { items: [] }),
        items: [{ query: payload.query, qty: 1, options: {} }],
      });
    }
    if (typeof payload.text === "string") {
      // A picked option stands for a new request ("怎么去 <place>"): understand it afresh.
      const nlu = understand(payload.text, {
        now: context.turn.now,
        ...(this.gazetteer ? { gazetteer: this.gazetteer } : {}),
      });
      return this.#dispatch({ ...context, nlu, turn: { ...context.turn, text: payload.text } });
    }
    return outOfScope(context);
  }

  async #dispatch(context: SkillContext): Promise<BrainDecision> {
    const { nlu } = context;
    if (nlu.intent === "out_of_scope") return outOfScope(context);
    if (nlu.confidence < CLARIFY_BELOW && nlu.intent !== "smalltalk") return clarify(context);
    if (nlu.intent === "smalltalk") return smalltalk(context);
    if (nlu.intent === "order_delivery") return orderSkill(context);
    const skill = SKILLS[nlu.intent];
    return skill ? skill(context) : outOfScope(context);
  }
}
