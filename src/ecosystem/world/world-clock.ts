import { z } from "zod";
import { AnchoredClock, type ClockAnchor, DEFAULT_WORLD_START_MS } from "../../kernel/clock.ts";
import type { OpenDatabase } from "../../store/database.ts";

const ANCHOR_KEY = "clock_anchor";
const Anchor = z.object({ realMs: z.number(), simMs: z.number(), speed: z.number().positive() });

/** The shared clock's anchor as stored in `world_meta`, if one was set. */
export async function readClockAnchor(database: OpenDatabase): Promise<ClockAnchor | undefined> {
  const row = await database.db
    .selectFrom("world_meta")
    .select("value")
    .where("key", "=", ANCHOR_KEY)
    .executeTakeFirst();
  const parsed = row ? Anchor.safeParse(JSON.parse(row.value)) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

async function writeClockAnchor(database: OpenDatabase, anchor: ClockAnchor): Promise<void> {
  const value = JSON.stringify(anchor);
  const updated = await database.db
    .updateTable("world_meta")
    .set({ value })
    .where("key", "=", ANCHOR_KEY)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    await database.db
      .insertInto("world_meta")
      .values({ key: ANCHOR_KEY, value })
      .onConflict((conflict) => conflict.column("key").doUpdateSet({ value }))
      .execute();
}

/**
 * Opens the one world clock of a multi-process deployment. The first process sets the anchor (from
 * the time a single-process run last saved); a process that asks for another `speed` re-anchors at
 * the current world time (workers do; servers pass no speed and follow).
 */
export async function openSharedClock(database: OpenDatabase, speed?: number): Promise<AnchoredClock> {
  const anchor = await readClockAnchor(database);
  if (anchor && (speed === undefined || anchor.speed === speed)) return new AnchoredClock(anchor);
  const clock = new AnchoredClock(
    anchor ?? { realMs: Date.now(), simMs: await savedWorldTime(database), speed: 1 },
  );
  const next = { realMs: Date.now(), simMs: clock.now(), speed: speed ?? anchor?.speed ?? 10 };
  await writeClockAnchor(database, next);
  clock.follow(next);
  return clock;
}

/** Re-reads the anchor, so a process follows a re-anchoring done by another. */
export async function refreshSharedClock(database: OpenDatabase, clock: AnchoredClock): Promise<void> {
  const anchor = await readClockAnchor(database);
  if (anchor) clock.follow(anchor);
}

/** The world time a process last saved (`saveTime`), or the world's start. */
export async function savedWorldTime(database: OpenDatabase): Promise<number> {
  const saved = await database.db
    .selectFrom("world_meta")
    .select("value")
    .where("key", "=", "sim_now")
    .executeTakeFirst();
  return saved ? Number(saved.value) : DEFAULT_WORLD_START_MS;
}
