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
  phone: z.string(),
  startLng: z.number(),
  startLat: z.number(),
  assignedAt: z.number(),
  pickupAt: z.number(),
});
export type StoredRider = z.infer<typeof StoredRiderSchema>;

const parse = <T>(schema: z.ZodType<T>, text: string): T => schema.parse(JSON.parse(text));

export const readLines = (text: string): StoredLine[] => parse(z.array(StoredLineSchema), text);
export const readAddress = (text: string): StoredAddress => parse(StoredAddressSchema, text);
export const readDiscounts = (text: string): AppliedDiscount[] => parse(z.array(AppliedDiscountSchema), text);
export const readOptionGroups = (text: string): OptionGroup[] => parse(z.array(OptionGroupSchema), text);
export const readTags = (text: string): string[] => parse(z.array(z.string()), text);
export const readRider = (text: string | null): StoredRider | undefined =>
  text === null ? undefined : parse(StoredRiderSchema, text);
export const readData = (text: string): Record<string, unknown> =>
  parse(z.record(z.string(), z.unknown()), text);
