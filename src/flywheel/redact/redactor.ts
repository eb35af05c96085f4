import { type Placeholder, RULES } from "./patterns.ts";

/** Keys whose values are personal whatever they look like, and what they become. */
const KEY_PLACEHOLDERS: readonly [RegExp, Placeholder][] = [
  [/^(phone|mobile|contact_?phone|telephone)$/iu, "<PHONE>"],
  [/^(address|address_?text|address_?zh|address_?en|street|home_?address|delivery_?address)$/iu, "<ADDRESS>"],
  [/^(contact_?name|display_?name|recipient_?name|payee_?name|real_?name|username|full_?name)$/iu, "<NAME>"],
  [
    /^(user_?id|payer_?id|payee_?id|payee|order_?id|intent_?id|payment_?intent_?id|session_?id|task_?id|id_?number|payment_?method_?id|trip_?id|booking_?id|mandate)$/iu,
    "<ID>",
  ],
  [/^(last4|card_?number|card)$/iu, "<CARD>"],
];
const COORDINATE_KEY = /^(lng|lat|longitude|latitude)$/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * Turns personal details into typed placeholders (`<PHONE>`, `<ADDRESS>`, `<NAME>`, `<ID>`,
 * `<CARD>`, `<EMAIL>`, `<GEO>`), in Chinese and English text and in JSON values. Names are found
 * by pattern ("我叫…", "Mr …", "send … to Bob") and by a dictionary of the people the store knows
 * (users' display names and saved contacts), since no pattern finds "小明" on its own. Counts what
 * it replaced, for dataset cards.
 */
export class Redactor {
  readonly counts: Record<string, number> = {};
  readonly #names: RegExp | undefined;

  constructor(knownNames: Iterable<string> = []) {
    const names = new Set<string>();
    for (const raw of knownNames) {
      const name = raw.trim();
      if (name.length < 2) continue;
      names.add(name);
      // English given names alone ("Alice" of "Alice Chen") are how people mention each other.
      const first = name.split(/\s+/u)[0] ?? "";
      if (/^[A-Z][a-z]{2,}$/u.test(first) && name.includes(" ")) names.add(first);
    }
    if (names.size > 0) {
      const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
      // Latin names need word edges ("Bob" not inside "Bobcat"); Han names stand alone in text.
      this.#names = new RegExp(`(?<![A-Za-z])(?:${alternatives.join("|")})(?![a-z])`, "gu");
    }
  }

  #count(placeholder: string): void {
    this.counts[placeholder] = (this.counts[placeholder] ?? 0) + 1;
  }

  /** Redacts free text. */
  text(input: string): string {
    let text = input;
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
    if (this.#names)
      text = text.replace(this.#names, () => {
        this.#count("<NAME>");
        return "<NAME>";
      });
    return text;
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
