import type { MandateCheck, MandateVerifier, ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { AuditLog } from "./audit.ts";
import type { KeyRing } from "./keys.ts";
import {
  checkClaims,
  decodeMandate,
  type MandateClaims,
  signatureValid,
  signMandate,
} from "./mandate-token.ts";

/** Quotes without their own expiry (transfers, ride estimates) give the user this long to pay. */
export const DEFAULT_MANDATE_TTL_MS = 15 * 60_000;

/** What a mandate is issued for: one task's exact quote, as the pay service will be asked to pay it. */
export interface MandateRequest {
  taskId: string;
  userId: string;
  cartHash: string;
  reference: string;
  payee: string;
  amountFen: number;
  expiresAt?: number;
}

/** Issues, stores and looks up signed payment mandates (`risk_mandates`). */
export class MandateStore {
  constructor(
    private readonly context: ServiceContext,
    private readonly keys: KeyRing,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Signs a mandate for the request, or returns the one already issued for the same task and cart
   * hash (concurrent confirms of one card share a single mandate).
   */
  async issue(request: MandateRequest): Promise<{ mandateId: string; token: string }> {
    const existing = await this.#find(request.taskId, request.cartHash);
    if (existing) return existing;
    const { kid, privateKey } = await this.keys.signingKey();
    const now = this.context.clock.now();
    const claims: MandateClaims = {
      v: 1,
      mandateId: this.context.ids.next("mdt"),
      userId: request.userId,
      taskId: request.taskId,
      cartHash: request.cartHash,
      reference: request.reference,
      payee: request.payee,
      amountFen: request.amountFen,
      currency: "CNY",
      issuedAt: now,
      expiresAt: request.expiresAt ?? now + DEFAULT_MANDATE_TTL_MS,
    };
    const token = signMandate(claims, kid, privateKey);
    try {
      await this.context.db
        .insertInto("risk_mandates")
        .values({
          id: claims.mandateId,
          task_id: claims.taskId,
          user_id: claims.userId,
          cart_hash: claims.cartHash,
          reference: claims.reference,
          payee: claims.payee,
          amount_fen: claims.amountFen,
          kid,
          token,
          status: "active",
          expires_at: claims.expiresAt,
          created_at: now,
        })
        .execute();
    } catch (error) {
      // Lost the race on (task_id, cart_hash): the winner's mandate is the one.
      const winner = await this.#find(request.taskId, request.cartHash);
      if (winner) return winner;
      throw error;
    }
    await this.audit.append("mandate.created", request.userId, {
      mandateId: claims.mandateId,
      taskId: claims.taskId,
      cartHash: claims.cartHash,
      reference: claims.reference,
      payee: claims.payee,
      amountFen: claims.amountFen,
      expiresAt: claims.expiresAt,
      kid,
    });
    return { mandateId: claims.mandateId, token };
  }

  /** The stored token of a mandate (resume re-authorizes a crashed task with it). */
  async token(mandateId: string): Promise<string | undefined> {
    const row = await this.context.db
      .selectFrom("risk_mandates")
      .select(["token", "status"])
      .where("id", "=", mandateId)
      .executeTakeFirst();
    return row?.status === "active" ? row.token : undefined;
  }

  async #find(taskId: string, cartHash: string) {
    const row = await this.context.db
      .selectFrom("risk_mandates")
      .select(["id", "token"])
      .where("task_id", "=", taskId)
      .where("cart_hash", "=", cartHash)
      .executeTakeFirst();
    return row ? { mandateId: row.id, token: row.token } : undefined;
  }
}

/**
 * The pay service's mandate check (installed as `context.mandateVerifier`): the token must be
 * well-formed, signed by one of our keys, issued by us and still active, and name exactly this user,
 * amount and reference before its expiry. Every refusal is audited.
 */
export class SignedMandateVerifier implements MandateVerifier {
  constructor(
    private readonly context: ServiceContext,
    private readonly keys: KeyRing,
    private readonly audit: AuditLog,
  ) {}

  async verify(mandate: string | undefined, check: MandateCheck): Promise<void> {
    try {
      await this.#verify(mandate, check);
    } catch (error) {
      if (error instanceof DimpleError) {
        await this.audit
          .append("mandate.refused", check.userId, { code: error.code, ...check })
          .catch((auditError) => this.context.log?.(auditError));
      }
      throw error;
    }
  }

  async #verify(mandate: string | undefined, check: MandateCheck): Promise<void> {
    const decoded = decodeMandate(mandate);
    const publicKey = await this.keys.publicKey(decoded.kid);
    if (!publicKey || !signatureValid(decoded, publicKey)) {
      throw new DimpleError("mandate_signature_invalid", "the payment mandate's signature is not ours", {
        status: 403,
        field: "mandate",
      });
    }
    const row = await this.context.db
      .selectFrom("risk_mandates")
      .select(["token", "status"])
      .where("id", "=", decoded.claims.mandateId)
      .executeTakeFirst();
    if (!row || row.token !== mandate) {
      throw new DimpleError("mandate_unknown", "the payment mandate was not issued here", {
        status: 403,
        field: "mandate",
      });
    }
    if (row.status !== "active") {
      throw new DimpleError("mandate_revoked", "the payment mandate was revoked", {
        status: 403,
        field: "mandate",
      });
    }
    checkClaims(decoded.claims, check, this.context.clock.now());
  }
}
