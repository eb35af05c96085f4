import { useEffect, useRef, useState } from "react";
import type { FeedbackRating, ReplyEvent, TaskEvent } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import type { TaskActions } from "../tasks/task-card.tsx";
import { TaskCard } from "../tasks/task-card.tsx";
import type { ChatItem } from "./conversation.ts";
import type { ProgressStep } from "./progress.ts";
import { RevealText } from "./reveal-text.tsx";

export interface MessageListProps {
  /** Dimple's greeting, which opens the conversation and stays at its top. */
  welcome: string;
  items: ChatItem[];
  tasks: Record<string, TaskEvent>;
  progress: Record<string, readonly ProgressStep[]>;
  busy: boolean;
  onPick: (option: NonNullable<ReplyEvent["options"]>[number]) => void;
  onConfirm: (taskId: string, cartHash: string, pin?: string) => Promise<void>;
  onCancel: (taskId: string) => Promise<void>;
  /** Adds a photo to an after-sale claim's card. */
  onAttachPhoto?: TaskActions["onAttachPhoto"];
  onFeedback: (rating: FeedbackRating) => Promise<void>;
}

/** The conversation log: bubbles, option lists, task cards and notifications, all as plain text. */
export function MessageList({
  welcome,
  items,
  tasks,
  progress,
  busy,
  onPick,
  onConfirm,
  onCancel,
  onAttachPhoto,
  onFeedback,
}: MessageListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // Whether the view follows the newest content: true until the user scrolls up to read back.
  const following = useRef(true);
  const lastReplyId = [...items].reverse().find((item) => item.kind === "reply")?.id;
  const itemCount = items.length;
  // Where the view was last put on purpose, so that scroll is not taken for the user scrolling up.
  const placedAt = useRef<number | null>(null);
  useEffect(() => {
    // A new message (or the typing dots) brings the view back to the end.
    following.current = true;
    const scroller = scrollRef.current;
    if (scroller && (itemCount > 0 || busy)) placedAt.current = showNewest(scroller);
  }, [itemCount, busy]);
  useEffect(() => {
    // Cards grow after they appear (timeline steps, the route, a ticket): while following, keep
    // their newest part and the confirm button in view instead of letting them slide under the input.
    const scroller = scrollRef.current;
    const list = listRef.current;
    if (!scroller || !list || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      if (following.current) placedAt.current = showNewest(scroller);
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      className="message-scroll"
      ref={scrollRef}
      onScroll={(event) => {
        const scroller = event.currentTarget;
        following.current =
          scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48 ||
          (placedAt.current !== null && Math.abs(scroller.scrollTop - placedAt.current) < 2);
      }}
    >
      <p className="welcome">{welcome}</p>
      {/* A log region around a real list: role="log" on the <ol> itself would leave its items without a list. */}
      <div role="log" aria-live="polite" aria-label={t("chat.messagesLabel")}>
        <ol ref={listRef} className="message-list">
          {items.map((item, position) => (
            <li key={item.id} className={`message message-${item.kind}`}>
              {item.kind === "user" ? (
                <p className="bubble bubble-user">
                  <span className="visually-hidden">{t("chat.you")}: </span>
                  {item.text}
                </p>
              ) : item.kind === "reply" ? (
                <div className="reply">
                  <p className="bubble bubble-reply">
                    <span className="visually-hidden">{t("chat.dimple")}: </span>
                    <span data-server-text="">
                      <RevealText text={item.text} />
                    </span>
                  </p>
                  {item.options.length > 0 && items[position + 1]?.kind === "task" ? (
                    // Options under a reply that made a card are other shops for the same order.
                    <p className="option-caption">{t("chat.alternatives")}</p>
                  ) : null}
                  {item.options.length > 0 ? (
                    <ul className="option-list">
                      {item.options.map((option) => (
                        <li key={option.id}>
                          <button
                            type="button"
                            className="option"
                            data-testid="reply-option"
                            disabled={busy}
                            onClick={() => onPick(option)}
                          >
                            <span className="option-label" data-server-text="">
                              {option.label}
                            </span>
                            {option.detail ? (
                              <span className="option-detail" data-server-text="">
                                {option.detail}
                              </span>
                            ) : null}
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {item.id === lastReplyId ? <Feedback key={item.id} onFeedback={onFeedback} /> : null}
                </div>
              ) : item.kind === "task" ? (
                tasks[item.taskId] ? (
                  <TaskCard
                    task={tasks[item.taskId]!}
                    steps={progress[item.taskId] ?? []}
                    onConfirm={onConfirm}
                    onCancel={onCancel}
                    {...(onAttachPhoto ? { onAttachPhoto } : {})}
                  />
                ) : null
              ) : item.kind === "notification" ? (
                <p className="notice">
                  <span className="notice-label">{t("chat.notification")}</span>{" "}
                  <span data-server-text="">{item.text}</span>
                </p>
              ) : (
                <p className="bubble bubble-error" role="alert">
                  {t("chat.error", { message: item.key ? t(item.key) : item.text })}
                </p>
              )}
            </li>
          ))}
          {busy ? (
            <li className="message message-typing" aria-label={t("chat.thinking")}>
              <span className="typing-dots" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
            </li>
          ) : null}
        </ol>
      </div>
    </div>
  );
}

/**
 * Shows the newest content: the end of the conversation, except when the newest message is a card
 * waiting for confirmation that is taller than the view (a long order on a phone): then the card
 * shows from its title, and its confirm button stays in view at the bottom (sticky, see cards.css).
 * Returns the scroll position it chose.
 */
function showNewest(scroller: HTMLElement): number {
  const messages = scroller.querySelectorAll(".message-list > .message:not(.message-typing)");
  const newest = messages[messages.length - 1];
  const card = newest?.querySelector<HTMLElement>(
    "[data-testid=task-card][data-status=awaiting_confirmation]",
  );
  if (card && card.offsetHeight > scroller.clientHeight) {
    scroller.scrollTop += card.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  } else {
    scroller.scrollTop = scroller.scrollHeight;
  }
  return scroller.scrollTop;
}

function Feedback({ onFeedback }: { onFeedback: (rating: FeedbackRating) => Promise<void> }) {
  const { t } = useI18n();
  const [sent, setSent] = useState<FeedbackRating | null>(null);
  const rate = (rating: FeedbackRating) => {
    if (sent) return;
    setSent(rating);
    onFeedback(rating).catch(() => setSent(null));
  };
  if (sent) return <p className="feedback-thanks">{t("chat.feedbackThanks")}</p>;
  return (
    <div className="feedback">
      <button
        type="button"
        className="icon-button"
        aria-label={t("chat.feedbackUp")}
        onClick={() => rate("up")}
      >
        👍
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t("chat.feedbackDown")}
        onClick={() => rate("down")}
      >
        👎
      </button>
    </div>
  );
}
