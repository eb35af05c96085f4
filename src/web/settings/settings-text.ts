import { ApiError } from "../api/api-error.ts";
import { formatFen } from "../format/money.ts";
import { en, type MessageKey } from "../i18n/dictionary.ts";
import { errorText } from "../i18n/error-text.ts";
import type { Translate } from "../i18n/i18n.tsx";
import type { DraftProblem, Rules } from "./policy-draft.ts";

/** A message to show beside a field, with the server's error code when the server sent it. */
export interface FieldMessage {
  text: string;
  code?: string;
}

/** What the form says about a wrong amount, in the UI language. */
export function problemText(problem: DraftProblem, t: Translate): string {
  if (problem.reason === "range") {
    return t("settings.problem.range", {
      min: formatFen(problem.minFen ?? 0),
      max: formatFen(problem.maxFen ?? 0),
    });
  }
  return t(`settings.problem.${problem.reason}` as MessageKey);
}

const RULE_LABELS: Record<keyof Rules, MessageKey> = {
  perOrderLimitFen: "policy.perOrderLimit",
  dailyLimitFen: "policy.dailyLimit",
  stepUpAboveFen: "policy.stepUpAbove",
  autoApproveFen: "policy.autoApprove",
  merchantAllow: "policy.merchantAllow",
  merchantBlock: "policy.merchantBlock",
};

/** The rules' names joined for a sentence: "单笔限额、每日限额" / "Per-order limit, Daily limit". */
export function ruleNames(rules: (keyof Rules)[], t: Translate, lang: "zh" | "en"): string {
  return rules.map((rule) => t(RULE_LABELS[rule])).join(lang === "zh" ? "、" : ", ");
}

/**
 * Where a failed save belongs and what it says: the server names the field at fault (`dailyLimitFen`,
 * `merchantBlock.3`, `currentPin`); the PIN refusals get their own words, anything else shows the
 * server's message with its code.
 */
export function saveFailure(error: unknown, t: Translate): { field: string | null; message: FieldMessage } {
  if (!(error instanceof ApiError)) return { field: null, message: { text: errorText(error, t) } };
  const field = error.field?.split(".")[0] ?? null;
  if (error.code === "step_up_required") {
    return { field: "currentPin", message: { text: t("settings.stepUpRequired"), code: error.code } };
  }
  return { field, message: { text: errorText(error, t), code: error.code } };
}

/** The label for a table "delete my data" emptied; a table the app does not know shows its name. */
export function tableLabel(table: string, t: Translate): string {
  const key = `settings.table.${table}`;
  return key in en ? t(key as MessageKey) : table;
}
