import type { TokenUsage } from "./model.ts";

/** One LLM-brain turn as measured: tokens, model calls and time spent waiting for the model. */
export interface TurnUsage {
  outcome: string;
  modelCalls: number;
  prompt: number;
  completion: number;
  /** The part of `prompt` served from the provider's prompt cache (0 when it does not say). */
  cached: number;
  estimated: boolean;
  modelMs: number;
  totalMs: number;
}

/**
 * Totals over many turns, for `dimple eval scenarios --brain llm` and the benchmark: a process-wide
 * instance (`llmUsage`) collects every LLM turn, whichever brain instance ran it.
 */
export class UsageMeter {
  readonly turns: TurnUsage[] = [];
  /** Keep at most this many turns (a server runs for days; the totals are what matter). */
  constructor(private readonly capacity = 10_000) {}

  record(turn: TurnUsage): void {
    if (this.turns.length >= this.capacity) this.turns.shift();
    this.turns.push(turn);
  }

  reset(): void {
    this.turns.length = 0;
  }

  /** Totals and medians over the recorded turns. */
  summary() {
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : 0;
    };
    const outcomes: Record<string, number> = {};
    for (const turn of this.turns) outcomes[turn.outcome] = (outcomes[turn.outcome] ?? 0) + 1;
    return {
      turns: this.turns.length,
      modelCalls: this.turns.reduce((sum, turn) => sum + turn.modelCalls, 0),
      promptTokens: this.turns.reduce((sum, turn) => sum + turn.prompt, 0),
      completionTokens: this.turns.reduce((sum, turn) => sum + turn.completion, 0),
      cachedPromptTokens: this.turns.reduce((sum, turn) => sum + turn.cached, 0),
      medianPromptTokens: median(this.turns.map((turn) => turn.prompt)),
      medianModelMs: Math.round(median(this.turns.map((turn) => turn.modelMs)) * 100) / 100,
      medianTurnMs: Math.round(median(this.turns.map((turn) => turn.totalMs)) * 100) / 100,
      estimatedTokens: this.turns.some((turn) => turn.estimated),
      outcomes,
    };
  }
}

/** Every LLM turn in this process. */
export const llmUsage = new UsageMeter();

/** Adds one call's usage to a running total. */
export function addUsage(total: TokenUsage, usage: TokenUsage): void {
  total.prompt += usage.prompt;
  total.completion += usage.completion;
  if (usage.cached) total.cached = (total.cached ?? 0) + usage.cached;
  if (usage.estimated) total.estimated = true;
}
