/**
 * Tool results shrunk for the model: prose that only costs tokens (descriptions, reviews,
 * taglines), bookkeeping fields and long lists are dropped, option groups become one line each.
 * Every id, name, price and time the model needs to choose stays.
 */

/** Lists longer than this are cut, with a note of how many were left out. */
export const MAX_LIST = 6;
const MAX_STRING = 80;
const MAX_DEPTH = 5;

const DROPPED: ReadonlySet<string> = new Set([
  "description",
  "descriptionZh",
  "descriptionEn",
  "tagline",
  "reviews",
  "tags",
  "monthlySales",
  "ratingCount",
  "stock",
  "tel",
  "type",
  "typecode",
  "adcode",
  "suggestion",
  "page",
  "offset",
  "brandZh",
  "brandEn",
  "deliveryRadiusM",
  "packagingFeeFen",
  "prepMinutes",
  "hours",
  "photos",
  "merchantLocation",
  "availableByTier",
  "sections",
  "seatCount",
  "reporttime",
  "week",
  "daywind",
  "nightwind",
  "daywind_en",
  "nightwind_en",
  "daypower",
  "nightpower",
]);

const MERCHANT_FIELDS = [
  "nameZh",
  "nameEn",
  "rating",
  "isOpen",
  "distanceM",
  "etaMinutes",
  "deliveryFeeFen",
  "minOrderFen",
];

function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]),
  );
}

interface OptionGroup {
  key: string;
  defaultChoice?: string;
  choices: { id: string; deltaFen?: number }[];
}

/** "medium*|large+300|extra_large+600": choice ids, the default starred, surcharges in fen. */
function compactOptions(groups: OptionGroup[]): Record<string, string> {
  return Object.fromEntries(
    groups.map((group) => [
      group.key,
      group.choices
        .map(
          (choice) =>
            `${choice.id}${choice.id === group.defaultChoice ? "*" : ""}${choice.deltaFen ? `+${choice.deltaFen}` : ""}`,
        )
        .join("|"),
    ]),
  );
}

function isOptionGroups(value: unknown): value is OptionGroup[] {
  return (
    Array.isArray(value) &&
    value.every(
      (group) =>
        group && typeof group === "object" && typeof group.key === "string" && Array.isArray(group.choices),
    )
  );
}

/** Returns a smaller copy of a tool's output for the model. */
export function compactResult(value: unknown, depth = 0): unknown {
  if (typeof value === "string")
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING - 1)}…` : value;
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_LIST).map((item) => compactResult(item, depth + 1));
    return value.length > MAX_LIST ? [...kept, { more: value.length - MAX_LIST }] : kept;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (DROPPED.has(key) || field === null || field === undefined || field === "") continue;
    if (key === "optionGroups" && isOptionGroups(field)) {
      if (field.length) out.options = compactOptions(field);
      continue;
    }
    if (Array.isArray(field) && field.length === 0) continue;
    if (key === "merchant" && depth > 0 && field && typeof field === "object") {
      // An item's shop: what a choice needs, not the shop's full record (repeated on every item).
      out.merchant = pick(field as Record<string, unknown>, MERCHANT_FIELDS);
      continue;
    }
    out[key] = compactResult(field, depth + 1);
  }
  return out;
}

/**
 * The tool message the model reads: the compact output inside an envelope that names it as data.
 * Text in it (shop names, reviews, event blurbs) may say anything; the system prompt tells the model
 * it is never an instruction, and nothing the model does with it can pay or confirm.
 */
export function toolMessage(
  tool: string,
  result: { ok: true; data: unknown } | { ok: false; error: unknown },
): string {
  return JSON.stringify(
    result.ok
      ? { tool, untrusted_data: compactResult(result.data) }
      : { tool, error: compactResult(result.error) },
  );
}
