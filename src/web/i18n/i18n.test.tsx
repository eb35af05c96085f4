// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { en, zh } from "./dictionary.ts";
import { detectLang, I18nProvider, LANG_STORAGE_KEY, translate, useI18n } from "./i18n.tsx";

afterEach(cleanup);
beforeEach(() => localStorage.clear());

function Probe() {
  const { t, toggleLang, lang } = useI18n();
  return (
    <div>
      <p data-testid="text">{t("chat.send")}</p>
      <p data-testid="lang">{lang}</p>
      <button type="button" onClick={toggleLang}>
        toggle
      </button>
    </div>
  );
}

describe("i18n", () => {
  it("has the same keys in Chinese and English", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("follows the browser language when nothing is saved", () => {
    expect(detectLang(null, "zh-CN")).toBe("zh");
    expect(detectLang(null, "en-US")).toBe("en");
    expect(detectLang(null, undefined)).toBe("en");
  });

  it("prefers the saved choice over the browser language", () => {
    expect(detectLang("en", "zh-CN")).toBe("en");
  });

  it("fills placeholders", () => {
    expect(translate("en", "card.eta", { minutes: 25 })).toBe("Arrives in about 25 min");
    expect(translate("zh", "card.eta", { minutes: 25 })).toBe("预计 25 分钟送达");
  });

  it("switches the UI language with the toggle and remembers it", () => {
    render(
      <I18nProvider initialLang="en">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId("text").textContent).toBe("Send");
    fireEvent.click(screen.getByText("toggle"));
    expect(screen.getByTestId("text").textContent).toBe("发送");
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("zh");
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("starts in the saved language on the next visit", () => {
    localStorage.setItem(LANG_STORAGE_KEY, "zh");
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId("lang").textContent).toBe("zh");
  });
});
