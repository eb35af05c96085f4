import { useCallback, useEffect, useReducer, useRef } from "react";
import { ApiError } from "../api/api-error.ts";
import type { ApiClient } from "../api/client.ts";
import type { AgentEvent, FeedbackRating, Lang } from "../api/types.ts";
import { avatarReducer, initialAvatarState } from "../avatar/expression.ts";
import { errorText } from "../i18n/error-text.ts";
import { translate } from "../i18n/i18n.tsx";
import { conversationReducer, initialConversation } from "./conversation.ts";

/** How long a success or apology stays on the avatar's face before it relaxes. */
const MOOD_MS = 3500;

export interface ChatOptions {
  api: ApiClient;
  lang: Lang;
  /** Called with each reply's text, e.g. to read it aloud. */
  onReply?: (text: string) => void;
}

/** The chat's state and actions: sending messages, confirming and cancelling tasks, receiving pushes. */
export function useChat({ api, lang, onReply }: ChatOptions) {
  const [conversation, dispatch] = useReducer(conversationReducer, initialConversation);
  const [avatar, avatarDispatch] = useReducer(avatarReducer, initialAvatarState);
  const sessionRef = useRef<Promise<string> | null>(null);
  const onReplyRef = useRef(onReply);
  onReplyRef.current = onReply;

  const receive = useCallback((event: AgentEvent) => {
    dispatch({ type: "event", event });
    avatarDispatch({ type: "event", event });
    if (event.type === "reply") onReplyRef.current?.(event.text);
  }, []);

  const session = useCallback(() => {
    sessionRef.current ??= api.createSession(lang).then((result) => result.sessionId);
    sessionRef.current.catch(() => {
      sessionRef.current = null;
    });
    return sessionRef.current;
  }, [api, lang]);

  const send = useCallback(
    async (text: string) => {
      const trimmed = text.trim();
      if (trimmed === "") return;
      dispatch({ type: "user-message", text: trimmed });
      avatarDispatch({ type: "request-start" });
      try {
        try {
          await api.sendMessage(await session(), trimmed, receive);
        } catch (error) {
          // A server restart forgets sessions; start a new one once and resend.
          if (!(error instanceof ApiError && error.status === 404)) throw error;
          sessionRef.current = null;
          await api.sendMessage(await session(), trimmed, receive);
        }
        avatarDispatch({ type: "request-end" });
      } catch (error) {
        avatarDispatch({ type: "request-failed" });
        dispatch({ type: "error", message: errorText(error, (key, values) => translate(lang, key, values)) });
      }
    },
    [api, session, receive, lang],
  );

  const runTaskAction = useCallback(
    async (action: () => Promise<AgentEvent[]>) => {
      avatarDispatch({ type: "request-start" });
      try {
        for (const event of await action()) receive(event);
        avatarDispatch({ type: "request-end" });
      } catch (error) {
        avatarDispatch({ type: "request-failed" });
        throw error;
      }
    },
    [receive],
  );

  /** Confirms a card; errors propagate so the card can re-enable itself and show them. */
  const confirm = useCallback(
    (taskId: string, cartHash: string, pin?: string) =>
      runTaskAction(() => api.confirmTask(taskId, cartHash, pin)),
    [api, runTaskAction],
  );

  /** Adds a photo to a claim's card; errors propagate so the card can show them. */
  const attachPhoto = useCallback(
    (taskId: string, photo: { contentType: string; dataBase64: string }) =>
      runTaskAction(() => api.attachEvidence?.(taskId, photo) ?? Promise.resolve([])),
    [api, runTaskAction],
  );

  const cancel = useCallback(
    async (taskId: string) => {
      try {
        await runTaskAction(() => api.cancelTask(taskId));
      } catch (error) {
        dispatch({ type: "error", message: errorText(error, (key, values) => translate(lang, key, values)) });
      }
    },
    [api, runTaskAction, lang],
  );

  const feedback = useCallback(
    async (rating: FeedbackRating) => {
      if (!sessionRef.current) return;
      await api.feedback(await sessionRef.current, rating);
    },
    [api],
  );

  useEffect(() => {
    if (!avatar.mood) return;
    const timer = setTimeout(() => avatarDispatch({ type: "settle" }), MOOD_MS);
    return () => clearTimeout(timer);
  }, [avatar.mood]);

  return { conversation, avatar, avatarDispatch, send, confirm, cancel, attachPhoto, feedback, receive };
}

export type ChatController = ReturnType<typeof useChat>;
