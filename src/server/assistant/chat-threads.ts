import type { ServiceContext } from "../../kernel/context.ts";
import { hashSecret } from "../auth/session-tokens.ts";

/** One message of a conversation as an OpenAI-compatible client resends it, reduced to what we key on. */
export interface ThreadMessage {
  role: "user" | "assistant";
  text: string;
}

/** The key of a conversation so far, for one API key: system prompts and whitespace do not count. */
export function historyHash(keyId: string, history: readonly ThreadMessage[]): string {
  return hashSecret(JSON.stringify([keyId, history.map((message) => [message.role, message.text.trim()])]));
}

/** The session a resent history continues, when this key's client has been here before. */
export async function sessionOfHistory(
  context: ServiceContext,
  keyId: string,
  userId: string,
  history: readonly ThreadMessage[],
): Promise<string | undefined> {
  if (history.length === 0) return undefined;
  const row = await context.db
    .selectFrom("auth_chat_threads")
    .select("session_id")
    .where("history_hash", "=", historyHash(keyId, history))
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.session_id;
}

/** Remembers that a history (ending with Dimple's answer) belongs to a session. */
export async function rememberHistory(
  context: ServiceContext,
  keyId: string,
  userId: string,
  history: readonly ThreadMessage[],
  sessionId: string,
): Promise<void> {
  const hash = historyHash(keyId, history);
  await context.db.deleteFrom("auth_chat_threads").where("history_hash", "=", hash).execute();
  await context.db
    .insertInto("auth_chat_threads")
    .values({ history_hash: hash, session_id: sessionId, user_id: userId, created_at: Date.now() })
    .execute();
}
