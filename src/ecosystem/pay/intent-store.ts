import type { Selectable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import type { IntentStatus, PayIntentsTable } from "./tables.ts";

/** Uncaptured authorizations are released automatically after this long, as card networks do. */
export const AUTHORIZATION_TTL_MS = 7 * 86_400_000;

/**
 * A payment as callers see it. `status` follows Stripe: requires_confirmation → requires_capture
 * (authorized, money on hold) → succeeded | canceled. Refunds keep `succeeded` and grow `refundedFen`.
 */
export interface PaymentIntent {
  id: string;
  userId: string;
  amountFen: number;
  capturedFen: number;
  refundedFen: number;
  /** Platform commission taken from the merchant (never from the user). */
  feeFen: number;
  currency: string;
  status: IntentStatus;
  payee: string;
  reference: string;
  description: string;
  paymentMethodId: string;
  cancelReason: string | null;
  authorizedAt: number | null;
  expiresAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type IntentRow = Selectable<PayIntentsTable>;

// Postgres may hand back bigint aggregates as strings; Number() keeps every amount a plain integer.
const nullableNumber = (value: number | null) => (value === null ? null : Number(value));

/** Maps a stored row to the public shape. */
export function toPaymentIntent(row: IntentRow): PaymentIntent {
  return {
    id: row.id,
    userId: row.user_id,
    amountFen: Number(row.amount_fen),
    capturedFen: Number(row.captured_fen),
    refundedFen: Number(row.refunded_fen),
    feeFen: Number(row.fee_fen),
    currency: row.currency,
    status: row.status,
    payee: row.payee,
    reference: row.reference,
    description: row.description,
    paymentMethodId: row.payment_method_id,
    cancelReason: row.cancel_reason,
    authorizedAt: nullableNumber(row.authorized_at),
    expiresAt: nullableNumber(row.expires_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** Reads one intent row, or undefined. */
export async function loadIntent(context: ServiceContext, intentId: string): Promise<IntentRow | undefined> {
  return context.db.selectFrom("pay_intents").selectAll().where("id", "=", intentId).executeTakeFirst();
}

/** Reads an intent that must exist (and, when `userId` is given, belong to that user: others see 404). */
export async function requireIntent(
  context: ServiceContext,
  intentId: string,
  userId?: string,
): Promise<IntentRow> {
  const row = await loadIntent(context, intentId);
  if (!row || (userId !== undefined && row.user_id !== userId)) {
    throw notFound("payment intent", intentId, "intentId");
  }
  return row;
}

/** Looks a payment intent up by id; commerce uses it to verify an authorization ("requires_capture"). */
export async function getPaymentIntent(
  context: ServiceContext,
  intentId: string,
): Promise<PaymentIntent | undefined> {
  const row = await loadIntent(context, intentId);
  return row ? toPaymentIntent(row) : undefined;
}

/** The error for an operation the intent's current status does not allow. */
export function invalidState(row: Pick<IntentRow, "id" | "status">, action: string): DimpleError {
  return new DimpleError("invalid_state", `cannot ${action} payment intent ${row.id}: it is ${row.status}`, {
    status: 409,
    details: { status: row.status },
  });
}

/** Reports a conditional update that found the intent changed by a concurrent request. */
export async function changedUnderneath(
  context: ServiceContext,
  intentId: string,
  action: string,
): Promise<never> {
  throw invalidState(await requireIntent(context, intentId), action);
}

/** Announces a committed change to the world (never for an idempotent replay). */
export async function publishIntentEvent(context: ServiceContext, type: string, intent: PaymentIntent) {
  await context.bus.publish({
    type,
    at: context.clock.now(),
    userId: intent.userId,
    subjectId: intent.id,
    data: {
      status: intent.status,
      amountFen: intent.amountFen,
      capturedFen: intent.capturedFen,
      refundedFen: intent.refundedFen,
      payee: intent.payee,
      reference: intent.reference,
    },
  });
}
