import { rmSync } from "node:fs";
import { sql } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { openDatabase } from "../../store/database.ts";

/** Counts of everything in the world, for `dimple world stats`. */
export interface WorldStats {
  seed: number;
  counts: Record<string, number>;
}

// Table per reported count; each service adds its rows here as it grows.
const COUNTED_TABLES: Readonly<Record<string, string>> = {
  users: "users",
  addresses: "user_addresses",
  pois: "maps_pois",
  weatherDays: "maps_weather",
  merchants: "commerce_merchants",
  skus: "commerce_skus",
  coupons: "commerce_coupons",
  orders: "commerce_orders",
  paymentAccounts: "pay_accounts",
  paymentIntents: "pay_intents",
  ledgerEntries: "pay_entries",
  events: "tickets_events",
  eventSessions: "tickets_sessions",
  seats: "tickets_seats",
  ticketBookings: "tickets_bookings",
  rideProducts: "rides_products",
  drivers: "rides_drivers",
  trips: "rides_trips",
};

export async function worldStats(context: ServiceContext): Promise<WorldStats> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(COUNTED_TABLES)) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`
      .execute(context.db)
      .catch(() => undefined);
    if (row) counts[name] = Number(row.rows[0]?.n ?? 0);
  }
  const seed = await context.db
    .selectFrom("world_meta")
    .select("value")
    .where("key", "=", "seed")
    .executeTakeFirst();
  return { seed: Number(seed?.value ?? 0), counts };
}

/** Empties a world database so the next open seeds it afresh. */
export async function resetWorld(url: string): Promise<void> {
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path !== ":memory:")
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
    return;
  }
  const database = openDatabase(url);
  try {
    await sql`drop schema public cascade`.execute(database.db);
    await sql`create schema public`.execute(database.db);
  } finally {
    await database.close();
  }
}
