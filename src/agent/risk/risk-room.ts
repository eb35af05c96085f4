import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { ToolClient } from "../tools/client.ts";
import { AuditLog } from "./audit.ts";
import { RiskGuard } from "./guard.ts";
import { KeyRing } from "./keys.ts";
import { MandateStore, SignedMandateVerifier } from "./mandates.ts";
import { OpenMandateStore } from "./open-mandates.ts";
import { PolicyStore, type UserPolicy } from "./policies.ts";
import { applyUpdate, changedFields, loosenedFields, type PolicyUpdate } from "./policy-update.ts";
import { type SpendingSummary, spendingSummary } from "./spending.ts";

/**
 * The risk room, wired: keys, mandates and their verifier, policies, the audit log and the confirm
 * guard. `createAgent` makes one and installs its verifier on the world's context.
 */
export class RiskRoom {
  readonly keys: KeyRing;
  readonly audit: AuditLog;
  readonly mandates: MandateStore;
  /** Open mandates: a recurring order's constraints, signed once and checked at every run. */
  readonly openMandates: OpenMandateStore;
  readonly verifier: SignedMandateVerifier;
  readonly policies: PolicyStore;
  readonly guard: RiskGuard;

  constructor(
    private readonly context: ServiceContext,
    tools: ToolClient,
  ) {
    this.keys = new KeyRing(context);
    this.audit = new AuditLog(context);
    this.mandates = new MandateStore(context, this.keys, this.audit);
    this.verifier = new SignedMandateVerifier(context, this.keys, this.audit);
    this.policies = new PolicyStore(context);
    this.openMandates = new OpenMandateStore(context, this.keys, this.audit);
    this.guard = new RiskGuard(context, tools, this.policies, this.mandates, this.audit, this.openMandates);
  }

  /** The user's effective policy. */
  policy(userId: string): Promise<UserPolicy> {
    return this.policies.get(userId);
  }

  /**
   * Changes a user's policy (already validated by `PolicyUpdate`). Loosening it needs the current
   * PIN; every change is audited (never the PIN itself).
   */
  async updatePolicy(userId: string, update: PolicyUpdate): Promise<UserPolicy> {
    const current = await this.policies.get(userId);
    const next = applyUpdate(current, update);
    const loosened = loosenedFields(current, next, update.pin !== undefined);
    if (loosened.length > 0 && current.pinSet) {
      if (!update.currentPin) {
        throw new DimpleError(
          "step_up_required",
          `loosening ${loosened.join(", ")} needs your current PIN (currentPin)`,
          { status: 403, field: "currentPin", details: { loosened } },
        );
      }
      await this.policies.verifyPin(userId, update.currentPin).catch(async (error: unknown) => {
        await this.audit.append("pin.failed", userId, { purpose: "policy", loosened });
        throw error instanceof DimpleError && error.field === "pin"
          ? new DimpleError(error.code, error.message, { status: error.status, field: "currentPin" })
          : error;
      });
    }
    const saved = await this.policies.save(userId, next, update.pin);
    const changed = changedFields(current, next, update.pin !== undefined);
    if (changed.length > 0) {
      await this.audit.append("policy.changed", userId, {
        userId,
        changed,
        loosened,
        policy: { ...next },
      });
    }
    return saved;
  }

  /** The user's spending summary against their daily limit. */
  async spending(userId: string): Promise<SpendingSummary> {
    const policy = await this.policies.get(userId);
    return spendingSummary(this.context, userId, policy.dailyLimitFen);
  }
}
