import type { Kysely } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import type { Database } from "../../store/schema.ts";
import type { BrainTrace } from "../brain/types.ts";
import type { AgentEvent } from "../events.ts";
import type { TurnObserver } from "../session/conversation.ts";

/** The model tokens spent on one task, as `GET /api/tasks/:id` and the chat summary show them. */
export interface TaskTokens {
  prompt: number;
  completion: number;
  /** The part of `prompt` the provider served from its prompt cache (0 when it does not say). */
  cachedPrompt: number;
  modelCalls: number;
  /** Turns that called a model and were about this task (a replaced card's turns included). */
  modelTurns: number;
  /** True when some count is an estimate (a provider that sent no usage: characters / 4). */
  estimated: boolean;
  /** The card that replaced this one and carries its tokens on. */
  replacedBy?: string;
}

/** A task no model worked on: the embedded brain spends no tokens, and says so with zeros. */
export const NO_TOKENS: Readonly<TaskTokens> = Object.freeze({
  prompt: 0,
  completion: 0,
  cachedPrompt: 0,
  modelCalls: 0,
  modelTurns: 0,
  estimated: false,
});

/** What a turn did with tasks, read from its events and its trace. */
export interface TurnTasks {
  /** The tasks the turn's tokens go to: started (linked ones too), cancelled, or asked about. */
  about: string[];
  /** Cards the turn replaced with a new one ("make it large"); their tokens carry to `about[0]`. */
  replaced: string[];
}

/**
 * Which tasks a turn is about. A turn's task events are either the tasks it started (the main one,
 * then linked ones) with the card it replaced, cancelled, or the one task it cancelled; so when a
 * turn shows a task that is not cancelled, it started tasks and any cancelled one was replaced.
 * Tasks the brain looked up (`trace.taskIds`, "where is my order") count too.
 */
export function turnTasks(events: readonly AgentEvent[], trace: Pick<BrainTrace, "taskIds">): TurnTasks {
  const started: string[] = [];
  const cancelled: string[] = [];
  for (const event of events) {
    if (event.type !== "task") continue;
    const list = event.status === "cancelled" ? cancelled : started;
    if (!list.includes(event.taskId)) list.push(event.taskId);
  }
  const replaced = started.length > 0 ? cancelled : [];
  const about = started.length > 0 ? [...started] : [...cancelled];
  for (const taskId of trace.taskIds ?? [])
    if (!about.includes(taskId) && !replaced.includes(taskId)) about.push(taskId);
  return { about, replaced };
}

/** `total` divided into `parts` whole shares that add up to it; the first shares take the remainder. */
export function shares(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, index) => base + (index < total % parts ? 1 : 0));
}

/**
 * Per-task model tokens. Every turn's tokens (the sum of its model calls, in `BrainTrace.tokens`)
 * are divided evenly among the tasks the turn is about, so the totals over tasks add up to what was
 * spent; a card replaced by a correction hands its totals on to the new card. Embedded-brain turns
 * carry no tokens and add nothing.
 */
export class TaskTokenLedger {
  constructor(private readonly context: ServiceContext) {}

  /** The agent's `onTurn` observer; a failure is logged and never fails the user's turn. */
  readonly observeTurn: TurnObserver = async (turn) => {
    try {
      await this.record(turn.session.userId, turn.events, turn.trace);
    } catch (error) {
      this.context.log?.(error);
    }
  };

  /** Attributes one finished turn: carries replaced cards on, then adds its tokens to its tasks. */
  async record(userId: string, events: readonly AgentEvent[], trace: BrainTrace): Promise<void> {
    const { about, replaced } = turnTasks(events, trace);
    const successor = about[0];
    if (successor) for (const taskId of replaced) await this.#carry(taskId, successor);
    const tokens = trace.tokens;
    if (!tokens || about.length === 0) return;
    const prompt = shares(tokens.prompt, about.length);
    const completion = shares(tokens.completion, about.length);
    const cached = shares(tokens.cachedPrompt, about.length);
    const calls = shares(tokens.modelCalls, about.length);
    for (const [index, taskId] of about.entries()) {
      await addTokens(this.context.db, this.context.clock.now(), taskId, userId, {
        prompt: prompt[index] ?? 0,
        completion: completion[index] ?? 0,
        cachedPrompt: cached[index] ?? 0,
        modelCalls: calls[index] ?? 0,
        modelTurns: 1,
        estimated: tokens.estimated === true,
      });
    }
  }

  /** One task's tokens (zeros when no model ever worked on it). */
  async get(taskId: string): Promise<TaskTokens> {
    return (await this.getMany([taskId])).get(taskId) ?? { ...NO_TOKENS };
  }

  /** Several tasks' tokens in one query; tasks without a row are reported with zeros. */
  async getMany(taskIds: readonly string[]): Promise<Map<string, TaskTokens>> {
    const found = new Map<string, TaskTokens>();
    if (taskIds.length === 0) return found;
    const rows = await this.context.db
      .selectFrom("agent_task_tokens")
      .selectAll()
      .where("task_id", "in", [...taskIds])
      .execute();
    for (const row of rows)
      found.set(row.task_id, {
        prompt: Number(row.prompt_tokens),
        completion: Number(row.completion_tokens),
        cachedPrompt: Number(row.cached_prompt_tokens),
        modelCalls: Number(row.model_calls),
        modelTurns: Number(row.model_turns),
        estimated: Number(row.estimated) === 1,
        ...(row.replaced_by ? { replacedBy: row.replaced_by } : {}),
      });
    for (const taskId of taskIds) if (!found.has(taskId)) found.set(taskId, { ...NO_TOKENS });
    return found;
  }

  /** Hands a replaced card's totals on to the card that replaced it, once (the mark makes it idempotent). */
  async #carry(replacedId: string, successorId: string): Promise<void> {
    await this.context.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable("agent_task_tokens")
        .set({ replaced_by: successorId, updated_at: this.context.clock.now() })
        .where("task_id", "=", replacedId)
        .where("replaced_by", "is", null)
        .returningAll()
        .executeTakeFirst();
      if (!row) return;
      await addTokens(trx, this.context.clock.now(), successorId, row.user_id, {
        prompt: Number(row.prompt_tokens),
        completion: Number(row.completion_tokens),
        cachedPrompt: Number(row.cached_prompt_tokens),
        modelCalls: Number(row.model_calls),
        modelTurns: Number(row.model_turns),
        estimated: Number(row.estimated) === 1,
      });
    });
  }
}

/** Adds counts to a task's row with one atomic upsert (two turns at once lose nothing). */
async function addTokens(
  db: Kysely<Database>,
  now: number,
  taskId: string,
  userId: string,
  add: Omit<TaskTokens, "replacedBy">,
): Promise<void> {
  await db
    .insertInto("agent_task_tokens")
    .values({
      task_id: taskId,
      user_id: userId,
      prompt_tokens: add.prompt,
      completion_tokens: add.completion,
      cached_prompt_tokens: add.cachedPrompt,
      model_calls: add.modelCalls,
      model_turns: add.modelTurns,
      estimated: add.estimated ? 1 : 0,
      replaced_by: null,
      updated_at: now,
    })
    .onConflict((conflict) =>
      conflict.column("task_id").doUpdateSet((update) => ({
        prompt_tokens: update("agent_task_tokens.prompt_tokens", "+", add.prompt),
        completion_tokens: update("agent_task_tokens.completion_tokens", "+", add.completion),
        cached_prompt_tokens: update("agent_task_tokens.cached_prompt_tokens", "+", add.cachedPrompt),
        model_calls: update("agent_task_tokens.model_calls", "+", add.modelCalls),
        model_turns: update("agent_task_tokens.model_turns", "+", add.modelTurns),
        ...(add.estimated ? { estimated: 1 } : {}),
        updated_at: now,
      })),
    )
    .execute();
}
