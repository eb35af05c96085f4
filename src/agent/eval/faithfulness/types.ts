import type { TaskKind, TaskQuote } from "../../events.ts";

/** The kinds of constraint a generated request carries; the report counts outcomes per kind. */
export const CONSTRAINT_KINDS = [
  "kind",
  "item",
  "qty",
  "options",
  "merchant",
  "exclusion",
  "budget",
  "eta",
  "address",
  "time",
  "reference",
  "bundle",
] as const;

export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];

export type Lang = "zh" | "en";

/** One wanted line: which items count (by name, from the world), how many, and which option choices. */
export interface FrameLine {
  /** Groups lines of one item (an option split makes two lines of one item). */
  itemKey: string;
  /** The item as the user named it, for the "mentions" test. */
  words: string[];
  /** Every deliverable item name (zh and en) that satisfies the request. */
  acceptableNames: string[];
  qty: number;
  /** Option group key → the choice ids that satisfy what was asked (e.g. iced → regular, less). */
  options?: Record<string, string[]>;
}

/** What a faithful card for one task contains. */
export interface CardFrame {
  kind: TaskKind;
  lines?: FrameLine[];
  /** The brand asked for (zh and en). */
  brand?: { zh: string; en: string };
  /** Brands the user excluded (zh and en names). */
  excludedBrands?: { zh: string; en: string }[];
  /** Item names that fall in an excluded category ("anything but coffee"), and the words used. */
  excludedNames?: string[];
  excludedWords?: string[];
  budget?: { kind: "total" | "each"; fen: number };
  etaMaxMinutes?: number;
  /** Delivery: the saved address text; ride: the origin's label. */
  address?: { label: "home" | "office"; text: string };
  /**
   * The asked time (epoch ms) and the window around it a scheduled card may fall in. `arrive`: the
   * time is when to be there ("开场前一个半小时到"), so the window holds the card's pick-up plus its trip.
   */
  time?: { at: number; earlyMs: number; lateMs: number; words: string[]; arrive?: boolean };
  /** Tickets: the event (zh and en names) and the local day of the session. */
  event?: { zh: string; en: string; day?: string; words: string[] };
  /** Tickets: the event is whichever the previous reply listed at this position (1-based). */
  eventFromOption?: number;
  /** Ride: the destination's names. */
  destination?: { names: string[]; words: string[] };
}

/** A generated request: the turns a user types and the cards a faithful assistant would show. */
export interface FaithCase {
  id: string;
  lang: Lang;
  userId: string;
  family: "delivery" | "tickets" | "ride" | "bundle" | "basket";
  /** A composition drawn apart from the main stream (issue 11's list), reported on its own. */
  composition?: "own-options" | "per-person" | "timed-ride";
  turns: string[];
  /** One frame per card expected (a bundle expects two). */
  frames: CardFrame[];
  /** The constraint kinds this request exercises. */
  kinds: ConstraintKind[];
  /** Kinds that a follow-up turn changed (their divergence also counts against "reference"). */
  referenceKinds?: ConstraintKind[];
  /** Whether the world can satisfy every constraint (checked against the seeded world). */
  satisfiable: boolean;
  /** Why not, when it cannot (e.g. "budget below the cheapest quote"). */
  unsatisfiableBecause?: ConstraintKind;
}

/** A card as the judge sees it: the task's kind, status, quote and (when scheduled) its time. */
export interface ObservedCard {
  taskId: string;
  kind: TaskKind;
  status: string;
  quote?: TaskQuote;
  scheduledFor?: number;
}

/** What the run produced for one case: replies per user turn, option lists, and the open cards. */
export interface Transcript {
  turns: { text: string; replies: string[]; options: string[] }[];
  cards: ObservedCard[];
  crashed?: string;
}

export type Outcome = "exact" | "asked" | "silent" | "named" | "failed";

/** One way a card differs from its frame, and whether the reply said so. */
export interface Divergence {
  kind: ConstraintKind;
  named: boolean;
  detail: string;
}

/** The judge's classification of one case. */
export interface Verdict {
  outcome: Outcome;
  divergences: Divergence[];
  /** Why a case failed outright: no card and no question, the reply's language, a crash. */
  failure?: "language" | "no_card" | "crashed";
}
