import { z } from "zod";
import { DimpleError } from "../../kernel/errors.ts";
import { zodErrorBody } from "../../kernel/tool.ts";

/** The largest single payment the sandbox accepts: 50,000 yuan. */
export const MAX_AMOUNT_FEN = 5_000_000;

/** A payee: a merchant's settlement account, another user's wallet, or the platform itself. */
export const PAYEE_PATTERN = /^(merchant:[A-Za-z0-9_-]{1,80}|user:[A-Za-z0-9_-]{1,40}|platform)$/;

const amountFen = z
  .number()
  .int()
  .positive()
  .max(MAX_AMOUNT_FEN)
  .describe("Amount in fen (分), a positive integer; 100 fen = 1 yuan (元).");
const idempotencyKey = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe("Idempotency-Key: reuse it to retry the same request safely; a new request needs a new key.");
const userId = z.string().trim().min(1).max(40).describe("The paying user's id, e.g. u_xiaoming.");
const intentId = z.string().trim().min(1).max(40).describe("Payment intent id (支付单号), e.g. pi_….");
const mandate = z
  .string()
  .max(4000)
  .optional()
  .describe(
    "The user's payment mandate token from the confirmation card; required when mandates are enforced.",
  );

export const createIntentInput = z.object({
  userId,
  amountFen,
  currency: z.literal("CNY").default("CNY").describe("Currency; only CNY (人民币)."),
  payee: z
    .string()
    .regex(PAYEE_PATTERN, 'payee must be "merchant:<id>", "user:<id>" or "platform"')
    .describe('Who is paid (收款方): "merchant:<merchantId>", "user:<userId>" or "platform".'),
  reference: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe("What the payment is for: a quote, order or booking id."),
  description: z.string().max(300).default("").describe("Shown on the user's statement (账单说明)."),
  descriptionEn: z.string().max(300).optional().describe("The statement's description in English."),
  paymentMethodId: z
    .string()
    .max(60)
    .optional()
    .describe("Payment method id from pay_list_payment_methods; the user's default when omitted."),
  idempotencyKey,
});

export const confirmIntentInput = z.object({ intentId, userId, mandate, idempotencyKey });

export const captureInput = z.object({
  intentId,
  amountFen: amountFen.optional().describe("Fen to capture, at most the authorized amount; all if omitted."),
  idempotencyKey,
});

export const cancelInput = z.object({
  intentId,
  reason: z.string().trim().max(100).default("requested_by_customer").describe("Why it is cancelled."),
  idempotencyKey,
});

export const refundInput = z.object({
  intentId,
  amountFen: amountFen.describe(
    "Fen to refund (退款金额); all refunds together never exceed the captured amount.",
  ),
  reason: z.string().trim().max(200).default("requested_by_customer").describe("Why it is refunded."),
  idempotencyKey,
});

export const transferInput = z.object({
  fromUserId: userId.describe("The sending user's id."),
  toUserId: z.string().trim().min(1).max(40).describe("The receiving user's id (收款人)."),
  amountFen,
  note: z.string().max(200).default("").describe("A note for both statements (转账留言)."),
  paymentMethodId: z
    .string()
    .max(60)
    .optional()
    .describe("Pay from this method (wallet or card); the wallet when omitted."),
  reference: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('What the mandate covers; "user:<toUserId>" when omitted.'),
  mandate,
  idempotencyKey,
});

export type CreateIntentInput = z.input<typeof createIntentInput>;
export type ConfirmIntentInput = z.input<typeof confirmIntentInput>;
export type CaptureInput = z.input<typeof captureInput>;
export type CancelInput = z.input<typeof cancelInput>;
export type RefundInput = z.input<typeof refundInput>;
export type TransferInput = z.input<typeof transferInput>;

/** Validates a service function's input the way tools do, so direct callers get the same errors. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const body = zodErrorBody(parsed.error);
  throw new DimpleError(body.code, body.message, {
    status: 400,
    ...(body.field ? { field: body.field } : {}),
  });
}

/** The request body an Idempotency-Key is bound to: everything but the key itself. */
export function requestBody<Input extends { idempotencyKey: string }>(
  input: Input,
): Omit<Input, "idempotencyKey"> {
  const { idempotencyKey: _key, ...body } = input;
  return body;
}
