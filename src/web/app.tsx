import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createApiClient } from "./api/client.ts";
import type { Me } from "./api/types.ts";
import { loadMuted, loadToken, saveMuted, saveToken } from "./auth-storage.ts";
import { AvatarGallery } from "./avatar/avatar-gallery.tsx";
import { ChatScreen } from "./chat/chat-screen.tsx";
import { useChat } from "./chat/use-chat.ts";
import { Dashboard } from "./dashboard/index.tsx";
import { pick } from "./format/localized.ts";
import { setDisplayTimeZone } from "./format/time.ts";
import { I18nProvider, useI18n } from "./i18n/i18n.tsx";
import { Toasts, useToasts } from "./notifications/toasts.tsx";
import { ConfirmScreen } from "./screens/confirm-screen.tsx";
import { HistoryScreen } from "./screens/history-screen.tsx";
import { LoginScreen } from "./screens/login-screen.tsx";
import { ProfileScreen } from "./screens/profile-screen.tsx";
import { SettingsScreen } from "./settings/settings-screen.tsx";
import { canSpeak, useSpeech } from "./speech/use-speech.ts";
import { type Route, taskIdFromHash, useHashRoute } from "./use-hash-route.ts";

/** The web app: language, routing and sign-in around the screens. */
export function App() {
  return (
    <I18nProvider>
      <Root />
    </I18nProvider>
  );
}

function Root() {
  const [route] = useHashRoute();
  const [token, setToken] = useState<string | null>(loadToken);
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const signOut = useCallback(() => {
    saveToken(null);
    setToken(null);
  }, []);
  const api = useMemo(
    () => createApiClient({ getToken: () => tokenRef.current, onUnauthorized: signOut }),
    [signOut],
  );
  if (route === "avatar-gallery") return <AvatarGallery />;
  if (!token) {
    return (
      <LoginScreen
        api={api}
        onLoggedIn={(login) => {
          saveToken(login.token);
          tokenRef.current = login.token;
          setToken(login.token);
        }}
      />
    );
  }
  return <SignedIn key={token} api={api} onSignOut={signOut} />;
}

function SignedIn({ api, onSignOut }: { api: ReturnType<typeof createApiClient>; onSignOut: () => void }) {
  const { t, lang, toggleLang } = useI18n();
  const [route, navigate] = useHashRoute();
  const [me, setMe] = useState<Me | null>(null);
  const [muted, setMuted] = useState(loadMuted);
  const toasts = useToasts();
  const confirmTaskId = route === "confirm" ? taskIdFromHash(window.location.hash) : null;
  const routeRef = useRef<Route>(route);
  routeRef.current = route;

  const speechHandlers = useRef<{ onStart?: () => void; onEnd?: () => void }>({});
  const speech = useSpeech(muted, lang, {
    onStart: () => speechHandlers.current.onStart?.(),
    onEnd: () => speechHandlers.current.onEnd?.(),
  });
  const chat = useChat({ api, lang, onReply: (text) => void speech.speak(text) });
  speechHandlers.current = {
    onStart: () => chat.avatarDispatch({ type: "speech-start" }),
    onEnd: () => chat.avatarDispatch({ type: "speech-end" }),
  };

  // The profile (wallet balance above all) is read afresh on every screen change and after each
  // task update, so it never shows a balance from before a payment; the last copy stays on screen
  // while the new one loads.
  const [meVersion, setMeVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: route and meVersion are the reload triggers
  useEffect(() => {
    let current = true;
    api.me().then(
      (next) => {
        if (!current) return;
        setDisplayTimeZone(next.timeZone);
        setMe(next);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api, route, meVersion]);

  const { receive, receiveTurn, restore } = chat;
  const { push } = toasts;
  useEffect(
    () =>
      api.subscribeEvents({
        onEvent: (event) => {
          receive(event);
          if (event.type === "task") setMeVersion((version) => version + 1);
          // In the chat the update shows in the conversation; elsewhere it needs a toast to be seen.
          if (routeRef.current !== "chat" && event.type === "notification") push(event.text, event.taskId);
        },
        onTurn: receiveTurn,
        // What happened while the stream was down is read back with the rest of the conversation.
        onReconnect: () => void restore(),
      }),
    [api, receive, receiveTurn, restore, push],
  );

  // On a narrow phone the tab strip scrolls: the current tab is always the one in view.
  const navRef = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route (and the operator's extra tab) move the current tab
  useEffect(() => {
    navRef.current
      ?.querySelector<HTMLElement>("[aria-current=page]")
      ?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [route, me?.role]);

  const links: { route: Route; label: string }[] = [
    { route: "chat", label: t("nav.chat") },
    { route: "history", label: t("nav.history") },
    { route: "profile", label: t("nav.profile") },
    { route: "settings", label: t("nav.settings") },
    // Only operators see the entry; the server refuses the figures to anyone else all the same.
    ...(me?.role === "operator" ? [{ route: "dashboard" as const, label: t("nav.dashboard") }] : []),
  ];

  return (
    <div className="app">
      <button
        type="button"
        className="skip-link"
        onClick={() => {
          // The routes live in the hash, so skipping moves focus rather than following a link.
          const target =
            document.querySelector<HTMLElement>("[data-testid=chat-input]") ??
            document.getElementById("main-content");
          target?.focus();
        }}
      >
        {route === "chat" ? t("chat.skipToInput") : t("app.skipToContent")}
      </button>
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◕‿◕
          </span>
          {t("app.name")}
        </span>
        <nav aria-label={t("nav.main")} className="app-nav" ref={navRef}>
          {links.map((link) => (
            <a
              key={link.route}
              href={`#/${link.route}`}
              aria-current={route === link.route ? "page" : undefined}
            >
              {link.label}
            </a>
          ))}
        </nav>
        <div className="header-actions">
          {canSpeak() ? (
            <button
              type="button"
              className="icon-button"
              aria-pressed={!muted}
              aria-label={muted ? t("speech.unmute") : t("speech.mute")}
              title={muted ? t("speech.unmute") : t("speech.mute")}
              onClick={() => {
                saveMuted(!muted);
                setMuted(!muted);
              }}
            >
              {muted ? "🔇" : "🔊"}
            </button>
          ) : null}
          <button
            type="button"
            className="text-button"
            data-testid="lang-toggle"
            title={t("lang.toggleLabel")}
            lang={lang === "zh" ? "en" : "zh-CN"}
            onClick={toggleLang}
          >
            {t("lang.toggle")}
          </button>
          <button
            type="button"
            className="text-button"
            data-testid="sign-out"
            // The server revokes the token first; the app forgets it whatever the answer.
            onClick={() => void api.logout().then(onSignOut, onSignOut)}
          >
            {t("auth.logout")}
          </button>
        </div>
      </header>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls (a statement, a history) must be reachable by keyboard (axe scrollable-region-focusable); it is also the skip link's target. */}
      <section id="main-content" className="app-content" aria-label={t("app.content")} tabIndex={0}>
        {route === "confirm" && confirmTaskId ? (
          <ConfirmScreen key={confirmTaskId} api={api} taskId={confirmTaskId} />
        ) : route === "history" ? (
          <HistoryScreen api={api} />
        ) : route === "settings" ? (
          <SettingsScreen api={api} />
        ) : route === "dashboard" ? (
          <Dashboard api={api} />
        ) : route === "profile" ? (
          me ? (
            <ProfileScreen me={me} />
          ) : (
            <main className="page">
              <p>{t("history.loading")}</p>
            </main>
          )
        ) : (
          <ChatScreen
            chat={chat}
            displayName={me ? pick(lang, me.displayName, me.displayNameEn) : ""}
            viseme={speech.viseme}
          />
        )}
      </section>
      <Toasts toasts={toasts.toasts} onDismiss={toasts.dismiss} onOpen={() => navigate("chat")} />
    </div>
  );
}
