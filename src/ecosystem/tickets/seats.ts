import type { ServiceContext } from "../../kernel/context.ts";
import { invalid, notFound } from "../../kernel/errors.ts";
import { releaseExpiredHolds } from "./hold-expiry.ts";
import { type SessionView, sessionView } from "./views.ts";

export interface SeatView {
  seatId: string;
  section: string;
  row: number;
  seat: number;
  tierId: string;
  tierNameZh: string;
  tierNameEn: string;
  priceFen: number;
  status: string;
}

/** Every seat of a session with its tier and price, after letting lapsed holds go. */
export async function loadSessionSeats(
  context: ServiceContext,
  sessionId: string,
): Promise<{ session: SessionView; seats: SeatView[] }> {
  const session = await context.db
    .selectFrom("tickets_sessions")
    .selectAll()
    .where("id", "=", sessionId)
    .executeTakeFirst();
  if (!session) throw notFound("session", sessionId, "sessionId");
  await releaseExpiredHolds(context, context.clock.now(), sessionId);
  const rows = await context.db
    .selectFrom("tickets_seats")
    .innerJoin("tickets_tiers", "tickets_tiers.id", "tickets_seats.tier_id")
    .select([
      "tickets_seats.id as seatId",
      "tickets_seats.section as section",
      "tickets_seats.row_number as row",
      "tickets_seats.seat_number as seat",
      "tickets_seats.status as status",
      "tickets_tiers.id as tierId",
      "tickets_tiers.name_zh as tierNameZh",
      "tickets_tiers.name_en as tierNameEn",
      "tickets_tiers.price_fen as priceFen",
    ])
    .where("tickets_seats.session_id", "=", sessionId)
    .orderBy("tickets_seats.section")
    .orderBy("tickets_seats.row_number")
    .orderBy("tickets_seats.seat_number")
    .execute();
  return { session: sessionView(session), seats: rows };
}

export interface SeatAvailability {
  session: SessionView;
  tiers: {
    tierId: string;
    nameZh: string;
    nameEn: string;
    priceFen: number;
    available: number;
    total: number;
  }[];
  sections: { code: string; zh: string; en: string; available: number; total: number }[];
  /** Available seats matching the filters, best tier first, at most `limit`. */
  seats: SeatView[];
}

/** Seats left in a session, counted by tier and by section, with a list of free seats to choose from. */
export async function getSeatAvailability(
  context: ServiceContext,
  query: { sessionId: string; tierId?: string; section?: string; limit?: number },
): Promise<SeatAvailability> {
  const { session, seats } = await loadSessionSeats(context, query.sessionId);
  const tiers = new Map<string, SeatAvailability["tiers"][number]>();
  for (const seat of seats) {
    const tier = tiers.get(seat.tierId) ?? {
      tierId: seat.tierId,
      nameZh: seat.tierNameZh,
      nameEn: seat.tierNameEn,
      priceFen: seat.priceFen,
      available: 0,
      total: 0,
    };
    tier.total += 1;
    if (seat.status === "available") tier.available += 1;
    tiers.set(seat.tierId, tier);
  }
  const sections = session.sections.map((section) => {
    const own = seats.filter((seat) => seat.section === section.code);
    return {
      ...section,
      available: own.filter((seat) => seat.status === "available").length,
      total: own.length,
    };
  });
  const free = seats
    .filter(
      (seat) =>
        seat.status === "available" &&
        (query.tierId === undefined || seat.tierId === query.tierId) &&
        (query.section === undefined || seat.section === query.section),
    )
    .sort((a, b) => b.priceFen - a.priceFen || a.row - b.row || a.seat - b.seat);
  return {
    session,
    tiers: [...tiers.values()].sort((a, b) => b.priceFen - a.priceFen),
    sections,
    seats: free.slice(0, query.limit ?? 50),
  };
}

export interface AdjacentSeatsOption {
  seatIds: string[];
  section: string;
  sectionZh: string;
  sectionEn: string;
  row: number;
  seatNumbers: number[];
  tierNameZh: string;
  tierNameEn: string;
  /** Sum of the seats' prices. */
  totalFen: number;
}

/**
 * Blocks of `count` free seats side by side in one row (consecutive seat numbers), at most one block
 * a row (its most central), best tier first. `maxPriceFen` caps the price of each seat.
 */
export async function findAdjacentSeats(
  context: ServiceContext,
  query: { sessionId: string; count: number; maxPriceFen?: number; section?: string; limit?: number },
): Promise<{ sessionId: string; count: number; options: AdjacentSeatsOption[] }> {
  if (!Number.isInteger(query.count) || query.count < 1)
    throw invalid("count", "count must be a positive integer");
  const { session, seats } = await loadSessionSeats(context, query.sessionId);
  const rows = new Map<string, SeatView[]>();
  for (const seat of seats) {
    const key = `${seat.section}|${seat.row}`;
    rows.set(key, [...(rows.get(key) ?? []), seat]);
  }
  const ranked: { option: AdjacentSeatsOption; offCentre: number }[] = [];
  for (const rowSeats of rows.values()) {
    const first = rowSeats[0];
    if (!first || (query.section !== undefined && first.section !== query.section)) continue;
    const middle =
      (Math.min(...rowSeats.map((seat) => seat.seat)) + Math.max(...rowSeats.map((seat) => seat.seat))) / 2;
    let best: { block: SeatView[]; offCentre: number } | undefined;
    for (let start = 0; start + query.count <= rowSeats.length; start++) {
      const block = rowSeats.slice(start, start + query.count);
      const usable = block.every(
        (seat, index) =>
          seat.status === "available" &&
          (query.maxPriceFen === undefined || seat.priceFen <= query.maxPriceFen) &&
          (index === 0 || seat.seat === (block[index - 1] as SeatView).seat + 1),
      );
      if (!usable) continue;
      const centre = ((block[0] as SeatView).seat + (block.at(-1) as SeatView).seat) / 2;
      const offCentre = Math.abs(centre - middle);
      if (!best || offCentre < best.offCentre) best = { block, offCentre };
    }
    if (!best) continue;
    const names = session.sections.find((section) => section.code === first.section);
    ranked.push({
      offCentre: best.offCentre,
      option: {
        seatIds: best.block.map((seat) => seat.seatId),
        section: first.section,
        sectionZh: names?.zh ?? first.section,
        sectionEn: names?.en ?? first.section,
        row: first.row,
        seatNumbers: best.block.map((seat) => seat.seat),
        tierNameZh: (best.block[0] as SeatView).tierNameZh,
        tierNameEn: (best.block[0] as SeatView).tierNameEn,
        totalFen: best.block.reduce((sum, seat) => sum + seat.priceFen, 0),
      },
    });
  }
  ranked.sort(
    (a, b) =>
      b.option.totalFen - a.option.totalFen || a.option.row - b.option.row || a.offCentre - b.offCentre,
  );
  return {
    sessionId: query.sessionId,
    count: query.count,
    options: ranked.slice(0, query.limit ?? 5).map((entry) => entry.option),
  };
}
