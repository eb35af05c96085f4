import type { TaskKind } from "../../events.ts";
import type { RequestFrame } from "../frame.ts";
import type { Slots } from "../nlu/slots/types.ts";
import type { BrainDecision, BrainTurn, Lang } from "../types.ts";
import type { Evidence } from "./evidence.ts";

/** A proposal turned into a decision, or the reason it cannot be one (told to the model, then the user). */
export type ProposalOutcome = { decision: BrainDecision } | { problem: string };

/** Everything a proposal is checked against: the turn, what tools returned, what the user said. */
export interface ProposalContext {
  turn: BrainTurn;
  lang: Lang;
  evidence: Evidence;
  /** The NLU's slots of the user's words (extracted on first use). */
  slots: () => Slots;
  /** Amounts in fen the user stated in this turn or the recent ones. */
  statedAmounts: () => ReadonlySet<number>;
  /** The user's own words in this turn and the recent ones (a recipient must be named there). */
  userWords: readonly string[];
  /** The dialogue state to carry on with. */
  state: Record<string, unknown>;
  /** The request frame of the user's own words for a card of this kind (see embedded/words-frame.ts). */
  frame?: (kind: TaskKind) => RequestFrame | undefined;
}
