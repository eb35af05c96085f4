/**
 * The flywheel's store: append-only records of what happened (turns, tool calls, task outcomes,
 * feedback, implicit signals), plus each user's consent setting and the NLU versions it trained.
 * Rows are only inserted; they leave only through the retention purge or "delete my data".
 */

/** One user turn and what Dimple made of it. */
export interface FlywheelTurnsTable {
  id: string;
  session_id: string;
  user_id: string;
  /** 1-based position of the turn in its session (user turns only). */
  seq: number;
  lang: string;
  text: string;
  intent: string | null;
  confidence: number | null;
  /** The NLU's slots, JSON. */
  slots: string;
  brain: string;
  /** What Dimple said back (reply texts joined), kept for datasets. */
  reply: string;
  /** A compact summary of the events: task cards, options, states, JSON (see summarizeEvents). */
  events: string;
  /** Task ids the turn started or touched, JSON array. */
  task_ids: string;
  latency_ms: number;
  at: number;
}

/** One tool call made while serving a turn or a trusted-surface action, compacted. */
export interface FlywheelToolCallsTable {
  id: string;
  user_id: string;
  session_id: string | null;
  turn_id: string | null;
  task_id: string | null;
  name: string;
  /** Arguments, JSON, truncated. */
  args: string;
  ok: number;
  error_code: string | null;
  /** The result, JSON, truncated. */
  result: string;
  duration_ms: number;
  at: number;
}

/** A status a task reached, with its money at that moment; one row per (task, status). */
export interface FlywheelTaskOutcomesTable {
  id: string;
  task_id: string;
  user_id: string;
  session_id: string;
  kind: string;
  status: string;
  quoted_fen: number;
  paid_fen: number;
  refunded_fen: number;
  error_code: string | null;
  at: number;
}

/** Explicit feedback: thumbs up or down on a reply, with an optional reason. */
export interface FlywheelFeedbackTable {
  id: string;
  user_id: string;
  session_id: string;
  turn_id: string | null;
  rating: string;
  reason: string | null;
  source: string;
  at: number;
}

/**
 * Implicit signals: `correction` (a turn that changed the card before it), `rephrase` (the user said
 * it again within two turns), `confirmation`, `cancellation`, `abandoned_confirmation`.
 */
export interface FlywheelSignalsTable {
  id: string;
  user_id: string;
  session_id: string;
  turn_id: string | null;
  task_id: string | null;
  kind: string;
  /** Details, JSON (e.g. the turn a rephrase corrects, the card before and after). */
  detail: string;
  at: number;
}

/** A user's choice: may their (redacted) records be used to train and evaluate models, and for how long kept. */
export interface FlywheelConsentTable {
  user_id: string;
  share: number;
  retention_days: number;
  updated_at: number;
}

/** An NLU version trained from the flywheel, with its gate verdict. */
export interface FlywheelModelVersionsTable {
  version: string;
  previous: string | null;
  promoted: number;
  examples: number;
  report: string;
  created_at: number;
}

export interface FlywheelTables {
  flywheel_turns: FlywheelTurnsTable;
  flywheel_tool_calls: FlywheelToolCallsTable;
  flywheel_task_outcomes: FlywheelTaskOutcomesTable;
  flywheel_feedback: FlywheelFeedbackTable;
  flywheel_signals: FlywheelSignalsTable;
  flywheel_consent: FlywheelConsentTable;
  flywheel_model_versions: FlywheelModelVersionsTable;
}
