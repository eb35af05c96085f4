import {
  CONSTRAINT_KINDS,
  type ConstraintKind,
  type FaithCase,
  type Transcript,
  type Verdict,
} from "./types.ts";

/** Outcomes of the cases that carry one constraint kind (`silent` and `named`: this kind diverged). */
export interface KindStats {
  n: number;
  satisfiable: number;
  exact: number;
  asked: number;
  silent: number;
  named: number;
  failed: number;
}

export interface SliceReport {
  n: number;
  satisfiable: number;
  /** Exact cards over the cases the world can satisfy. */
  exactCardRate: number;
  /** Questions or honest refusals over the cases the world can satisfy (lower is better there). */
  askedRate: number;
  /** Cases whose card differs from the request in some constraint the reply never names. */
  silentDivergences: number;
  namedDivergences: number;
  failures: Record<string, number>;
  /** Cases the world cannot satisfy: declining honestly (asked) is right, a card is a divergence. */
  unsatisfiable: {
    n: number;
    declinedHonestly: number;
    silent: number;
    named: number;
    exact: number;
    failed: number;
  };
  byKind: Partial<Record<ConstraintKind, KindStats>>;
}

export interface Example {
  id: string;
  lang: string;
  turns: string[];
  detail: string;
  reply: string;
}

export interface FaithReport extends SliceReport {
  seed: number;
  byLang: Record<string, SliceReport>;
  /** The compositions drawn apart (own options per item, group orders, rides timed to a show). */
  byComposition: Record<string, SliceReport>;
  byFamily: Record<
    string,
    { n: number; exact: number; asked: number; silent: number; named: number; failed: number }
  >;
  /** Up to three silent divergences per kind, to show what goes wrong. */
  examples: Partial<Record<ConstraintKind, Example[]>>;
  millis: number;
}

export interface Judged {
  request: FaithCase;
  transcript: Transcript;
  verdict: Verdict;
}

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);

function slice(results: Judged[]): SliceReport {
  const satisfiable = results.filter((result) => result.request.satisfiable);
  const unsatisfiable = results.filter((result) => !result.request.satisfiable);
  const count = (list: Judged[], outcome: Verdict["outcome"]) =>
    list.filter((result) => result.verdict.outcome === outcome).length;
  const failures: Record<string, number> = {};
  for (const { verdict } of results)
    if (verdict.failure) failures[verdict.failure] = (failures[verdict.failure] ?? 0) + 1;
  const byKind: SliceReport["byKind"] = {};
  for (const kind of CONSTRAINT_KINDS) {
    const carrying = results.filter((result) => result.request.kinds.includes(kind));
    if (!carrying.length) continue;
    const diverged = (named: boolean) =>
      carrying.filter(
        (result) =>
          ["silent", "named"].includes(result.verdict.outcome) &&
          result.verdict.divergences.some(
            (divergence) => divergence.kind === kind && divergence.named === named,
          ),
      ).length;
    byKind[kind] = {
      n: carrying.length,
      satisfiable: carrying.filter((result) => result.request.satisfiable).length,
      exact: count(carrying, "exact"),
      asked: count(carrying, "asked"),
      silent: diverged(false),
      named: diverged(true),
      failed: count(carrying, "failed"),
    };
  }
  return {
    n: results.length,
    satisfiable: satisfiable.length,
    exactCardRate: rate(count(satisfiable, "exact"), satisfiable.length),
    askedRate: rate(count(satisfiable, "asked"), satisfiable.length),
    silentDivergences: count(results, "silent"),
    namedDivergences: count(results, "named"),
    failures,
    unsatisfiable: {
      n: unsatisfiable.length,
      declinedHonestly: count(unsatisfiable, "asked"),
      silent: count(unsatisfiable, "silent"),
      named: count(unsatisfiable, "named"),
      exact: count(unsatisfiable, "exact"),
      failed: count(unsatisfiable, "failed"),
    },
    byKind,
  };
}

/** The measurement's report: overall, per language, per family, with silent examples per kind. */
export function summarise(results: Judged[], options: { seed: number; millis: number }): FaithReport {
  const byLang: Record<string, SliceReport> = {};
  for (const lang of ["zh", "en"])
    byLang[lang] = slice(results.filter((result) => result.request.lang === lang));
  const byComposition: Record<string, SliceReport> = {};
  for (const composition of new Set(results.flatMap((result) => result.request.composition ?? [])))
    byComposition[composition] = slice(
      results.filter((result) => result.request.composition === composition),
    );
  const byFamily: FaithReport["byFamily"] = {};
  for (const { request, verdict } of results) {
    const entry = byFamily[request.family] ?? { n: 0, exact: 0, asked: 0, silent: 0, named: 0, failed: 0 };
    byFamily[request.family] = entry;
    entry.n += 1;
    entry[verdict.outcome] += 1;
  }
  const examples: FaithReport["examples"] = {};
  for (const { request, transcript, verdict } of results) {
    if (verdict.outcome !== "silent") continue;
    for (const divergence of verdict.divergences.filter((entry) => !entry.named)) {
      const list = examples[divergence.kind] ?? [];
      examples[divergence.kind] = list;
      if (list.length >= 3 || list.some((example) => example.id === request.id)) continue;
      list.push({
        id: request.id,
        lang: request.lang,
        turns: request.turns,
        detail: divergence.detail,
        reply: transcript.turns.at(-1)?.replies.join(" ").slice(0, 240) ?? "",
      });
    }
  }
  return {
    ...slice(results),
    seed: options.seed,
    byLang,
    byComposition,
    byFamily,
    examples,
    millis: options.millis,
  };
}
