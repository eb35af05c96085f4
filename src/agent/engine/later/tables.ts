import type { ColumnType, Selectable } from "kysely";

/** A text column added later: read as text or null, left out of inserts that predate it. */
type Nullable = ColumnType<string | null, string | null | undefined, string | null>;

/** A reminder the user asked for ("提醒我明天下午3点取快递"): no money, no mandate. */
export interface AgentRemindersTable {
  id: string;
  user_id: string;
  /** The session it was asked in (its language); delivered to every open surface of the user. */
  session_id: string;
  /** What to remind of, in the user's words ("取快递", "call mom"). */
  note: string;
  lang: string;
  /** When to remind (epoch ms). */
  due_at: number;
  /** pending | delivered | cancelled */
  status: string;
  created_at: number;
  /** The last delivery (a recurring reminder's latest occurrence). */
  delivered_at: number | null;
  /** RRULE options (no DTSTART) when it repeats, wall-clock times in `time_zone`; null: once. */
  rule: Nullable;
  /** The repeat in words, JSON {zh, en}. */
  rule_text: Nullable;
  /** IANA zone of its times; null: Asia/Shanghai. */
  time_zone: Nullable;
}

/**
 * A recurring order under an open mandate: the user signed its rule and constraints once on the
 * card of the task `id` (kind `recurring_order`); each occurrence is an order of its own.
 */
export interface AgentRecurringOrdersTable {
  /** The id of the task whose card was confirmed. */
  id: string;
  user_id: string;
  session_id: string;
  /** RRULE options (no DTSTART), in Asia/Shanghai wall-clock time. */
  rule: string;
  /** The rule in words, JSON {zh, en}. */
  rule_text: string;
  /** The order's arguments (merchant, lines, address), JSON; each occurrence quotes them afresh. */
  order_args: string;
  /** The order's title, JSON {zh, en}. */
  order_title: string;
  lang: string;
  /** The open mandate that every occurrence is checked against (risk_open_mandates.id). */
  open_mandate_id: string;
  /** active | paused | revoked | ended */
  status: string;
  /** The next occurrence (epoch ms); null when the rule has none left. */
  next_run_at: number | null;
  spent_fen: number;
  /** The occurrence the user was told about ahead of time (the heads-up with a way to skip it). */
  heads_up_at: number | null;
  expires_at: number;
  created_at: number;
  updated_at: number;
  /** IANA zone of the rule's wall-clock times; null: Asia/Shanghai. */
  time_zone: Nullable;
}

/**
 * One occurrence of a recurring order, claimed before anything is done for it: the unique
 * (plan_id, occurrence_at) makes a second claim fail, so an occurrence is never run twice.
 */
export interface AgentRecurringRunsTable {
  id: string;
  plan_id: string;
  occurrence_at: number;
  /** The occurrence's order task; its id is derived from the plan and the occurrence. */
  task_id: string;
  /** claimed | paid | asked | skipped | failed */
  status: string;
  amount_fen: number;
  claimed_at: number;
  finished_at: number | null;
}

export interface LaterTables {
  agent_reminders: AgentRemindersTable;
  agent_recurring_orders: AgentRecurringOrdersTable;
  agent_recurring_runs: AgentRecurringRunsTable;
}

export type RecurringPlanRow = Selectable<AgentRecurringOrdersTable>;
export type RecurringRunRow = Selectable<AgentRecurringRunsTable>;
