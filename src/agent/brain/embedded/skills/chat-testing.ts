import type { TaskEvent } from "../../../events.ts";
import type { Agent } from "../../../runtime.ts";

/** One turn's outcome, as a test reads it. */
export interface Turn {
  reply: string;
  options: { id: string; label: string; detail?: string }[];
  tasks: TaskEvent[];
}

/** Sends one user turn; `state()` reads the brain's dialogue state after it. */
export interface Chat {
  (text: string): Promise<Turn>;
  state(): Promise<Record<string, unknown>>;
}

/** A conversation of one user with the agent, turn by turn, through `conversation.message`. */
export async function openChat(agent: Agent, userId: string, lang: "zh" | "en"): Promise<Chat> {
  const session = await agent.sessions.create(userId, lang);
  const send = async (text: string): Promise<Turn> => {
    const events = await agent.conversation.message(userId, session.id, text);
    const replies = events.filter((event) => event.type === "reply");
    return {
      reply: replies.map((event) => event.text).join("\n"),
      options: replies.flatMap((event) => event.options ?? []),
      tasks: events.filter((event): event is TaskEvent => event.type === "task"),
    };
  };
  return Object.assign(send, {
    state: async () => (await agent.sessions.getOwned(userId, session.id)).state,
  });
}
