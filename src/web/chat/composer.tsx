import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { useVoiceInput } from "../speech/use-voice-input.ts";

/** The server takes at most this many characters a message (CONTRACT: `text` ≤ 2000). */
export const MAX_MESSAGE_CHARS = 2000;
/** The count shows from here on, so a long message is seen coming before it is refused. */
const COUNT_FROM = 1500;

export interface ComposerProps {
  disabled: boolean;
  /** Resolves false when the message could not be sent: the input gets its words back. */
  onSend: (text: string) => Promise<boolean>;
  onTypingChange: (typing: boolean) => void;
  onFocusChange?: (focused: boolean) => void;
}

/** The message input: Enter sends, Shift+Enter adds a line, and a microphone where the browser can listen. */
export function Composer({ disabled, onSend, onTypingChange, onFocusChange }: ComposerProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const inputRef = useRef<HTMLTextAreaElement>(null);
  // The chat opens ready to type (after sign-in, on load), like a messaging app.
  useEffect(() => inputRef.current?.focus(), []);
  const update = (value: string) => {
    setText(value);
    onTypingChange(value.trim() !== "");
  };
  // Counted as the server counts (UTF-16 units), so what the count allows is never refused.
  const count = text.length;
  const tooLong = count > MAX_MESSAGE_CHARS;
  const submit = () => {
    if (disabled || text.trim() === "" || tooLong) return;
    const sent = text;
    update("");
    void onSend(sent).then((ok) => {
      if (!ok) setText((current) => (current === "" ? sent : current));
    });
  };
  const voice = useVoiceInput(lang, (transcript) => update(transcript));
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an IME is composing (pinyin input), Enter picks a candidate; it must not send.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={inputRef}
        data-testid="chat-input"
        className="composer-input"
        aria-label={t("chat.inputLabel")}
        placeholder={t("chat.placeholder")}
        rows={1}
        value={text}
        onChange={(event) => update(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => onFocusChange?.(true)}
        onBlur={() => onFocusChange?.(false)}
        aria-invalid={tooLong || undefined}
        aria-describedby={count >= COUNT_FROM ? "composer-count" : undefined}
      />
      {count >= COUNT_FROM ? (
        <span
          id="composer-count"
          className={tooLong ? "composer-count composer-count-over" : "composer-count"}
          role={tooLong ? "alert" : undefined}
          data-testid="composer-count"
        >
          {tooLong
            ? t("chat.tooLong", { count, max: MAX_MESSAGE_CHARS })
            : t("chat.count", { count, max: MAX_MESSAGE_CHARS })}
        </span>
      ) : null}
      {voice.supported ? (
        <button
          type="button"
          className={voice.listening ? "icon-button composer-voice listening" : "icon-button composer-voice"}
          aria-label={voice.listening ? t("chat.voiceListening") : t("chat.voice")}
          aria-pressed={voice.listening}
          onClick={voice.listening ? voice.stop : voice.start}
        >
          🎤
        </button>
      ) : null}
      <button
        type="submit"
        className="button button-primary composer-send"
        disabled={disabled || text.trim() === "" || tooLong}
      >
        {t("chat.send")}
      </button>
    </form>
  );
}
