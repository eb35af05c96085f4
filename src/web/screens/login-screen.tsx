import { type FormEvent, useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { DemoUser, LoginResponse } from "../api/types.ts";
import { Avatar } from "../avatar/avatar.tsx";
import { useI18n } from "../i18n/i18n.tsx";

export interface LoginScreenProps {
  api: ApiClient;
  onLoggedIn: (login: LoginResponse, demoLang?: DemoUser["lang"]) => void;
}

/** Sign-in; in sandbox mode the demo accounts are one tap away. */
export function LoginScreen({ api, onLoggedIn }: LoginScreenProps) {
  const { t, lang, setLang, toggleLang } = useI18n();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [demoUsers, setDemoUsers] = useState<DemoUser[]>([]);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    // Outside sandbox mode the endpoint is absent; the form alone is enough then.
    api
      .demoUsers()
      .then((users) => setDemoUsers(Array.isArray(users) ? users : []))
      .catch(() => setDemoUsers([]));
  }, [api]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(null);
    try {
      const login = await api.login(username.trim(), password);
      onLoggedIn(login, demoUsers.find((user) => user.username === username.trim())?.lang);
    } catch (error) {
      setFailure(t("login.failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setPending(false);
    }
  };

  return (
    <main className="login-screen">
      <div className="login-card">
        <button
          type="button"
          className="text-button login-lang"
          data-testid="lang-toggle"
          title={t("lang.toggleLabel")}
          lang={lang === "zh" ? "en" : "zh-CN"}
          onClick={toggleLang}
        >
          {t("lang.toggle")}
        </button>
        <div className="login-avatar">
          <Avatar expression="idle" label={t("avatar.label", { state: t("avatar.state.idle") })} />
        </div>
        <h1>{t("login.title")}</h1>
        <p className="tagline">{t("app.tagline")}</p>
        <form onSubmit={submit} className="login-form">
          <label>
            <span>{t("login.username")}</span>
            <input
              data-testid="login-username"
              name="username"
              autoComplete="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              required
            />
          </label>
          <label>
            <span>{t("login.password")}</span>
            <input
              data-testid="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </label>
          {failure ? (
            <p className="form-error" role="alert">
              {failure}
            </p>
          ) : null}
          <button
            data-testid="login-submit"
            type="submit"
            className="button button-primary"
            disabled={pending}
          >
            {pending ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
        {demoUsers.length > 0 ? (
          <section className="demo-users" aria-label={t("login.demoUsers")}>
            <h2>{t("login.demoUsers")}</h2>
            <ul>
              {demoUsers.map((user) => (
                <li key={user.username}>
                  <button
                    type="button"
                    className="chip"
                    data-testid={`demo-user-${user.username}`}
                    onClick={() => {
                      setUsername(user.username);
                      setPassword(user.password);
                      setLang(user.lang);
                    }}
                  >
                    {user.username} <span className="chip-tag">{user.lang === "zh" ? "中文" : "EN"}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  );
}
