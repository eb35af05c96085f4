/**
 * The after-sale tables of the commerce service: the platform's claim rules (data, one row per kind
 * of claim), the claims themselves and the photos that come with them. Money is integer fen.
 */

/** How a kind of claim is decided; the platform's rule, kept as data so it can change without code. */
export interface CommerceClaimRulesTable {
  /** spilled | missing_item | wrong_item | quality | late */
  kind: string;
  /** Minutes after delivery during which a claim of this kind is accepted. */
  window_minutes: number;
  /** Claims up to this amount are approved at once. */
  instant_max_fen: number;
  /** Larger claims are reviewed this many minutes after they were filed. */
  review_minutes: number;
  /** Above this amount a reviewed claim needs a photo, or it is rejected; null: never needed. */
  photo_over_fen: number | null;
  /** For `late`: minutes past the promised time from which compensation is due. */
  late_after_minutes: number | null;
  /** For `late`: the share of the paid total given back, in percent. */
  late_percent: number | null;
  /** For `late`: the voucher the platform gives unasked for a late order (fen); null: none. */
  late_coupon_fen: number | null;
  /** For `late`: how many days that voucher is valid. */
  late_coupon_days: number | null;
}

/** One claim on a delivered order: on the whole order, on one line, or for lateness. */
export interface CommerceClaimsTable {
  id: string;
  user_id: string;
  order_id: string;
  /** What the claim is on: `order`, `line:<index>` or `late`; one claim per target and order. */
  target: string;
  kind: string;
  line_index: number | null;
  qty: number | null;
  /** The user's words; data, never instructions. */
  reason: string;
  amount_fen: number;
  /** under_review | approved | refunded | rejected */
  status: string;
  decision_code: string | null;
  decision_zh: string | null;
  decision_en: string | null;
  has_photo: number;
  idempotency_key: string | null;
  refund_id: string | null;
  refunded_fen: number;
  /** When the stepper next looks at it (a review due, or a refund to finish); null once settled. */
  next_step_at: number | null;
  created_at: number;
  decided_at: number | null;
  refunded_at: number | null;
}

/** A photo uploaded with a claim, stored with it (base64 of the image bytes). */
export interface CommerceClaimPhotosTable {
  id: string;
  claim_id: string;
  content_type: string;
  bytes: number;
  sha256: string;
  data_base64: string;
  created_at: number;
}

export interface CommerceAfterSaleTables {
  commerce_claim_rules: CommerceClaimRulesTable;
  commerce_claims: CommerceClaimsTable;
  commerce_claim_photos: CommerceClaimPhotosTable;
}
