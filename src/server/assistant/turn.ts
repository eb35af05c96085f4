import type { AgentEvent, TaskEvent } from "../../agent/events.ts";
import type { Agent } from "../../agent/runtime.ts";
import { messageLanguage } from "../../agent/session/conversation.ts";
import { accountLang } from "../../ecosystem/world/users.ts";

type Lang = "zh" | "en";

/** A card as outside clients get it: the task, plus the link to confirm it where the user is present. */
export type AssistantCard = TaskEvent & { confirmUrl?: string };

/** One turn with Dimple from an outside client (MCP, OpenAI-compatible). */
export interface AssistantTurn {
  sessionId: string;
  /** The language of this turn: the user's message's. */
  lang: Lang;
  reply: string;
  cards: AssistantCard[];
  notifications: string[];
}

/**
 * The web app's page for one task: the trusted surface where the user confirms and pays (AP2's
 * human-present flow). Outside clients only ever get this link, never a way to confirm.
 */
export const confirmUrl = (baseUrl: string, taskId: string) =>
  `${baseUrl.replace(/\/+$/, "")}/#/confirm/${encodeURIComponent(taskId)}`;

/** A card with its confirm link when it awaits the user's confirmation. */
export function withConfirmLink(event: TaskEvent, baseUrl: string): AssistantCard {
  return event.status === "awaiting_confirmation"
    ? { ...event, confirmUrl: confirmUrl(baseUrl, event.taskId) }
    : event;
}

/**
 * Runs one user message through Dimple in a session of the user (a new one when none is named,
 * in the user's language) and gathers what came back.
 */
export async function assistantTurn(
  agent: Agent,
  userId: string,
  input: { text: string; sessionId?: string | undefined },
  baseUrl: string,
): Promise<AssistantTurn> {
  const session = input.sessionId
    ? await agent.sessions.getOwned(userId, input.sessionId)
    : await agent.sessions.create(userId, await userLang(agent, userId));
  const events = await agent.conversation.message(userId, session.id, input.text);
  // Cards are worded in the message's language, as the reply is (a zh session may write English).
  return turnOf(session.id, messageLanguage(input.text, session.lang), events, baseUrl);
}

function turnOf(sessionId: string, lang: Lang, events: AgentEvent[], baseUrl: string): AssistantTurn {
  const replies: string[] = [];
  const cards = new Map<string, AssistantCard>();
  const notifications: string[] = [];
  for (const event of events) {
    if (event.type === "reply") replies.push(event.text);
    // A task may be reported more than once in a turn; its last state is the one that holds.
    else if (event.type === "task") cards.set(event.taskId, withConfirmLink(event, baseUrl));
    else if (event.type === "notification") notifications.push(event.text);
  }
  return { sessionId, lang, reply: replies.join("\n"), cards: [...cards.values()], notifications };
}

/** The user's language (their profile's), for a new session. */
export async function userLang(agent: Agent, userId: string): Promise<Lang> {
  return accountLang(agent.world.context, userId);
}
