import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { detectLanguage } from "../brain/nlu/normalize.ts";
import type { Brain, BrainDecision, BrainTrace, Lang, TaskBrief } from "../brain/types.ts";
import type { TaskEngine } from "../engine/engine.ts";
import { failureWords, hasFailureWords } from "../engine/failure-words.ts";
import { carryFrame } from "../engine/frame-carry.ts";
import type { Notifier } from "../engine/notifier.ts";
import { failureOf, quoteOf, requestOf, type TaskRow, taskTitles } from "../engine/task-store.ts";
import type { AgentEvent, TaskKind, TaskQuote } from "../events.ts";
import { formatFen } from "../format.ts";
import { loadProfile } from "../memory/profile.ts";
import type { ToolClient } from "../tools/client.ts";
import { type ConversationReplay, readConversation } from "./conversation-log.ts";
import type { LaterActs } from "./later-acts.ts";
import type { SessionRow, SessionStore } from "./sessions.ts";

/** Observes each finished turn (the flywheel captures it). */
export type TurnObserver = (turn: {
  session: SessionRow;
  text: string;
  events: AgentEvent[];
  trace: BrainTrace;
  latencyMs: number;
}) => void | Promise<void>;

export interface ConversationOptions {
  context: ServiceContext;
  brain: Brain;
  engine: TaskEngine;
  sessions: SessionStore;
  tools: ToolClient;
  /** Tells the user's other surfaces about each turn, and keeps what a replay reads. */
  notifier?: Notifier;
  onTurn?: TurnObserver;
  /** Carries out acts about time (reminders, recurring orders, moving a booking). */
  later?: LaterActs;
  /** Runs each turn's work (the agent's tools quote a cart once per turn inside it: `turn-quotes.ts`). */
  turnScope?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** What a surface adds to a message: the option tapped, and its own id (echoed to other surfaces). */
export interface MessageOptions {
  option?: { id: string; label: string };
  origin?: string;
}

/**
 * One user turn from words to events: ask the brain, carry out its decision through the engine,
 * persist the turn. Numbers on confirmation cards come from the engine's authoritative quote, never
 * from the brain's text.
 */
export class Conversation {
  constructor(private readonly options: ConversationOptions) {}

  message(
    userId: string,
    sessionId: string,
    text: string,
    emit: (event: AgentEvent) => void = () => {},
    options: MessageOptions = {},
  ): Promise<AgentEvent[]> {
    const turn = () => this.#message(userId, sessionId, text, emit, options);
    return this.options.turnScope ? this.options.turnScope(turn) : turn();
  }

  async #message(
    userId: string,
    sessionId: string,
    text: string,
    emit: (event: AgentEvent) => void,
    options: MessageOptions,
  ): Promise<AgentEvent[]> {
    const trimmed = text.trim();
    if (trimmed.length === 0)
      throw new DimpleError("invalid_argument", "text must not be empty", { field: "text" });
    if (trimmed.length > 2000)
      throw new DimpleError("invalid_argument", "text is longer than 2000 characters", { field: "text" });
    const started = performance.now();
    const { context, brain, engine, sessions, tools } = this.options;
    const session = await sessions.getOwned(userId, sessionId);
    const events: AgentEvent[] = [];
    const push = (event: AgentEvent) => {
      events.push(event);
      emit(event);
    };
    push({ type: "state", state: "thinking" });
    const [profile, history, taskRows] = await Promise.all([
      loadProfile(context, userId),
      sessions.history(sessionId),
      engine.store.listBriefs(userId, 20),
    ]);
    const { decision, trace } = await brain.decide({
      text: trimmed,
      lang: session.lang,
      now: context.clock.now(),
      sessionId,
      history,
      state: session.state,
      profile,
      tasks: taskRows.map(brief),
      tools,
      ...(options.option ? { option: options.option } : {}),
    });
    const lang = decision.lang ?? messageLanguage(trimmed, session.lang);
    let startedTaskId = await this.#carryOut(session, decision, lang, push, profile.timeZone);
    // More needs of the same message ("点杯喜茶，再叫个车去公司"): each carried out in turn.
    for (const also of decision.also ?? []) {
      const started = await this.#carryOut(session, also, lang, push, profile.timeZone);
      startedTaskId ??= started;
    }
    const replyText = events
      .filter((event) => event.type === "reply")
      .map((event) => (event as { text: string }).text)
      .join("\n");
    await sessions.recordExchange(session, {
      state: startedTaskId ? { ...decision.state, lastTaskId: startedTaskId } : decision.state,
      userText: trimmed,
      replyText,
      events,
    });
    this.options.notifier?.turn(userId, {
      sessionId,
      ...(options.origin ? { origin: options.origin } : {}),
      text: trimmed,
      events,
      at: context.clock.now(),
    });
    await this.options.onTurn?.({
      session,
      text: trimmed,
      events,
      trace,
      latencyMs: performance.now() - started,
    });
    return events;
  }

  /** The user's conversation so far, across sessions, for a surface to rebuild its screen from. */
  async replay(userId: string): Promise<ConversationReplay> {
    const { context, engine, notifier } = this.options;
    if (!notifier) return { sessionId: null, lang: null, entries: [] };
    return readConversation({ context, engine, notifier }, userId);
  }

  /**
   * Acts on the brain's decision, speaking `lang` (the message's language); returns the id of a task
   * it started, if any. Tasks remember that language for their notifications.
   */
  async #carryOut(
    session: SessionRow,
    decision: BrainDecision,
    lang: Lang,
    push: (event: AgentEvent) => void,
    timeZone: string,
  ): Promise<string | undefined> {
    const { engine } = this.options;
    switch (decision.type) {
      case "reply":
        push({
          type: "reply",
          text: decision.text,
          ...(decision.suggestions ? { suggestions: decision.suggestions } : {}),
        });
        push({ type: "state", state: "idle" });
        return;
      case "ask":
        push({ type: "reply", text: decision.text });
        push({ type: "state", state: "idle" });
        return;
      case "propose":
        push({ type: "reply", text: decision.text, options: decision.options });
        push({ type: "state", state: "idle" });
        return;
      case "cancel_task": {
        push({ type: "state", state: "executing", tool: "cancel" });
        try {
          const task = await engine.cancel(session.userId, decision.taskId);
          push({ type: "reply", text: decision.text });
          push(await engine.eventFor(task));
          for (const taskId of decision.alsoCancel ?? []) {
            const also = await engine.cancel(session.userId, taskId).catch((error: unknown) => {
              push({ type: "reply", text: cancelRefusal(error, lang) });
              return undefined;
            });
            if (also) push(await engine.eventFor(also));
          }
          push({ type: "state", state: "success" });
        } catch (error) {
          push({ type: "reply", text: cancelRefusal(error, lang) });
          push({ type: "state", state: "error" });
        }
        return;
      }
      case "later": {
        if (!this.options.later) {
          push({
            type: "reply",
            text:
              lang === "zh"
                ? "这里还不能设置提醒和定期订单。"
                : "Reminders and recurring orders aren't available here.",
          });
          return;
        }
        if (decision.text) push({ type: "reply", text: decision.text });
        const taskId = await this.options.later.carryOut(
          session.userId,
          session.id,
          decision.act,
          lang,
          push,
          timeZone,
        );
        push({ type: "state", state: "idle" });
        return taskId;
      }
      case "start_task": {
        push({ type: "state", state: "executing", tool: decision.request.kind });
        let request = decision.request;
        if (decision.replacesTaskId) {
          const replaced = await engine
            .cancel(session.userId, decision.replacesTaskId)
            .catch(() => undefined);
          if (replaced) push(await engine.eventFor(replaced));
          // An edit's card is checked against everything the replaced card was asked to keep.
          const before = replaced ? requestOf(replaced).frame : undefined;
          if (request.frame) request = { ...request, frame: carryFrame(before, request.frame) };
        }
        const tasks = [await engine.start(session.userId, session.id, { ...request, lang })];
        for (const linked of decision.linked ?? []) {
          tasks.push(await engine.start(session.userId, session.id, { ...linked, lang }, tasks[0]?.id));
        }
        const lines = [decision.text];
        for (const task of tasks) lines.push(describeQuoted(task, lang));
        push({
          type: "reply",
          text: lines.filter(Boolean).join("\n"),
          ...(decision.alternatives?.length ? { options: decision.alternatives } : {}),
        });
        for (const task of tasks) push(await engine.eventFor(task));
        const anyAwaiting = tasks.some((task) => task.status === "awaiting_confirmation");
        push({ type: "state", state: anyAwaiting ? "confirming" : "error" });
        return tasks[0]?.id;
      }
    }
  }
}

/**
 * The language to answer a message in when the brain did not say: the message's own (a zh session
 * may write English), or the session's for words without letters ("1", "👍").
 */
export function messageLanguage(text: string, sessionLang: Lang): Lang {
  return /\p{L}/u.test(text) ? detectLanguage(text) : sessionLang;
}

function brief(
  task: Pick<TaskRow, "id" | "kind" | "status" | "title" | "request" | "order_id" | "created_at">,
): TaskBrief {
  // A booking's own time (not its start, which is earlier), so "改到9点" can move it; the request
  // is parsed once for it and the titles (20 tasks a turn).
  const request = ["scheduled", "awaiting_confirmation"].includes(task.status) ? requestOf(task) : undefined;
  const titles = taskTitles(task, request);
  const scheduledFor = request === undefined ? undefined : request.scheduledFor;
  return {
    taskId: task.id,
    kind: task.kind as TaskKind,
    status: task.status,
    title: task.title,
    titleZh: titles.zh,
    titleEn: titles.en,
    ...(task.order_id ? { orderId: task.order_id } : {}),
    createdAt: task.created_at,
    ...(typeof scheduledFor === "number" ? { scheduledFor } : {}),
  };
}

/**
 * The sentence under the brain's text: where the card differs from the request (named before the
 * total, never left for the user to spot), the card's own numbers, or why there is no card.
 */
function describeQuoted(task: TaskRow, lang: Lang): string {
  if (task.kind === "after_sale") return describeClaim(task, lang);
  if (task.status === "awaiting_confirmation" && task.quote) {
    const quote = quoteOf(task) as TaskQuote;
    const notes = (quote.notes ?? []).map((note) => (lang === "zh" ? note.zh : note.en));
    const heads =
      notes.length === 0
        ? ""
        : lang === "zh"
          ? `请注意：${notes.join("；")}。\n`
          : `Please note: ${notes.join("; ")}.\n`;
    if (quote.recurrence) {
      const { perRunCapFen, totalCapFen } = quote.recurrence;
      return lang === "zh"
        ? `${heads}现价每次 ${formatFen(quote.totalFen)}，每次上限 ${formatFen(perRunCapFen)}${totalCapFen ? `，总上限 ${formatFen(totalCapFen)}` : ""}。请在卡片上确认（现在不扣款）。`
        : `${heads}${formatFen(quote.totalFen)} a run at today's price, capped at ${formatFen(perRunCapFen)} a run${totalCapFen ? `, ${formatFen(totalCapFen)} in total` : ""}. Confirm it on the card (nothing is charged now).`;
    }
    return lang === "zh"
      ? `${heads}合计 ${formatFen(quote.totalFen)}，请在卡片上确认支付。`
      : `${heads}Total ${formatFen(quote.totalFen)} — tap "Confirm & pay" on the card to go ahead.`;
  }
  const error = failureOf(task);
  if (error?.code === "card_differs")
    return lang === "zh"
      ? `不过我没有生成订单卡片：${error.zh ?? error.message}。要怎么调整？`
      : `But I haven't made a card: ${error.message}. How would you like to change it?`;
  // A service's own message is English for developers: an English reply may quote it when there
  // are no plain words for the code, a Chinese one never does.
  const reason =
    lang === "en" && error && !hasFailureWords(error.code) && !/\p{Script=Han}/u.test(error.message)
      ? error.message
      : failureWords(error?.code, lang);
  return lang === "zh" ? `抱歉，没能下单：${reason}。` : `Sorry, I couldn't get a quote: ${reason}.`;
}

/** Under an after-sale card: what comes back and that the tap files it (nothing is paid). */
function describeClaim(task: TaskRow, lang: Lang): string {
  if (task.status === "awaiting_confirmation" && task.quote) {
    const quote = quoteOf(task) as TaskQuote;
    if (quote.totalFen === 0)
      return lang === "zh"
        ? "不涉及退款，请在卡片上确认提交。"
        : 'No money involved — tap "Confirm" on the card to send it.';
    return lang === "zh"
      ? `退回 ${formatFen(quote.totalFen)}，不扣任何钱，请在卡片上确认提交。`
      : `${formatFen(quote.totalFen)} back, nothing charged — tap "Confirm" on the card to file it.`;
  }
  const error = failureOf(task);
  const reason =
    error?.code === "claim_refused"
      ? lang === "zh"
        ? (error.zh ?? error.message)
        : error.message
      : failureWords(error?.code, lang);
  return lang === "zh"
    ? `抱歉，售后申请没能提交：${reason}。`
    : `Sorry, I couldn't file the claim: ${reason}.`;
}

function cancelRefusal(error: unknown, lang: Lang): string {
  // The engine's message is English for developers; a Chinese reply says it in its own words.
  const message = error instanceof DimpleError ? error.message : "";
  return lang === "zh"
    ? "抱歉，这个订单现在不能取消。"
    : `Sorry, that can't be cancelled now. ${message}`.trim();
}
