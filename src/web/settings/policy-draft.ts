import type { Policy, PolicyUpdate } from "../api/settings-types.ts";
import { parseYuan, yuanText } from "./yuan.ts";

/** The policy form as typed: amounts are yuan text until they are read. */
export interface PolicyDraft {
  perOrderLimit: string;
  dailyLimit: string;
  stepUpAbove: string;
  autoApproveOn: boolean;
  autoApprove: string;
  merchantAllow: string[];
  merchantBlock: string[];
}

export type Rules = Omit<Policy, "pinSet">;
export type AmountField = "perOrderLimitFen" | "dailyLimitFen" | "stepUpAboveFen" | "autoApproveFen";

/** What is wrong with one amount, for the message beside it. */
export interface DraftProblem {
  field: AmountField;
  reason: "empty" | "format" | "precision" | "range" | "below_per_order" | "above_per_order";
  minFen?: number;
  maxFen?: number;
}

/**
 * The ranges `PUT /api/policies` accepts (src/agent/risk/policy-update.ts). Checking them here lets
 * the form say what is wrong in the user's language before anything is sent; the server still checks.
 */
export const AMOUNT_RANGES: Record<AmountField, { minFen: number; maxFen: number }> = {
  perOrderLimitFen: { minFen: 100, maxFen: 5_000_000 },
  dailyLimitFen: { minFen: 100, maxFen: 50_000_000 },
  stepUpAboveFen: { minFen: 0, maxFen: 5_000_000 },
  // Switched on, auto-approve needs an amount above zero; off is 0.
  autoApproveFen: { minFen: 1, maxFen: 50_000 },
};

/** A suggestion for 小额免密 when the user switches it on: ¥50. */
export const SUGGESTED_AUTO_APPROVE_FEN = 5_000;

/** The form's starting values for a policy. */
export function draftOf(policy: Policy): PolicyDraft {
  return {
    perOrderLimit: yuanText(policy.perOrderLimitFen),
    dailyLimit: yuanText(policy.dailyLimitFen),
    stepUpAbove: yuanText(policy.stepUpAboveFen),
    autoApproveOn: policy.autoApproveFen > 0,
    autoApprove: yuanText(policy.autoApproveFen > 0 ? policy.autoApproveFen : SUGGESTED_AUTO_APPROVE_FEN),
    merchantAllow: [...policy.merchantAllow],
    merchantBlock: [...policy.merchantBlock],
  };
}

/** Reads the form into rules, or says what is wrong with each amount. */
export function readDraft(
  draft: PolicyDraft,
): { ok: true; rules: Rules } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const amount = (field: AmountField, text: string): number => {
    const parsed = parseYuan(text);
    if (!parsed.ok) {
      problems.push({ field, reason: parsed.reason });
      return 0;
    }
    const range = AMOUNT_RANGES[field];
    if (parsed.fen < range.minFen || parsed.fen > range.maxFen)
      problems.push({ field, reason: "range", ...range });
    return parsed.fen;
  };
  const rules: Rules = {
    perOrderLimitFen: amount("perOrderLimitFen", draft.perOrderLimit),
    dailyLimitFen: amount("dailyLimitFen", draft.dailyLimit),
    stepUpAboveFen: amount("stepUpAboveFen", draft.stepUpAbove),
    autoApproveFen: draft.autoApproveOn ? amount("autoApproveFen", draft.autoApprove) : 0,
    merchantAllow: [...new Set(draft.merchantAllow)],
    merchantBlock: [...new Set(draft.merchantBlock)],
  };
  const wrong = new Set(problems.map((problem) => problem.field));
  if (
    !wrong.has("dailyLimitFen") &&
    !wrong.has("perOrderLimitFen") &&
    rules.dailyLimitFen < rules.perOrderLimitFen
  )
    problems.push({ field: "dailyLimitFen", reason: "below_per_order" });
  if (
    !wrong.has("autoApproveFen") &&
    !wrong.has("perOrderLimitFen") &&
    rules.autoApproveFen > rules.perOrderLimitFen
  )
    problems.push({ field: "autoApproveFen", reason: "above_per_order" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}

/** The body to send: only the rules that differ from the saved policy. */
export function changesFrom(policy: Policy, rules: Rules): PolicyUpdate {
  const update: PolicyUpdate = {};
  for (const key of Object.keys(rules) as (keyof Rules)[]) {
    if (JSON.stringify(policy[key]) !== JSON.stringify(rules[key]))
      Object.assign(update, { [key]: rules[key] });
  }
  return update;
}

/**
 * The rules a change loosens, as the server judges it (src/agent/risk/policy-update.ts): a higher
 * limit, threshold or auto-approve amount, an unblocked merchant, a wider allow list. The form asks
 * for the current PIN up front for these; if the server asks anyway, the form asks then.
 */
export function loosenedRules(policy: Policy, rules: Rules): (keyof Rules)[] {
  const loosened: (keyof Rules)[] = [];
  if (rules.perOrderLimitFen > policy.perOrderLimitFen) loosened.push("perOrderLimitFen");
  if (rules.dailyLimitFen > policy.dailyLimitFen) loosened.push("dailyLimitFen");
  if (rules.autoApproveFen > policy.autoApproveFen) loosened.push("autoApproveFen");
  if (rules.stepUpAboveFen > policy.stepUpAboveFen) loosened.push("stepUpAboveFen");
  if (policy.merchantBlock.some((entry) => !rules.merchantBlock.includes(entry)))
    loosened.push("merchantBlock");
  const widened =
    policy.merchantAllow.length > 0 &&
    (rules.merchantAllow.length === 0 ||
      rules.merchantAllow.some((entry) => !policy.merchantAllow.includes(entry)));
  if (widened) loosened.push("merchantAllow");
  return loosened;
}
