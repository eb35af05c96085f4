import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Policy, Spending } from "../api/settings-types.ts";
import { errorText } from "../i18n/error-text.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { ApiKeysPanel } from "./api-keys-panel.tsx";
import { PolicyForm } from "./policy-form.tsx";
import { PrivacyPanel } from "./privacy-panel.tsx";
import { RecurringPanel } from "./recurring-panel.tsx";
import { SpendingPanel } from "./spending-panel.tsx";
import { TimeZonePanel } from "./time-zone-panel.tsx";

/**
 * Settings: spending against the limits, the payment rules, the time zone, recurring orders (their
 * mandates, runs and spend), privacy (consent, delete my data) and API keys for other apps.
 */
export function SettingsScreen({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [spending, setSpending] = useState<Spending | null>(null);
  // The error itself is kept, so its words follow the language toggle.
  const [failure, setFailure] = useState<unknown>(null);

  const loadSpending = useCallback(() => api.spending().then(setSpending, setFailure), [api]);
  useEffect(() => {
    let live = true;
    api.policy().then(
      (next) => live && setPolicy(next),
      (error: unknown) => live && setFailure(error),
    );
    void loadSpending();
    return () => {
      live = false;
    };
  }, [api, loadSpending]);

  return (
    <main className="page settings-page">
      <h1>{t("settings.title")}</h1>
      {failure ? <p role="alert">{errorText(failure, t)}</p> : null}
      {policy && spending ? <SpendingPanel spending={spending} policy={policy} /> : null}
      {policy ? (
        <PolicyForm
          api={api}
          policy={policy}
          onSaved={(next) => {
            setPolicy(next);
            void loadSpending();
          }}
        />
      ) : failure ? null : (
        <p>{t("history.loading")}</p>
      )}
      <TimeZonePanel api={api} />
      <RecurringPanel api={api} />
      <PrivacyPanel api={api} />
      <ApiKeysPanel api={api} />
    </main>
  );
}
