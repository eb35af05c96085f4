import {
  extractCaps,
  extractRecurrence,
  extractRunsUntil,
  type RecurrenceSlot,
} from "../../nlu/slots/recurrence.ts";
import type { BrainDecision } from "../../types.ts";
import { say } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { whenLabel } from "./later.ts";
import type { DecideAgain } from "./later-acts.ts";

/**
 * A recurring order's repeat, caps and expiry, read from the request and kept in the dialogue state
 * while its order is being settled by questions ("which coffee?"): the answer ends on the recurring
 * card, not on a one-off order.
 */
interface PendingRecurring {
  rule: string;
  ruleText: { zh: string; en: string };
  perRunFen?: number;
  totalFen?: number;
  untilMs: number;
}

/** The recurring order waiting for its order's question to be answered, if any. */
export function pendingRecurring(state: DialogueState): PendingRecurring | undefined {
  return state.skill?.recurring as PendingRecurring | undefined;
}

/**
 * "每个工作日早上9点给我点一杯拿铁送到公司，每次不超过30元": the rule, the caps and the expiry are read
 * here, the order by the brain's own order planning on the rest of the words; the card then shows
 * all of it for one confirmation (the open mandate).
 */
export async function recurringOrder(
  context: SkillContext,
  decideAgain: DecideAgain,
): Promise<BrainDecision> {
  const { turn, lang, state } = context;
  const recurrence = extractRecurrence(turn.text, lang, turn.now, turn.profile.timeZone);
  if (!recurrence) return { type: "reply", text: say(lang, "要多久一次？", "How often?"), state };
  if ("missing" in recurrence) {
    return {
      type: "ask",
      slot: "recurrence_time",
      text: say(
        lang,
        "每次几点送？比如「每个工作日早上9点」。",
        'What time each run? For example "every weekday at 9am".',
      ),
      state,
    };
  }
  const caps = extractCaps(turn.text);
  const until = extractRunsUntil(turn.text, turn.now);
  let orderText = turn.text;
  for (const words of [...recurrence.said, ...caps.said, until.said ?? ""].filter(Boolean))
    orderText = orderText.replace(words, " ");
  const words = orderText.replace(/\s+/gu, " ").trim();
  const plan = planOf(recurrence, caps, until.untilMs);
  // The cap per run is the order's budget, so the planner picks what fits it. When nothing does, the
  // card is made at today's price all the same (it says so, and each run over the cap will ask).
  let inner = caps.perRunFen
    ? await decideAgain(
        `${words}${say(lang, `，${caps.perRunFen / 100}元以内`, ` under ¥${caps.perRunFen / 100}`)}`,
      )
    : await decideAgain(words);
  if (caps.perRunFen && inner.type !== "start_task") inner = await decideAgain(words);
  return settle(context, inner, plan);
}

/**
 * The next turn after the order inside a recurring request asked something ("哪种咖啡？"): the answer
 * goes to the order's own dialogue, and a finished order becomes the recurring card.
 */
export async function continueRecurring(
  context: SkillContext,
  decideAgain: DecideAgain,
  plan: PendingRecurring,
): Promise<BrainDecision> {
  const inner = await decideAgain(context.turn.text, { keepState: true });
  // Another kind of request: the recurring one is dropped, and this turn is that request.
  if (inner.type === "start_task" && inner.request.kind !== "order_delivery")
    return { ...inner, state: forget(inner.state) };
  return settle(context, inner, plan);
}

function planOf(
  recurrence: RecurrenceSlot,
  caps: { perRunFen?: number; totalFen?: number },
  untilMs: number,
): PendingRecurring {
  return {
    rule: recurrence.rule,
    ruleText: recurrence.text,
    ...(caps.perRunFen ? { perRunFen: caps.perRunFen } : {}),
    ...(caps.totalFen ? { totalFen: caps.totalFen } : {}),
    untilMs,
  };
}

/** Whether the order's decision waits for the user: a question, a choice, or a reply that asks ("想点点什么？"). */
function asks(decision: BrainDecision): boolean {
  return (
    decision.type === "ask" ||
    decision.type === "propose" ||
    (decision.type === "reply" && /[?？]\s*$/u.test(decision.text))
  );
}

function remember(state: Record<string, unknown>, plan: PendingRecurring): Record<string, unknown> {
  const skill = (state.skill as Record<string, unknown> | undefined) ?? {};
  return { ...state, skill: { ...skill, recurring: plan } };
}

function forget(state: Record<string, unknown>): Record<string, unknown> {
  const skill = (state.skill as Record<string, unknown> | undefined) ?? {};
  return { ...state, skill: { ...skill, recurring: undefined } };
}

/**
 * The order's decision, made recurring: a finished order becomes the recurring card; a question
 * keeps the repeat in the state for its answer; a plain reply (nothing to order) drops it.
 */
function settle(context: SkillContext, inner: BrainDecision, plan: PendingRecurring): BrainDecision {
  const { turn, lang } = context;
  if (asks(inner)) return { ...inner, state: remember(inner.state, plan) };
  if (inner.type !== "start_task" || inner.request.kind !== "order_delivery")
    return { ...inner, state: forget(inner.state) };
  const zone = turn.profile.timeZone;
  const { deliverAt: _deliverAt, ...order } = inner.request.args;
  const capText = plan.perRunFen
    ? say(lang, `每次上限 ¥${plan.perRunFen / 100}`, `capped at ¥${plan.perRunFen / 100} a run`)
    : say(lang, "每次上限按现价", "capped at today's price a run");
  const totalText = plan.totalFen
    ? say(lang, `，总上限 ¥${plan.totalFen / 100}`, `, ¥${plan.totalFen / 100} in total`)
    : "";
  const { scheduledFor: _scheduledFor, startLeadMs: _lead, ...request } = inner.request;
  const until = {
    zh: whenLabel(plan.untilMs, turn.now, "zh", zone),
    en: whenLabel(plan.untilMs, turn.now, "en", zone),
  };
  return {
    type: "start_task",
    request: {
      ...request,
      kind: "recurring_order",
      title: `${say(lang, plan.ruleText.zh, plan.ruleText.en)} · ${inner.request.title}`,
      args: {
        order,
        rule: plan.rule,
        ruleText: plan.ruleText,
        ...(plan.perRunFen ? { perRunCapFen: plan.perRunFen } : {}),
        ...(plan.totalFen ? { totalCapFen: plan.totalFen } : {}),
        expiresAt: plan.untilMs,
        timeZone: zone,
      },
    },
    text: say(
      lang,
      `好的，定期订单：${plan.ruleText.zh}，${capText}${totalText}，${until.zh.split(" ")[0]} 到期。确认后每次到点按现价下单，超出上限会先问你；现在不扣款。`,
      `OK, a recurring order: ${plan.ruleText.en}, ${capText}${totalText}, until ${until.en.replace(/^on /u, "").split(" ")[0]}. Once you confirm, each run is ordered at its time at the live price; a run over the cap asks you first. Nothing is charged now.`,
    ),
    state: forget(inner.state),
  };
}
