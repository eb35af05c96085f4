import type { ServiceContext } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";

const WEEK_MS = 7 * 86_400_000;
const CHANGE_DELAY_MS = 10 * 60_000;

/**
 * The organiser cancels a session or moves it (by default a week later): the session records what
 * changed, and every holder of a confirmed booking is told (`tickets.session_changed`), so they can
 * keep the tickets or decline and get everything back.
 */
export async function changeSession(
  context: ServiceContext,
  request: { sessionId: string; kind: "cancelled" | "rescheduled"; newStartsAt?: number },
): Promise<void> {
  const session = await context.db
    .selectFrom("tickets_sessions")
    .selectAll()
    .where("id", "=", request.sessionId)
    .executeTakeFirst();
  if (!session) throw notFound("session", request.sessionId, "sessionId");
  const startsAt = Number(session.starts_at);
  const newStartsAt = request.kind === "rescheduled" ? (request.newStartsAt ?? startsAt + WEEK_MS) : startsAt;
  await context.db
    .updateTable("tickets_sessions")
    .set({
      change_kind: request.kind,
      previous_starts_at: startsAt,
      starts_at: newStartsAt,
      ends_at: Number(session.ends_at) + (newStartsAt - startsAt),
      ...(request.kind === "cancelled" ? { status: "cancelled" } : {}),
    })
    .where("id", "=", session.id)
    .execute();
  const holders = await context.db
    .selectFrom("tickets_bookings")
    .select(["id", "user_id"])
    .where("session_id", "=", session.id)
    .where("status", "=", "confirmed")
    .execute();
  for (const booking of holders)
    await context.bus.publish({
      type: "tickets.session_changed",
      at: context.clock.now(),
      userId: booking.user_id,
      subjectId: booking.id,
      data: { kind: request.kind, previousStartsAt: startsAt, startsAt: newStartsAt, sessionId: session.id },
    });
}

/**
 * The `organiser_change` and `organiser_cancels` faults: soon after a booking, the organiser
 * reschedules, or cancels, its show.
 */
export async function maybeOrganiserChange(context: ServiceContext, sessionId: string): Promise<void> {
  const kind = context.faults.trip("tickets", "organiser_cancels")
    ? "cancelled"
    : context.faults.trip("tickets", "organiser_change")
      ? "rescheduled"
      : undefined;
  if (!kind) return;
  const change = () => changeSession(context, { sessionId, kind });
  // In a simulated world the news comes ten minutes after the sale, as it would; live, at once.
  if (context.simulatedClock) context.simulatedClock.schedule(context.clock.now() + CHANGE_DELAY_MS, change);
  else await change();
}
