/**
 * The events the agent emits, as in docs/CONTRACT.md: the same objects travel as `--json` lines,
 * HTTP responses and SSE. Fields beyond the contract are extensions the web app renders.
 */

/**
 * The frozen intent labels of the embedded NLU; the evaluation sets use exactly these, and the
 * operator's analytics (`GET /api/analytics`) report success per label.
 */
export const INTENTS = [
  "order_delivery",
  "search_place",
  "route",
  "weather",
  "search_events",
  "buy_tickets",
  "ride_hail",
  "order_status",
  "cancel_order",
  "payment",
  "wallet_balance",
  "smalltalk",
  "out_of_scope",
] as const;

export type Intent = (typeof INTENTS)[number];

export type TaskStatus =
  | "needs_info"
  | "awaiting_confirmation"
  | "scheduled"
  | "processing"
  | "in_fulfilment"
  | "completed"
  | "cancelled"
  | "failed";

export type TaskKind =
  | "order_delivery"
  | "buy_tickets"
  | "ride_hail"
  | "payment"
  | "cancel_order"
  /** A recurring order's card: confirming it signs an open mandate; each run is an order_delivery. */
  | "recurring_order"
  /** A claim, dispute or refund request on something already bought (issue 16); moves no money of the user's. */
  | "after_sale"
  /**
   * A basket no single shop sells, split into one order per shop: one card, one confirmation; each
   * order then runs as its own linked `order_delivery` task (its own payment, timeline and refund).
   */
  | "order_basket";

/** What a recurring order's card shows and its open mandate binds: the rule, the caps, the expiry. */
export interface QuoteRecurrence {
  /** RRULE options (no DTSTART), wall-clock time in `timeZone`. */
  rule: string;
  /** The IANA zone the rule's times are in (the user's); absent on older cards: Asia/Shanghai. */
  timeZone?: string;
  /** The rule in words ("每个工作日 09:00" / "every weekday at 09:00"). */
  text: string;
  textEn: string;
  perRunCapFen: number;
  totalCapFen?: number;
  /** When the mandate ends (ISO time). */
  expiresAt: string;
  /** The next runs (ISO times). */
  nextRuns: string[];
}

/** One priced line of an authoritative quote. */
export interface QuoteLine {
  name: string;
  nameEn?: string;
  qty: number;
  unitFen: number;
  lineFen?: number;
  /** Chosen options, e.g. { size: "大杯", sugar: "少糖" }. */
  options?: Record<string, string>;
  /** The options as the service words them, per language, e.g. "大杯 / 少糖". */
  optionsText?: string;
  optionsTextEn?: string;
}

export interface QuoteDiscount {
  label: string;
  labelEn?: string;
  amountFen: number;
}

/** One shop's order on a basket's card: its lines, fees and subtotal (all from the shop's own quote). */
export interface QuoteOrder {
  merchant: string;
  merchantEn?: string;
  lines: QuoteLine[];
  itemsFen: number;
  deliveryFen: number;
  packagingFen: number;
  discounts: QuoteDiscount[];
  /** What this order costs: its own payment, held and captured on its own. */
  totalFen: number;
  etaMinutes?: number;
}

/** The authoritative quote shown on the confirmation card; its numbers come only from a service. */
export interface TaskQuote {
  merchant: string;
  merchantEn?: string;
  lines: QuoteLine[];
  totalFen: number;
  cartHash: string;
  itemsFen?: number;
  deliveryFen?: number;
  packagingFen?: number;
  discounts?: QuoteDiscount[];
  /** Where it goes (a delivery address, a ride's destination, a show's venue and time), in Chinese. */
  address?: string;
  addressEn?: string;
  etaMinutes?: number;
  expiresAt?: number;
  paymentMethod?: string;
  /** Where the card differs from what the user asked (over budget, an option the item lacks), in both languages. */
  notes?: { zh: string; en: string }[];
  /** When the task will be carried out, for a card confirmed now and run later (ISO time). */
  scheduledFor?: string;
  paymentMethodEn?: string;
  /** For a recurring order's card: the rule, the per-run and total caps, the expiry (nothing is paid now). */
  recurrence?: QuoteRecurrence;
  /**
   * A basket across shops: each shop's order. `lines` then holds every line of every order and
   * `totalFen` their sum (the amount on the button); the fee fields are sums too.
   */
  orders?: QuoteOrder[];
  /** Plain-words risk decision when step-up is needed. */
  risk?: { decision: "allow" | "step_up" | "block"; reasons: string[] };
}

/** A point on the map for the route view (rider, driver, destination). */
export interface TrackPoint {
  lng: number;
  lat: number;
}

export interface TaskTracking {
  origin?: TrackPoint;
  destination?: TrackPoint;
  courier?: TrackPoint & { name?: string; nameEn?: string; phone?: string };
  etaMinutes?: number;
}

export interface TimelineEntry {
  at: number;
  status: string;
  text: string;
}

export interface ReplyEvent {
  type: "reply";
  text: string;
  /** Options the user can pick from (merchants, items, events, seats …). */
  options?: { id: string; label: string; detail?: string }[];
  suggestions?: string[];
}

export interface TaskEvent {
  type: "task";
  taskId: string;
  kind: TaskKind;
  status: TaskStatus;
  /** The task's title in the language of the request that made it; `titleZh`/`titleEn` for a UI in either. */
  title?: string;
  titleZh?: string;
  titleEn?: string;
  quote?: TaskQuote;
  /** For a task confirmed for later: when it starts (ISO time). */
  scheduledFor?: string;
  orderId?: string;
  /** For one order of a basket: the basket task it belongs to (its linked orders share it). */
  parentTaskId?: string;
  /** For a basket after its confirmation: its linked orders, one per shop. */
  orders?: { taskId: string; status: TaskStatus; orderId?: string; paidFen?: number; refundedFen?: number }[];
  /**
   * What the payment came to, once settled (fen): captured from the hold (`quote.totalFen` was held;
   * a ride's fare can be lower, and the rest of the hold goes back) and refunded since.
   */
  paidFen?: number;
  refundedFen?: number;
  timeline?: TimelineEntry[];
  tracking?: TaskTracking;
  ticket?: {
    code: string;
    eventName: string;
    session: string;
    seats: string[];
    /** The event and the seats in English, for an English UI (Chinese stays the default). */
    eventNameEn?: string;
    seatsEn?: string[];
  };
  error?: { code: string; message: string };
  /** An after-sale task's claim: what it asks, where it stands, the decision with its reason. */
  afterSale?: {
    claimId: string;
    kind: string;
    status: string;
    amountFen: number;
    refundedFen: number;
    decision?: { zh: string; en: string };
    /** When a claim under review will be decided (epoch ms). */
    decidesAt?: number;
  };
}

export interface NotificationEvent {
  type: "notification";
  text: string;
  taskId?: string;
}

/** What the brain is doing, for the avatar (thinking, calling a tool, …). */
export interface StateEvent {
  type: "state";
  state: "thinking" | "executing" | "confirming" | "success" | "error" | "idle";
  tool?: string;
}

export interface SummaryEvent {
  type: "summary";
  tasks: {
    taskId: string;
    kind: TaskKind;
    status: TaskStatus;
    orderId?: string;
    paidFen?: number;
    refundedFen?: number;
    /** Model tokens spent on the task (zeros when only the embedded brain worked on it). */
    tokens?: { prompt: number; completion: number; cachedPrompt: number; modelCalls: number };
  }[];
  walletFen: number;
}

export type AgentEvent = ReplyEvent | TaskEvent | NotificationEvent | StateEvent | SummaryEvent;
