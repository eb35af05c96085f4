import type { Intent } from "../../nlu/intents.ts";
import type { Slots } from "../../nlu/slots/types.ts";
import type { BrainDecision, BrainTurn, Lang } from "../../types.ts";
import type { DialogueState } from "../state.ts";

/** What the NLU made of the turn. */
export interface Understanding {
  intent: Intent;
  confidence: number;
  ranking: { intent: Intent; probability: number }[];
  slots: Slots;
}

/** Everything a skill needs to plan one turn. */
export interface SkillContext {
  turn: BrainTurn;
  lang: Lang;
  nlu: Understanding;
  state: DialogueState;
}

/** A skill handles one intent (or a family of them) and decides the turn. */
export type Skill = (context: SkillContext) => Promise<BrainDecision>;
