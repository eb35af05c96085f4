/**
 * The HTTP contract between the web app and the server (see docs/CONTRACT.md), in one place.
 * Agent events are the shared types from the agent room; everything else is declared here.
 */

/** The conversation so far (`GET /api/conversation`) and a turn said on another surface (SSE `turn`). */
export type { TurnRecord } from "../../agent/engine/notifier.ts";
export type {
  AgentEvent,
  NotificationEvent,
  QuoteLine,
  QuoteOrder,
  ReplyEvent,
  StateEvent,
  SummaryEvent,
  TaskEvent,
  TaskKind,
  TaskQuote,
  TaskStatus,
  TaskTracking,
  TimelineEntry,
  TrackPoint,
} from "../../agent/events.ts";
/** The NLU's intent labels, which the analytics report per intent. */
export { INTENTS, type Intent } from "../../agent/events.ts";
export type { ConversationReplay, LogEntry } from "../../agent/session/conversation-log.ts";

/** The operator's figures (`GET /api/analytics`), typed by the module that computes them. */
export type { AnalyticsReport } from "../../flywheel/analytics/report.ts";
export type { OrderClaim } from "../../server/task-views.ts";

import type { QuoteLine } from "../../agent/events.ts";
import type { OrderClaim } from "../../server/task-views.ts";

export type Lang = "zh" | "en";

/** Task updates and notifications sent live carry the world time they happened at (epoch ms). */
export type Stamped<Event> = Event & { at?: number };

export interface LoginResponse {
  token: string;
  userId: string;
}

export interface DemoUser {
  username: string;
  password: string;
  lang: Lang;
  displayName?: string;
}

export interface SavedAddress {
  /** "home", "office" or a label the user chose. */
  label: string;
  address: string;
  /** The address in English, when the world has one. */
  addressEn?: string;
}

/** A payment method as the pay service lists it. */
export interface PaymentMethod {
  id: string;
  kind?: "wallet" | "card";
  label: string;
  labelEn?: string;
  last4?: string | null;
  isDefault: boolean;
  availableFen?: number | null;
}

/** The signed-in user's profile; `policies` (spending limits) appears once the risk room reports it. */
export interface Me {
  userId: string;
  username: string;
  displayName: string;
  /** The name in English (pinyin for a Chinese name), for an English UI. */
  displayNameEn?: string;
  lang: Lang;
  /** The IANA zone the user's times are read and shown in (Asia/Shanghai unless they set another). */
  timeZone?: string;
  role: "user" | "operator";
  addresses: SavedAddress[];
  paymentMethods: PaymentMethod[];
  /** null when the wallet could not be read. */
  walletFen: number | null;
  policies?: Record<string, unknown>;
}

/** One past order (GET /api/orders): the task's quote and what was paid and refunded. */
export interface OrderSummary {
  orderId: string;
  taskId?: string;
  kind?: string;
  title?: string;
  merchant: string;
  merchantEn?: string;
  lines: QuoteLine[];
  totalFen: number;
  paidFen?: number | null;
  refundedFen?: number | null;
  status: string;
  createdAt: number;
  /** Claims filed on this order (after-sale), each with where it stands and what came back. */
  claims?: OrderClaim[];
}

/**
 * One line of the user's statement (GET /api/payments, the pay service's `pay_list_transactions`):
 * one journal seen from the user's side. `netFen` is what the user gained or spent; an authorization
 * moves money from the wallet into a hold, so it nets to 0 with `heldFen` > 0.
 */
export interface PaymentRecord {
  journalId: string;
  kind: "fund" | "authorize" | "capture" | "release" | "expire" | "refund" | "transfer" | (string & {});
  intentId: string | null;
  description: string;
  /** The description in English (older lines: the one description). */
  descriptionEn?: string;
  createdAt: number;
  netFen: number;
  walletFen: number;
  heldFen: number;
  cardFen: number;
}

export type FeedbackRating = "up" | "down";

/** What a message can carry besides its words: the option tapped, and the sending tab's id. */
export interface MessageExtras {
  option?: { id: string; label: string };
  origin?: string;
}

/** The body of every error response: `{"error":{"code","message","field"?}}`. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}
