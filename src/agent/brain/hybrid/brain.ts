import type { LlmBrain } from "../llm/brain.ts";
import { FAILED_OUTCOMES, type LlmOutcome } from "../llm/outcomes.ts";
import type { Gazetteer } from "../nlu/gazetteer.ts";
import { understand } from "../nlu/understand.ts";
import type { Brain, BrainDecision, BrainTrace, BrainTurn, Lang } from "../types.ts";
import { routeTurn } from "./route.ts";

const UNREACHABLE: ReadonlySet<LlmOutcome> = new Set([
  "timeout",
  "rate_limited",
  "unavailable",
  "not_installed",
]);

/** The one short sentence that says the on-device brain answered instead of the model. */
export function fallbackNote(outcome: LlmOutcome, lang: Lang): string {
  const down = UNREACHABLE.has(outcome);
  if (lang === "zh")
    return down
      ? "（大模型暂时不可用，这次由本地助手回答。）"
      : "（大模型的回答不可用，这次由本地助手回答。）";
  return down
    ? "(The large model is unavailable right now, so the on-device assistant answered.)"
    : "(The large model's answer was unusable, so the on-device assistant answered.)";
}

/**
 * The recommended production brain: the embedded brain answers confident, in-scope turns at once;
 * the LLM takes the rest. When the model is down, slow or talks nonsense, the embedded brain
 * answers after all and the reply says so in one sentence.
 */
export class HybridBrain implements Brain {
  readonly name = "hybrid";

  constructor(
    private readonly embedded: Brain,
    private readonly llm: LlmBrain,
    private readonly options: { llmTimeoutMs: number; gazetteer?: Gazetteer },
  ) {}

  async decide(turn: BrainTurn): Promise<{ decision: BrainDecision; trace: BrainTrace }> {
    const understood = understand(turn.text, {
      now: turn.now,
      timeZone: turn.profile.timeZone,
      ...(this.options.gazetteer ? { gazetteer: this.options.gazetteer } : {}),
    });
    // A tapped option belongs to a list the embedded brain showed: it resolves the tap.
    const route = turn.option
      ? { to: "embedded" as const, reason: "a tapped option" }
      : routeTurn(understood, turn.state, turn.text);
    if (route.to === "embedded") {
      const { decision, trace } = await this.embedded.decide(turn);
      return { decision, trace: { ...trace, brain: "hybrid:embedded" } };
    }
    const result = await this.llm.run(turn, { timeoutMs: this.options.llmTimeoutMs, understood });
    if (!FAILED_OUTCOMES.has(result.outcome))
      return { decision: result.decision, trace: { ...result.trace, brain: "hybrid:llm" } };
    const lang: Lang = /\p{Script=Han}/u.test(turn.text)
      ? "zh"
      : /[\p{L}]/u.test(turn.text)
        ? "en"
        : turn.lang;
    const { decision, trace } = await this.embedded.decide(turn);
    return {
      decision: {
        ...decision,
        text: `${fallbackNote(result.outcome, lang)}${lang === "zh" ? "" : " "}${decision.text}`,
      },
      trace: {
        ...trace,
        brain: "hybrid:fallback",
        ...(result.trace.tokens ? { tokens: result.trace.tokens } : {}),
      },
    };
  }
}
