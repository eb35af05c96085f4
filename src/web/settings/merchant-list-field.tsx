import { useEffect, useId, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { MerchantChoice } from "../api/settings-types.ts";
import { pick } from "../format/localized.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { FieldError } from "./fields.tsx";
import type { FieldMessage } from "./settings-text.ts";

const SEARCH_DELAY_MS = 250;
const SHOWN_RESULTS = 8;

export interface MerchantListFieldProps {
  api: ApiClient;
  /** "merchantAllow" or "merchantBlock": the policy field, and the prefix of the test ids. */
  field: "merchantAllow" | "merchantBlock";
  label: string;
  help: string;
  /** Shown when the list is empty ("Any merchant", "None"). */
  emptyText: string;
  entries: string[];
  names: ReadonlyMap<string, MerchantChoice>;
  onChange: (entries: string[]) => void;
  /** Shops found by a search, so their names are known once they are added. */
  onFound: (merchants: MerchantChoice[]) => void;
  message?: FieldMessage | undefined;
}

type Search =
  | { state: "idle" }
  | { state: "searching" }
  | { state: "done"; merchants: MerchantChoice[] }
  | { state: "failed"; message: string };

/** A policy's merchant list: the chosen shops by name, each removable, and a search to add one. */
export function MerchantListField(props: MerchantListFieldProps) {
  const { api, field, entries, names, onChange, onFound } = props;
  const { t, lang } = useI18n();
  const id = useId();
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ state: "idle" });

  useEffect(() => {
    const keyword = query.trim();
    if (keyword === "") {
      setSearch({ state: "idle" });
      return;
    }
    let live = true;
    setSearch({ state: "searching" });
    // Waits for a pause in typing, so a word typed letter by letter is one request.
    const timer = setTimeout(() => {
      api.merchants({ q: keyword }).then(
        (merchants) => {
          if (!live) return;
          onFound(merchants);
          setSearch({ state: "done", merchants });
        },
        (error: unknown) => {
          if (live)
            setSearch({ state: "failed", message: error instanceof Error ? error.message : String(error) });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, onFound]);

  const nameOf = (entry: string) => {
    const merchant = names.get(entry);
    return merchant ? pick(lang, merchant.name, merchant.nameEn) : entry;
  };
  const results =
    search.state === "done"
      ? search.merchants.filter((merchant) => !entries.includes(merchant.merchantId)).slice(0, SHOWN_RESULTS)
      : [];

  return (
    <fieldset className="field merchant-field" data-testid={`${field}-field`}>
      <legend>{props.label}</legend>
      <p className="field-help">{props.help}</p>
      {entries.length === 0 ? (
        <p className="merchant-empty">{props.emptyText}</p>
      ) : (
        <ul className="merchant-chips">
          {entries.map((entry) => (
            <li key={entry} className="merchant-chip" data-testid={`${field}-entry`} data-merchant-id={entry}>
              <span>{nameOf(entry)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t("settings.merchant.remove", { name: nameOf(entry) })}
                onClick={() => onChange(entries.filter((other) => other !== entry))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="merchant-search" htmlFor={`${id}-search`}>
        <span>{t("settings.merchant.search")}</span>
        <input
          id={`${id}-search`}
          type="search"
          data-testid={`${field}-search`}
          placeholder={t("settings.merchant.placeholder")}
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <div aria-live="polite">
        {search.state === "searching" ? (
          <p className="field-help">{t("settings.merchant.searching")}</p>
        ) : null}
        {search.state === "failed" ? <p className="field-error">{search.message}</p> : null}
        {search.state === "done" && results.length === 0 ? (
          <p className="field-help">{t("settings.merchant.noResults", { query: query.trim() })}</p>
        ) : null}
      </div>
      {results.length > 0 ? (
        <ul className="merchant-results">
          {results.map((merchant) => (
            <li key={merchant.merchantId}>
              <button
                type="button"
                className="merchant-result"
                data-testid={`${field}-result`}
                aria-label={t("settings.merchant.add", { name: pick(lang, merchant.name, merchant.nameEn) })}
                onClick={() => {
                  onChange([...entries, merchant.merchantId]);
                  setQuery("");
                }}
              >
                <span className="merchant-result-add" aria-hidden="true">
                  ＋
                </span>
                <span className="merchant-result-name">{pick(lang, merchant.name, merchant.nameEn)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {props.message ? <FieldError id={`${id}-error`} field={field} message={props.message} /> : null}
    </fieldset>
  );
}
