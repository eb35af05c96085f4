import { type Placeholder, RULES } from "./patterns.ts";

/** Keys whose values are personal whatever they look like, and what they become. */
const KEY_PLACEHOLDERS: readonly [RegExp, Placeholder][] = [
  [/^(phone|mobile|contact_?phone|telephone)$/iu, "<PHONE>"],
  // A bare `address` is often a landmark being looked up ("杭州东站"): it goes through the patterns
  // and the known addresses instead, so datasets keep what people searched for.
  [
    /^(address_?text|address_?zh|address_?en|street|home_?address|delivery_?address|contact_?address)$/iu,
    "<ADDRESS>",
  ],
  [/^(contact_?name|display_?name|recipient_?name|payee_?name|real_?name|username|full_?name)$/iu, "<NAME>"],
  [
    /^(user_?id|payer_?id|payee_?id|payee|order_?id|intent_?id|payment_?intent_?id|session_?id|task_?id|id_?number|payment_?method_?id|trip_?id|booking_?id|mandate)$/iu,
    "<ID>",
  ],
  [/^(last4|card_?number|card)$/iu, "<CARD>"],
];
const COORDINATE_KEY = /^(lng|lat|longitude|latitude)$/iu;

/**
 * Turns personal details into typed placeholders (`<PHONE>`, `<ADDRESS>`, `<NAME>`, `<ID>`,
 * `<CARD>`, `<EMAIL>`, `<GEO>`), in Chinese and English text and in JSON values. Names are found
 * by pattern ("我叫…", "Mr …", "send … to Bob") and by a dictionary of the people the store knows
 * (users' display names and saved contacts), since no pattern finds "小明" on its own. Counts what
 * it replaced, for dataset cards.
 */
export class Redactor {
  readonly counts: Record<string, number> = {};
  readonly #hanNames = new Set<string>();
  readonly #latinNames = new Set<string>();
  /** Known street addresses (saved home and office), indexed by their first four characters. */
  readonly #addresses = new Map<string, string[]>();

  constructor(knownNames: Iterable<string> = [], knownAddresses: Iterable<string> = []) {
    for (const address of knownAddresses) {
      if (address.length < 6) continue;
      const key = address.slice(0, 4);
      this.#addresses.set(
        key,
        [...(this.#addresses.get(key) ?? []), address].sort((a, b) => b.length - a.length),
      );
    }
    for (const raw of knownNames) {
      const name = raw.trim();
      if (name.length < 2) continue;
      if (/^[\p{Script=Han}]{2,4}$/u.test(name)) this.#hanNames.add(name);
      else if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/u.test(name)) {
        this.#latinNames.add(name);
        // English given names alone ("Alice" of "Alice Chen") are how people mention each other.
        const first = name.split(" ")[0] ?? "";
        if (first.length >= 3 && name.includes(" ")) this.#latinNames.add(first);
      }
    }
  }

  /** Replaces known names: set look-ups, since thousands of users make a regex alternation slow. */
  #knownNames(text: string): string {
    let result = text;
    if (this.#latinNames.size > 0)
      result = result.replace(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b/gu, (match) => {
        if (this.#latinNames.has(match)) {
          this.#count("<NAME>");
          return "<NAME>";
        }
        const [first, last] = match.split(" ");
        if (last && this.#latinNames.has(first ?? "")) {
          this.#count("<NAME>");
          return `<NAME> ${last}`;
        }
        return match;
      });
    if (this.#hanNames.size === 0 || !/\p{Script=Han}/u.test(result)) return result;
    let output = "";
    for (let index = 0; index < result.length; ) {
      let length = 0;
      for (const candidate of [4, 3, 2])
        if (this.#hanNames.has(result.slice(index, index + candidate))) {
          length = candidate;
          break;
        }
      if (length > 0) {
        this.#count("<NAME>");
        output += "<NAME>";
        index += length;
      } else {
        output += result[index];
        index += 1;
      }
    }
    return output;
  }

  #count(placeholder: string): void {
    this.counts[placeholder] = (this.counts[placeholder] ?? 0) + 1;
  }

  /** Replaces saved addresses wherever they appear, longest first, in one pass. */
  #knownAddresses(text: string): string {
    if (this.#addresses.size === 0 || text.length < 6) return text;
    let output = "";
    for (let index = 0; index < text.length; ) {
      const hit = this.#addresses
        .get(text.slice(index, index + 4))
        ?.find((address) => text.startsWith(address, index));
      if (hit) {
        this.#count("<ADDRESS>");
        output += "<ADDRESS>";
        index += hit.length;
      } else {
        output += text[index];
        index += 1;
      }
    }
    return output;
  }

  /** Redacts free text. */
  text(input: string): string {
    let text = this.#knownAddresses(input);
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0;
      text = text.replace(rule.pattern, (...match: unknown[]) => {
        this.#count(rule.placeholder);
        if (!rule.group) return rule.placeholder;
        const groups = match.slice(1, -2) as (string | undefined)[];
        const before = groups.slice(0, rule.group - 1).join("");
        return `${before}${rule.placeholder}`;
      });
    }
    return this.#knownNames(text);
  }

  /** A deep copy of a JSON value with personal details replaced, by key where the key says what it is. */
  value(input: unknown, key = ""): unknown {
    if (input === null || input === undefined) return input;
    for (const [pattern, placeholder] of KEY_PLACEHOLDERS) {
      if (key && pattern.test(key) && (typeof input === "string" || typeof input === "number")) {
        this.#count(placeholder);
        return placeholder;
      }
    }
    if (typeof input === "string") return this.text(input);
    if (typeof input === "number") return COORDINATE_KEY.test(key) ? Math.round(input * 100) / 100 : input;
    if (Array.isArray(input)) return input.map((item) => this.value(item, key));
    if (typeof input === "object") {
      return Object.fromEntries(
        Object.entries(input as Record<string, unknown>).map(([name, item]) => [
          name,
          this.value(item, name),
        ]),
      );
    }
    return input;
  }
}

/** Redacts one text with the patterns only (no known names). */
export function redactText(text: string, knownNames: Iterable<string> = []): string {
  return new Redactor(knownNames).text(text);
}
