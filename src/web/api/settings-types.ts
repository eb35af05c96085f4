/**
 * The settings part of the HTTP contract: the user's payment policy (`GET/PUT /api/policies`), their
 * spending (`GET /api/spending`), shops to pick (`GET /api/merchants`) and the flywheel consent
 * (`GET/PUT /api/consent`, `DELETE /api/me/data`). Money is integer fen.
 */

/** The user's spending rules, as `GET /api/policies` reports them. */
export interface Policy {
  perOrderLimitFen: number;
  dailyLimitFen: number;
  /** Merchant ids (or payees such as "user:u_bob"); empty means every merchant may be paid. */
  merchantAllow: string[];
  merchantBlock: string[];
  /** 小额免密: small repeat payments up to this amount skip the PIN; 0 = off. */
  autoApproveFen: number;
  /** Payments above this amount need the PIN. */
  stepUpAboveFen: number;
  pinSet: boolean;
}

/** The body of `PUT /api/policies`: any subset of the rules, and the current PIN when loosening. */
export type PolicyUpdate = Partial<Omit<Policy, "pinSet">> & { currentPin?: string };

/** `GET /api/spending`. */
export interface Spending {
  todayFen: number;
  last7DaysFen: number;
  last30DaysFen: number;
  /** This calendar month (Asia/Shanghai) to date; older servers leave it out. */
  monthFen?: number;
  dailyLimitFen: number;
  remainingTodayFen: number;
}

/** A shop as `GET /api/merchants` lists it. */
export interface MerchantChoice {
  /** The entry to put in a policy list (as asked, for `ids=` lookups). */
  merchantId: string;
  name: string;
  nameEn: string;
  category: string;
}

/** The flywheel consent, `GET /api/consent` (with `defaults`) and `PUT /api/consent`. */
export interface Consent {
  /** Whether the user's records may be used to improve Dimple (train, evaluate, export). */
  share: boolean;
  retentionDays: number;
  /** False while the user never chose and the defaults apply. */
  explicit: boolean;
  defaults?: { share: boolean; retentionDays: number };
}

/** `DELETE /api/me/data`: rows removed per table. */
export interface DataDeletion {
  removed: Record<string, number>;
}

/** One run of a recurring order, as `GET /api/recurring-orders` lists it (newest first). */
export interface RecurringRun {
  occurrenceAt: string;
  /** claimed | paid | asked | skipped | failed */
  status: string;
  amountFen: number;
  taskId: string;
}

/** A recurring order with its open mandate, history and spend (`GET /api/recurring-orders`). */
export interface RecurringOrder {
  id: string;
  rule: string;
  ruleText: { zh: string; en: string };
  title: { zh: string; en: string };
  status: "active" | "paused";
  nextRunAt: string | null;
  spentFen: number;
  expiresAt: string;
  mandate?: {
    id: string;
    status: string;
    constraints: { perRunCapFen: number; totalCapFen?: number };
    expiresAt: number;
  };
  runs: RecurringRun[];
}
