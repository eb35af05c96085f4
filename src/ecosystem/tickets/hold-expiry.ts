import type { ServiceContext } from "../../kernel/context.ts";

/** Minutes a hold keeps its seats before they go back on sale. */
export const HOLD_MINUTES = 10;

/**
 * Expires holds whose time ran out and puts their seats back on sale; one session's only when
 * `sessionId` is given. Each hold flips in its own transaction with a conditional update, so a
 * booking racing the expiry either books or finds the hold expired, never half of each.
 */
export async function releaseExpiredHolds(
  context: ServiceContext,
  now: number,
  sessionId?: string,
): Promise<number> {
  let query = context.db
    .selectFrom("tickets_holds")
    .select(["id", "user_id", "session_id", "expires_at"])
    .where("status", "=", "active")
    .where("expires_at", "<=", now);
  if (sessionId !== undefined) query = query.where("session_id", "=", sessionId);
  const due = await query.orderBy("expires_at").orderBy("id").execute();
  let released = 0;
  for (const hold of due) {
    const expired = await context.db.transaction().execute(async (trx) => {
      const flipped = await trx
        .updateTable("tickets_holds")
        .set({ status: "expired" })
        .where("id", "=", hold.id)
        .where("status", "=", "active")
        .executeTakeFirst();
      if (Number(flipped.numUpdatedRows) !== 1) return false;
      await trx
        .updateTable("tickets_seats")
        .set({ status: "available", hold_id: null })
        .where("hold_id", "=", hold.id)
        .where("status", "=", "held")
        .execute();
      return true;
    });
    if (!expired) continue;
    released += 1;
    await context.bus.publish({
      type: "tickets.hold_expired",
      at: hold.expires_at,
      userId: hold.user_id,
      subjectId: hold.id,
      data: { sessionId: hold.session_id },
    });
  }
  return released;
}

/** When the next active hold lapses, for the lifecycle stepper. */
export async function nextHoldExpiry(context: ServiceContext): Promise<number | undefined> {
  const row = await context.db
    .selectFrom("tickets_holds")
    .select((eb) => eb.fn.min("expires_at").as("next"))
    .where("status", "=", "active")
    .executeTakeFirst();
  return row?.next === null || row?.next === undefined ? undefined : Number(row.next);
}
