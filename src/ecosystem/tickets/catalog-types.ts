/** When a session happens: a weekday (0 = Sunday) some weeks after the world's start, at a time. */
export interface SessionSpec {
  weekday: number;
  weeksLater: number;
  time: string;
}

/** One seeded event, as written by hand: names, words, where, when, and what seats cost. */
export interface EventSpec {
  slug: string;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  category: "concert" | "classical" | "drama" | "show" | "crosstalk" | "sports" | "movie";
  performer: string;
  tags: readonly string[];
  venue: string;
  durationMinutes: number;
  /** Tiers as [name zh, name en, price in yuan], most expensive first. */
  tiers: readonly (readonly [string, string, number])[];
  sessions: readonly SessionSpec[];
  /** Roughly what share of seats is already sold when the world starts. */
  demand: number;
}

export const THU = 4;
export const FRI = 5;
export const SAT = 6;
export const SUN = 0;
export const WED = 3;
