import { formatFen } from "../format/money.ts";
import type { MessageKey } from "../i18n/dictionary.ts";
import type { Translate } from "../i18n/i18n.tsx";

/** Turns a policy key such as "perOrderLimitFen" into a readable label ("Per order limit"). */
export function policyLabel(key: string): string {
  const words = key
    .replace(/Fen$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Renders a value generically: amounts in fen as money, everything else as plain text. */
function plainValue(key: string, value: unknown): string {
  if (typeof value === "number" && /fen$/i.test(key)) return formatFen(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (Array.isArray(value)) return value.map((item) => plainValue("", item)).join(", ");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([innerKey, inner]) => `${innerKey}: ${plainValue(innerKey, inner)}`)
      .join("; ");
  }
  return "—";
}

/** The spending rules the risk room reports on /api/me, with the words for their empty values. */
const KNOWN: Record<string, { label: MessageKey; empty?: MessageKey }> = {
  perOrderLimitFen: { label: "policy.perOrderLimit" },
  dailyLimitFen: { label: "policy.dailyLimit" },
  stepUpAboveFen: { label: "policy.stepUpAbove" },
  autoApproveFen: { label: "policy.autoApprove", empty: "policy.off" },
  merchantAllow: { label: "policy.merchantAllow", empty: "policy.anyMerchant" },
  merchantBlock: { label: "policy.merchantBlock", empty: "policy.none" },
};

/**
 * One spending rule as the profile shows it, in the UI language. Rules the app does not know yet
 * still show, with a label made from their key.
 */
export function describePolicy(key: string, value: unknown, t: Translate): { label: string; value: string } {
  if (key === "pinSet") {
    return { label: t("policy.pin"), value: t(value === true ? "policy.pinSet" : "policy.pinNotSet") };
  }
  const known = KNOWN[key];
  if (!known) return { label: policyLabel(key), value: plainValue(key, value) };
  const empty = value === 0 || (Array.isArray(value) && value.length === 0);
  return { label: t(known.label), value: empty && known.empty ? t(known.empty) : plainValue(key, value) };
}
