import type { ServiceContext } from "../../kernel/context.ts";
import type { Lang } from "../brain/types.ts";
import type { TaskEngine } from "../engine/engine.ts";
import type { Notifier } from "../engine/notifier.ts";
import type { AgentEvent } from "../events.ts";

/** An event as a surface received it, with the world time it happened at (epoch ms). */
export type LoggedEvent = AgentEvent & { at?: number };

/** One entry of the conversation as it happened: the user's words, or an event Dimple sent. */
export type LogEntry =
  | { kind: "user"; text: string; at: number; sessionId: string }
  | { kind: "event"; event: LoggedEvent };

/** The user's conversation so far (`GET /api/conversation`): replaying the entries rebuilds the screen. */
export interface ConversationReplay {
  /** The session to carry on in (its dialogue state resolves "the first one"), or null before any. */
  sessionId: string | null;
  lang: Lang | null;
  entries: LogEntry[];
}

export interface ConversationLogParts {
  context: ServiceContext;
  engine: TaskEngine;
  notifier: Notifier;
}

interface Timed {
  at: number;
  /** Turns first, then notifications, then task updates, at the same instant. */
  rank: number;
  seq: number;
  entries: LogEntry[];
  taskId?: string;
}

/**
 * Reads back what the user's surfaces were shown, in the order it happened: the newest `limit`
 * turns (across sessions, as one conversation), the notifications and task updates since the first
 * of them, and each card's current state last, so a replay ends where the live screen is.
 */
export async function readConversation(
  { context, engine, notifier }: ConversationLogParts,
  userId: string,
  limit = 120,
): Promise<ConversationReplay> {
  await notifier.settled();
  const db = context.db;
  const [session, turnRows] = await Promise.all([
    db
      .selectFrom("agent_sessions")
      .select(["id", "lang"])
      .where("user_id", "=", userId)
      .orderBy("updated_at", "desc")
      .orderBy("created_at", "desc")
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom("agent_turns")
      .select(["session_id", "seq", "role", "text", "events", "at"])
      .where("user_id", "=", userId)
      .orderBy("at", "desc")
      .orderBy("seq", "desc")
      .limit(limit)
      .execute(),
  ]);
  const turns = turnRows.reverse();
  const since = turns.length > 0 ? Number(turns[0]?.at) : 0;
  const [updates, notes] = await Promise.all([
    db
      .selectFrom("agent_task_updates")
      .select(["task_id", "seq", "event", "at"])
      .where("user_id", "=", userId)
      .where("at", ">=", since)
      .orderBy("at")
      .orderBy("seq")
      .execute(),
    db
      .selectFrom("agent_notifications")
      .select(["task_id", "event", "at"])
      .where("user_id", "=", userId)
      .where("at", ">=", since)
      .orderBy("at")
      .execute(),
  ]);

  const timed: Timed[] = [
    ...turns.map((turn, index) => ({
      at: Number(turn.at),
      rank: 0,
      seq: index,
      entries:
        turn.role === "user"
          ? [{ kind: "user" as const, text: turn.text, at: Number(turn.at), sessionId: turn.session_id }]
          : readEvents(turn.events).map((event) => ({
              kind: "event" as const,
              event: stamped(event, turn.at),
            })),
    })),
    ...notes.map((note, index) => ({
      at: Number(note.at),
      rank: 1,
      seq: index,
      entries: readEvents(`[${note.event}]`).map((event) => ({
        kind: "event" as const,
        event: stamped(event, note.at),
      })),
      ...(note.task_id ? { taskId: note.task_id } : {}),
    })),
    ...updates.map((update) => ({
      at: Number(update.at),
      rank: 2,
      seq: Number(update.seq),
      entries: readEvents(`[${update.event}]`).map((event) => ({
        kind: "event" as const,
        event: stamped(event, update.at),
      })),
      taskId: update.task_id,
    })),
  ].sort((a, b) => a.at - b.at || a.rank - b.rank || a.seq - b.seq);

  // A turn is stored when it ends, after the updates it caused: a task's card starts at its turn,
  // and what was pushed about it before that turn is already in the turn's own events.
  const introducedByTurn = new Set(
    turns.flatMap((turn) =>
      readEvents(turn.events).flatMap((event) => (event.type === "task" ? [event.taskId] : [])),
    ),
  );
  const seen = new Set<string>();
  const entries: LogEntry[] = [];
  for (const item of timed) {
    if (item.rank === 0) {
      for (const entry of item.entries)
        if (entry.kind === "event" && entry.event.type === "task") seen.add(entry.event.taskId);
    } else if (item.taskId && introducedByTurn.has(item.taskId) && !seen.has(item.taskId)) {
      continue;
    } else if (item.taskId && item.rank === 2) {
      seen.add(item.taskId);
    }
    entries.push(...item.entries);
  }

  // Each card's state now, for tasks whose updates predate the log (or were lost).
  const now = context.clock.now();
  for (const taskId of seen) {
    const task = await engine.store.get(taskId);
    if (task && task.user_id === userId)
      entries.push({ kind: "event", event: { ...(await engine.eventFor(task)), at: now } });
  }
  return {
    sessionId: session?.id ?? null,
    lang: session ? (session.lang === "en" ? "en" : "zh") : null,
    entries,
  };
}

function stamped(event: AgentEvent, at: number | string): LoggedEvent {
  if (event.type !== "task" && event.type !== "notification") return event;
  return { ...event, at: Number(at) };
}

/** Events stored by this process as JSON; anything unreadable is left out rather than failing the read. */
function readEvents(json: string): AgentEvent[] {
  try {
    const parsed: unknown = JSON.parse(json);
    // The avatar's passing states belong to the moment; a replay shows what was said and done.
    return Array.isArray(parsed)
      ? parsed.filter(
          (event): event is AgentEvent =>
            typeof event === "object" && event !== null && "type" in event && event.type !== "state",
        )
      : [];
  } catch {
    return [];
  }
}
