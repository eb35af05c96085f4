/**
 * Redaction for the audit log: card numbers keep their last four digits, phone numbers their first
 * three and last four, e-mail addresses and street addresses are replaced, and coordinates are
 * rounded to about a kilometre. What is left still tells an auditor what happened, not where
 * someone lives.
 */

const CARD = /(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)/g;
const PHONE = /(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d)[ -]?\d{4}[ -]?(\d{4})(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Chinese has no spaces: take up to three characters before the street word, which may swallow a
// district's last character ("西湖区杨公堤" → "西湖[地址]"): too much is redacted rather than too little.
const STREET_ZH =
  /[\u4e00-\u9fa5A-Za-z0-9]{1,3}(?:路|街|道|巷|弄|堤|胡同)\s?\d+(?:-\d+)?\s?号(?:[\u4e00-\u9fa5A-Za-z0-9-]{0,12}?(?:室|楼|幢|栋|单元))?/g;
const STREET_EN =
  /\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,4}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr)\b\.?/g;
/** Keys whose string values are addresses whatever they look like. */
const ADDRESS_KEY = /^(address|addresstext|street|homeaddress|deliveryaddress)$/i;
const COORDINATE_KEY = /^(lng|lat|longitude|latitude)$/i;

/** Masks card numbers, phone numbers, e-mails and street addresses inside free text. */
export function redactText(text: string): string {
  return text
    .replace(CARD, (match) => `**** ${match.replace(/\D/g, "").slice(-4)}`)
    .replace(PHONE, (_match, head: string, tail: string) => `${head}****${tail}`)
    .replace(EMAIL, "[email]")
    .replace(STREET_ZH, "[地址]")
    .replace(STREET_EN, "[address]");
}

/** A deep copy of `value` with every personal detail redacted (see the module comment). */
export function redact(value: unknown, key = ""): unknown {
  if (typeof value === "string") return ADDRESS_KEY.test(key) ? "[address]" : redactText(value);
  if (typeof value === "number") return COORDINATE_KEY.test(key) ? Math.round(value * 100) / 100 : value;
  if (Array.isArray(value)) return value.map((item) => redact(item, key));
  if (value && typeof value === "object") {
    if (ADDRESS_KEY.test(key)) return "[address]";
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([name, item]) => [name, redact(item, name)]),
    );
  }
  return value;
}
