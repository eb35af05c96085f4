import type { Selectable } from "kysely";
import type { ServiceContext } from "../../../ecosystem/kernel/context.ts";
import { DimpleError } from "../../../ecosystem/kernel/errors.ts";
import type { Lang } from "../../brain/types.ts";
import type { Notifier } from "../notifier.ts";
import type { AgentRemindersTable } from "./tables.ts";
import { atLabel } from "./words.ts";

export type ReminderRow = Selectable<AgentRemindersTable>;

/** The longest note kept; longer words are cut (a reminder is a line, not a letter). */
const NOTE_MAX = 200;

/**
 * Reminders: stored when asked, delivered once at their time as a notification to every open
 * surface of the user (SSE, web toast, terminal), cancelled by the user. No money moves.
 */
export class Reminders {
  constructor(
    private readonly context: ServiceContext,
    private readonly notifier: Notifier,
  ) {}

  /** Stores a reminder; a time not after now is refused (the brain asks instead of moving it). */
  async create(reminder: {
    userId: string;
    sessionId: string;
    note: string;
    lang: Lang;
    dueAt: number;
  }): Promise<ReminderRow> {
    const now = this.context.clock.now();
    if (!Number.isSafeInteger(reminder.dueAt) || reminder.dueAt <= now)
      throw new DimpleError("time_in_past", "a reminder's time must be in the future", { field: "dueAt" });
    const row: ReminderRow = {
      id: this.context.ids.next("rmd"),
      user_id: reminder.userId,
      session_id: reminder.sessionId,
      note: reminder.note.trim().slice(0, NOTE_MAX),
      lang: reminder.lang,
      due_at: reminder.dueAt,
      status: "pending",
      created_at: now,
      delivered_at: null,
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
   * Delivers every reminder due at or before `now`, soonest first. The move out of `pending` and the
   * notification are one transaction: a reminder is delivered exactly once, however many tickers,
   * workers or restarts race for it.
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
        const claimed = await transaction
          .updateTable("agent_reminders")
          .set({ status: "delivered", delivered_at: now })
          .where("id", "=", reminder.id)
          .where("status", "=", "pending")
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

/** What the user sees when a reminder fires, in the language it was asked in. */
export function reminderText(reminder: Pick<ReminderRow, "note" | "lang" | "due_at">): string {
  return reminder.lang === "en"
    ? `⏰ Reminder: ${reminder.note} (${atLabel(reminder.due_at, "en")})`
    : `⏰ 提醒：${reminder.note}（${atLabel(reminder.due_at, "zh")}）`;
}
