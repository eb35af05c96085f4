import type { Brain, BrainDecision, BrainTrace, BrainTurn } from "./types.ts";

/** One scripted step: when the user's text matches, decide this. */
export interface ScriptedRule {
  match: RegExp | string;
  decide: (turn: BrainTurn) => BrainDecision | Promise<BrainDecision>;
}

/**
 * A brain that follows a script, for tests of everything around the brain (engine, server, web)
 * without depending on NLU quality. Unmatched turns get a plain reply saying so.
 */
export class ScriptedBrain implements Brain {
  readonly name = "scripted";

  constructor(private readonly rules: ScriptedRule[]) {}

  async decide(turn: BrainTurn): Promise<{ decision: BrainDecision; trace: BrainTrace }> {
    for (const rule of this.rules) {
      const matched =
        typeof rule.match === "string" ? turn.text.includes(rule.match) : rule.match.test(turn.text);
      if (matched)
        return { decision: await rule.decide(turn), trace: { brain: this.name, intent: "scripted" } };
    }
    return {
      decision: { type: "reply", text: `(no scripted rule for "${turn.text}")`, state: turn.state },
      trace: { brain: this.name, intent: "unmatched" },
    };
  }
}
