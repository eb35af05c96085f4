import type { Kysely, Migration } from "kysely";

/**
 * The platform's lateness coupon (issue 16, item 3): an order delivered `late_after_minutes` or more
 * past its promise earns the customer a voucher of `late_coupon_fen`, valid `late_coupon_days`. Kept
 * on the `late` rule row, so an operator changes the amount or turns it off (null) without code.
 */
export const lateCouponMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("commerce_claim_rules").addColumn("late_coupon_fen", "integer").execute();
    await db.schema.alterTable("commerce_claim_rules").addColumn("late_coupon_days", "integer").execute();
    await db
      .updateTable("commerce_claim_rules")
      .set({ late_coupon_fen: 500, late_coupon_days: 7 })
      .where("kind", "=", "late")
      .execute();
  },
};
