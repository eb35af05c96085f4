import type { ServiceContext } from "../../kernel/context.ts";
import { invalid, notFound } from "../../kernel/errors.ts";
import { distanceMeters } from "../world/geography.ts";
import {
  type EventView,
  eventView,
  type SessionView,
  sessionView,
  type TierView,
  tierView,
} from "./views.ts";

export interface EventSearch {
  /** Words (zh or en); every word must appear in the name, performer, venue, category or tags. */
  keyword?: string;
  category?: string;
  /** Only events with a session starting in [fromMs, toMs]. */
  fromMs?: number;
  toMs?: number;
  /** Only events with a tier at or below this price. */
  maxPriceFen?: number;
  near?: { lng: number; lat: number; radiusMeters?: number };
  limit?: number;
}

export interface EventSummary extends EventView {
  minPriceFen: number;
  maxPriceFen: number;
  /** Sessions matching the search's dates, soonest first. */
  sessions: { sessionId: string; startsAt: number; startsAtLocal: string; endsAt: number }[];
  distanceMeters?: number;
}

const DEFAULT_RADIUS_METERS = 10_000;

/** Finds upcoming events by words, category, dates, price and distance; soonest (or nearest) first. */
export async function searchEvents(context: ServiceContext, search: EventSearch): Promise<EventSummary[]> {
  const now = context.clock.now();
  const from = Math.max(now, search.fromMs ?? now);
  const to = search.toMs ?? Number.MAX_SAFE_INTEGER;
  if (search.fromMs !== undefined && search.toMs !== undefined && search.toMs < search.fromMs) {
    throw invalid("dateTo", "the end of the date range is before its start");
  }
  if (to < from) return [];
  const terms = (search.keyword ?? "").toLowerCase().split(/\s+/).filter(Boolean);

  let query = context.db.selectFrom("tickets_events").selectAll();
  for (const term of terms) query = query.where("search_text", "like", `%${escapeLike(term)}%`);
  if (search.category) query = query.where("category", "=", search.category);
  const events = await query.orderBy("id").execute();
  if (events.length === 0) return [];
  const eventIds = events.map((event) => event.id);

  const [sessions, tiers] = await Promise.all([
    context.db
      .selectFrom("tickets_sessions")
      .selectAll()
      .where("event_id", "in", eventIds)
      .where("status", "=", "on_sale")
      .where("starts_at", ">=", from)
      .where("starts_at", "<=", to)
      .orderBy("starts_at")
      .execute(),
    context.db.selectFrom("tickets_tiers").selectAll().where("event_id", "in", eventIds).execute(),
  ]);

  const results: EventSummary[] = [];
  for (const row of events) {
    const own = sessions.filter((session) => session.event_id === row.id).map(sessionView);
    const prices = tiers.filter((tier) => tier.event_id === row.id).map((tier) => tier.price_fen);
    if (own.length === 0 || prices.length === 0) continue;
    const minPriceFen = Math.min(...prices);
    if (search.maxPriceFen !== undefined && minPriceFen > search.maxPriceFen) continue;
    const summary: EventSummary = {
      ...eventView(row),
      minPriceFen,
      maxPriceFen: Math.max(...prices),
      sessions: own.map(({ sessionId, startsAt, startsAtLocal, endsAt }) => ({
        sessionId,
        startsAt,
        startsAtLocal,
        endsAt,
      })),
    };
    if (search.near) {
      const distance = distanceMeters(search.near, row);
      if (distance > (search.near.radiusMeters ?? DEFAULT_RADIUS_METERS)) continue;
      summary.distanceMeters = distance;
    }
    results.push(summary);
  }
  results.sort((a, b) =>
    search.near
      ? (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0)
      : (a.sessions[0]?.startsAt ?? 0) - (b.sessions[0]?.startsAt ?? 0),
  );
  return results.slice(0, search.limit ?? 20);
}

// LIKE treats % and _ as wildcards. They never occur in event names, so dropping them from a search
// word is simpler than an ESCAPE clause and behaves the same on SQLite and Postgres.
function escapeLike(term: string): string {
  return term.replaceAll("%", "").replaceAll("_", "");
}

export interface EventDetail extends EventView {
  tiers: TierView[];
  sessions: (SessionView & { availableSeats: number; availableByTier: Record<string, number> })[];
}

/** One event with its price tiers and its upcoming sessions, each with seats left by tier. */
export async function getEventDetail(context: ServiceContext, eventId: string): Promise<EventDetail> {
  const row = await context.db
    .selectFrom("tickets_events")
    .selectAll()
    .where("id", "=", eventId)
    .executeTakeFirst();
  if (!row) throw notFound("event", eventId, "eventId");
  const now = context.clock.now();
  const [tiers, sessions] = await Promise.all([
    context.db
      .selectFrom("tickets_tiers")
      .selectAll()
      .where("event_id", "=", eventId)
      .orderBy("rank")
      .execute(),
    context.db
      .selectFrom("tickets_sessions")
      .selectAll()
      .where("event_id", "=", eventId)
      .where("starts_at", ">", now)
      .orderBy("starts_at")
      .execute(),
  ]);
  const counts =
    sessions.length === 0
      ? []
      : await context.db
          .selectFrom("tickets_seats")
          .select(["session_id", "tier_id", (eb) => eb.fn.countAll<number | string>().as("available")])
          .where(
            "session_id",
            "in",
            sessions.map((session) => session.id),
          )
          .where("status", "=", "available")
          .groupBy(["session_id", "tier_id"])
          .execute();
  return {
    ...eventView(row),
    tiers: tiers.map(tierView),
    sessions: sessions.map((session) => {
      const availableByTier: Record<string, number> = {};
      for (const tier of tiers) availableByTier[tier.id] = 0;
      for (const count of counts) {
        if (count.session_id === session.id) availableByTier[count.tier_id] = Number(count.available);
      }
      const availableSeats = Object.values(availableByTier).reduce((sum, value) => sum + value, 0);
      return { ...sessionView(session), availableSeats, availableByTier };
    }),
  };
}
