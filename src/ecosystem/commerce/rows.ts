import { z } from "zod";
import { type OptionGroup, OptionGroupSchema } from "./option-groups.ts";

// JSON columns are written only by this service; the schemas below still check them on the way
// out, so a hand-edited or corrupted row fails loudly instead of pricing wrongly.

/** One priced cart line as stored on quotes and orders. */
export const StoredLineSchema = z.object({
  skuId: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  qty: z.number().int(),
  options: z.record(z.string(), z.string()),
  optionsZh: z.string(),
  optionsEn: z.string(),
  unitFen: z.number().int(),
  lineFen: z.number().int(),
});
export type StoredLine = z.infer<typeof StoredLineSchema>;

/** Where an order goes. */
export const StoredAddressSchema = z.object({
  text: z.string(),
  /** The address in English, when the saved address has one. */
  textEn: z.string().optional(),
  lng: z.number(),
  lat: z.number(),
  addressId: z.string().optional(),
});
export type StoredAddress = z.infer<typeof StoredAddressSchema>;

/** One discount applied to a quote. */
export const AppliedDiscountSchema = z.object({
  couponId: z.string(),
  kind: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  amountFen: z.number().int(),
});
export type AppliedDiscount = z.infer<typeof AppliedDiscountSchema>;

/** The rider of an order, as stored once assigned. */
export const StoredRiderSchema = z.object({
  name: z.string(),
  /** The name in English; absent on riders stored before English names existed. */
  nameEn: z.string().optional(),
  phone: z.string(),
  startLng: z.number(),
  startLat: z.number(),
  assignedAt: z.number(),
  pickupAt: z.number(),
});
export type StoredRider = z.infer<typeof StoredRiderSchema>;

/** Texts each schema has already accepted, whose validated value is their plain JSON.parse. */
const accepted = new WeakMap<z.ZodType, Set<string>>();
const ACCEPTED_PER_SCHEMA = 5000;

/**
 * Parses and checks a JSON column. A text the schema accepted before, unchanged by it (no defaults
 * filled, no keys stripped), is only JSON.parse'd again: the same option groups and order lines are
 * read on every quote, and checking them each time cost more than the rest of reading the row.
 * Each call still returns fresh objects.
 */
function parse<T>(schema: z.ZodType<T>, text: string): T {
  const raw = JSON.parse(text) as unknown;
  const known = accepted.get(schema);
  if (known?.has(text)) return raw as T;
  const value = schema.parse(raw);
  if (JSON.stringify(value) === text) {
    const texts = known ?? new Set<string>();
    if (texts.size >= ACCEPTED_PER_SCHEMA) texts.clear();
    texts.add(text);
    accepted.set(schema, texts);
  }
  return value;
}

const Lines = z.array(StoredLineSchema);
const Discounts = z.array(AppliedDiscountSchema);
const OptionGroups = z.array(OptionGroupSchema);
const Tags = z.array(z.string());
const Data = z.record(z.string(), z.unknown());

export const readLines = (text: string): StoredLine[] => parse(Lines, text);
export const readAddress = (text: string): StoredAddress => parse(StoredAddressSchema, text);
export const readDiscounts = (text: string): AppliedDiscount[] => parse(Discounts, text);
export const readOptionGroups = (text: string): OptionGroup[] => parse(OptionGroups, text);
export const readTags = (text: string): string[] => parse(Tags, text);
export const readRider = (text: string | null): StoredRider | undefined =>
  text === null ? undefined : parse(StoredRiderSchema, text);
export const readData = (text: string): Record<string, unknown> => parse(Data, text);
