import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { MerchantChoice, Policy } from "../api/settings-types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { AmountField, FieldError, Switch } from "./fields.tsx";
import { MerchantListField } from "./merchant-list-field.tsx";
import {
  type AmountField as AmountKey,
  changesFrom,
  draftOf,
  loosenedRules,
  readDraft,
} from "./policy-draft.ts";
import { type FieldMessage, problemText, ruleNames, saveFailure } from "./settings-text.ts";

const ID_LOOKUP_BATCH = 50;

export interface PolicyFormProps {
  api: ApiClient;
  policy: Policy;
  onSaved: (policy: Policy) => void;
}

/**
 * The payment rules, editable. Tightening saves at once; loosening asks for the current PIN (the
 * server requires it and says so with `step_up_required`). Only changed rules are sent.
 */
export function PolicyForm({ api, policy, onSaved }: PolicyFormProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(policy));
  const [pin, setPin] = useState("");
  const [pinAsked, setPinAsked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, FieldMessage>>({});
  const [names, setNames] = useState<ReadonlyMap<string, MerchantChoice>>(new Map());
  const savingRef = useRef(false);

  const addNames = useCallback((merchants: MerchantChoice[]) => {
    setNames(
      (known) =>
        new Map([...known, ...merchants.map((merchant) => [merchant.merchantId, merchant] as const)]),
    );
  }, []);

  // The saved lists hold ids; their names are looked up once, in batches the endpoint accepts.
  useEffect(() => {
    const entries = [...new Set([...policy.merchantAllow, ...policy.merchantBlock])];
    for (let start = 0; start < entries.length; start += ID_LOOKUP_BATCH) {
      api.merchants({ ids: entries.slice(start, start + ID_LOOKUP_BATCH) }).then(addNames, () => {});
    }
  }, [api, policy.merchantAllow, policy.merchantBlock, addNames]);

  const read = useMemo(() => readDraft(draft), [draft]);
  const changes = read.ok ? changesFrom(policy, read.rules) : {};
  const changed = Object.keys(changes).length > 0;
  const loosened = read.ok ? loosenedRules(policy, read.rules) : [];
  const needsPin = policy.pinSet && (loosened.length > 0 || pinAsked);
  const pinReady = /^\d{6}$/.test(pin);

  const edit = (patch: Partial<typeof draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
    // An edit answers the field errors; a PIN refusal stays until the PIN is typed again.
    setServerErrors(
      (current): Record<string, FieldMessage> =>
        current.currentPin ? { currentPin: current.currentPin } : {},
    );
  };
  const messageFor = (field: string): FieldMessage | undefined => {
    const problem = read.ok ? undefined : read.problems.find((entry) => entry.field === field);
    return problem ? { text: problemText(problem, t) } : serverErrors[field];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (savingRef.current || !read.ok || !changed || (needsPin && !pinReady)) return;
    savingRef.current = true;
    setSaving(true);
    setServerErrors({});
    try {
      const next = await api.updatePolicy({ ...changes, ...(needsPin ? { currentPin: pin } : {}) });
      setDraft(draftOf(next));
      setPin("");
      setPinAsked(false);
      setSaved(true);
      onSaved(next);
    } catch (error) {
      const failure = saveFailure(error, t);
      if (failure.field === "currentPin") {
        setPinAsked(true);
        setPin("");
      }
      setServerErrors({ [failure.field ?? "form"]: failure.message });
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const amount = (
    field: AmountKey,
    key: "perOrderLimit" | "dailyLimit" | "stepUpAbove",
    label: string,
    help: string,
  ) => (
    <AmountField
      field={field}
      label={label}
      help={help}
      value={draft[key]}
      onChange={(value) => edit({ [key]: value })}
      message={messageFor(field)}
    />
  );

  return (
    <form className="panel settings-form" aria-labelledby="rules-heading" onSubmit={submit} noValidate>
      <h2 id="rules-heading">{t("settings.rules.title")}</h2>
      <p className="panel-intro">{t("settings.rules.intro")}</p>
      <div className="field-grid">
        {amount("perOrderLimitFen", "perOrderLimit", t("policy.perOrderLimit"), t("settings.perOrder.help"))}
        {amount("dailyLimitFen", "dailyLimit", t("policy.dailyLimit"), t("settings.daily.help"))}
        {amount("stepUpAboveFen", "stepUpAbove", t("policy.stepUpAbove"), t("settings.stepUp.help"))}
        <div className="field auto-approve">
          <Switch
            testId="setting-autoApprove-switch"
            checked={draft.autoApproveOn}
            onChange={(checked) => edit({ autoApproveOn: checked })}
          >
            {t("settings.autoApprove.toggle")}
          </Switch>
          <p className="field-help">{t("settings.autoApprove.help")}</p>
          {draft.autoApproveOn ? (
            <AmountField
              field="autoApproveFen"
              label={t("settings.autoApprove.amount")}
              help=""
              value={draft.autoApprove}
              onChange={(value) => edit({ autoApprove: value })}
              message={messageFor("autoApproveFen")}
            />
          ) : null}
        </div>
      </div>
      <MerchantListField
        api={api}
        field="merchantAllow"
        label={t("policy.merchantAllow")}
        help={t("settings.allow.help")}
        emptyText={t("policy.anyMerchant")}
        entries={draft.merchantAllow}
        names={names}
        onChange={(entries) => edit({ merchantAllow: entries })}
        onFound={addNames}
        message={messageFor("merchantAllow")}
      />
      <MerchantListField
        api={api}
        field="merchantBlock"
        label={t("policy.merchantBlock")}
        help={t("settings.block.help")}
        emptyText={t("policy.none")}
        entries={draft.merchantBlock}
        names={names}
        onChange={(entries) => edit({ merchantBlock: entries })}
        onFound={addNames}
        message={messageFor("merchantBlock")}
      />
      {needsPin ? (
        <div className="field pin-step-up">
          {loosened.length > 0 ? (
            <p className="field-help">{t("settings.pin.why", { rules: ruleNames(loosened, t, lang) })}</p>
          ) : null}
          <label htmlFor="setting-currentPin">{t("settings.pin.label")}</label>
          <input
            id="setting-currentPin"
            data-testid="setting-currentPin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            aria-invalid={serverErrors.currentPin ? true : undefined}
            onChange={(event) => {
              setPin(event.target.value.replace(/\D/g, "").slice(0, 6));
              setServerErrors(({ currentPin: _answered, ...others }) => others);
            }}
          />
          {serverErrors.currentPin ? (
            <FieldError id="setting-currentPin-error" field="currentPin" message={serverErrors.currentPin} />
          ) : null}
        </div>
      ) : null}
      {serverErrors.form ? (
        <FieldError id="settings-form-error" field="form" message={serverErrors.form} />
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="settings-save"
          disabled={saving || !read.ok || !changed || (needsPin && !pinReady)}
          aria-busy={saving}
        >
          {saving ? t("settings.saving") : t("settings.save")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={saving || (!changed && read.ok)}
          onClick={() => {
            setDraft(draftOf(policy));
            setServerErrors({});
            setPinAsked(false);
            setPin("");
          }}
        >
          {t("settings.reset")}
        </button>
        <span className="form-status" role="status" data-testid="settings-status">
          {saved ? t("settings.saved") : ""}
        </span>
      </div>
    </form>
  );
}
