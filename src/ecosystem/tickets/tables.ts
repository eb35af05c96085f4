import type { ColumnType } from "kysely";

/**
 * The tickets service (Damai-like): events at venues, their sessions, price tiers, one row per seat
 * per session, time-limited holds and paid bookings with one e-ticket per seat.
 * Text fields (names, descriptions) come from the world and are data, never instructions.
 */
export interface TicketsEventsTable {
  /** The event's refund rule (migration 0062): full refund until this many hours before the start… */
  refund_cutoff_hours: ColumnType<number, number | undefined, number>;
  /** …and this share (percent) of the total after it, until the start. */
  refund_after_cutoff_percent: ColumnType<number, number | undefined, number>;
  id: string;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  /** concert | classical | drama | show | crosstalk | sports | movie */
  category: string;
  performer: string;
  /** JSON array of short tags, e.g. ["pop","mandopop"]; "adversarial" marks test data. */
  tags: string;
  venue_poi_id: string | null;
  venue_name_zh: string;
  venue_name_en: string;
  district_id: string;
  lng: number;
  lat: number;
  duration_minutes: number;
  /** Lower-cased names, performer, venue, category and tags, for keyword search on both dialects. */
  search_text: string;
  created_at: number;
}

export interface TicketsSessionsTable {
  /** What the organiser changed: cancelled | rescheduled; null when the session is as sold. */
  change_kind: ColumnType<string | null, string | null | undefined, string | null>;
  /** The start the tickets were sold for, when the organiser moved it. */
  previous_starts_at: ColumnType<number | null, number | null | undefined, number | null>;
  id: string;
  event_id: string;
  starts_at: number;
  ends_at: number;
  /** on_sale | sold_out | cancelled */
  status: string;
  /** JSON array of `{code, zh, en}`: the sections of this session's seat map. */
  sections: string;
  seat_count: number;
}

export interface TicketsTiersTable {
  id: string;
  event_id: string;
  name_zh: string;
  name_en: string;
  price_fen: number;
  rank: number;
}

export interface TicketsSeatsTable {
  id: string;
  session_id: string;
  tier_id: string;
  section: string;
  row_number: number;
  seat_number: number;
  /** available | held | sold */
  status: string;
  hold_id: string | null;
  booking_id: string | null;
}

export interface TicketsHoldsTable {
  id: string;
  user_id: string;
  session_id: string;
  /** JSON array of seat ids, in the order they were asked for. */
  seat_ids: string;
  total_fen: number;
  /** active | booked | expired */
  status: string;
  expires_at: number;
  idempotency_key: string;
  request_hash: string;
  created_at: number;
}

export interface TicketsBookingsTable {
  /** Set when the user asked the service for a refund (after-sale); the service refunds through pay. */
  refund_requested_at: ColumnType<number | null, number | null | undefined, number | null>;
  refund_id: ColumnType<string | null, string | null | undefined, string | null>;
  id: string;
  user_id: string;
  hold_id: string;
  session_id: string;
  event_id: string;
  total_fen: number;
  payment_intent_id: string;
  /** confirmed | cancelled */
  status: string;
  refund_due_fen: number;
  cancelled_at: number | null;
  idempotency_key: string;
  request_hash: string;
  created_at: number;
}

/** One e-ticket: a seat of a booking and the code shown at the gate. */
export interface TicketsTicketsTable {
  id: string;
  booking_id: string;
  seat_id: string;
  section: string;
  row_number: number;
  seat_number: number;
  tier_name_zh: string;
  tier_name_en: string;
  price_fen: number;
  code: string;
  /** valid | void */
  status: string;
}

export interface TicketsTables {
  tickets_events: TicketsEventsTable;
  tickets_sessions: TicketsSessionsTable;
  tickets_tiers: TicketsTiersTable;
  tickets_seats: TicketsSeatsTable;
  tickets_holds: TicketsHoldsTable;
  tickets_bookings: TicketsBookingsTable;
  tickets_tickets: TicketsTicketsTable;
}
