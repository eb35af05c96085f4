import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";

/**
 * A user's flywheel setting. The default (documented in docs/FLYWHEEL.md): records are captured to
 * run the service (analytics, support, the user's own history) and kept `retentionDays`; they are
 * used to train or evaluate models, and exported, only when the user chose `share: true`.
 */
export interface Consent {
  share: boolean;
  retentionDays: number;
  /** Whether the user ever chose, or this is the default. */
  explicit: boolean;
}

export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 730;

/** The default for a user who never chose: capture for service operation only, 90 days. */
export const DEFAULT_CONSENT: Consent = {
  share: false,
  retentionDays: DEFAULT_RETENTION_DAYS,
  explicit: false,
};

/** A user's consent, or the default. */
export async function getConsent(context: ServiceContext, userId: string): Promise<Consent> {
  const row = await context.db
    .selectFrom("flywheel_consent")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return DEFAULT_CONSENT;
  return { share: row.share === 1, retentionDays: row.retention_days, explicit: true };
}

/** Records a user's choice (insert or update: the one mutable flywheel row). */
export async function setConsent(
  context: ServiceContext,
  userId: string,
  choice: { share: boolean; retentionDays?: number },
): Promise<Consent> {
  const retentionDays = choice.retentionDays ?? (await getConsent(context, userId)).retentionDays;
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
    throw new DimpleError(
      "invalid_argument",
      `retentionDays must be a whole number from 1 to ${MAX_RETENTION_DAYS}`,
      {
        field: "retentionDays",
      },
    );
  }
  const values = {
    share: choice.share ? 1 : 0,
    retention_days: retentionDays,
    updated_at: context.clock.now(),
  };
  const updated = await context.db
    .updateTable("flywheel_consent")
    .set(values)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await context.db
      .insertInto("flywheel_consent")
      .values({ user_id: userId, ...values })
      .onConflict((conflict) => conflict.column("user_id").doUpdateSet(values))
      .execute();
  }
  return { share: choice.share, retentionDays, explicit: true };
}

/** The ids of users who agreed to share their records for training and evaluation. */
export async function consentingUsers(context: ServiceContext): Promise<Set<string>> {
  const rows = await context.db
    .selectFrom("flywheel_consent")
    .select("user_id")
    .where("share", "=", 1)
    .execute();
  return new Set(rows.map((row) => row.user_id));
}
