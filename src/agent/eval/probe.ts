import { z } from "zod";
import type { ConversationState } from "./play.ts";

/** What a task a probe expects must look like: its kind, status and, as regular expressions, its card. */
const TaskExpectation = z.object({
  kind: z.string().min(1),
  /** Statuses it may be in; awaiting confirmation when none is given. */
  status: z.array(z.string()).optional(),
  /** Where it goes (the quote's address, in Chinese). */
  address: z.string().optional(),
  /** The quote's lines, as JSON (names in both languages, options). */
  lines: z.string().optional(),
  /** The merchant, ride product or payee, in either language. */
  merchant: z.string().optional(),
  totalFen: z.number().int().optional(),
  /** A cap the card must keep: its total, every line's unit price, its delivery estimate (minutes). */
  maxTotalFen: z.number().int().optional(),
  maxUnitFen: z.number().int().optional(),
  maxEtaMinutes: z.number().int().optional(),
  /** When a card confirmed now runs later (the quote's ISO `scheduledFor`), as a regular expression. */
  scheduledFor: z.string().optional(),
});

/** What a good outcome is, judged on the final state; every field given must hold. */
export interface ProbeExpectation {
  /** The newest task of this kind exists and looks like this. */
  task?: z.infer<typeof TaskExpectation>;
  /** No task was made at all. */
  noTask?: boolean;
  /** Exactly this many tasks (a status question after an order makes none of its own). */
  tasks?: number;
  /** Regular expressions the reply to the last user line must all match (case-insensitive). */
  reply?: string[];
  /** A regular expression that reply must not match. */
  notReply?: string;
  /** Alternatives: the probe passes when any of them holds (together with the fields above). */
  anyOf?: ProbeExpectation[];
}

const ProbeExpectation: z.ZodType<ProbeExpectation> = z.lazy(() =>
  z.object({
    task: TaskExpectation.optional(),
    noTask: z.boolean().optional(),
    tasks: z.number().int().min(0).optional(),
    reply: z.array(z.string().min(1)).optional(),
    notReply: z.string().min(1).optional(),
    anyOf: z.array(ProbeExpectation).min(1).optional(),
  }),
);

/** One held-out request (or short exchange) with the intent it expresses and what a good outcome is. */
export const Probe = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "ids are kebab-case"),
  lang: z.enum(["zh", "en"]),
  intent: z.string().min(1),
  user: z.string().optional(),
  turns: z.array(z.string().min(1)).min(1),
  expect: ProbeExpectation,
});

export type Probe = z.infer<typeof Probe>;

/** The demo user a probe speaks as when it names none: 小明 in Chinese, Alice in English. */
export function probeUser(probe: Probe): string {
  return probe.user ?? (probe.lang === "zh" ? "u_xiaoming" : "u_alice");
}

const CJK = /[\u3400-\u9fff]/u;

/**
 * Whether a reply is in the user's language: Chinese has Chinese characters; English starts with
 * English words (a Chinese place or shop name later in it is fine, a Chinese sentence is not).
 */
export function inLanguage(text: string, lang: "zh" | "en"): boolean {
  if (text.trim() === "") return false;
  if (lang === "zh") return CJK.test(text);
  const firstLine = text.split("\n")[0] ?? "";
  const letters = (firstLine.match(/[a-z]/giu) ?? []).length;
  const chinese = (firstLine.match(/[\u3400-\u9fff]/gu) ?? []).length;
  return letters >= 3 && chinese * 2 < letters;
}

const matches = (pattern: string, text: string) => new RegExp(pattern, "iu").test(text);

function judgeTask(expected: z.infer<typeof TaskExpectation>, state: ConversationState): string[] {
  const task = state.tasks.filter((candidate) => candidate.kind === expected.kind).at(-1);
  if (!task)
    return [`no ${expected.kind} task (tasks: ${state.tasks.map((t) => t.kind).join(", ") || "none"})`];
  const failures: string[] = [];
  const statuses = expected.status ?? ["awaiting_confirmation"];
  if (!statuses.includes(task.status))
    failures.push(`${expected.kind} is ${task.status}, expected ${statuses.join("|")}`);
  const quote = task.quote;
  if (expected.address !== undefined && !matches(expected.address, quote?.address ?? ""))
    failures.push(`address ${JSON.stringify(quote?.address ?? null)} !~ /${expected.address}/`);
  if (expected.lines !== undefined && !matches(expected.lines, JSON.stringify(task.lines)))
    failures.push(`lines ${JSON.stringify(task.lines).slice(0, 160)} !~ /${expected.lines}/`);
  const merchant = `${quote?.merchant ?? ""} ${quote?.merchantEn ?? ""}`;
  if (expected.merchant !== undefined && !matches(expected.merchant, merchant))
    failures.push(`merchant ${JSON.stringify(merchant.trim())} !~ /${expected.merchant}/`);
  if (expected.totalFen !== undefined && task.totalFen !== expected.totalFen)
    failures.push(`total ${task.totalFen ?? null} fen, expected ${expected.totalFen}`);
  failures.push(...judgeCaps(expected, task));
  return failures;
}

function judgeCaps(
  expected: z.infer<typeof TaskExpectation>,
  task: ConversationState["tasks"][number],
): string[] {
  const failures: string[] = [];
  const quote = task.quote;
  if (expected.maxTotalFen !== undefined && !((task.totalFen ?? Infinity) <= expected.maxTotalFen))
    failures.push(`total ${task.totalFen ?? null} fen, over ${expected.maxTotalFen}`);
  if (expected.maxUnitFen !== undefined) {
    const cap = expected.maxUnitFen;
    for (const line of task.lines.filter((candidate) => candidate.unitFen > cap))
      failures.push(`${line.name} at ${line.unitFen} fen, over ${cap} each`);
  }
  if (expected.maxEtaMinutes !== undefined && !((quote?.etaMinutes ?? Infinity) <= expected.maxEtaMinutes))
    failures.push(`eta ${quote?.etaMinutes ?? null} min, over ${expected.maxEtaMinutes}`);
  if (expected.scheduledFor !== undefined && !matches(expected.scheduledFor, quote?.scheduledFor ?? ""))
    failures.push(
      `scheduledFor ${JSON.stringify(quote?.scheduledFor ?? null)} !~ /${expected.scheduledFor}/`,
    );
  return failures;
}

/** Every way the final state falls short of the expectation; empty when it holds. */
export function judgeExpectation(expected: ProbeExpectation, state: ConversationState): string[] {
  const failures: string[] = [];
  const reply = state.lastTurnReplies;
  if (expected.noTask && state.tasks.length > 0)
    failures.push(`made a task (${state.tasks.map((task) => `${task.kind}:${task.status}`).join(", ")})`);
  if (expected.tasks !== undefined && state.tasks.length !== expected.tasks)
    failures.push(`${state.tasks.length} tasks, expected ${expected.tasks}`);
  if (expected.task) failures.push(...judgeTask(expected.task, state));
  for (const pattern of expected.reply ?? [])
    if (!matches(pattern, reply)) failures.push(`reply !~ /${pattern}/`);
  if (expected.notReply !== undefined && matches(expected.notReply, reply))
    failures.push(`reply ~ /${expected.notReply}/`);
  if (expected.anyOf) {
    const alternatives = expected.anyOf.map((alternative) => judgeExpectation(alternative, state));
    if (alternatives.every((alternative) => alternative.length > 0))
      failures.push(`none of: ${alternatives.map((alternative) => alternative.join("; ")).join(" | ")}`);
  }
  return failures;
}

/** Judges a probe's final state: its expectation, and a reply in the user's language. */
export function judgeProbe(probe: Probe, state: ConversationState): string[] {
  const failures = judgeExpectation(probe.expect, state);
  if (!inLanguage(state.lastTurnReplies, probe.lang))
    failures.push(`reply not in ${probe.lang}: ${JSON.stringify(state.lastTurnReplies.slice(0, 80))}`);
  return failures;
}
