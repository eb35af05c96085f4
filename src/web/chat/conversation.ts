import type { AgentEvent, ReplyEvent, TaskEvent } from "../api/types.ts";

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
  | { id: string; kind: "error"; text: string };

/** The conversation as the chat shows it: items in order, and each task's latest merged state. */
export interface ConversationState {
  items: ChatItem[];
  tasks: Record<string, TaskEvent>;
  walletFen: number | null;
  sequence: number;
}

export type ConversationAction =
  | { type: "user-message"; text: string }
  | { type: "event"; event: AgentEvent }
  | { type: "error"; message: string }
  | { type: "reset" };

export const initialConversation: ConversationState = { items: [], tasks: {}, walletFen: null, sequence: 0 };

/**
 * Folds agent events into the conversation. A task appears once, where it was first mentioned, and
 * later events for the same taskId update that card in place (fields they omit keep their last value).
 */
export function conversationReducer(state: ConversationState, action: ConversationAction): ConversationState {
  const nextId = () => `item-${state.sequence + 1}`;
  switch (action.type) {
    case "reset":
      return initialConversation;
    case "user-message":
      return append(state, { id: nextId(), kind: "user", text: action.text });
    case "error":
      return append(state, { id: nextId(), kind: "error", text: action.message });
    case "event":
      return applyEvent(state, action.event, nextId());
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
      if (previous) return { ...state, tasks };
      return append({ ...state, tasks }, { id, kind: "task", taskId: event.taskId });
    }
    case "notification": {
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
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** The newest reply's suggestions, or none once the user has spoken after it. */
export function latestSuggestions(state: ConversationState): string[] {
  const last = state.items[state.items.length - 1];
  return last?.kind === "reply" ? last.suggestions : [];
}
