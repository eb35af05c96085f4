import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { Lang } from "../brain/types.ts";
import type { ConfirmGuard, RunAuthorization } from "../engine/confirm-guard.ts";
import { type TaskRow, taskLang } from "../engine/task-store.ts";
import type { TaskQuote } from "../events.ts";
import type { ToolClient } from "../tools/client.ts";
import type { AuditLog } from "./audit.ts";
import { gatherFacts, taskPayment } from "./history.ts";
import type { MandateStore } from "./mandates.ts";
import type { OpenMandateConstraints, OpenMandateStore } from "./open-mandates.ts";
import { type PolicyStore, payeeOf, type UserPolicy } from "./policies.ts";
import { policyReasons } from "./policy-check.ts";
import { type RiskDecision, type RiskReason, scoreRisk } from "./risk-score.ts";
import { dayStart, spentSince } from "./spending.ts";

/** The verdict on one payment: the policy's and the risk score's reasons, and what follows. */
export interface Verdict {
  decision: RiskDecision;
  /** Which rule decided a block: the user's own policy, or the risk score. */
  blockedBy?: "policy" | "risk";
  score: number;
  reasons: RiskReason[];
  autoApproved: boolean;
}

/**
 * The checks on the trusted confirm path, before any money moves: the user's policy (limits,
 * merchant lists, the step-up threshold), the risk score, the step-up PIN, and then the signed
 * mandate the pay service will insist on. It is the only place a mandate is issued.
 */
export class RiskGuard implements ConfirmGuard {
  constructor(
    private readonly context: ServiceContext,
    private readonly tools: ToolClient,
    private readonly policies: PolicyStore,
    private readonly mandates: MandateStore,
    private readonly audit: AuditLog,
    private readonly openMandates: OpenMandateStore,
  ) {}

  /** Judges a payment without acting on it. */
  async judge(task: TaskRow, quote: TaskQuote): Promise<Verdict> {
    const policy = await this.policies.get(task.user_id);
    const { payee, amountFen } = taskPayment(task);
    const spentToday = (
      await spentSince(this.context, task.user_id, dayStart(this.context.clock.now()))
    ).reduce((sum, row) => sum + row.fen, 0);
    const policyCheck = policyReasons(policy, {
      payee,
      payeeName: quote.merchant,
      ...(quote.merchantEn ? { payeeNameEn: quote.merchantEn } : {}),
      amountFen,
      spentToday,
      ...(quote.orders ? { payees: basketPayees(payee, quote) } : {}),
    });
    const facts = await gatherFacts(this.context, this.tools, task, quote);
    const risk = scoreRisk(facts);
    const reasons = [...policyCheck.reasons, ...risk.reasons];
    if (policyCheck.block)
      return { decision: "block", blockedBy: "policy", score: risk.score, reasons, autoApproved: false };
    if (risk.decision === "block")
      return { decision: "block", blockedBy: "risk", score: risk.score, reasons, autoApproved: false };
    const wantsStepUp = policyCheck.stepUp || risk.decision === "step_up";
    const autoApproved = wantsStepUp && this.#autoApproves(policy, payee, amountFen, facts.history);
    return {
      decision: wantsStepUp && !autoApproved ? "step_up" : "allow",
      score: risk.score,
      reasons,
      autoApproved,
    };
  }

  /** For the card: the plain-words risk shown before the user taps, when the tap will need more. */
  async preview(task: TaskRow, quote: TaskQuote): Promise<TaskQuote["risk"] | undefined> {
    const verdict = await this.judge(task, quote);
    if (verdict.decision === "allow") return undefined;
    const lang = await this.#lang(task);
    return { decision: verdict.decision, reasons: shown(verdict).map((reason) => reason[lang]) };
  }

  async authorize(
    task: TaskRow,
    quote: TaskQuote,
    options: { pin?: string },
  ): Promise<{ mandateId: string; token: string }> {
    await this.#approve(task, quote, options);
    return this.#issue(task, quote);
  }

  /**
   * A basket across shops: the checks of one confirm over the whole basket (the limits and the
   * step-up on its total, every shop against the merchant lists, one PIN). Issues nothing: each
   * order gets its own mandate from `mandateFor` once the basket is confirmed.
   */
  approveBasket(basket: TaskRow, quote: TaskQuote, options: { pin?: string }): Promise<void> {
    return this.#approve(basket, quote, options);
  }

  /** The closed mandate for one order of a confirmed basket, bound to that order's own quote. */
  mandateFor(task: TaskRow, quote: TaskQuote): Promise<{ mandateId: string; token: string }> {
    return this.#issue(task, quote);
  }

  /** The closed mandate for exactly this task's quote: its payee, amount, reference and expiry. */
  #issue(task: TaskRow, quote: TaskQuote): Promise<{ mandateId: string; token: string }> {
    const { payee, amountFen } = taskPayment(task);
    return this.mandates.issue({
      taskId: task.id,
      userId: task.user_id,
      cartHash: task.cart_hash ?? quote.cartHash,
      reference: task.quote_id ?? "",
      payee,
      amountFen,
      ...(quote.expiresAt === undefined ? {} : { expiresAt: quote.expiresAt }),
    });
  }

  /**
   * The trusted confirm of a recurring order's card: the same checks as a payment of one run, then
   * an open mandate signed over the card's constraints instead of a payment.
   */
  async authorizeOpen(
    task: TaskRow,
    quote: TaskQuote,
    options: { pin?: string },
    constraints: OpenMandateConstraints,
    expiresAt: number,
  ): Promise<{ mandateId: string; token: string }> {
    await this.#approve(task, quote, options);
    return this.openMandates.issue(task.user_id, task.id, constraints, expiresAt);
  }

  /** Revokes a recurring plan's open mandate. */
  revokeOpen(userId: string, planId: string): Promise<void> {
    return this.openMandates.revoke(userId, planId);
  }

  /**
   * One execution under an open mandate, without the user at hand: it must fit the signed
   * constraints and pass the user's policy and risk checks without a step-up. Then, and only then,
   * it gets a closed mandate of its own (bound to this run's quote) for the pay service.
   */
  async authorizeRun(
    task: TaskRow,
    quote: TaskQuote,
    openMandateId: string,
    spentFen: number,
  ): Promise<RunAuthorization> {
    const { payee, amountFen, request } = taskPayment(task);
    const args = request.args as {
      merchantId?: string;
      lines?: { skuId: string; qty: number }[];
      addressId?: string;
    };
    const refusal = await this.openMandates.check(openMandateId, {
      userId: task.user_id,
      payee,
      merchantId: args.merchantId ?? "",
      lines: (args.lines ?? []).map(({ skuId, qty }) => ({ skuId, qty })),
      addressId: args.addressId ?? "",
      amountFen,
      spentFen,
    });
    if (refusal) return { ok: false, refusal };
    const verdict = await this.judge(task, quote);
    if (verdict.decision !== "allow") {
      const reasons = shown(verdict);
      return {
        ok: false,
        refusal: {
          code: verdict.decision === "block" ? "policy_blocked" : "step_up_required",
          zh: reasons.map((reason) => reason.zh).join("；") || "这次付款需要你亲自确认",
          en: reasons.map((reason) => reason.en).join("; ") || "this payment needs you to confirm it",
        },
      };
    }
    const mandate = await this.#issue(task, quote);
    await this.audit.append("open_mandate.used", task.user_id, {
      openMandateId,
      mandateId: mandate.mandateId,
      taskId: task.id,
      amountFen,
    });
    return { ok: true, ...mandate };
  }

  /** The policy, risk and step-up checks of a confirm, audited; throws to refuse. */
  async #approve(task: TaskRow, quote: TaskQuote, options: { pin?: string }): Promise<void> {
    const verdict = await this.judge(task, quote);
    const { payee, amountFen } = taskPayment(task);
    await this.audit.append("risk.decision", task.user_id, {
      taskId: task.id,
      kind: task.kind,
      payee,
      amountFen,
      decision: verdict.decision,
      blockedBy: verdict.blockedBy ?? null,
      score: verdict.score,
      autoApproved: verdict.autoApproved,
      reasons: verdict.reasons.map((reason) => reason.code),
    });
    if (verdict.decision === "block") throw await this.#refusal(task, verdict);
    if (verdict.decision === "step_up") {
      if (!options.pin) throw await this.#refusal(task, verdict);
      try {
        await this.policies.verifyPin(task.user_id, options.pin);
      } catch (error) {
        await this.audit.append("pin.failed", task.user_id, {
          taskId: task.id,
          code: error instanceof DimpleError ? error.code : "internal",
        });
        throw error;
      }
      await this.audit.append("pin.verified", task.user_id, { taskId: task.id });
    }
  }

  /** The token of the mandate a task was confirmed with (resume after a crash). */
  mandateToken(mandateId: string): Promise<string | undefined> {
    return this.mandates.token(mandateId);
  }

  /** 小额免密: a small payment to a merchant the user has paid before skips the step-up, if opted in. */
  #autoApproves(
    policy: UserPolicy,
    payee: string,
    amountFen: number,
    history: { payee: string; live: boolean }[],
  ): boolean {
    if (policy.autoApproveFen <= 0 || amountFen > policy.autoApproveFen) return false;
    return history.some((payment) => payment.live && payment.payee === payeeOf(payee));
  }

  async #refusal(task: TaskRow, verdict: Verdict): Promise<DimpleError> {
    const lang = await this.#lang(task);
    const reasons = shown(verdict);
    const because = reasons.map((reason) => reason[lang]).join(lang === "zh" ? "；" : "; ");
    const risk = {
      decision: verdict.decision,
      reasons: reasons.map((reason) => reason[lang]),
      codes: reasons.map((reason) => reason.code),
    };
    if (verdict.decision === "step_up") {
      return new DimpleError(
        "step_up_required",
        lang === "zh"
          ? `这笔付款需要输入支付密码（PIN）再确认：${because}。`
          : `This payment needs your PIN to go ahead: ${because}.`,
        { status: 403, field: "pin", details: { risk } },
      );
    }
    const code = verdict.blockedBy === "policy" ? "policy_blocked" : "risk_blocked";
    const message =
      verdict.blockedBy === "policy"
        ? lang === "zh"
          ? `按照您设置的消费规则，这笔付款不能进行：${because}。`
          : `Your spending rules don't allow this payment: ${because}.`
        : lang === "zh"
          ? `为了您的资金安全，Dimple 不会支付这笔订单：${because}。请重新说一下您要什么。`
          : `To keep your money safe, Dimple won't pay for this: ${because}. Please tell me again what you'd like.`;
    return new DimpleError(code, message, {
      status: 403,
      field: verdict.blockedBy === "policy" ? "policy" : "cartHash",
      details: { risk },
    });
  }

  /** The task's language (the message's that made it), else its session's. */
  async #lang(task: TaskRow): Promise<Lang> {
    const own = taskLang(task);
    if (own) return own;
    const session = await this.context.db
      .selectFrom("agent_sessions")
      .select("lang")
      .where("id", "=", task.session_id)
      .executeTakeFirst();
    return session?.lang === "en" ? "en" : "zh";
  }
}

/** A basket's merchants with their names, in the order of its orders (its payee lists them). */
function basketPayees(payee: string, quote: TaskQuote) {
  return payee.split(",").map((entry, index) => {
    const order = quote.orders?.[index];
    return {
      payee: entry,
      payeeName: order?.merchant ?? entry,
      ...(order?.merchantEn ? { payeeNameEn: order.merchantEn } : {}),
    };
  });
}

/** The reasons worth telling the user: those that pushed the decision (points > 0). */
function shown(verdict: Verdict): RiskReason[] {
  return verdict.reasons.filter((reason) => reason.points > 0);
}
