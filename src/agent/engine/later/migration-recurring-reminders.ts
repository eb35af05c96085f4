import type { Kysely, Migration } from "kysely";

/**
 * Recurring reminders and time zones (issue 15): a reminder may repeat (RRULE options, the rule in
 * words, JSON {zh, en}); reminders and recurring orders keep the IANA zone their wall-clock times are
 * in (null: Asia/Shanghai, what every row made before this meant).
 */
export const recurringRemindersMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("agent_reminders").addColumn("rule", "text").execute();
    await db.schema.alterTable("agent_reminders").addColumn("rule_text", "text").execute();
    await db.schema.alterTable("agent_reminders").addColumn("time_zone", "text").execute();
    await db.schema.alterTable("agent_recurring_orders").addColumn("time_zone", "text").execute();
  },
};
