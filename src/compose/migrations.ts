import type { Migration } from "kysely";
import { laterMigration as agentLater } from "../agent/engine/later/migration.ts";
import { headsUpMigration as agentLaterHeadsUp } from "../agent/engine/later/migration-heads-up.ts";
import { recurringRemindersMigration as agentRecurringReminders } from "../agent/engine/later/migration-recurring-reminders.ts";
import { migration as agent } from "../agent/migration.ts";
import { taskListingMigration as agentTaskListing } from "../agent/migration-listing.ts";
import { taskScheduleMigration as agentTaskSchedule } from "../agent/migration-task-schedule.ts";
import { taskTokensMigration as agentTaskTokens } from "../agent/migration-task-tokens.ts";
import { taskUpdatesMigration as agentTaskUpdates } from "../agent/migration-task-updates.ts";
import { migration as risk } from "../agent/risk/migration.ts";
import { openMandatesMigration as riskOpenMandates } from "../agent/risk/migration-open-mandates.ts";
import { afterSaleMigration as commerceAfterSale } from "../ecosystem/commerce/after-sale/migration.ts";
import { lateCouponMigration as commerceLateCoupon } from "../ecosystem/commerce/after-sale/migration-late-coupon.ts";
import { catalogueMigration as commerceCatalogue } from "../ecosystem/commerce/catalogue-migration.ts";
import { migration as commerce } from "../ecosystem/commerce/migration.ts";
import { migration as maps } from "../ecosystem/maps/migration.ts";
import { migration as pay } from "../ecosystem/pay/migration.ts";
import { englishDescriptionsMigration as payEnglish } from "../ecosystem/pay/migration-english.ts";
import { ridesAfterSaleMigration as ridesAfterSale } from "../ecosystem/rides/after-sale/migration.ts";
import { redispatchMigration as ridesRedispatch } from "../ecosystem/rides/after-sale/migration-redispatch.ts";
import { migration as rides } from "../ecosystem/rides/migration.ts";
import { englishDriversMigration as ridesEnglish } from "../ecosystem/rides/migration-english.ts";
import { ticketsAfterSaleMigration as ticketsAfterSale } from "../ecosystem/tickets/after-sale/migration.ts";
import { migration as tickets } from "../ecosystem/tickets/migration.ts";
import { migration as world } from "../ecosystem/world/migration.ts";
import { englishAddressesMigration as worldEnglish } from "../ecosystem/world/migration-english.ts";
import { userTimeZoneMigration as worldUserTimeZone } from "../ecosystem/world/migration-time-zone.ts";
import { migration as flywheel } from "../flywheel/migration.ts";
import { authMigration } from "../server/auth/migration.ts";
import { deadLettersMigration as jobDeadLetters } from "../store/jobs/migration.ts";

/**
 * Every migration, by name; names sort in the order they must run. Each room owns its tables and
 * its migration file, so services stay independent.
 */
export const migrations: Record<string, Migration> = {
  "0001_world": world,
  "0002_maps": maps,
  "0003_commerce": commerce,
  "0004_pay": pay,
  "0005_tickets": tickets,
  "0006_rides": rides,
  "0010_agent": agent,
  "0011_risk": risk,
  "0020_flywheel": flywheel,
  // Added after databases with 0020 existed: Kysely refuses a new name that sorts before a run one.
  "0030_commerce_catalogue": commerceCatalogue,
  "0031_agent_task_listing": agentTaskListing,
  "0032_agent_task_tokens": agentTaskTokens,
  "0033_agent_task_schedule": agentTaskSchedule,
  // English forms of seeded names (issue 11/13), numbered after the 003x others may add meanwhile.
  "0040_world_english_addresses": worldEnglish,
  "0041_rides_english_drivers": ridesEnglish,
  "0042_pay_english_descriptions": payEnglish,
  // Issue 15: reminders, recurring orders and the open mandates they run under.
  "0050_agent_later": agentLater,
  "0051_risk_open_mandates": riskOpenMandates,
  "0052_agent_recurring_heads_up": agentLaterHeadsUp,
  // After-sale (issue 16): claims on delivery orders, ride disputes, ticket refund rules.
  "0060_commerce_after_sale": commerceAfterSale,
  "0061_rides_after_sale": ridesAfterSale,
  "0062_tickets_after_sale": ticketsAfterSale,
  // Issue 17: API keys and event-stream tickets (range 0070–0079).
  "0070_auth_keys_and_tickets": authMigration,
  // The conversation that survives a reload (issue 13).
  "0080_agent_task_updates": agentTaskUpdates,
  // Multi-process deployments (issue 18).
  "0090_job_dead_letters": jobDeadLetters,
  // Recurring reminders; the user's time zone (issue 15).
  "0100_agent_recurring_reminders": agentRecurringReminders,
  "0101_user_time_zone": worldUserTimeZone,
  // Exceptions handled before the user asks (issue 16, item 3; range 0110–0119).
  "0110_commerce_late_coupon": commerceLateCoupon,
  "0111_rides_redispatch": ridesRedispatch,
};
