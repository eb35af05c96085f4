import type { World } from "../../ecosystem/world/world.ts";
import type { AgentObserver } from "../observer.ts";
import { playConversation, type WorldImage } from "./play.ts";
import { check, type Scenario } from "./scenario.ts";

/** The outcome of one scenario trial. */
export interface TrialResult {
  id: string;
  trial: number;
  passed: boolean;
  failures: string[];
  turns: number;
  millis: number;
  /**
   * Model tokens of each task the trial ended with (a card replaced by a correction is counted in
   * the card that replaced it, not again on its own); zeros for tasks no model worked on.
   */
  taskTokens: { prompt: number; completion: number; cachedPrompt: number }[];
}

/**
 * Plays one scenario against a fresh copy of the seeded world through the real agent, then checks
 * its expectations on the world's final state (tasks, order contents, money), not on the words.
 */
export async function runScenario(
  scenario: Scenario,
  options: {
    seed: number;
    trial: number;
    brain: string;
    worldImage: WorldImage;
    observer?: (world: World) => AgentObserver;
  },
): Promise<TrialResult> {
  const started = performance.now();
  let failures: string[];
  let taskTokens: TrialResult["taskTokens"] = [];
  try {
    const played = await playConversation(scenario, options);
    taskTokens = played.taskTokens;
    failures = scenario.expect
      .map((expectation) => check(played.state, expectation))
      .filter((failure): failure is string => failure !== undefined);
  } catch (error) {
    failures = [`crashed: ${error instanceof Error ? error.message : String(error)}`];
  }
  return {
    id: scenario.id,
    trial: options.trial,
    passed: failures.length === 0,
    failures,
    turns: scenario.turns.length,
    millis: Math.round(performance.now() - started),
    taskTokens,
  };
}
