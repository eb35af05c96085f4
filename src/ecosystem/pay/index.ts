// The pay service: wallets, payment methods, Stripe-like payment intents over a double-entry ledger.
export { accountIds, CURRENCY, platformFee } from "./accounts.ts";
export { hashRequest, IN_FLIGHT_LEASE_MS, withIdempotency } from "./idempotency.ts";
export { AUTHORIZATION_TTL_MS, getPaymentIntent, type PaymentIntent } from "./intent-store.ts";
export { confirmPaymentIntent, createPaymentIntent } from "./intents.ts";
export { payStepper } from "./lifecycle.ts";
export {
  type CardOnFile,
  type OpenAccountsRequest,
  openUserAccounts,
  paymentMethodIds,
} from "./open-accounts.ts";
export { listPaymentMethods, type PaymentMethod } from "./payment-methods.ts";
export { type Refund, type RefundResult, refundPayment } from "./refunds.ts";
export {
  type CancelInput,
  type CaptureInput,
  type ConfirmIntentInput,
  type CreateIntentInput,
  MAX_AMOUNT_FEN,
  type RefundInput,
  type TransferInput,
} from "./schemas.ts";
export { seedPay } from "./seed.ts";
export { cancelPaymentIntent, capturePaymentIntent, releaseExpiredAuthorizations } from "./settle.ts";
export type { IntentStatus } from "./tables.ts";
export { payTools } from "./tools.ts";
export { transfer } from "./transfer.ts";
export { type LedgerReport, verifyLedger } from "./verify-ledger.ts";
export { getWallet, listTransactions, type StatementLine, type Wallet } from "./wallet.ts";
