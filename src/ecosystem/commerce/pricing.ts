import { DimpleError } from "../../kernel/errors.ts";
import { findChoice, type OptionGroup } from "./option-groups.ts";
import type { StoredLine } from "./rows.ts";

/** The parts of a SKU pricing needs. */
export interface PricedSku {
  id: string;
  name_zh: string;
  name_en: string;
  price_fen: number;
  optionGroups: OptionGroup[];
}

/**
 * Prices one cart line: base price plus the deltas of the chosen options, with every group falling
 * back to its default. An unknown group or choice is refused with the field that names it
 * (`lines.0.options.sugar`), so a caller can tell the user exactly what to fix.
 */
export function priceLine(
  sku: PricedSku,
  qty: number,
  requested: Readonly<Record<string, string>>,
  field: string,
): StoredLine {
  for (const key of Object.keys(requested)) {
    if (!sku.optionGroups.some((group) => group.key === key)) {
      const known = sku.optionGroups.map((group) => group.key).join(", ") || "none";
      throw new DimpleError("invalid_option", `${sku.name_en} has no option "${key}" (options: ${known})`, {
        field: `${field}.options.${key}`,
      });
    }
  }
  const options: Record<string, string> = {};
  const labelsZh: string[] = [];
  const labelsEn: string[] = [];
  let unitFen = sku.price_fen;
  for (const group of sku.optionGroups) {
    const wanted = requested[group.key];
    const choice = findChoice(group, wanted ?? group.defaultChoice);
    if (!choice) {
      const allowed = group.choices.map((candidate) => `${candidate.id} (${candidate.zh})`).join(", ");
      throw new DimpleError("invalid_option", `"${wanted}" is not a choice of ${group.en}: ${allowed}`, {
        field: `${field}.options.${group.key}`,
        details: { skuId: sku.id, group: group.key, choices: group.choices.map((candidate) => candidate.id) },
      });
    }
    options[group.key] = choice.id;
    labelsZh.push(choice.zh);
    labelsEn.push(choice.en);
    unitFen += choice.deltaFen;
  }
  return {
    skuId: sku.id,
    nameZh: sku.name_zh,
    nameEn: sku.name_en,
    qty,
    options,
    optionsZh: labelsZh.join("/"),
    optionsEn: labelsEn.join(" / "),
    unitFen,
    lineFen: unitFen * qty,
  };
}

/** Minutes a rider needs for a distance on an e-bike in city traffic (about 15 km/h). */
export function travelMinutes(distanceM: number): number {
  return Math.max(3, Math.ceil(distanceM / 250));
}

/** The promised delivery time: preparation, the rider's way to the shop, then the ride itself. */
export function etaMinutes(prepMinutes: number, distanceM: number): number {
  return prepMinutes + 5 + travelMinutes(distanceM);
}
