import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../api/types.ts";
import { buildVisemeTimeline, type Viseme } from "../avatar/visemes.ts";
import { currentViseme, type LipSyncClock } from "./lip-sync.ts";

type PinyinOf = (character: string) => string | undefined;
let pinyinOf: PinyinOf | undefined;
let pinyinLoading: Promise<void> | undefined;

/** Loads the pinyin dictionary on first Chinese speech only, so the first screen stays light. */
function loadPinyin(): Promise<void> {
  pinyinLoading ??= import("pinyin-pro")
    .then(({ pinyin }) => {
      pinyinOf = (character) => pinyin(character, { toneType: "none" }) || undefined;
    })
    .catch(() => {
      // Without the dictionary the timeline uses stand-in vowels; lip-sync still moves.
    });
  return pinyinLoading;
}

export interface SpeechHandlers {
  onStart?: () => void;
  onEnd?: () => void;
}

/** Whether this browser can speak at all. */
export function canSpeak(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;
}

/** Speaks replies with speechSynthesis and reports the lip-sync viseme of each animation frame. */
export function useSpeech(muted: boolean, lang: Lang, handlers: SpeechHandlers) {
  const [viseme, setViseme] = useState<Viseme | null>(null);
  const frameRef = useRef<number | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  const stopLoop = useCallback(() => {
    if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
    frameRef.current = null;
    setViseme(null);
  }, []);

  const stop = useCallback(() => {
    if (canSpeak()) window.speechSynthesis.cancel();
    stopLoop();
  }, [stopLoop]);

  useEffect(() => {
    if (muted) stop();
  }, [muted, stop]);
  useEffect(() => stop, [stop]);

  const speak = useCallback(
    async (text: string) => {
      if (muted || !canSpeak() || text.trim() === "") return;
      if (lang === "zh") await loadPinyin();
      window.speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang === "zh" ? "zh-CN" : "en-US";
      const timeline = buildVisemeTimeline(text, { rate: utterance.rate, ...(pinyinOf ? { pinyinOf } : {}) });
      const clock: LipSyncClock = { startedAt: performance.now(), boundary: null };
      const tick = () => {
        setViseme(currentViseme(timeline, clock, performance.now()));
        frameRef.current = requestAnimationFrame(tick);
      };
      utterance.onstart = () => {
        clock.startedAt = performance.now();
        handlersRef.current.onStart?.();
        tick();
      };
      utterance.onboundary = (event) => {
        clock.boundary = { charIndex: event.charIndex, at: performance.now() };
      };
      const finish = () => {
        stopLoop();
        handlersRef.current.onEnd?.();
      };
      utterance.onend = finish;
      utterance.onerror = finish;
      window.speechSynthesis.speak(utterance);
    },
    [muted, lang, stopLoop],
  );

  return { speak, stop, viseme };
}
