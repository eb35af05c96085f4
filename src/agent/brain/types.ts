import type { Divergence } from "../engine/faithfulness.ts";
import type { TaskKind } from "../events.ts";
import type { UserProfile } from "../memory/profile.ts";
import type { ToolClient } from "../tools/client.ts";
import type { RequestFrame } from "./frame.ts";

export type Lang = "zh" | "en";

/** A short view of a task the brain can refer to ("cancel that order", "where is my coffee"). */
export interface TaskBrief {
  taskId: string;
  kind: TaskKind;
  status: string;
  /** The title in the language of the request that made the task. */
  title: string;
  /** The title in each language, when the task's quote named it in both. */
  titleZh?: string;
  titleEn?: string;
  orderId?: string;
  createdAt: number;
  /** For a task confirmed for later: when it is for (epoch ms), so "改到9点" can move it. */
  scheduledFor?: number;
}

/** Everything the brain may look at to decide one turn. */
export interface BrainTurn {
  text: string;
  lang: Lang;
  now: number;
  sessionId: string;
  history: { role: "user" | "assistant"; text: string }[];
  /** The brain's own dialogue state from the previous turn (opaque to everyone else). */
  state: Record<string, unknown>;
  /**
   * The option the user tapped under a reply (its id and label as shown), when the turn is a tap:
   * it picks from the list it belongs to, whatever the words say.
   */
  option?: { id: string; label: string };
  profile: UserProfile;
  tasks: TaskBrief[];
  /** Read access to the ecosystem for planning; effects go through the engine, never from here. */
  tools: ToolClient;
}

/** A concrete, quotable request the engine turns into an authoritative quote and a task. */
export interface TaskRequest {
  kind: TaskKind;
  title: string;
  /** Service-specific arguments for the quote (cart lines, seats, ride, transfer). */
  args: Record<string, unknown>;
  /** One sentence on why this option was chosen. */
  explanation?: string;
  /** What the user literally asked for, for the risk check (asked for one latte, cart has ten). */
  asked?: { items?: { text: string; qty: number }[]; budgetFen?: number };
  /**
   * What the user asked for, whole: the engine checks the card against it before showing it
   * (`engine/faithfulness.ts`) and names or refuses every difference.
   */
  frame?: RequestFrame;
  /** The time the user asked for (epoch ms), for a task confirmed now and carried out then. */
  scheduledFor?: number;
  /** How long before `scheduledFor` the engine starts it (a car is called before the pick-up time). */
  startLeadMs?: number;
  /** Differences the brain's own text already names (not repeated under it). */
  named?: Divergence["kind"][];
  /**
   * The language of the message that asked for it: the task's title, notifications and errors speak
   * it. Set by the conversation from the brain's decision; absent on requests made elsewhere.
   */
  lang?: Lang;
}

export interface BrainOption {
  id: string;
  label: string;
  detail?: string;
}

/**
 * The next step, as the brain decides it. Every variant carries the new dialogue state, and may say
 * which language it answered in (the message's, which can differ from the session's).
 */
export type BrainDecision = DecisionVariant & {
  lang?: Lang;
  /**
   * More decisions the same message asked for ("点杯喜茶，再叫个车去公司": a second card), carried
   * out after this one, in order; the dialogue state is this decision's.
   */
  also?: BrainDecision[];
};

type DecisionVariant =
  | { type: "reply"; text: string; suggestions?: string[]; state: Record<string, unknown> }
  | { type: "ask"; slot: string; text: string; state: Record<string, unknown> }
  | { type: "propose"; text: string; options: BrainOption[]; state: Record<string, unknown> }
  | {
      type: "start_task";
      request: TaskRequest;
      text: string;
      alternatives?: BrainOption[];
      /** Requests that belong with this one ("tickets and a taxi there"), run as linked tasks. */
      linked?: TaskRequest[];
      /** A card this one replaces (after a correction); it is dropped before the new quote. */
      replacesTaskId?: string;
      state: Record<string, unknown>;
    }
  | {
      type: "cancel_task";
      taskId: string;
      text: string;
      state: Record<string, unknown>;
      /** More tasks the same words call off ("cancel all my orders"), after `taskId`. */
      alsoCancel?: string[];
    }
  /** `text`: words said before the answer to the act (usually none; a fallback note of the hybrid brain). */
  | { type: "later"; act: LaterAct; text: string; state: Record<string, unknown> };

/**
 * Something about time the conversation carries out for the brain and words itself, because the
 * answer depends on stored reminders and plans the brain does not read: set, list or cancel a
 * reminder; list, pause, resume or cancel recurring orders; move a scheduled task.
 */
export type LaterAct =
  | { op: "remind"; note: string; atMs: number }
  /** A reminder that repeats: RRULE options in the user's zone and the repeat in words. */
  | { op: "remind_every"; note: string; rule: string; ruleText: { zh: string; en: string } }
  | { op: "list_reminders" }
  /** `occurrence: "next"` skips only a recurring reminder's next time ("明天不用提醒"). */
  | { op: "cancel_reminder"; pick: LaterPick; occurrence?: "next" }
  | { op: "list_recurring" }
  | { op: "pause_recurring" | "resume_recurring" | "cancel_recurring" | "skip_recurring"; pick: LaterPick }
  | { op: "move_task"; taskId: string; atMs: number };

/** Which stored item the user means: by position in the list ("第一个"), by words ("about mom"), or the only/newest one. */
export interface LaterPick {
  ordinal?: number;
  about?: string;
  /** The user's words: an item whose own words they contain is the one meant ("明天不用提醒我吃药了"). */
  said?: string;
}

/** Intent and confidence of the turn, reported for the flywheel and routing (hybrid brain). */
export interface BrainTrace {
  intent?: string;
  confidence?: number;
  slots?: Record<string, unknown>;
  brain: string;
  /** Model tokens spent on the turn (LLM and hybrid brains); absent when no model was called. */
  tokens?: TurnTokens;
  /**
   * Tasks the turn asked about without starting or cancelling them ("is my latte on its way?"), by
   * id: the task-token ledger adds the turn's tokens to them (`engine/task-tokens.ts`).
   */
  taskIds?: string[];
}

/** The model tokens of one turn: every model call of the turn, summed. */
export interface TurnTokens {
  prompt: number;
  completion: number;
  /** The part of `prompt` the provider served from its prompt cache (0 when it does not say). */
  cachedPrompt: number;
  modelCalls: number;
  /** True when a provider sent no usage and the counts are characters / 4. */
  estimated?: boolean;
}

/** One interface for every brain: embedded, LLM, hybrid, scripted (tests). */
export interface Brain {
  readonly name: string;
  decide(turn: BrainTurn): Promise<{ decision: BrainDecision; trace: BrainTrace }>;
}
