import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../api/types.ts";
import { Avatar } from "../avatar/avatar.tsx";
import { expressionOf } from "../avatar/expression.ts";
import { type AvatarLayout, type GazeTarget, gazeFor } from "../avatar/motion.ts";
import type { Viseme } from "../avatar/visemes.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Composer } from "./composer.tsx";
import { latestSuggestions } from "./conversation.ts";
import { MessageList } from "./message-list.tsx";
import { optionTap } from "./option-pick.ts";
import type { ChatController } from "./use-chat.ts";

/** Starters for someone who has not said anything yet, in the UI language. */
export const STARTER_SUGGESTIONS: Record<Lang, string[]> = {
  zh: ["点杯咖啡", "明天天气", "我的钱包余额"],
  en: ["Weather tomorrow", "Order a latte to my office", "What's my balance?"],
};

function useLayout(): AvatarLayout {
  const query = "(min-width: 900px)";
  const [side, setSide] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const onChange = () => setSide(media.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return side ? "side" : "top";
}

/** Looks at the input while the user types and at the newest message for a moment after it arrives. */
function useGazeTarget(typing: boolean, focused: boolean, itemCount: number): GazeTarget {
  const [recent, setRecent] = useState(false);
  useEffect(() => {
    if (itemCount === 0) return;
    setRecent(true);
    const timer = setTimeout(() => setRecent(false), 1800);
    return () => clearTimeout(timer);
  }, [itemCount]);
  if (typing || (focused && !recent)) return "input";
  return recent ? "messages" : "user";
}

export interface ChatScreenProps {
  chat: ChatController;
  displayName: string;
  viseme: Viseme | null;
}

/** The main screen: the avatar, the conversation, suggestions and the input. */
export function ChatScreen({ chat, displayName, viseme }: ChatScreenProps) {
  const { t, lang } = useI18n();
  const { conversation, avatar, avatarDispatch } = chat;
  const expression = expressionOf(avatar);
  const layout = useLayout();
  const [focused, setFocused] = useState(false);
  const target = useGazeTarget(avatar.typing, focused, conversation.items.length);
  const gaze = useMemo(() => (target === "user" ? null : gazeFor(target, layout)), [target, layout]);
  const suggestions =
    conversation.items.length === 0 ? STARTER_SUGGESTIONS[lang] : latestSuggestions(conversation);
  const stateLabel = t(`avatar.state.${expression}`);

  return (
    <div className="chat-layout">
      <aside className="avatar-panel">
        <Avatar
          expression={expression}
          viseme={viseme}
          gaze={gaze}
          label={t("avatar.label", { state: stateLabel })}
        />
        <div className="avatar-caption">
          <strong>Dimple</strong>
          <span aria-live="polite">{stateLabel}</span>
        </div>
      </aside>
      <section className="chat-main" aria-label={t("nav.chat")}>
        <MessageList
          welcome={t("chat.welcome", { name: displayName })}
          items={conversation.items}
          tasks={conversation.tasks}
          progress={conversation.progress}
          busy={avatar.inFlight}
          onPick={(option) => {
            const tap = optionTap(option);
            void chat.send(tap.text, tap.option);
          }}
          onConfirm={chat.confirm}
          onCancel={chat.cancel}
          onFeedback={chat.feedback}
        />
        {suggestions.length > 0 ? (
          <ul className="suggestions" aria-label={t("chat.suggestionsLabel")}>
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <button
                  type="button"
                  className="chip"
                  disabled={avatar.inFlight || !chat.restored}
                  onClick={() => void chat.send(suggestion)}
                >
                  {suggestion}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <Composer
          disabled={avatar.inFlight || !chat.restored}
          onSend={chat.send}
          onTypingChange={(typing) => avatarDispatch({ type: "typing", typing })}
          onFocusChange={setFocused}
        />
      </section>
    </div>
  );
}
