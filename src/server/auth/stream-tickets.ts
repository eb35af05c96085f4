import { randomBytes } from "node:crypto";
import type { ServiceContext } from "../../kernel/context.ts";
import { hashSecret } from "./session-tokens.ts";

/** How long a ticket may wait before it opens its stream. */
export const STREAM_TICKET_TTL_MS = 60_000;

/**
 * Issues a single-use ticket for `GET /api/events?ticket=…`, for clients (EventSource) that cannot
 * send a header: the URL then carries a secret that opens one stream within a minute, never the
 * 7-day bearer token. Stored hashed in the database, so any server process can redeem it.
 */
export async function issueStreamTicket(
  context: ServiceContext,
  userId: string,
): Promise<{ ticket: string; expiresInSeconds: number }> {
  const ticket = randomBytes(24).toString("base64url");
  const now = Date.now();
  await context.db.deleteFrom("auth_stream_tickets").where("expires_at", "<", now).execute();
  await context.db
    .insertInto("auth_stream_tickets")
    .values({ ticket_hash: hashSecret(ticket), user_id: userId, expires_at: now + STREAM_TICKET_TTL_MS })
    .execute();
  return { ticket, expiresInSeconds: STREAM_TICKET_TTL_MS / 1000 };
}

/** Redeems a ticket once: the user it was issued to, or undefined when unknown, used or expired. */
export async function redeemStreamTicket(
  context: ServiceContext,
  ticket: string,
): Promise<string | undefined> {
  const hash = hashSecret(ticket);
  const row = await context.db
    .selectFrom("auth_stream_tickets")
    .select(["user_id", "expires_at"])
    .where("ticket_hash", "=", hash)
    .executeTakeFirst();
  if (!row) return undefined;
  const removed = await context.db
    .deleteFrom("auth_stream_tickets")
    .where("ticket_hash", "=", hash)
    .executeTakeFirst();
  // Of two redemptions racing, only the one that removed the row opens a stream.
  if (Number(removed.numDeletedRows) !== 1 || Number(row.expires_at) < Date.now()) return undefined;
  return row.user_id;
}
