import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import type { ApiClient } from "../api/client.ts";
import type { AgentEvent, FeedbackRating, Lang, TaskEvent, TurnRecord } from "../api/types.ts";
import { avatarReducer, initialAvatarState } from "../avatar/expression.ts";
import { errorKey, errorText } from "../i18n/error-text.ts";
import { translate } from "../i18n/i18n.tsx";
import { type ConversationAction, conversationReducer, initialConversation } from "./conversation.ts";

/** A failed call as a chat bubble: worded now, and keyed so the bubble follows a language switch. */
function failure(error: unknown, lang: Lang): ConversationAction {
  const key = errorKey(error);
  return {
    type: "error",
    message: errorText(error, (name, values) => translate(lang, name, values)),
    ...(key ? { key } : {}),
  };
}

/** How long a success or apology stays on the avatar's face before it relaxes. */
const MOOD_MS = 3500;

/** This tab's id: the server echoes it on the turns it broadcasts, so the tab skips its own. */
function newOrigin(): string {
  return globalThis.crypto?.randomUUID?.() ?? `tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** An option tapped under a reply: its id and label, and the words the conversation shows for it. */
export interface PickedOption {
  id: string;
  label: string;
}

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
  const origin = useMemo(newOrigin, []);
  // Live events that arrive while the conversation is read back wait for it, then apply on top.
  const pending = useRef<AgentEvent[] | null>([]);
  const [restored, setRestored] = useState(false);

  const receive = useCallback((event: AgentEvent) => {
    if (pending.current) {
      pending.current.push(event);
      return;
    }
    dispatch({ type: "event", event });
    avatarDispatch({ type: "event", event });
    if (event.type === "reply") onReplyRef.current?.(event.text);
  }, []);

  /** Reads the conversation back from the server and shows it (on load, and after the stream broke). */
  const restore = useCallback(async () => {
    pending.current ??= [];
    try {
      const replay = await api.conversation();
      if (replay.sessionId && !sessionRef.current) sessionRef.current = Promise.resolve(replay.sessionId);
      dispatch({ type: "replay", entries: replay.entries });
      const latest = new Map<string, TaskEvent>();
      for (const entry of replay.entries)
        if (entry.kind === "event" && entry.event.type === "task")
          latest.set(entry.event.taskId, entry.event);
      avatarDispatch({ type: "restore", tasks: [...latest.values()] });
    } catch {
      // Without the record the chat still works from here on; nothing shown is lost.
    } finally {
      const waiting = pending.current ?? [];
      pending.current = null;
      for (const event of waiting) receive(event);
      setRestored(true);
    }
  }, [api, receive]);

  useEffect(() => {
    void restore();
  }, [restore]);

  /** A turn said in another tab or surface of the same user. */
  const receiveTurn = useCallback(
    (turn: TurnRecord) => {
      if (turn.origin === origin) return;
      dispatch({ type: "turn", text: turn.text, events: turn.events });
      for (const event of turn.events) if (event.type === "task") avatarDispatch({ type: "event", event });
    },
    [origin],
  );

  const session = useCallback(() => {
    sessionRef.current ??= api.createSession(lang).then((result) => result.sessionId);
    sessionRef.current.catch(() => {
      sessionRef.current = null;
    });
    return sessionRef.current;
  }, [api, lang]);

  /** Sends words (or a tapped option); resolves false when they could not be sent, so the input keeps them. */
  const send = useCallback(
    async (text: string, option?: PickedOption): Promise<boolean> => {
      const trimmed = text.trim();
      if (trimmed === "") return true;
      dispatch({ type: "user-message", text: trimmed });
      avatarDispatch({ type: "request-start" });
      const extras = { origin, ...(option ? { option: { id: option.id, label: option.label } } : {}) };
      try {
        try {
          await api.sendMessage(await session(), trimmed, receive, extras);
        } catch (error) {
          // A server restart forgets sessions; start a new one once and resend.
          if (!(error instanceof ApiError && error.status === 404)) throw error;
          sessionRef.current = null;
          await api.sendMessage(await session(), trimmed, receive, extras);
        }
        avatarDispatch({ type: "request-end" });
        return true;
      } catch (error) {
        avatarDispatch({ type: "request-failed" });
        dispatch(failure(error, lang));
        return false;
      }
    },
    [api, session, receive, lang, origin],
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
        dispatch(failure(error, lang));
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

  return {
    conversation,
    avatar,
    avatarDispatch,
    send,
    confirm,
    cancel,
    attachPhoto,
    feedback,
    receive,
    receiveTurn,
    restore,
    restored,
  };
}

export type ChatController = ReturnType<typeof useChat>;
