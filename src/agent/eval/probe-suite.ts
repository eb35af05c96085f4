import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SEED } from "../../ecosystem/world/world.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { zodErrorBody } from "../../kernel/tool.ts";
import { playConversation, type WorldImage } from "./play.ts";
import { judgeProbe, Probe, probeUser } from "./probe.ts";
import { assertUniqueIds } from "./suite.ts";

/** Reads probes from a JSONL file, or from every `*.jsonl` file under a folder: one probe a line. */
export function loadProbes(path: string): Probe[] {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((file) => file.endsWith(".jsonl"))
          .sort()
          .map((file) => join(path, file))
      : [path];
  } catch {
    throw new DimpleError("not_found", `no probe file or folder at ${path}`, {
      field: "--file",
      status: 404,
    });
  }
  const probes: Probe[] = [];
  for (const file of files) {
    for (const [index, line] of readFileSync(file, "utf8").split("\n").entries()) {
      if (line.trim() === "") continue;
      const where = `${file}:${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw new DimpleError("invalid_data", `${where}: not valid JSON (${(error as Error).message})`, {
          field: where,
        });
      }
      const parsed = Probe.safeParse(raw);
      if (!parsed.success) {
        const body = zodErrorBody(parsed.error);
        throw new DimpleError("invalid_data", `${where}: ${body.message}`, {
          field: `${where}:${body.field ?? ""}`,
        });
      }
      probes.push(parsed.data);
    }
  }
  assertUniqueIds(probes, "probe");
  return probes;
}

/** One probe's outcome. */
export interface ProbeResult {
  id: string;
  lang: string;
  intent: string;
  passed: boolean;
  failures: string[];
  /** The reply to the last user line, for reading failures. */
  reply: string;
}

/** Pass rates overall, per language and per intent × language. */
export interface ProbeReport {
  n: number;
  passRate: number;
  byLang: Record<string, { n: number; passRate: number }>;
  byIntent: Record<string, Record<string, { n: number; passed: number; passRate: number }>>;
  failures: ProbeResult[];
}

/** Plays every probe through the real agent on a fresh world and judges it by its expected outcome. */
export async function runProbes(
  probes: readonly Probe[],
  options: {
    brain: string;
    /** The seeded world each probe plays on a copy of (`compose/seed-image.ts` `seededWorldImage`). */
    worldImage: WorldImage;
    seed?: number;
    onResult?: (result: ProbeResult) => void;
  },
): Promise<ProbeReport> {
  const results: ProbeResult[] = [];
  for (const probe of probes) {
    let failures: string[];
    let reply = "";
    try {
      const { state } = await playConversation(
        { user: probeUser(probe), lang: probe.lang, turns: probe.turns },
        { seed: options.seed ?? DEFAULT_SEED, brain: options.brain, worldImage: options.worldImage },
      );
      reply = state.lastTurnReplies;
      failures = judgeProbe(probe, state);
    } catch (error) {
      failures = [`crashed: ${error instanceof Error ? error.message : String(error)}`];
    }
    const result = {
      id: probe.id,
      lang: probe.lang,
      intent: probe.intent,
      passed: failures.length === 0,
      failures,
      reply,
    };
    results.push(result);
    options.onResult?.(result);
  }
  return summarise(results);
}

/** Pass rates of a list of results, overall and broken down. */
export function summarise(results: readonly ProbeResult[]): ProbeReport {
  const rate = (list: readonly ProbeResult[]) =>
    list.length === 0
      ? 0
      : Math.round((list.filter((result) => result.passed).length / list.length) * 1000) / 1000;
  const byLang: ProbeReport["byLang"] = {};
  const byIntent: ProbeReport["byIntent"] = {};
  for (const lang of [...new Set(results.map((result) => result.lang))].sort()) {
    const ofLang = results.filter((result) => result.lang === lang);
    byLang[lang] = { n: ofLang.length, passRate: rate(ofLang) };
  }
  for (const intent of [...new Set(results.map((result) => result.intent))].sort()) {
    const row: ProbeReport["byIntent"][string] = {};
    for (const lang of Object.keys(byLang)) {
      const cell = results.filter((result) => result.intent === intent && result.lang === lang);
      if (cell.length > 0)
        row[lang] = {
          n: cell.length,
          passed: cell.filter((result) => result.passed).length,
          passRate: rate(cell),
        };
    }
    byIntent[intent] = row;
  }
  return {
    n: results.length,
    passRate: rate(results),
    byLang,
    byIntent,
    failures: results.filter((result) => !result.passed),
  };
}
