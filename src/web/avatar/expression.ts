import type { AgentEvent, TaskEvent, TaskStatus } from "../api/types.ts";

export const EXPRESSIONS = [
  "idle",
  "listening",
  "thinking",
  "executing",
  "confirming",
  "success",
  "error",
  "speaking",
] as const;

/** What the avatar's face shows; the same names the page exposes as `data-expression`. */
export type Expression = (typeof EXPRESSIONS)[number];

/** Everything the avatar knows about the conversation; the expression is derived from it. */
export interface AvatarState {
  /** The user has text in the input. */
  typing: boolean;
  /** A request to the server is in flight. */
  inFlight: boolean;
  /** What the brain said it is doing, from `state` events. */
  phase: "idle" | "thinking" | "executing";
  /** A short-lived feeling after an outcome; cleared by `settle`, typing or a new request. */
  mood: "success" | "error" | null;
  /** Tasks whose confirmation card is waiting for the user. */
  awaiting: readonly string[];
  /** Tasks under way (paid and being carried out): the face keeps working until they finish. */
  working: readonly string[];
  speaking: boolean;
}

/** Statuses in which Dimple is still carrying a task out for the user. */
const UNDER_WAY: ReadonlySet<TaskStatus> = new Set(["processing", "in_fulfilment"]);

export type AvatarAction =
  | { type: "typing"; typing: boolean }
  | { type: "request-start" }
  | { type: "request-end" }
  | { type: "request-failed" }
  | { type: "event"; event: AgentEvent }
  | { type: "speech-start" }
  | { type: "speech-end" }
  | { type: "settle" }
  /** The tasks of a conversation read back from the server: what waits and what is under way, no feeling. */
  | { type: "restore"; tasks: readonly TaskEvent[] };

export const initialAvatarState: AvatarState = {
  typing: false,
  inFlight: false,
  phase: "idle",
  mood: null,
  awaiting: [],
  working: [],
  speaking: false,
};

/** Folds user activity and agent events into the avatar's state. */
export function avatarReducer(state: AvatarState, action: AvatarAction): AvatarState {
  switch (action.type) {
    case "typing":
      if (state.typing === action.typing) return state;
      // Starting to type means the user moved on, so a lingering feeling gives way to listening.
      return { ...state, typing: action.typing, mood: action.typing ? null : state.mood };
    case "request-start":
      return { ...state, inFlight: true, phase: "thinking", mood: null, typing: false };
    case "request-end":
      return { ...state, inFlight: false, phase: "idle" };
    case "request-failed":
      return { ...state, inFlight: false, phase: "idle", mood: "error" };
    case "speech-start":
      return { ...state, speaking: true };
    case "speech-end":
      return { ...state, speaking: false };
    case "settle":
      return state.mood === null ? state : { ...state, mood: null };
    case "event":
      return applyEvent(state, action.event);
    case "restore":
      return {
        ...state,
        mood: null,
        awaiting: action.tasks
          .filter((task) => task.status === "awaiting_confirmation")
          .map((task) => task.taskId),
        working: action.tasks.filter((task) => UNDER_WAY.has(task.status)).map((task) => task.taskId),
      };
  }
}

function applyEvent(state: AvatarState, event: AgentEvent): AvatarState {
  if (event.type === "state") {
    switch (event.state) {
      case "thinking":
      case "executing":
        return { ...state, phase: event.state, mood: null };
      case "success":
      case "error":
        return { ...state, mood: event.state };
      case "idle":
        return { ...state, phase: "idle" };
      case "confirming":
        return { ...state, phase: "idle" };
    }
  }
  if (event.type !== "task") return state;
  const wasAwaiting = state.awaiting.includes(event.taskId);
  const awaiting =
    event.status === "awaiting_confirmation"
      ? wasAwaiting
        ? state.awaiting
        : [...state.awaiting, event.taskId]
      : state.awaiting.filter((taskId) => taskId !== event.taskId);
  const others = state.working.filter((taskId) => taskId !== event.taskId);
  const working = UNDER_WAY.has(event.status) ? [...others, event.taskId] : others;
  let mood = state.mood;
  if (event.status === "completed") mood = "success";
  else if (event.status === "failed") mood = "error";
  // Moving on from the card (the user confirmed and payment went through) is a happy moment too.
  else if (wasAwaiting && (event.status === "processing" || event.status === "in_fulfilment"))
    mood = "success";
  else if (event.status === "awaiting_confirmation") mood = null;
  return { ...state, awaiting, working, mood };
}

/**
 * The single expression to show. Activity outranks feelings: while speaking or working the face
 * shows that; an outcome's feeling shows next; then attention to the user; then a waiting card;
 * then a task still under way (a ride being driven, an order on its way).
 */
export function expressionOf(state: AvatarState): Expression {
  if (state.speaking) return "speaking";
  if (state.phase === "executing") return "executing";
  if (state.inFlight || state.phase === "thinking") return "thinking";
  if (state.mood) return state.mood;
  if (state.typing) return "listening";
  if (state.awaiting.length > 0) return "confirming";
  if (state.working.length > 0) return "executing";
  return "idle";
}
