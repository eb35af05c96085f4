import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SEED, type World } from "../../ecosystem/world/world.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { zodErrorBody } from "../../kernel/tool.ts";
import type { AgentObserver } from "../observer.ts";
import type { WorldImage } from "./play.ts";
import { runScenario, type TrialResult } from "./run-scenario.ts";
import { Scenario } from "./scenario.ts";

/** Reads every `*.json` scenario file (each an array of scenarios) under a folder. */
export function loadSuite(dir: string): Scenario[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".json"))
      .sort();
  } catch {
    throw new DimpleError("not_found", `no scenario folder at ${dir}`, { field: "--suite", status: 404 });
  }
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const path = join(dir, file);
    if (!statSync(path).isFile()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new DimpleError("invalid_data", `${path}: not valid JSON (${(error as Error).message})`, {
        field: path,
      });
    }
    const parsed = Scenario.array().safeParse(raw);
    if (!parsed.success) {
      const body = zodErrorBody(parsed.error);
      throw new DimpleError("invalid_data", `${path}: ${body.message}`, {
        field: `${path}:${body.field ?? ""}`,
      });
    }
    scenarios.push(...parsed.data);
  }
  assertUniqueIds(scenarios, "scenario");
  return scenarios;
}

/** Throws `invalid_data` naming the first id two entries of an evaluation set share. */
export function assertUniqueIds(entries: readonly { id: string }[], noun: string): void {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id))
      throw new DimpleError("invalid_data", `duplicate ${noun} id ${entry.id}`, { field: entry.id });
    ids.add(entry.id);
  }
}

/** pass^k over a suite: the share of scenarios that pass in all of their first k trials. */
export interface SuiteReport {
  scenarios: number;
  trials: number;
  passAt: Record<string, number>;
  byLang: Record<string, { scenarios: number; pass1: number; passAt: Record<string, number> }>;
  failures: { id: string; trial: number; failures: string[] }[];
  medianMillis: number;
  /** Model tokens (prompt + completion) per task over every trial's tasks; zeros on the embedded brain. */
  tokensPerTask: TokensPerTask;
}

/** Tokens per task over a run: how many tasks, and the median, mean and total of prompt + completion. */
export interface TokensPerTask {
  tasks: number;
  median: number;
  mean: number;
  total: number;
  promptTokens: number;
  completionTokens: number;
  cachedPromptTokens: number;
}

/** Median, mean and total tokens over the tasks of a run. */
export function tokensPerTask(
  tasks: readonly { prompt: number; completion: number; cachedPrompt: number }[],
) {
  const totals = tasks.map((task) => task.prompt + task.completion).sort((a, b) => a - b);
  const total = totals.reduce((sum, value) => sum + value, 0);
  const middle = Math.floor(totals.length / 2);
  const median =
    totals.length === 0
      ? 0
      : totals.length % 2 === 1
        ? (totals[middle] as number)
        : ((totals[middle - 1] as number) + (totals[middle] as number)) / 2;
  return {
    tasks: totals.length,
    median,
    mean: totals.length ? Math.round((total / totals.length) * 10) / 10 : 0,
    total,
    promptTokens: tasks.reduce((sum, task) => sum + task.prompt, 0),
    completionTokens: tasks.reduce((sum, task) => sum + task.completion, 0),
    cachedPromptTokens: tasks.reduce((sum, task) => sum + task.cachedPrompt, 0),
  } satisfies TokensPerTask;
}

/** Runs every scenario `trials` times, each trial on a world seeded differently. */
export async function runSuite(
  scenarios: Scenario[],
  options: {
    trials: number;
    brain: string;
    /** The seeded world each trial plays on a copy of (`compose/seed-image.ts` `seededWorldImage`). */
    worldImage: WorldImage;
    onResult?: (result: TrialResult) => void;
    /** Watches each trial's agent (the CLI wires the flywheel's capture, as a served agent has). */
    observer?: (world: World) => AgentObserver;
  },
): Promise<SuiteReport> {
  const results: TrialResult[][] = scenarios.map(() => []);
  for (let trial = 0; trial < options.trials; trial++) {
    for (const [index, scenario] of scenarios.entries()) {
      const result = await runScenario(scenario, {
        seed: DEFAULT_SEED + trial,
        trial,
        brain: options.brain,
        worldImage: options.worldImage,
        ...(options.observer ? { observer: options.observer } : {}),
      });
      results[index]?.push(result);
      options.onResult?.(result);
    }
  }
  const passAt: Record<string, number> = {};
  for (let k = 1; k <= options.trials; k++) {
    const passing = results.filter((trials) => trials.slice(0, k).every((result) => result.passed)).length;
    passAt[`pass^${k}`] = round(passing / Math.max(1, scenarios.length));
  }
  const byLang: SuiteReport["byLang"] = {};
  for (const lang of [...new Set(scenarios.map((scenario) => scenario.lang))]) {
    const ofLang = results.filter((_, index) => scenarios[index]?.lang === lang);
    const share = (k: number) =>
      round(
        ofLang.filter((trials) => trials.slice(0, k).every((result) => result.passed)).length / ofLang.length,
      );
    const langPassAt: Record<string, number> = {};
    for (let k = 1; k <= options.trials; k++) langPassAt[`pass^${k}`] = share(k);
    byLang[lang] = { scenarios: ofLang.length, pass1: share(1), passAt: langPassAt };
  }
  const millis = results
    .flat()
    .map((result) => result.millis)
    .sort((a, b) => a - b);
  return {
    scenarios: scenarios.length,
    trials: options.trials,
    passAt,
    byLang,
    failures: results
      .flat()
      .filter((result) => !result.passed)
      .map(({ id, trial, failures }) => ({ id, trial, failures })),
    medianMillis: millis[Math.floor(millis.length / 2)] ?? 0,
    tokensPerTask: tokensPerTask(results.flat().flatMap((result) => result.taskTokens)),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
