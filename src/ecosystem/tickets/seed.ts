import type { Insertable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { nearestDistrict } from "../world/geography.ts";
import { MUSIC_EVENTS } from "./catalog-music.ts";
import { SCREEN_AND_SPORT_EVENTS } from "./catalog-screen.ts";
import { THEATRE_EVENTS } from "./catalog-theatre.ts";
import type { EventSpec } from "./catalog-types.ts";
import { upcomingWeekdayAt } from "./schedule.ts";
import type {
  TicketsEventsTable,
  TicketsSeatsTable,
  TicketsSessionsTable,
  TicketsTiersTable,
} from "./tables.ts";
import { LAYOUTS, VENUES, type VenueSpec } from "./venues.ts";

/** Every seeded event, in a fixed order so the seed is reproducible. */
export const EVENT_SPECS: readonly EventSpec[] = [
  ...MUSIC_EVENTS,
  ...THEATRE_EVENTS,
  ...SCREEN_AND_SPORT_EVENTS,
];

const SEAT_BATCH = 1000;

interface PlacedVenue {
  poiId: string | null;
  zh: string;
  en: string;
  districtId: string;
  lng: number;
  lat: number;
}

/** Links each venue to a maps POI when maps has one by that name, else uses the built-in place. */
async function placeVenues(context: ServiceContext): Promise<Map<string, PlacedVenue>> {
  const pois = await context.db
    .selectFrom("maps_pois")
    .select(["id", "name_zh", "name_en", "district_id", "lng", "lat"])
    .where("category", "=", "venue")
    .orderBy("id")
    .execute();
  const placed = new Map<string, PlacedVenue>();
  for (const venue of VENUES) {
    // The shortest matching name is the place itself rather than something inside it (a tennis centre).
    const poi = pois
      .filter((candidate) => venue.match.every((part) => candidate.name_zh.includes(part)))
      .sort((a, b) => a.name_zh.length - b.name_zh.length)[0];
    placed.set(venue.key, placeVenue(venue, poi));
  }
  return placed;
}

function placeVenue(
  venue: VenueSpec,
  poi:
    | { id: string; name_zh: string; name_en: string; district_id: string; lng: number; lat: number }
    | undefined,
): PlacedVenue {
  if (!poi) {
    return {
      poiId: null,
      zh: venue.zh,
      en: venue.en,
      districtId: venue.districtId,
      lng: venue.lng,
      lat: venue.lat,
    };
  }
  // Our name may be more precise than the map's ("…体育场" inside "杭州奥体中心"); otherwise the map's
  // name wins, so what the event says is what the map finds.
  const ours = venue.zh.includes(poi.name_zh);
  return {
    poiId: poi.id,
    zh: ours ? venue.zh : poi.name_zh,
    en: ours ? venue.en : poi.name_en,
    districtId: poi.district_id,
    lng: poi.lng,
    lat: poi.lat,
  };
}

/**
 * Seeds events at Hangzhou venues with sessions over the next three weeks, price tiers and a seat
 * map per session, some seats already sold to other fans.
 */
export async function seedTickets(context: ServiceContext, random: SeededRandom): Promise<void> {
  const now = context.clock.now();
  const venues = await placeVenues(context);
  // Rows are gathered and written in a few batched statements: one round trip per statement is what
  // makes a seed slow on Postgres.
  const events: Insertable<TicketsEventsTable>[] = [];
  const tiers: Insertable<TicketsTiersTable>[] = [];
  const sessions: Insertable<TicketsSessionsTable>[] = [];
  const seats: Insertable<TicketsSeatsTable>[] = [];

  for (const spec of EVENT_SPECS) {
    const venueSpec = VENUES.find((venue) => venue.key === spec.venue);
    const venue = venues.get(spec.venue);
    if (!venueSpec || !venue) throw new Error(`event ${spec.slug} names unknown venue ${spec.venue}`);
    const eventId = `evt_${spec.slug}`;
    events.push({
      id: eventId,
      name_zh: spec.zh,
      name_en: spec.en,
      description_zh: spec.descriptionZh,
      description_en: spec.descriptionEn,
      category: spec.category,
      performer: spec.performer,
      tags: JSON.stringify(spec.tags),
      venue_poi_id: venue.poiId,
      venue_name_zh: venue.zh,
      venue_name_en: venue.en,
      district_id: venue.districtId || nearestDistrict(venue).id,
      lng: venue.lng,
      lat: venue.lat,
      duration_minutes: spec.durationMinutes,
      search_text: [spec.zh, spec.en, spec.performer, venue.zh, venue.en, spec.category, ...spec.tags]
        .join(" ")
        .toLowerCase(),
      created_at: now - random.int(7, 60) * 86_400_000,
    });

    const tierIds = spec.tiers.map((_, index) => `${eventId}_t${index + 1}`);
    tiers.push(
      ...spec.tiers.map(([nameZh, nameEn, yuan], index) => ({
        id: tierIds[index] as string,
        event_id: eventId,
        name_zh: nameZh,
        name_en: nameEn,
        price_fen: yuan * 100,
        rank: index + 1,
      })),
    );

    const sections = LAYOUTS[venueSpec.layout];
    const seatCount = sections.reduce((sum, section) => sum + section.rows * section.seatsPerRow, 0);
    for (const [index, session] of spec.sessions.entries()) {
      let startsAt = upcomingWeekdayAt(now, session.weekday, session.weeksLater, session.time);
      // A time already past today means next week's performance.
      if (startsAt <= now) startsAt += 7 * 86_400_000;
      const sessionId = `ses_${spec.slug}_${index + 1}`;
      sessions.push({
        id: sessionId,
        event_id: eventId,
        starts_at: startsAt,
        ends_at: startsAt + spec.durationMinutes * 60_000,
        status: "on_sale",
        sections: JSON.stringify(sections.map(({ code, zh, en }) => ({ code, zh, en }))),
        seat_count: seatCount,
      });
      for (const section of sections) {
        for (let row = 1; row <= section.rows; row++) {
          const rank = Math.min(section.rank(row), tierIds.length);
          // Better seats sell first, as they do in life.
          const soldChance = Math.min(0.97, spec.demand * (rank === 1 ? 1.25 : rank === 2 ? 1.05 : 0.9));
          for (let seat = 1; seat <= section.seatsPerRow; seat++) {
            seats.push({
              id: `${sessionId}-${section.code}-${row}-${seat}`,
              session_id: sessionId,
              tier_id: tierIds[rank - 1] as string,
              section: section.code,
              row_number: row,
              seat_number: seat,
              status: random.chance(soldChance) ? "sold" : "available",
              hold_id: null,
              booking_id: null,
            });
          }
        }
      }
    }
  }
  await context.db.insertInto("tickets_events").values(events).execute();
  await context.db.insertInto("tickets_tiers").values(tiers).execute();
  await context.db.insertInto("tickets_sessions").values(sessions).execute();
  for (let start = 0; start < seats.length; start += SEAT_BATCH) {
    await context.db
      .insertInto("tickets_seats")
      .values(seats.slice(start, start + SEAT_BATCH))
      .execute();
  }
}
