import { z } from "zod";
import { DimpleError } from "../../kernel/errors.ts";
import type { UserPolicy } from "./policies.ts";

const MAX_FEN = 5_000_000;
const merchantList = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(80)
      .regex(/^[A-Za-z0-9_.:-]+$/, "a merchant id such as m_luckin_binjiang, or a payee such as user:u_bob"),
  )
  .max(200);
const pin = z.string().regex(/^\d{6}$/, "a PIN is 6 digits");

/** The body of `PUT /api/policies`: any subset of the policy, a new PIN, and the current PIN. */
export const PolicyUpdate = z
  .object({
    perOrderLimitFen: z.number().int().min(100).max(MAX_FEN).optional(),
    dailyLimitFen: z
      .number()
      .int()
      .min(100)
      .max(10 * MAX_FEN)
      .optional(),
    merchantAllow: merchantList.optional(),
    merchantBlock: merchantList.optional(),
    autoApproveFen: z.number().int().min(0).max(50_000).optional(),
    stepUpAboveFen: z.number().int().min(0).max(MAX_FEN).optional(),
    pin: pin.optional(),
    currentPin: pin.optional(),
  })
  .strict();
export type PolicyUpdate = z.output<typeof PolicyUpdate>;

type Rules = Omit<UserPolicy, "pinSet">;

/** The policy after an update, checked for consistency (a daily limit below the per-order limit). */
export function applyUpdate(current: UserPolicy, update: PolicyUpdate): Rules {
  const next: Rules = {
    perOrderLimitFen: update.perOrderLimitFen ?? current.perOrderLimitFen,
    dailyLimitFen: update.dailyLimitFen ?? current.dailyLimitFen,
    merchantAllow: dedupe(update.merchantAllow ?? current.merchantAllow),
    merchantBlock: dedupe(update.merchantBlock ?? current.merchantBlock),
    autoApproveFen: update.autoApproveFen ?? current.autoApproveFen,
    stepUpAboveFen: update.stepUpAboveFen ?? current.stepUpAboveFen,
  };
  if (next.dailyLimitFen < next.perOrderLimitFen) {
    throw new DimpleError("invalid_argument", "the daily limit cannot be below the per-order limit", {
      field: "dailyLimitFen",
    });
  }
  if (next.autoApproveFen > next.perOrderLimitFen) {
    throw new DimpleError("invalid_argument", "auto-approve cannot exceed the per-order limit", {
      field: "autoApproveFen",
    });
  }
  return next;
}

/**
 * The fields an update loosens (higher limits, fewer blocks, a wider allow list, auto-approve on,
 * a new PIN). Loosening needs the current PIN, as a bank asks before raising a card's limit, so a
 * stolen session alone cannot open the purse.
 */
export function loosenedFields(current: UserPolicy, next: Rules, newPin: boolean): string[] {
  const fields: string[] = [];
  if (next.perOrderLimitFen > current.perOrderLimitFen) fields.push("perOrderLimitFen");
  if (next.dailyLimitFen > current.dailyLimitFen) fields.push("dailyLimitFen");
  if (next.autoApproveFen > current.autoApproveFen) fields.push("autoApproveFen");
  if (next.stepUpAboveFen > current.stepUpAboveFen) fields.push("stepUpAboveFen");
  if (current.merchantBlock.some((entry) => !next.merchantBlock.includes(entry)))
    fields.push("merchantBlock");
  const widened =
    current.merchantAllow.length > 0 &&
    (next.merchantAllow.length === 0 ||
      next.merchantAllow.some((entry) => !current.merchantAllow.includes(entry)));
  if (widened) fields.push("merchantAllow");
  if (newPin && current.pinSet) fields.push("pin");
  return fields;
}

/** The fields whose value differs, for the audit log. */
export function changedFields(current: UserPolicy, next: Rules, newPin: boolean): string[] {
  const fields = (Object.keys(next) as (keyof Rules)[]).filter(
    (key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]),
  );
  return newPin ? [...fields, "pin"] : fields;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}
