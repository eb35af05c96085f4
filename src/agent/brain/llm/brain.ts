import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { z } from "zod";
import type { ToolClient, ToolInfo } from "../../tools/client.ts";
import { frameOfWords } from "../embedded/words-frame.ts";
import type { Gazetteer } from "../nlu/gazetteer.ts";
import { classify } from "../nlu/model-store.ts";
import { detectLanguage } from "../nlu/normalize.ts";
import { extractSlots } from "../nlu/slots/extract-slots.ts";
import type { Slots } from "../nlu/slots/types.ts";
import type { Understanding } from "../nlu/understand.ts";
import type { Brain, BrainDecision, BrainTrace, BrainTurn, Lang } from "../types.ts";
import { isAgentFunction } from "./agent-functions.ts";
import { toolMessage } from "./compact.ts";
import { Evidence } from "./evidence.ts";
import { type ChatModel, ModelFailure, type ModelReply, type TokenUsage } from "./model.ts";
import { failureText, type LlmOutcome } from "./outcomes.ts";
import { buildMessages } from "./prompt.ts";
import type { ProposalContext } from "./proposal-context.ts";
import { decideProposal } from "./proposals.ts";
import { callReadTool } from "./read-tools.ts";
import { selectTools, type ToolOffer } from "./tool-catalog.ts";
import { addUsage, llmUsage, type UsageMeter } from "./usage-meter.ts";

export interface LlmBrainOptions {
  model: ChatModel;
  /** The turn's budget for the model, retries included. */
  timeoutMs: number;
  /** Model calls per turn (read-tool rounds plus the answer). */
  maxRounds: number;
  meter?: UsageMeter;
  /**
   * The embedded brain's catalogue names: with them the user's words are read into order lines, so
   * the frame every proposal is checked against has the items and counts the user said.
   */
  gazetteer?: Gazetteer;
}

/** One LLM turn in full: the decision, its trace, and how the model behaved (the hybrid router reads it). */
export interface LlmTurnResult {
  decision: BrainDecision;
  trace: BrainTrace;
  outcome: LlmOutcome;
  /** Time spent waiting for the model, in ms (the rest is Dimple's own work). */
  modelMs: number;
}

const ToolArguments = z.record(z.string(), z.unknown());

/**
 * The LLM brain: the model sees the conversation, a compact profile and only the tools relevant to
 * the turn; it may call read tools for a few rounds, and it proposes changes through the agent
 * functions, each validated against what the read tools returned. It is never offered a tool that
 * writes or moves money, so the worst it can do is propose a card the user declines.
 */
export class LlmBrain implements Brain {
  readonly name = "llm";
  readonly #offers = new WeakMap<ToolClient, { tools: ToolInfo[]; byIntents: Map<string, ToolOffer> }>();

  constructor(private readonly options: LlmBrainOptions) {}

  async decide(turn: BrainTurn): Promise<{ decision: BrainDecision; trace: BrainTrace }> {
    const { decision, trace } = await this.run(turn);
    return { decision, trace };
  }

  /** Decides one turn and reports how the model behaved; never throws for anything the model does. */
  async run(
    turn: BrainTurn,
    limits: { timeoutMs?: number; understood?: Understanding } = {},
  ): Promise<LlmTurnResult> {
    const started = performance.now();
    // Every turn needs the intent ranking (it picks the tools); slots only when a proposal is
    // checked, so they are extracted on demand (date parsing is the costly part of the NLU).
    const classification = limits.understood ?? classify(turn.text);
    const lang: Lang = /[\p{L}]/u.test(turn.text)
      ? (limits.understood?.lang ?? detectLanguage(turn.text))
      : turn.lang;
    let slots: Slots | undefined = limits.understood?.slots;
    const slotsOf = () => {
      slots ??= extractSlots(turn.text, lang, this.options.gazetteer, { now: turn.now });
      return slots;
    };
    let amounts: Set<number> | undefined;
    const offer = this.#offer(turn.tools, classification.ranking);
    const { awaiting: _stale, ...state } = turn.state;
    const proposalContext: ProposalContext = {
      turn,
      lang,
      evidence: new Evidence(),
      slots: slotsOf,
      // What the user asked for, read from their words alone: the engine checks the model's card
      // against it, exactly as it checks the embedded brain's.
      frame: (kind) =>
        frameOfWords(turn, lang, { ...classification, slots: limits.understood?.slots ?? slotsOf() }, kind),
      statedAmounts: () => {
        amounts ??= statedAmounts(turn, slotsOf(), lang);
        return amounts;
      },
      userWords: [
        turn.text,
        ...turn.history
          .filter((entry) => entry.role === "user")
          .slice(-2)
          .map((entry) => entry.text),
      ],
      state,
    };
    const messages = buildMessages(turn, lang);
    const usage: TokenUsage = { prompt: 0, completion: 0 };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs ?? this.options.timeoutMs);
    let modelMs = 0;
    let modelCalls = 0;
    // Tasks the model looked up or named in its calls ("where is my order"): the turn is about them.
    const referred = new Set<string>();
    const taskOf = taskReferences(turn);
    const finish = (decision: BrainDecision, outcome: LlmOutcome): LlmTurnResult => {
      clearTimeout(timer);
      (this.options.meter ?? llmUsage).record({
        outcome,
        modelCalls,
        prompt: usage.prompt,
        completion: usage.completion,
        cached: usage.cached ?? 0,
        estimated: usage.estimated === true,
        modelMs,
        totalMs: performance.now() - started,
      });
      return {
        decision,
        outcome,
        modelMs,
        trace: {
          brain: this.name,
          intent: classification.intent,
          confidence: classification.confidence,
          tokens: {
            prompt: usage.prompt,
            completion: usage.completion,
            cachedPrompt: usage.cached ?? 0,
            modelCalls,
            ...(usage.estimated ? { estimated: true } : {}),
          },
          ...(referred.size ? { taskIds: [...referred] } : {}),
        },
      };
    };
    const fail = (outcome: LlmOutcome, detail?: string) =>
      finish({ type: "reply", text: failureText(outcome, lang, detail), state: turn.state }, outcome);

    let lastProblem: string | undefined;
    for (let round = 0; round < this.options.maxRounds; round++) {
      let reply: ModelReply;
      const callStarted = performance.now();
      try {
        modelCalls += 1;
        reply = await this.options.model.complete({
          messages,
          tools: offer.schemas,
          signal: controller.signal,
        });
      } catch (error) {
        modelMs += performance.now() - callStarted;
        if (error instanceof ModelFailure) return fail(error.code, error.message);
        return fail("bad_response");
      }
      modelMs += performance.now() - callStarted;
      addUsage(usage, reply.usage ?? estimateUsage(messages, offer, reply));
      if (reply.refusal || reply.finishReason === "content_filter")
        return finish({ type: "reply", text: failureText("refusal", lang, reply.refusal), state }, "refusal");
      if (reply.toolCalls.length === 0) {
        const text = reply.content.trim();
        if (!text) return fail("empty");
        return finish({ type: "reply", text, state }, "reply");
      }
      messages.push({
        role: "assistant",
        content: reply.content || null,
        tool_calls: reply.toolCalls.map((call) => ({
          id: call.id,
          type: "function" as const,
          function: { name: call.name, arguments: call.arguments },
        })),
      });
      for (const call of reply.toolCalls) {
        const args = parseArguments(call.arguments);
        if (args.ok) for (const taskId of taskOf(args.data)) referred.add(taskId);
        let content: string;
        if (!args.ok) {
          content = JSON.stringify({
            error: { code: "invalid_json", message: `arguments of ${call.name} are not a JSON object` },
          });
          lastProblem = `the model sent unreadable arguments for ${call.name}`;
        } else if (isAgentFunction(call.name) && offer.functions.has(call.name)) {
          const outcome = decideProposal(call.name, args.data, proposalContext);
          if ("decision" in outcome) return finish(outcome.decision, outcomeOf(outcome.decision));
          lastProblem = outcome.problem;
          content = JSON.stringify({ error: { code: "rejected", message: outcome.problem } });
        } else if (offer.readTools.has(call.name)) {
          const tool = offer.readTools.get(call.name) as ToolInfo;
          const result = await callReadTool(turn, tool, args.data);
          if (result.ok) proposalContext.evidence.add(result.data);
          content = toolMessage(call.name, result);
        } else {
          lastProblem = `the model asked for a tool it was not offered (${call.name.slice(0, 60)})`;
          content = JSON.stringify({
            error: {
              code: "unknown_tool",
              message: `no tool named ${call.name.slice(0, 60)} is available now`,
            },
          });
        }
        messages.push({ role: "tool", tool_call_id: call.id, content });
      }
    }
    return lastProblem ? fail("invalid", lastProblem) : fail("rounds_exhausted");
  }

  /** The tools for this turn's intents, built once per tool client and intent set (same bytes every time). */
  #offer(tools: ToolClient, ranking: Understanding["ranking"]): ToolOffer {
    let cached = this.#offers.get(tools);
    if (!cached) {
      cached = { tools: tools.list(), byIntents: new Map() };
      this.#offers.set(tools, cached);
    }
    const key = ranking.map((score) => `${score.intent}:${score.probability >= 0.15 ? 1 : 0}`).join(",");
    let offer = cached.byIntents.get(key);
    if (!offer) {
      offer = selectTools(ranking, cached.tools);
      cached.byIntents.set(key, offer);
    }
    return offer;
  }
}

function parseArguments(raw: string): { ok: true; data: Record<string, unknown> } | { ok: false } {
  let value: unknown;
  try {
    value = raw.trim() === "" ? {} : JSON.parse(raw);
  } catch {
    return { ok: false };
  }
  const parsed = ToolArguments.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
}

/**
 * Finds the user's tasks an argument object names, by task id or by the id of the order, trip or
 * ticket purchase it placed (a read tool called with `orderId`); the turn is then about that task.
 */
function taskReferences(turn: BrainTurn): (args: Record<string, unknown>) => string[] {
  const byId = new Map<string, string>();
  for (const task of turn.tasks) {
    byId.set(task.taskId, task.taskId);
    if (task.orderId) byId.set(task.orderId, task.taskId);
  }
  return (args) =>
    byId.size === 0
      ? []
      : Object.values(args).flatMap((value) => {
          const taskId = typeof value === "string" ? byId.get(value) : undefined;
          return taskId ? [taskId] : [];
        });
}

function outcomeOf(decision: BrainDecision): LlmOutcome {
  if (decision.type === "start_task") return "task";
  if (decision.type === "cancel_task") return "cancel";
  return decision.type === "ask" ? "ask" : "reply";
}

/** When a provider sends no usage, count characters / 4 (the usual rough rate), marked as estimated. */
function estimateUsage(
  messages: ChatCompletionMessageParam[],
  offer: ToolOffer,
  reply: ModelReply,
): TokenUsage {
  const promptChars = JSON.stringify(messages).length + JSON.stringify(offer.schemas).length;
  const completionChars =
    reply.content.length + reply.toolCalls.reduce((sum, call) => sum + call.arguments.length, 0);
  return { prompt: Math.ceil(promptChars / 4), completion: Math.ceil(completionChars / 4), estimated: true };
}

/** Amounts the user said this turn or in their last two messages ("转50块" → 5000 fen). */
function statedAmounts(turn: BrainTurn, slots: Slots, lang: Lang): Set<number> {
  const amounts = new Set<number>();
  const add = (slots: { amountFen?: number; budgetMaxFen?: number }) => {
    if (slots.amountFen !== undefined) amounts.add(slots.amountFen);
  };
  add(slots);
  const earlier = turn.history.filter((entry) => entry.role === "user").slice(-2);
  for (const entry of earlier) add(extractSlots(entry.text, lang, undefined, { now: turn.now }));
  return amounts;
}
