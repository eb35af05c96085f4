import type { AgentEvent, LogEntry, ReplyEvent, Stamped, TaskEvent } from "../api/types.ts";
import type { MessageKey } from "../i18n/dictionary.ts";
import { type ProgressStep, stepsAfterNotification, stepsAfterTask } from "./progress.ts";

export type ChatItem =
  | { id: string; kind: "user"; text: string }
  | {
      id: string;
      kind: "reply";
      text: string;
      options: NonNullable<ReplyEvent["options"]>;
      suggestions: string[];
    }
  | { id: string; kind: "task"; taskId: string }
  | { id: string; kind: "notification"; text: string; taskId?: string }
  /** A failed call: `key` is the app's own wording (reworded when the language changes), else `text`. */
  | { id: string; kind: "error"; text: string; key?: MessageKey };

/** The conversation as the chat shows it: items in order, and each task's latest merged state. */
export interface ConversationState {
  items: ChatItem[];
  tasks: Record<string, TaskEvent>;
  /** Each task's progress as it arrived (status changes and its notifications), oldest first. */
  progress: Record<string, readonly ProgressStep[]>;
  walletFen: number | null;
  sequence: number;
}

export type ConversationAction =
  | { type: "user-message"; text: string }
  | { type: "event"; event: AgentEvent }
  | { type: "error"; message: string; key?: MessageKey }
  /** The conversation as the server keeps it (on load, sign-in, a new tab): replaces what is shown. */
  | { type: "replay"; entries: readonly LogEntry[] }
  /** A turn said on another surface: its words and what Dimple answered. */
  | { type: "turn"; text: string; events: readonly AgentEvent[] }
  | { type: "reset" };

export const initialConversation: ConversationState = {
  items: [],
  tasks: {},
  progress: {},
  walletFen: null,
  sequence: 0,
};

/**
 * Folds agent events into the conversation. A task appears once, where it was first mentioned, and
 * later events for the same taskId update that card in place (fields they omit keep their last value).
 * Notifications about a task on screen join that card's timeline; others show in the conversation.
 */
export function conversationReducer(state: ConversationState, action: ConversationAction): ConversationState {
  const nextId = () => `item-${state.sequence + 1}`;
  switch (action.type) {
    case "reset":
      return initialConversation;
    case "user-message":
      return append(state, { id: nextId(), kind: "user", text: action.text });
    case "error":
      return append(state, {
        id: nextId(),
        kind: "error",
        text: action.message,
        ...(action.key ? { key: action.key } : {}),
      });
    case "event":
      return applyEvent(state, action.event, nextId());
    case "replay":
      // Replaying builds the screen exactly as the live events built it, in the order they happened.
      return action.entries.reduce(
        (folded, entry) =>
          conversationReducer(
            folded,
            entry.kind === "user"
              ? { type: "user-message", text: entry.text }
              : { type: "event", event: entry.event },
          ),
        initialConversation,
      );
    case "turn":
      return action.events.reduce(
        (folded, event) => conversationReducer(folded, { type: "event", event }),
        conversationReducer(state, { type: "user-message", text: action.text }),
      );
  }
}

function append(state: ConversationState, item: ChatItem): ConversationState {
  return { ...state, items: [...state.items, item], sequence: state.sequence + 1 };
}

function applyEvent(state: ConversationState, event: AgentEvent, id: string): ConversationState {
  switch (event.type) {
    case "reply":
      return append(state, {
        id,
        kind: "reply",
        text: event.text,
        options: event.options ?? [],
        suggestions: event.suggestions ?? [],
      });
    case "task": {
      const previous = state.tasks[event.taskId];
      const tasks = { ...state.tasks, [event.taskId]: mergeTask(previous, event) };
      const steps = stepsAfterTask(state.progress[event.taskId] ?? [], previous, event as Stamped<TaskEvent>);
      const progress = { ...state.progress, [event.taskId]: steps };
      if (previous) return { ...state, tasks, progress };
      return append({ ...state, tasks, progress }, { id, kind: "task", taskId: event.taskId });
    }
    case "notification": {
      if (event.taskId && state.tasks[event.taskId]) {
        const steps = state.progress[event.taskId] ?? [];
        const next = stepsAfterNotification(steps, event);
        return next === steps ? state : { ...state, progress: { ...state.progress, [event.taskId]: next } };
      }
      // The same notification can arrive twice: in a reply's events and on the /api/events stream.
      const last = state.items[state.items.length - 1];
      if (last?.kind === "notification" && last.text === event.text && last.taskId === event.taskId)
        return state;
      return append(state, {
        id,
        kind: "notification",
        text: event.text,
        ...(event.taskId ? { taskId: event.taskId } : {}),
      });
    }
    case "summary":
      return { ...state, walletFen: event.walletFen };
    case "state":
      return state;
  }
}

function mergeTask(previous: TaskEvent | undefined, event: TaskEvent): TaskEvent {
  if (!previous) return event;
  const merged: TaskEvent = { ...previous };
  for (const [key, value] of Object.entries(event)) {
    // `at` is when this update happened, not a fact about the task.
    if (value !== undefined && key !== "at") (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** The newest reply's suggestions, or none once the user has spoken after it. */
export function latestSuggestions(state: ConversationState): string[] {
  const last = state.items[state.items.length - 1];
  return last?.kind === "reply" ? last.suggestions : [];
}
