import type { Goal } from "./phrases.ts";

/** A kind of person using Dimple: how often, for what, how they talk, how they react. */
export interface Persona {
  name: string;
  lang: "zh" | "en";
  share: number;
  /** Chance of using Dimple on a given day, before the person's own factor. */
  dailyActivity: number;
  goals: Partial<Record<Goal, number>>;
  /** Chance of saying it colloquially first. */
  colloquial: number;
  typo: number;
  /** Chance of changing a card just shown. */
  correct: number;
  /** Chance of confirming a card (else it is left, or now and then cancelled). */
  confirm: number;
  /** Chance of saying it again in plain words when misunderstood (else they give up). */
  rephrase: number;
  /** Chance of giving feedback on an outcome. */
  feedback: number;
  /** Chance of agreeing to share their data for training. */
  consent: number;
  /** Chance of stopping using Dimple at some point of the month. */
  churn: number;
}

/** The population; shares add up to 1. */
export const PERSONAS: readonly Persona[] = [
  {
    name: "office-worker-zh",
    lang: "zh",
    share: 0.3,
    dailyActivity: 0.11,
    goals: {
      order_delivery: 5,
      weather: 2,
      order_status: 1.5,
      ride_hail: 1,
      route: 1,
      wallet_balance: 0.5,
      smalltalk: 0.5,
    },
    colloquial: 0.25,
    typo: 0.08,
    correct: 0.25,
    confirm: 0.8,
    rephrase: 0.85,
    feedback: 0.2,
    consent: 0.6,
    churn: 0.15,
  },
  {
    name: "student-zh",
    lang: "zh",
    share: 0.25,
    dailyActivity: 0.08,
    goals: {
      order_delivery: 4,
      search_events: 2,
      search_place: 1.5,
      weather: 1,
      route: 1,
      smalltalk: 1,
      payment: 0.5,
      wallet_balance: 1,
    },
    colloquial: 0.45,
    typo: 0.12,
    correct: 0.3,
    confirm: 0.65,
    rephrase: 0.8,
    feedback: 0.25,
    consent: 0.7,
    churn: 0.3,
  },
  {
    name: "family-zh",
    lang: "zh",
    share: 0.1,
    dailyActivity: 0.06,
    goals: { order_delivery: 3, weather: 2, route: 1.5, ride_hail: 1.5, search_place: 1 },
    colloquial: 0.15,
    typo: 0.05,
    correct: 0.2,
    confirm: 0.85,
    rephrase: 0.9,
    feedback: 0.1,
    consent: 0.4,
    churn: 0.1,
  },
  {
    name: "expat-en",
    lang: "en",
    share: 0.2,
    dailyActivity: 0.09,
    goals: {
      order_delivery: 4,
      weather: 2,
      route: 1.5,
      ride_hail: 1.5,
      order_status: 1,
      wallet_balance: 0.5,
      smalltalk: 0.5,
    },
    colloquial: 0.35,
    typo: 0.1,
    correct: 0.25,
    confirm: 0.75,
    rephrase: 0.85,
    feedback: 0.25,
    consent: 0.65,
    churn: 0.2,
  },
  {
    name: "tourist-en",
    lang: "en",
    share: 0.15,
    dailyActivity: 0.12,
    goals: { route: 3, search_place: 2, search_events: 2, weather: 2, ride_hail: 2, order_delivery: 1.5 },
    colloquial: 0.4,
    typo: 0.12,
    correct: 0.15,
    confirm: 0.7,
    rephrase: 0.75,
    feedback: 0.2,
    consent: 0.5,
    churn: 0.5,
  },
];
