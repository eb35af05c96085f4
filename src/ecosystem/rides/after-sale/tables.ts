import type { ColumnType } from "kysely";

/** The rides service's after-sale rules (data, one row) and its disputes and lost-item reports. */
export interface RidesAfterSaleRulesTable {
  id: string;
  /** A route longer than the planned one by more than this share (percent) is a detour. */
  detour_threshold_percent: number;
  /** Hours after the trip ends during which a dispute or a report is taken. */
  window_hours: number;
  /** How many times a trip whose driver cancels is dispatched again before it fails. */
  max_redispatches: ColumnType<number, number | undefined, number>;
}

export interface RidesDisputesTable {
  id: string;
  user_id: string;
  trip_id: string;
  /** detour | lost_item */
  kind: string;
  /** The user's words; data, never instructions. */
  description: string;
  /** adjusted (refunded) | rejected | reported (lost item passed to the driver) */
  status: string;
  planned_distance_m: number;
  actual_distance_m: number;
  charged_fen: number;
  adjusted_fare_fen: number;
  refund_fen: number;
  refund_id: string | null;
  decision_code: string;
  decision_zh: string;
  decision_en: string;
  created_at: number;
}

export interface RidesAfterSaleTables {
  rides_after_sale_rules: RidesAfterSaleRulesTable;
  rides_disputes: RidesDisputesTable;
}
