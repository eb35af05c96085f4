import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import type { Lang } from "../api/types.ts";
import { dictionaries, type MessageKey } from "./dictionary.ts";

export const LANG_STORAGE_KEY = "dimple.lang";

/** Picks the UI language: a saved choice wins, then the browser's language, then English. */
export function detectLang(saved: string | null, browserLanguage: string | undefined): Lang {
  if (saved === "zh" || saved === "en") return saved;
  return browserLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Looks a key up in one language and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  const template: string = dictionaries[lang][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  toggleLang: () => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function readSavedLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null; // Storage can be disabled (private mode); fall back to the browser language.
  }
}

/** Provides the UI language, persisted in localStorage, to everything below it. */
export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(
    () => initialLang ?? detectLang(readSavedLang(), globalThis.navigator?.language),
  );

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Not persisting is fine; the choice still holds for this visit.
    }
    if (typeof document !== "undefined") document.documentElement.lang = next === "zh" ? "zh-CN" : "en";
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      lang,
      setLang,
      toggleLang: () => setLang(lang === "zh" ? "en" : "zh"),
      t: (key, values) => translate(lang, key, values),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its translate function and the switch. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
