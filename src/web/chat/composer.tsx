import { type KeyboardEvent, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { useVoiceInput } from "../speech/use-voice-input.ts";

export interface ComposerProps {
  disabled: boolean;
  onSend: (text: string) => void;
  onTypingChange: (typing: boolean) => void;
  onFocusChange?: (focused: boolean) => void;
}

/** The message input: Enter sends, Shift+Enter adds a line, and a microphone where the browser can listen. */
export function Composer({ disabled, onSend, onTypingChange, onFocusChange }: ComposerProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const update = (value: string) => {
    setText(value);
    onTypingChange(value.trim() !== "");
  };
  const submit = () => {
    if (disabled || text.trim() === "") return;
    onSend(text);
    update("");
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
      />
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
        disabled={disabled || text.trim() === ""}
      >
        {t("chat.send")}
      </button>
    </form>
  );
}
