import type { ServiceContext } from "../kernel/context.ts";
import type { EventsSummary } from "./capture/summary.ts";
import { chunks } from "./chunks.ts";
import { consentingUsers } from "./privacy/consent.ts";
import { furtherStatus } from "./task-status.ts";

/** A tool call as datasets see it. */
export interface CorpusCall {
  name: string;
  args: unknown;
  ok: boolean;
  result: unknown;
}

/** A captured turn with its tool calls. */
export interface CorpusTurn {
  id: string;
  sessionId: string;
  userId: string;
  seq: number;
  lang: "zh" | "en";
  text: string;
  intent: string | null;
  confidence: number | null;
  /** The slots the NLU read in the text (places, dates, recognised items…), as captured. */
  slots: Record<string, unknown>;
  reply: string;
  events: EventsSummary;
  taskIds: string[];
  at: number;
  calls: CorpusCall[];
}

export interface CorpusSignal {
  kind: string;
  sessionId: string;
  turnId: string | null;
  taskId: string | null;
  detail: Record<string, unknown>;
}

export interface CorpusFeedback {
  sessionId: string;
  turnId: string | null;
  rating: "up" | "down";
  reason: string | null;
}

/** The records of the users who may be learned from, grouped by session. */
export interface Corpus {
  sessions: Map<string, CorpusTurn[]>;
  turns: Map<string, CorpusTurn>;
  signals: CorpusSignal[];
  feedback: CorpusFeedback[];
  /** Each task's statuses in the order reached, with the money at the last one. */
  tasks: Map<
    string,
    { kind: string; statuses: string[]; last: string; paidFen: number; errorCode: string | null }
  >;
  usersConsenting: number;
  usersExcluded: number;
  /** People the store knows by name (display names, saved contacts), for the redactor. */
  names: string[];
  /** Saved addresses (home, office), for the redactor. */
  addresses: string[];
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * Loads the flywheel records of consenting users only (the training basis of docs/FLYWHEEL.md):
 * turns with their tool calls, signals, feedback and task outcomes.
 */
export async function loadCorpus(
  context: ServiceContext,
  options: { onlyUsers?: readonly string[] } = {},
): Promise<Corpus> {
  const { db } = context;
  const consenting = await consentingUsers(context);
  const everyone = await db.selectFrom("flywheel_turns").select("user_id").distinct().execute();
  const wanted = [...consenting]
    .filter((userId) => !options.onlyUsers || options.onlyUsers.includes(userId))
    .sort();
  const corpus: Corpus = {
    sessions: new Map(),
    turns: new Map(),
    signals: [],
    feedback: [],
    tasks: new Map(),
    usersConsenting: consenting.size,
    usersExcluded: everyone.filter((row) => !consenting.has(row.user_id)).length,
    names: [],
    addresses: [],
  };
  for (const users of chunks(wanted, 300)) {
    const turnRows = await db
      .selectFrom("flywheel_turns")
      .selectAll()
      .where("user_id", "in", users)
      .orderBy("session_id")
      .orderBy("seq")
      .execute();
    const callRows = await db
      .selectFrom("flywheel_tool_calls")
      .select(["turn_id", "name", "args", "ok", "result"])
      .where("user_id", "in", users)
      .where("turn_id", "is not", null)
      .orderBy("at")
      .orderBy("id")
      .execute();
    const callsByTurn = new Map<string, CorpusCall[]>();
    for (const row of callRows) {
      const list = callsByTurn.get(row.turn_id as string) ?? [];
      list.push({ name: row.name, args: parse(row.args), ok: row.ok === 1, result: parse(row.result) });
      callsByTurn.set(row.turn_id as string, list);
    }
    for (const row of turnRows) {
      const turn: CorpusTurn = {
        id: row.id,
        sessionId: row.session_id,
        userId: row.user_id,
        seq: row.seq,
        lang: row.lang === "en" ? "en" : "zh",
        text: row.text,
        intent: row.intent,
        confidence: row.confidence === null ? null : Number(row.confidence),
        slots: asRecord(parse(row.slots)),
        reply: row.reply,
        events: JSON.parse(row.events) as EventsSummary,
        taskIds: JSON.parse(row.task_ids) as string[],
        at: Number(row.at),
        calls: callsByTurn.get(row.id) ?? [],
      };
      corpus.turns.set(turn.id, turn);
      const session = corpus.sessions.get(turn.sessionId) ?? [];
      session.push(turn);
      corpus.sessions.set(turn.sessionId, session);
    }
    for (const row of await db
      .selectFrom("flywheel_signals")
      .selectAll()
      .where("user_id", "in", users)
      .orderBy("at")
      .execute()) {
      corpus.signals.push({
        kind: row.kind,
        sessionId: row.session_id,
        turnId: row.turn_id,
        taskId: row.task_id,
        detail: JSON.parse(row.detail) as Record<string, unknown>,
      });
    }
    for (const row of await db
      .selectFrom("flywheel_feedback")
      .selectAll()
      .where("user_id", "in", users)
      .orderBy("at")
      .execute()) {
      corpus.feedback.push({
        sessionId: row.session_id,
        turnId: row.turn_id,
        rating: row.rating === "up" ? "up" : "down",
        reason: row.reason,
      });
    }
    for (const row of await db
      .selectFrom("flywheel_task_outcomes")
      .selectAll()
      .where("user_id", "in", users)
      .orderBy("at")
      .orderBy("id")
      .execute()) {
      const task = corpus.tasks.get(row.task_id) ?? {
        kind: row.kind,
        statuses: [] as string[],
        last: row.status,
        paidFen: 0,
        errorCode: null as string | null,
      };
      task.statuses.push(row.status);
      task.last = furtherStatus(task.last, row.status);
      task.paidFen = Math.max(task.paidFen, row.paid_fen);
      task.errorCode = row.error_code ?? task.errorCode;
      corpus.tasks.set(row.task_id, task);
    }
  }
  // Everyone's names, not only the consenting users': a consenting user may name someone who is not.
  const people = await db.selectFrom("users").select("display_name").execute();
  const contacts = await db.selectFrom("user_addresses").select(["contact_name", "address"]).execute();
  corpus.addresses = [...new Set(contacts.map((row) => row.address))];
  corpus.names = [
    ...new Set([...people.map((row) => row.display_name), ...contacts.map((row) => row.contact_name)]),
  ];
  return corpus;
}

/** The last status a task reached, if the corpus saw it. */
export function finalStatus(corpus: Corpus, taskId: string): string | undefined {
  return corpus.tasks.get(taskId)?.last;
}
