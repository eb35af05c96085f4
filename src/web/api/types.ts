/**
 * The HTTP contract between the web app and the server (see /work/shared/CONTRACT.md), in one place.
 * Agent events are the shared types from the agent room; everything else is declared here.
 */
export type {
  AgentEvent,
  NotificationEvent,
  QuoteLine,
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

export type Lang = "zh" | "en";

export interface LoginResponse {
  token: string;
  userId: string;
}

export interface DemoUser {
  username: string;
  password: string;
  lang: Lang;
}

export interface SavedAddress {
  label: string;
  address: string;
}

export interface PaymentMethod {
  id: string;
  label: string;
  isDefault: boolean;
}

/** The signed-in user's profile; `policies` (spending limits) appears once the risk room reports it. */
export interface Me {
  userId: string;
  username: string;
  displayName: string;
  lang: Lang;
  role: "user" | "operator";
  addresses: SavedAddress[];
  paymentMethods: PaymentMethod[];
  walletFen: number;
  policies?: Record<string, unknown>;
}

export interface OrderLine {
  name: string;
  qty: number;
  unitFen?: number;
  options?: Record<string, string>;
}

export interface OrderSummary {
  orderId: string;
  taskId?: string;
  merchant: string;
  totalFen: number;
  status: string;
  createdAt: number;
  lines: OrderLine[];
}

export interface PaymentRecord {
  id: string;
  amountFen: number;
  status: string;
  description: string;
  createdAt: number;
}

export type FeedbackRating = "up" | "down";

/** The body of every error response: `{"error":{"code","message","field"?}}`. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}
