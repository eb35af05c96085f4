/** An Ed25519 key the server signs mandates with; kept so mandates signed before a restart verify. */
export interface RiskKeysTable {
  /** Key id (kid): the first 16 hex digits of the SHA-256 of the public key. */
  id: string;
  algorithm: string;
  /** SPKI DER, base64. */
  public_key: string;
  /** PKCS#8 DER, base64; null for a verification-only key (signed elsewhere). */
  private_key: string | null;
  created_at: number;
}

/**
 * A payment mandate: the user's confirmation of one exact quote, signed by the server. One per task
 * and cart hash, so concurrent confirms of the same card share it.
 */
export interface RiskMandatesTable {
  id: string;
  task_id: string;
  user_id: string;
  cart_hash: string;
  /** What the pay service sees as the payment's reference (the quote id). */
  reference: string;
  payee: string;
  amount_fen: number;
  kid: string;
  token: string;
  /** active | revoked */
  status: string;
  expires_at: number;
  created_at: number;
}

/** A user's spending rules; a missing row means the defaults of policies.ts. */
export interface RiskPoliciesTable {
  user_id: string;
  per_order_limit_fen: number;
  daily_limit_fen: number;
  /** JSON string array of merchant ids (or payees); empty = every merchant allowed. */
  merchant_allow: string;
  /** JSON string array of merchant ids (or payees) never to pay. */
  merchant_block: string;
  /** Small repeat orders up to this amount skip the risk step-up (小额免密); 0 = off. */
  auto_approve_fen: number;
  /** Payments above this amount need the PIN. */
  step_up_above_fen: number;
  /** scrypt hash of the 6-digit PIN; null = not set (demo users fall back to 123456). */
  pin_hash: string | null;
  pin_failures: number;
  pin_locked_until: number;
  updated_at: number;
}

/** The append-only, hash-chained audit log. */
export interface RiskAuditTable {
  seq: number;
  at: number;
  type: string;
  actor: string;
  /** JSON, redacted before it is written. */
  data: string;
  prev_hash: string;
  hash: string;
}

/**
 * An open mandate (AP2 v0.2): constraints the user signed once on the trusted surface (a recurring
 * order's rule, item, address, per-run and total caps, expiry); every execution is checked against it
 * and gets a closed mandate of its own only when it fits.
 */
export interface RiskOpenMandatesTable {
  id: string;
  user_id: string;
  /** The recurring plan it was signed for (agent_recurring_orders.id). */
  plan_id: string;
  /** The signed constraints, JSON (as in the token). */
  constraints: string;
  kid: string;
  token: string;
  /** active | revoked */
  status: string;
  expires_at: number;
  created_at: number;
}

export interface RiskTables {
  risk_keys: RiskKeysTable;
  risk_mandates: RiskMandatesTable;
  risk_open_mandates: RiskOpenMandatesTable;
  risk_policies: RiskPoliciesTable;
  risk_audit: RiskAuditTable;
}
