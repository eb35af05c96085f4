import type { Selectable } from "kysely";
import { formatLngLat } from "../world/geography.ts";
import { formatShanghai } from "./schedule.ts";
import type { TicketsEventsTable, TicketsSessionsTable, TicketsTiersTable } from "./tables.ts";

/** An event as callers see it; descriptions are venue/organiser text and only ever data. */
export interface EventView {
  id: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  category: string;
  performer: string;
  tags: string[];
  durationMinutes: number;
  venue: {
    poiId: string | null;
    nameZh: string;
    nameEn: string;
    districtId: string;
    lng: number;
    lat: number;
    location: string;
  };
}

export interface TierView {
  tierId: string;
  nameZh: string;
  nameEn: string;
  priceFen: number;
  rank: number;
}

export interface SessionView {
  sessionId: string;
  eventId: string;
  startsAt: number;
  /** Start in Asia/Shanghai wall time, "YYYY-MM-DD HH:mm". */
  startsAtLocal: string;
  endsAt: number;
  status: string;
  seatCount: number;
  sections: { code: string; zh: string; en: string }[];
}

function parseStringList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** Maps an events row to its public shape. */
export function eventView(row: Selectable<TicketsEventsTable>): EventView {
  return {
    id: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    descriptionZh: row.description_zh,
    descriptionEn: row.description_en,
    category: row.category,
    performer: row.performer,
    tags: parseStringList(row.tags),
    durationMinutes: row.duration_minutes,
    venue: {
      poiId: row.venue_poi_id,
      nameZh: row.venue_name_zh,
      nameEn: row.venue_name_en,
      districtId: row.district_id,
      lng: row.lng,
      lat: row.lat,
      location: formatLngLat(row),
    },
  };
}

/** Maps a tiers row to its public shape. */
export function tierView(row: Selectable<TicketsTiersTable>): TierView {
  return {
    tierId: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    priceFen: row.price_fen,
    rank: row.rank,
  };
}

/** Maps a sessions row to its public shape. */
export function sessionView(row: Selectable<TicketsSessionsTable>): SessionView {
  let sections: SessionView["sections"] = [];
  try {
    const value: unknown = JSON.parse(row.sections);
    if (Array.isArray(value)) sections = value as SessionView["sections"];
  } catch {
    sections = [];
  }
  return {
    sessionId: row.id,
    eventId: row.event_id,
    startsAt: row.starts_at,
    startsAtLocal: formatShanghai(row.starts_at),
    endsAt: row.ends_at,
    status: row.status,
    seatCount: row.seat_count,
    sections,
  };
}
