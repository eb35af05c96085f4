import { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { formatFen } from "../format.ts";
import type { AuditLog } from "./audit.ts";
import type { KeyRing } from "./keys.ts";
import { decodeCompact, signatureValid, signCompact } from "./mandate-token.ts";

const TOKEN_TYPE = "dimple-open-mandate";

/** What every execution under an open mandate must keep to (AP2 v0.2's open mandate constraints). */
export const OpenMandateConstraints = z.object({
  /** The recurrence (RRULE options, wall-clock time in `timeZone`). */
  rule: z.string().min(1).max(300),
  /** The IANA zone the rule's times are in; absent: Asia/Shanghai (mandates signed before zones). */
  timeZone: z.string().min(1).max(64).optional(),
  payee: z.string().min(1).max(80),
  merchantId: z.string().min(1).max(80),
  /** The items and counts, exactly: another item or more of it is outside the mandate. */
  lines: z
    .array(z.object({ skuId: z.string().min(1).max(80), qty: z.number().int().positive() }))
    .min(1)
    .max(20),
  addressId: z.string().min(1).max(80),
  perRunCapFen: z.number().int().positive(),
  totalCapFen: z.number().int().positive().optional(),
});
export type OpenMandateConstraints = z.output<typeof OpenMandateConstraints>;

export const OpenMandateClaims = z.object({
  v: z.literal(1),
  mandateId: z.string().min(1).max(40),
  userId: z.string().min(1).max(40),
  planId: z.string().min(1).max(40),
  constraints: OpenMandateConstraints,
  currency: z.literal("CNY"),
  issuedAt: z.number().int(),
  expiresAt: z.number().int(),
});
export type OpenMandateClaims = z.output<typeof OpenMandateClaims>;

/** One execution, as the engine is about to pay it. */
export interface OpenMandateRun {
  userId: string;
  payee: string;
  merchantId: string;
  lines: { skuId: string; qty: number }[];
  addressId: string;
  amountFen: number;
  /** What earlier executions under the mandate have already spent. */
  spentFen: number;
}

/** Why an execution is outside its open mandate, in both languages, with a stable code. */
export interface OpenMandateRefusal {
  code:
    | "open_mandate_unknown"
    | "open_mandate_revoked"
    | "open_mandate_expired"
    | "open_mandate_signature_invalid"
    | "over_run_cap"
    | "over_total_cap"
    | "item_changed"
    | "merchant_changed"
    | "address_changed";
  zh: string;
  en: string;
}

/** Issues, checks and revokes open mandates (`risk_open_mandates`), Ed25519-signed like closed ones. */
export class OpenMandateStore {
  constructor(
    private readonly context: ServiceContext,
    private readonly keys: KeyRing,
    private readonly audit: AuditLog,
  ) {}

  /** Signs the constraints for a plan, or returns the mandate already signed for it. */
  async issue(
    userId: string,
    planId: string,
    constraints: OpenMandateConstraints,
    expiresAt: number,
  ): Promise<{ mandateId: string; token: string }> {
    const existing = await this.#byPlan(planId);
    if (existing) return existing;
    const { kid, privateKey } = await this.keys.signingKey();
    const now = this.context.clock.now();
    const claims: OpenMandateClaims = {
      v: 1,
      mandateId: this.context.ids.next("omd"),
      userId,
      planId,
      constraints: OpenMandateConstraints.parse(constraints),
      currency: "CNY",
      issuedAt: now,
      expiresAt,
    };
    const token = signCompact(claims, TOKEN_TYPE, kid, privateKey);
    try {
      await this.context.db
        .insertInto("risk_open_mandates")
        .values({
          id: claims.mandateId,
          user_id: userId,
          plan_id: planId,
          constraints: JSON.stringify(claims.constraints),
          kid,
          token,
          status: "active",
          expires_at: expiresAt,
          created_at: now,
        })
        .execute();
    } catch (error) {
      // Two confirms of one card: the plan's first mandate is the one.
      const winner = await this.#byPlan(planId);
      if (winner) return winner;
      throw error;
    }
    await this.audit.append("open_mandate.created", userId, {
      mandateId: claims.mandateId,
      planId,
      ...claims.constraints,
      expiresAt,
      kid,
    });
    return { mandateId: claims.mandateId, token };
  }

  /**
   * Checks one execution against the signed constraints (not the row's copy: the token is the
   * user's word). Returns the first thing outside the mandate, or undefined when it fits.
   */
  async check(mandateId: string, run: OpenMandateRun): Promise<OpenMandateRefusal | undefined> {
    const refusal = await this.#check(mandateId, run);
    if (refusal)
      await this.audit.append("open_mandate.refused", run.userId, {
        mandateId,
        code: refusal.code,
        amountFen: run.amountFen,
      });
    return refusal;
  }

  async #check(mandateId: string, run: OpenMandateRun): Promise<OpenMandateRefusal | undefined> {
    const row = await this.context.db
      .selectFrom("risk_open_mandates")
      .select(["token", "status", "user_id"])
      .where("id", "=", mandateId)
      .executeTakeFirst();
    if (!row || row.user_id !== run.userId)
      return {
        code: "open_mandate_unknown",
        zh: "找不到这份长期授权",
        en: "I can't find the standing authorization",
      };
    if (row.status !== "active")
      return {
        code: "open_mandate_revoked",
        zh: "这份长期授权已撤销",
        en: "the standing authorization was revoked",
      };
    let claims: OpenMandateClaims;
    try {
      const decoded = decodeCompact(row.token, TOKEN_TYPE, OpenMandateClaims);
      const publicKey = await this.keys.publicKey(decoded.kid);
      if (!publicKey || !signatureValid(decoded, publicKey)) throw new Error("bad signature");
      claims = decoded.claims;
    } catch {
      return {
        code: "open_mandate_signature_invalid",
        zh: "长期授权的签名无效",
        en: "the standing authorization's signature is not valid",
      };
    }
    const { constraints } = claims;
    if (claims.expiresAt < this.context.clock.now())
      return {
        code: "open_mandate_expired",
        zh: "长期授权已过期",
        en: "the standing authorization has expired",
      };
    if (run.merchantId !== constraints.merchantId || run.payee !== constraints.payee)
      return {
        code: "merchant_changed",
        zh: "商家和授权的不一样",
        en: "the shop is not the one you authorized",
      };
    if (!sameLines(run.lines, constraints.lines))
      return {
        code: "item_changed",
        zh: "商品和授权的不一样",
        en: "the items are not the ones you authorized",
      };
    if (run.addressId !== constraints.addressId)
      return {
        code: "address_changed",
        zh: "送货地址和授权的不一样",
        en: "the address is not the one you authorized",
      };
    if (run.amountFen > constraints.perRunCapFen)
      return {
        code: "over_run_cap",
        zh: `这次要 ${formatFen(run.amountFen)}，超过了每次上限 ${formatFen(constraints.perRunCapFen)}`,
        en: `this run costs ${formatFen(run.amountFen)}, over your cap of ${formatFen(constraints.perRunCapFen)} a run`,
      };
    if (constraints.totalCapFen !== undefined && run.spentFen + run.amountFen > constraints.totalCapFen)
      return {
        code: "over_total_cap",
        zh: `再付 ${formatFen(run.amountFen)} 就超过总上限 ${formatFen(constraints.totalCapFen)}（已花 ${formatFen(run.spentFen)}）`,
        en: `another ${formatFen(run.amountFen)} would go over your total cap of ${formatFen(constraints.totalCapFen)} (spent ${formatFen(run.spentFen)})`,
      };
    return undefined;
  }

  /** A plan's open mandate as the user may see it: its status, the signed constraints and its end. */
  async forPlan(
    userId: string,
    planId: string,
  ): Promise<
    { id: string; status: string; constraints: OpenMandateConstraints; expiresAt: number } | undefined
  > {
    const row = await this.context.db
      .selectFrom("risk_open_mandates")
      .select(["id", "status", "constraints", "expires_at"])
      .where("plan_id", "=", planId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!row) return undefined;
    const constraints = OpenMandateConstraints.parse(JSON.parse(row.constraints));
    return { id: row.id, status: row.status, constraints, expiresAt: row.expires_at };
  }

  /** Revokes a plan's mandate: no execution passes the check after this. */
  async revoke(userId: string, planId: string): Promise<void> {
    const result = await this.context.db
      .updateTable("risk_open_mandates")
      .set({ status: "revoked" })
      .where("plan_id", "=", planId)
      .where("user_id", "=", userId)
      .where("status", "=", "active")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0)
      await this.audit.append("open_mandate.revoked", userId, { planId });
  }

  async #byPlan(planId: string) {
    const row = await this.context.db
      .selectFrom("risk_open_mandates")
      .select(["id", "token"])
      .where("plan_id", "=", planId)
      .executeTakeFirst();
    return row ? { mandateId: row.id, token: row.token } : undefined;
  }
}

function sameLines(run: { skuId: string; qty: number }[], signed: { skuId: string; qty: number }[]): boolean {
  const key = (lines: { skuId: string; qty: number }[]) =>
    lines
      .map((line) => `${line.skuId}×${line.qty}`)
      .sort()
      .join(",");
  return key(run) === key(signed);
}
