import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { ApiKeyScope, ApiKeySummary, CreatedApiKey } from "../api/settings-types.ts";
import { formatDateTime } from "../format/time.ts";
import { errorText } from "../i18n/error-text.ts";
import { useI18n } from "../i18n/i18n.tsx";

const SCOPES: readonly ApiKeyScope[] = ["chat", "read", "cancel"];

/** The user's API keys for outside clients: create (the key shown once), list and revoke. */
export function ApiKeysPanel({ api }: { api: ApiClient }) {
  const { t, lang } = useI18n();
  const [keys, setKeys] = useState<ApiKeySummary[] | null>(null);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiKeyScope[]>(["chat", "read"]);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [busy, setBusy] = useState(false);
  // The error itself is kept, so its words follow the language toggle.
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(() => api.apiKeys().then(setKeys, setFailure), [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      await load();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    act(async () => {
      setCreated(await api.createApiKey(name.trim(), scopes));
      setName("");
    });
  const toggle = (scope: ApiKeyScope, on: boolean) =>
    setScopes((current) => (on ? [...current, scope] : current.filter((each) => each !== scope)));

  return (
    <section className="panel api-keys-panel" aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading">{t("settings.keys.title")}</h2>
      <p className="field-help">{t("settings.keys.help")}</p>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label htmlFor="api-key-name">
          <span>{t("settings.keys.name")}</span>
          <input
            id="api-key-name"
            data-testid="api-key-name"
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <fieldset className="scopes">
          {SCOPES.map((scope) => (
            <label key={scope}>
              <input
                type="checkbox"
                data-testid={`api-key-scope-${scope}`}
                checked={scopes.includes(scope)}
                onChange={(event) => toggle(scope, event.target.checked)}
              />
              {t(`settings.keys.scope.${scope}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="submit"
          className="button"
          data-testid="api-key-create"
          disabled={busy || name.trim() === "" || scopes.length === 0}
        >
          {t("settings.keys.create")}
        </button>
      </form>
      {created ? (
        <p role="status" data-testid="api-key-created">
          {t("settings.keys.created")} <code>{created.key}</code>
        </p>
      ) : null}
      {failure ? <p role="alert">{errorText(failure, t)}</p> : null}
      {keys && keys.length === 0 ? <p>{t("settings.keys.none")}</p> : null}
      {keys && keys.length > 0 ? (
        <ul className="record-list" data-testid="api-key-list">
          {keys.map((key) => (
            <li key={key.id} data-testid="api-key">
              <strong>{key.name}</strong> ·{" "}
              {key.scopes.map((scope) => t(`settings.keys.scope.${scope}`)).join(", ")} ·{" "}
              {key.lastUsedAt
                ? t("settings.keys.lastUsed", { when: formatDateTime(Date.parse(key.lastUsedAt), lang) })
                : t("settings.keys.neverUsed")}{" "}
              <button
                type="button"
                className="button button-danger-outline"
                data-testid="api-key-revoke"
                disabled={busy}
                onClick={() => void act(() => api.revokeApiKey(key.id))}
              >
                {t("settings.keys.revoke")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
