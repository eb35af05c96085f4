import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Consent, DataDeletion } from "../api/settings-types.ts";
import { errorText } from "../i18n/error-text.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { FieldError, Switch } from "./fields.tsx";
import { type FieldMessage, saveFailure, tableLabel } from "./settings-text.ts";

/** Retention periods offered; the server takes any whole number of days up to 730. */
const RETENTION_CHOICES = [30, 90, 180, 365, 730];

type Deletion =
  | { step: "idle" }
  | { step: "confirming" }
  | { step: "deleting" }
  | { step: "done"; result: DataDeletion }
  | { step: "failed"; message: string };

/** The flywheel consent switch and retention, and "delete my data" behind a confirm step. */
export function PrivacyPanel({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const [consent, setConsent] = useState<Consent | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<FieldMessage | null>(null);
  const [deletion, setDeletion] = useState<Deletion>({ step: "idle" });
  const deletingRef = useRef(false);

  const load = useCallback(
    () =>
      api.consent().then(
        (next) => {
          setConsent(next);
          setLoadError(null);
        },
        (error: unknown) => setLoadError(error),
      ),
    [api],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const choose = async (choice: { share: boolean; retentionDays: number }) => {
    if (!consent) return;
    const before = consent;
    // The switch moves at once; a refused save puts it back and says why.
    setConsent({ ...before, ...choice });
    setSaving(true);
    setSaved(false);
    setFailure(null);
    try {
      const next = await api.setConsent(choice);
      setConsent({ ...before, ...next });
      setSaved(true);
    } catch (error) {
      setConsent(before);
      setFailure(saveFailure(error, t).message);
    } finally {
      setSaving(false);
    }
  };

  const deleteData = async () => {
    if (deletingRef.current) return;
    deletingRef.current = true;
    setDeletion({ step: "deleting" });
    try {
      const result = await api.deleteMyData();
      setDeletion({ step: "done", result });
      setSaved(false);
      await load(); // The consent row went too: the defaults apply again.
    } catch (error) {
      setDeletion({ step: "failed", message: errorText(error, t) });
    } finally {
      deletingRef.current = false;
    }
  };

  const retentionChoices = consent
    ? [...new Set([...RETENTION_CHOICES, consent.retentionDays])].sort((a, b) => a - b)
    : RETENTION_CHOICES;
  const removedTotal =
    deletion.step === "done"
      ? Object.values(deletion.result.removed).reduce((sum, count) => sum + count, 0)
      : 0;

  return (
    <section className="panel privacy-panel" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t("settings.privacy.title")}</h2>
      {loadError ? <p role="alert">{errorText(loadError, t)}</p> : null}
      {consent ? (
        <div className="field">
          <Switch
            testId="consent-switch"
            checked={consent.share}
            disabled={saving}
            onChange={(share) => void choose({ share, retentionDays: consent.retentionDays })}
          >
            {t("settings.consent.label")}
          </Switch>
          <p className="field-help">{t("settings.consent.help")}</p>
          {consent.explicit ? null : <p className="field-help">{t("settings.consent.default")}</p>}
          <label className="retention" htmlFor="consent-retention">
            <span>{t("settings.retention.label")}</span>
            <select
              id="consent-retention"
              data-testid="consent-retention"
              value={consent.retentionDays}
              disabled={saving}
              onChange={(event) =>
                void choose({ share: consent.share, retentionDays: Number(event.target.value) })
              }
            >
              {retentionChoices.map((days) => (
                <option key={days} value={days}>
                  {t("settings.retention.days", { days })}
                </option>
              ))}
            </select>
          </label>
          <span className="form-status" role="status" data-testid="consent-status">
            {saved ? t("settings.saved") : ""}
          </span>
          {failure ? <FieldError id="consent-error" field="consent" message={failure} /> : null}
        </div>
      ) : null}
      <div className="delete-data">
        <h3>{t("settings.delete.title")}</h3>
        <p className="field-help">{t("settings.delete.help")}</p>
        {deletion.step === "confirming" || deletion.step === "deleting" ? (
          <div className="delete-confirm" role="alertdialog" aria-labelledby="delete-question">
            <p id="delete-question">
              <strong>{t("settings.delete.question")}</strong>
            </p>
            <div className="form-actions">
              <button
                type="button"
                className="button button-danger"
                data-testid="delete-data-confirm"
                disabled={deletion.step === "deleting"}
                aria-busy={deletion.step === "deleting"}
                onClick={() => void deleteData()}
              >
                {deletion.step === "deleting" ? t("settings.delete.deleting") : t("settings.delete.confirm")}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={deletion.step === "deleting"}
                onClick={() => setDeletion({ step: "idle" })}
              >
                {t("settings.delete.cancel")}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button-danger-outline"
            data-testid="delete-data"
            onClick={() => setDeletion({ step: "confirming" })}
          >
            {t("settings.delete.button")}
          </button>
        )}
        {deletion.step === "done" ? (
          <div className="delete-result" role="status" data-testid="delete-data-result">
            <p>
              <strong>{t("settings.delete.done", { count: removedTotal })}</strong>
            </p>
            <dl className="key-values">
              {Object.entries(deletion.result.removed).map(([table, count]) => (
                <div key={table}>
                  <dt>{tableLabel(table, t)}</dt>
                  <dd>{count}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        {deletion.step === "failed" ? (
          <p className="field-error" role="alert">
            {deletion.message}
          </p>
        ) : null}
      </div>
    </section>
  );
}
