import type { ColumnType, Generated } from "kysely";

/**
 * What an account is for. Only `external_funding` and `user_card` accounts may go negative: they stand
 * for money outside the platform (the bank that funded wallets, a card's issuer), which is how card
 * payments and seeded balances enter a ledger that still sums to zero.
 */
export type AccountKind =
  | "user_wallet"
  | "user_card"
  | "hold"
  | "merchant_settlement"
  | "platform_fees"
  | "platform_revenue"
  | "external_funding";

/** One ledger account; `balance_fen` is a cache of the sum of its entries, checked by verifyLedger. */
export interface PayAccountsTable {
  id: string;
  kind: AccountKind;
  /** The party that owns it: "user:u_x", "merchant:m_x", "platform" or "external". */
  owner: string;
  currency: string;
  balance_fen: number;
  allow_negative: number;
  created_at: number;
}

/** One money movement; its entries always sum to zero. `seq` orders journals made in the same ms. */
export interface PayJournalsTable {
  seq: Generated<number>;
  id: string;
  kind: string;
  intent_id: string | null;
  description: string;
  /** The description in English; "" on journals made before English forms existed. */
  description_en: ColumnType<string, string | undefined, string>;
  created_at: number;
}

export interface PayEntriesTable {
  id: string;
  journal_id: string;
  account_id: string;
  amount_fen: number;
  created_at: number;
}

/** How a user can pay: the wallet balance, or a bank card that draws on an external account. */
export interface PayPaymentMethodsTable {
  id: string;
  user_id: string;
  kind: "wallet" | "card";
  label_zh: string;
  label_en: string;
  bank: string | null;
  last4: string | null;
  funding_account_id: string;
  is_default: number;
  created_at: number;
}

export type IntentStatus = "requires_confirmation" | "requires_capture" | "succeeded" | "canceled";

export interface PayIntentsTable {
  id: string;
  user_id: string;
  amount_fen: number;
  captured_fen: number;
  refunded_fen: number;
  /** Platform fee taken from the merchant at capture, and how much of it went back with refunds. */
  fee_fen: number;
  fee_refunded_fen: number;
  currency: string;
  status: IntentStatus;
  payee: string;
  payee_account_id: string;
  reference: string;
  description: string;
  description_en: ColumnType<string, string | undefined, string>;
  payment_method_id: string;
  funding_account_id: string;
  hold_account_id: string;
  cancel_reason: string | null;
  authorized_at: number | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface PayRefundsTable {
  id: string;
  intent_id: string;
  amount_fen: number;
  reason: string;
  created_at: number;
}

/** One Idempotency-Key per (scope, key): the request's hash, its state and the stored outcome. */
export interface PayIdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  state: "in_flight" | "completed";
  /** Who holds an in-flight claim; the effect commits only while this claim is still its own. */
  claim: string;
  /** JSON `{ok:true,data}` or `{ok:false,error}` once completed. */
  outcome: string | null;
  created_at: number;
  updated_at: number;
}

export type PayTables = {
  pay_accounts: PayAccountsTable;
  pay_journals: PayJournalsTable;
  pay_entries: PayEntriesTable;
  pay_payment_methods: PayPaymentMethodsTable;
  pay_intents: PayIntentsTable;
  pay_refunds: PayRefundsTable;
  pay_idempotency_keys: PayIdempotencyKeysTable;
};
