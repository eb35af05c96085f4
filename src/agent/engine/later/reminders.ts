import type { Selectable } from "kysely";
import type { ServiceContext } from "../../../kernel/context.ts";
import { DimpleError } from "../../../kernel/errors.ts";
import { WORLD_TIME_ZONE } from "../../../kernel/time-zone.ts";
import type { Lang } from "../../brain/types.ts";
import type { Notifier } from "../notifier.ts";
import { nextOccurrence, validRule } from "./recurrence.ts";
import type { AgentRemindersTable } from "./tables.ts";
import { atLabel } from "./words.ts";

export type ReminderRow = Selectable<AgentRemindersTable>;

/** The longest note kept; longer words are cut (a reminder is a line, not a letter). */
const NOTE_MAX = 200;

/**
 * Reminders: stored when asked, delivered once at their time (a recurring one once per occurrence)
 * as a notification to every open surface of the user (SSE, web toast, terminal), cancelled by the
 * user (a recurring one wholly, or its next occurrence). No money moves.
 */
export class Reminders {
  constructor(
    private readonly context: ServiceContext,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Stores a reminder; a time not after now is refused (the brain asks instead of moving it). With a
   * `rule` it repeats: its first time is the rule's first occurrence after now, in `timeZone`.
   */
  async create(reminder: {
    userId: string;
    sessionId: string;
    note: string;
    lang: Lang;
    dueAt?: number;
    rule?: string;
    ruleText?: { zh: string; en: string };
    timeZone?: string;
  }): Promise<ReminderRow> {
    const now = this.context.clock.now();
    const zone = reminder.timeZone ?? WORLD_TIME_ZONE;
    if (reminder.rule !== undefined && !validRule(reminder.rule))
      throw new DimpleError("invalid_argument", "not a repeat rule", { field: "rule" });
    const dueAt = reminder.rule ? nextOccurrence(reminder.rule, now, now, zone) : reminder.dueAt;
    if (dueAt === undefined || !Number.isSafeInteger(dueAt) || dueAt <= now)
      throw new DimpleError("time_in_past", "a reminder's time must be in the future", { field: "dueAt" });
    const row: ReminderRow = {
      id: this.context.ids.next("rmd"),
      user_id: reminder.userId,
      session_id: reminder.sessionId,
      note: reminder.note.trim().slice(0, NOTE_MAX),
      lang: reminder.lang,
      due_at: dueAt,
      status: "pending",
      created_at: now,
      delivered_at: null,
      rule: reminder.rule ?? null,
      rule_text: reminder.ruleText ? JSON.stringify(reminder.ruleText) : null,
      time_zone: reminder.timeZone ?? null,
    };
    await this.context.db.insertInto("agent_reminders").values(row).execute();
    return row;
  }

  /** A user's pending reminders, soonest first. */
  async pending(userId: string): Promise<ReminderRow[]> {
    return this.context.db
      .selectFrom("agent_reminders")
      .selectAll()
      .where("user_id", "=", userId)
      .where("status", "=", "pending")
      .orderBy("due_at")
      .orderBy("id")
      .execute();
  }

  /** Cancels one of the user's pending reminders; false when it was not pending (or not theirs). */
  async cancel(userId: string, reminderId: string): Promise<boolean> {
    const result = await this.context.db
      .updateTable("agent_reminders")
      .set({ status: "cancelled" })
      .where("id", "=", reminderId)
      .where("user_id", "=", userId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Skips the next occurrence of a recurring reminder (a one-off one is cancelled); returns the
   * skipped time and the next one (null when none is left), or undefined when it was not pending.
   */
  async skipNext(
    userId: string,
    reminderId: string,
  ): Promise<{ skipped: number; next: number | null } | undefined> {
    const reminder = await this.context.db
      .selectFrom("agent_reminders")
      .selectAll()
      .where("id", "=", reminderId)
      .where("user_id", "=", userId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (!reminder) return undefined;
    const next = followingTime(reminder, reminder.due_at);
    const result = await this.context.db
      .updateTable("agent_reminders")
      .set(next === undefined ? { status: "cancelled" } : { due_at: next })
      .where("id", "=", reminderId)
      .where("status", "=", "pending")
      .where("due_at", "=", reminder.due_at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    return { skipped: reminder.due_at, next: next ?? null };
  }

  /** When the next pending reminder is due, if any. */
  async nextDueAt(): Promise<number | undefined> {
    const row = await this.context.db
      .selectFrom("agent_reminders")
      .select((eb) => eb.fn.min("due_at").as("next"))
      .where("status", "=", "pending")
      .executeTakeFirst();
    return row?.next === null || row?.next === undefined ? undefined : Number(row.next);
  }

  /**
   * Delivers every reminder due at or before `now`, soonest first. The move past the occurrence (out
   * of `pending`, or a recurring one's due time on to its next occurrence, conditional on the time it
   * had) and the notification are one transaction: each occurrence is delivered exactly once,
   * however many tickers, workers or restarts race for it. Occurrences missed while nothing ran
   * are told once, as the latest: a medicine reminder is not worth three at once.
   */
  async runDue(now: number): Promise<number> {
    const due = await this.context.db
      .selectFrom("agent_reminders")
      .selectAll()
      .where("status", "=", "pending")
      .where("due_at", "<=", now)
      .orderBy("due_at")
      .orderBy("id")
      .execute();
    let delivered = 0;
    for (const reminder of due) {
      const event = await this.context.db.transaction().execute(async (transaction) => {
        const next = followingTime(reminder, Math.max(reminder.due_at, now));
        const claimed = await transaction
          .updateTable("agent_reminders")
          .set(
            next === undefined
              ? { status: "delivered", delivered_at: now }
              : { due_at: next, delivered_at: now },
          )
          .where("id", "=", reminder.id)
          .where("status", "=", "pending")
          .where("due_at", "=", reminder.due_at)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return undefined;
        return this.notifier.record(reminder.user_id, reminderText(reminder), undefined, transaction);
      });
      if (!event) continue;
      delivered++;
      this.notifier.push(reminder.user_id, event);
    }
    return delivered;
  }
}

/** A recurring reminder's occurrence after `afterMs`; undefined for a one-off one. */
function followingTime(reminder: ReminderRow, afterMs: number): number | undefined {
  if (!reminder.rule) return undefined;
  return nextOccurrence(reminder.rule, reminder.created_at, afterMs, zoneOf(reminder));
}

/** The zone a reminder's times are in. */
export function zoneOf(reminder: Pick<ReminderRow, "time_zone">): string {
  return reminder.time_zone ?? WORLD_TIME_ZONE;
}

/** A recurring reminder's repeat in words ("每天 08:00"), or undefined for a one-off one. */
export function repeatText(reminder: Pick<ReminderRow, "rule_text">, lang: Lang): string | undefined {
  return reminder.rule_text
    ? (JSON.parse(reminder.rule_text) as { zh: string; en: string })[lang]
    : undefined;
}

/** What the user sees when a reminder fires, in the language it was asked in. */
export function reminderText(reminder: Pick<ReminderRow, "note" | "lang" | "due_at" | "time_zone">): string {
  const zone = zoneOf(reminder);
  return reminder.lang === "en"
    ? `⏰ Reminder: ${reminder.note} (${atLabel(reminder.due_at, "en", zone)})`
    : `⏰ 提醒：${reminder.note}（${atLabel(reminder.due_at, "zh", zone)}）`;
}
