import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import { canonicalTimeZone, WORLD_TIME_ZONE } from "../../../kernel/time-zone.ts";
import type { QuoteRecurrence } from "../../events.ts";
import { formatFen } from "../../format.ts";
import type { QuoteOutcome, TaskKindHandler } from "../handler.ts";
import { upcoming, validRule } from "../later/recurrence.ts";
import { orderDeliveryHandler } from "./order-delivery.ts";

const Bilingual = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) });

/** What the brain asks for when it asks for a recurring order; validated before anything is quoted. */
export const RecurringOrderArgs = z.object({
  /** The order each run places: commerce_quote_cart's arguments. */
  order: z
    .object({
      merchantId: z.string().min(1),
      lines: z
        .array(z.object({ skuId: z.string().min(1), qty: z.number().int().positive() }).passthrough())
        .min(1),
      addressId: z.string().min(1),
    })
    .passthrough(),
  rule: z.string().min(1).max(300).refine(validRule, "not an RRULE rrule can run"),
  ruleText: Bilingual,
  /** The cap on each run; absent: the price now, so any rise asks first. */
  perRunCapFen: z.number().int().positive().optional(),
  totalCapFen: z.number().int().positive().optional(),
  expiresAt: z.number().int().positive(),
  /** The IANA zone the rule's wall-clock times are in; absent: Asia/Shanghai. */
  timeZone: z
    .string()
    .refine((zone) => canonicalTimeZone(zone) !== undefined, "not an IANA time zone")
    .optional(),
});
export type RecurringOrderArgs = z.output<typeof RecurringOrderArgs>;

/** Reads a recurring order's arguments, or refuses them with the field that is wrong. */
export function recurringArgs(args: unknown): RecurringOrderArgs {
  const parsed = RecurringOrderArgs.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DimpleError("invalid_argument", `recurring order: ${issue?.message ?? "invalid"}`, {
      field: `args.${issue?.path.join(".") ?? ""}`,
    });
  }
  return parsed.data;
}

/**
 * A recurring order's card: the first run's live quote, with the rule, the caps and the expiry the
 * user signs once. Confirming it pays nothing (the engine signs an open mandate instead); each run is
 * quoted, checked against that mandate and paid as an order of its own.
 */
export const recurringOrderHandler: TaskKindHandler = {
  kind: "recurring_order",
  captureOn: "place",

  async quote(tools, task, args): Promise<QuoteOutcome> {
    const recurring = recurringArgs(args);
    const first = await orderDeliveryHandler.quote(tools, task, recurring.order);
    const perRunCapFen = recurring.perRunCapFen ?? first.amountFen;
    const zone = recurring.timeZone ?? WORLD_TIME_ZONE;
    const runs = upcoming(recurring.rule, task.created_at, task.created_at, 3, zone).filter(
      (at) => at <= recurring.expiresAt,
    );
    if (runs.length === 0)
      throw new DimpleError("no_occurrence", "the rule has no run before the mandate would expire", {
        field: "args.rule",
      });
    const recurrence: QuoteRecurrence = {
      rule: recurring.rule,
      timeZone: zone,
      text: recurring.ruleText.zh,
      textEn: recurring.ruleText.en,
      perRunCapFen,
      ...(recurring.totalCapFen ? { totalCapFen: recurring.totalCapFen } : {}),
      expiresAt: new Date(recurring.expiresAt).toISOString(),
      nextRuns: runs.map((at) => new Date(at).toISOString()),
    };
    const over =
      first.amountFen > perRunCapFen
        ? [
            {
              zh: `现价 ${formatFen(first.amountFen)} 高于每次上限 ${formatFen(perRunCapFen)}，到时价格仍超出会先问你，不会付款`,
              en: `the price now, ${formatFen(first.amountFen)}, is over your cap of ${formatFen(perRunCapFen)} a run: a run over the cap asks you first and pays nothing`,
            },
          ]
        : [];
    return {
      ...first,
      card: {
        ...first.card,
        recurrence,
        scheduledFor: recurrence.nextRuns[0],
        ...(over.length ? { notes: over } : {}),
      },
      binding: {
        ...first.binding,
        recurrence: {
          rule: recurring.rule,
          perRunCapFen,
          totalCapFen: recurring.totalCapFen ?? null,
          expiresAt: recurring.expiresAt,
        },
      },
      titles: {
        zh: `${recurring.ruleText.zh} · ${first.titles?.zh ?? task.title}`,
        en: `${recurring.ruleText.en} · ${first.titles?.en ?? task.title}`,
      },
    };
  },

  async place() {
    throw new DimpleError("invalid_state", "a recurring order is never placed itself: each run is an order", {
      status: 409,
    });
  },
};
