import type { LaterTables } from "./engine/later/tables.ts";
import type { RiskTables } from "./risk/tables.ts";

/** A conversation between one user and Dimple; `state` is the brain's dialogue state (JSON). */
export interface AgentSessionsTable {
  id: string;
  user_id: string;
  lang: string;
  state: string;
  created_at: number;
  updated_at: number;
}

/** One message of a session, with the events Dimple answered with (JSON). */
export interface AgentTurnsTable {
  id: string;
  session_id: string;
  user_id: string;
  seq: number;
  role: string;
  text: string;
  events: string;
  at: number;
}

/** A durable task: a request that changes the world, driven through the states of the contract. */
export interface AgentTasksTable {
  id: string;
  user_id: string;
  session_id: string;
  kind: string;
  status: string;
  title: string;
  /** The brain's request (what to quote), JSON. */
  request: string;
  /** The authoritative quote from the service, JSON; null until quoted. */
  quote: string | null;
  cart_hash: string | null;
  quote_id: string | null;
  payment_intent_id: string | null;
  order_id: string | null;
  paid_fen: number;
  refunded_fen: number;
  error: string | null;
  parent_task_id: string | null;
  /** The mandate the task was confirmed with (risk_mandates.id); resume re-authorizes with it. */
  mandate_id: string | null;
  /** When a task confirmed for later starts (epoch ms); null for tasks carried out at once. */
  scheduled_for: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * One state-changing step of a task. The row (with its idempotency key) is written before the call,
 * so a crash between call and record replays the same key instead of acting twice.
 */
export interface AgentTaskStepsTable {
  task_id: string;
  step: string;
  idempotency_key: string;
  status: string;
  result: string | null;
  started_at: number;
  finished_at: number | null;
}

export interface AgentNotificationsTable {
  id: string;
  user_id: string;
  task_id: string | null;
  text: string;
  event: string;
  at: number;
}

/** One task update pushed to a user's surfaces (the event as sent, JSON), for replaying a conversation. */
export interface AgentTaskUpdatesTable {
  id: string;
  user_id: string;
  task_id: string;
  /** Orders updates of the same instant. */
  seq: number;
  event: string;
  at: number;
}

export interface AgentAuthTokensTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

/**
 * Model tokens spent on one task, summed over the turns about it (`engine/task-tokens.ts`). No row
 * means no model call was ever made for the task (embedded-brain tasks): all zeros.
 */
export interface AgentTaskTokensTable {
  task_id: string;
  user_id: string;
  prompt_tokens: number;
  completion_tokens: number;
  /** The part of prompt_tokens the provider served from its prompt cache. */
  cached_prompt_tokens: number;
  model_calls: number;
  /** Turns that called a model and were about this task (a replaced card's turns included). */
  model_turns: number;
  /** 1 when any of the counts is an estimate (a provider that sent no usage). */
  estimated: number;
  /** The card that replaced this one, which carries these tokens on; null while it is current. */
  replaced_by: string | null;
  updated_at: number;
}

export interface AgentTables extends RiskTables, LaterTables {
  agent_sessions: AgentSessionsTable;
  agent_turns: AgentTurnsTable;
  agent_tasks: AgentTasksTable;
  agent_task_steps: AgentTaskStepsTable;
  agent_notifications: AgentNotificationsTable;
  agent_task_updates: AgentTaskUpdatesTable;
  agent_auth_tokens: AgentAuthTokensTable;
  agent_task_tokens: AgentTaskTokensTable;
}
