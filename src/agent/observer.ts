import type { TaskEngine } from "./engine/engine.ts";
import type { Conversation, TurnObserver } from "./session/conversation.ts";
import type { ToolCallRecord } from "./tools/client.ts";

/** Explicit feedback on the last reply of a session. */
export interface ReplyFeedback {
  userId: string;
  sessionId: string;
  rating: "up" | "down";
  reason?: string;
  source: "app" | "script" | "simulator";
}

/**
 * Something that watches the agent work without changing what it does: the data flywheel's capture
 * is one. The agent knows only this port; the composition roots (`cli/`, `bench/`, the servers of
 * the tests) choose the observer, so the agent never imports the room that records it.
 */
export interface AgentObserver {
  /** Called after every turn, after the agent's own `onTurn`. */
  readonly observeTurn?: TurnObserver;
  /** Called for every tool call, after the agent's own `onToolCall`. */
  readonly observeToolCall?: (record: ToolCallRecord) => void;
  /** Wraps the conversation and the engine once they exist (their methods keep their behaviour). */
  attach?(agent: { conversation: Conversation; engine: TaskEngine }): void;
  /** A thumb on a session's last reply (`/feedback` in a script). */
  feedback?(input: ReplyFeedback): Promise<unknown>;
}
