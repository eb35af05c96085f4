import type { Selectable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { accountIds } from "./accounts.ts";
import type { PayPaymentMethodsTable } from "./tables.ts";

/** A way a user can pay, as shown to them: "钱包余额" or "招商银行储蓄卡 (尾号 8848)". */
export interface PaymentMethod {
  id: string;
  kind: "wallet" | "card";
  label: string;
  labelEn: string;
  bank: string | null;
  last4: string | null;
  isDefault: boolean;
  /** Spendable balance for the wallet; null for cards, whose balance the issuer keeps. */
  availableFen: number | null;
}

export type PaymentMethodRow = Selectable<PayPaymentMethodsTable>;

/** The user's chosen method, or their default one; 404 when it is not theirs. */
export async function resolvePaymentMethod(
  context: ServiceContext,
  userId: string,
  paymentMethodId: string | undefined,
): Promise<PaymentMethodRow> {
  let query = context.db.selectFrom("pay_payment_methods").selectAll().where("user_id", "=", userId);
  query = paymentMethodId ? query.where("id", "=", paymentMethodId) : query.where("is_default", "=", 1);
  const row = await query.executeTakeFirst();
  if (row) return row;
  if (paymentMethodId) throw notFound("payment method", paymentMethodId, "paymentMethodId");
  throw notFound("wallet of user", userId, "userId");
}

/** Lists a user's payment methods, the default first. */
export async function listPaymentMethods(context: ServiceContext, userId: string): Promise<PaymentMethod[]> {
  const rows = await context.db
    .selectFrom("pay_payment_methods")
    .leftJoin("pay_accounts", "pay_accounts.id", "pay_payment_methods.funding_account_id")
    .selectAll("pay_payment_methods")
    .select("pay_accounts.balance_fen")
    .where("pay_payment_methods.user_id", "=", userId)
    .orderBy("pay_payment_methods.is_default", "desc")
    .orderBy("pay_payment_methods.id")
    .execute();
  if (rows.length === 0) throw notFound("wallet of user", userId, "userId");
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    label: row.label_zh,
    labelEn: row.label_en,
    bank: row.bank,
    last4: row.last4,
    isDefault: row.is_default === 1,
    availableFen:
      row.kind === "wallet" && row.funding_account_id === accountIds.wallet(userId)
        ? Number(row.balance_fen ?? 0)
        : null,
  }));
}
