import { z } from "zod";

/**
 * What the user asked for, as one typed frame whichever brain read it. The embedded brain fills it
 * from its slots; the LLM brain's proposals are validated into it. The engine compares every card
 * with the frame of the request that made it (`engine/faithfulness.ts`): a constraint the card does
 * not meet is named to the user before the card, or the card is withheld — never dropped silently.
 */

/** Canonical item options (the same values the NLU extracts in either language). */
export const FrameOptions = z
  .object({
    size: z.enum(["small", "medium", "large", "extra_large"]),
    sugar: z.enum(["none", "less", "half", "standard", "extra"]),
    ice: z.enum(["none", "less", "normal", "extra"]),
    temperature: z.enum(["hot", "iced", "chilled", "room"]),
    spice: z.enum(["none", "mild", "medium", "hot", "extra_hot"]),
    milk: z.enum(["whole", "oat", "skim"]),
    combo: z.enum(["single", "meal"]),
  })
  .partial();

export const FrameItem = z.object({
  /** The user's words for the item ("冰美式", "lattes"). */
  text: z.string().min(1).max(80),
  qty: z.number().int().min(1),
  options: FrameOptions.default({}),
  /** The weight asked for, in grams, when the count was said as one ("两斤": 1000): 1 × 1kg meets it. */
  grams: z.number().int().positive().optional(),
  /** The shop said for this item when the order names several ("瑞幸的拿铁和肯德基的汉堡"). */
  merchant: z.object({ zh: z.string(), en: z.string() }).optional(),
  /** The count was said in single bottles or cans ("一瓶可乐"): a pack of several is not the thing. */
  singles: z.boolean().optional(),
  /** The count said in pieces of a thing sold in packs ("12 roses"): met by packs holding that many. */
  pieces: z.number().int().positive().optional(),
});

/** A brand, shop kind or item the user ruled out ("不要星巴克", "anything but coffee"). */
export const FrameExclusion = z.object({
  kind: z.enum(["merchant", "category", "item"]),
  zh: z.string().min(1),
  en: z.string().min(1),
});

/** A number not read as a usable amount ("-3杯", "1e9", "0 yuan"): questioned, never reinterpreted. */
export const FrameProblem = z.object({
  field: z.enum(["quantity", "amount", "budget", "time"]),
  text: z.string(),
  reason: z.enum(["negative", "zero", "not_a_number", "fraction", "too_large", "past", "impossible"]),
});

export const RequestFrame = z.object({
  kind: z.enum(["order_delivery", "buy_tickets", "ride_hail", "payment", "cancel_order"]),
  items: z.array(FrameItem).default([]),
  /** The brand the user wants ("瑞幸的拿铁"). */
  merchant: z.object({ zh: z.string(), en: z.string() }).optional(),
  exclusions: z.array(FrameExclusion).default([]),
  budget: z
    .object({
      totalFen: z.number().int().positive().optional(),
      perItemFen: z.number().int().positive().optional(),
    })
    .optional(),
  /** Delivery deadline in minutes from now ("半小时内送到"). */
  withinMinutes: z.number().int().positive().optional(),
  /** When to carry it out, when the user said a time ("明天早上8点"); absent = now. */
  when: z.object({ atMs: z.number().int(), text: z.string() }).optional(),
  address: z.enum(["home", "office"]).optional(),
  /** The exact sum to pay, for a transfer. */
  amountFen: z.number().int().positive().optional(),
  /** Other services asked for in the same breath ("and a taxi there"). */
  bundle: z.array(z.string()).default([]),
  problems: z.array(FrameProblem).default([]),
});

export type FrameOptions = z.infer<typeof FrameOptions>;
export type FrameItem = z.infer<typeof FrameItem>;
export type FrameExclusion = z.infer<typeof FrameExclusion>;
export type FrameProblem = z.infer<typeof FrameProblem>;
export type RequestFrame = z.infer<typeof RequestFrame>;
export type RequestFrameInput = z.input<typeof RequestFrame>;
