import type { Me } from "../api/types.ts";
import { methodLabel } from "../format/localized.ts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** Renders one spending-limit value: amounts in fen as money, everything else as plain text. */
function describePolicyValue(key: string, value: unknown): string {
  if (typeof value === "number" && /fen$/i.test(key)) return formatFen(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (Array.isArray(value)) return value.map((item) => describePolicyValue("", item)).join(", ");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([innerKey, inner]) => `${innerKey}: ${describePolicyValue(innerKey, inner)}`)
      .join("; ");
  }
  return "—";
}

/** Turns a policy key such as "perOrderLimitFen" into a readable label ("Per order limit"). */
export function policyLabel(key: string): string {
  const words = key
    .replace(/Fen$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The signed-in user: wallet, addresses, payment methods and spending limits. */
export function ProfileScreen({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const addressLabel = (label: string) =>
    label === "home" ? t("profile.address.home") : label === "office" ? t("profile.address.office") : label;
  const policies = me.policies ? Object.entries(me.policies) : [];
  return (
    <main className="page">
      <h1>{t("profile.title")}</h1>
      <section className="panel profile-head">
        <div>
          <strong className="profile-name">{me.displayName}</strong>
          <span className="profile-username">
            {t("profile.username")}: {me.username}
          </span>
        </div>
        <div className="wallet">
          <span className="label">{t("profile.wallet")}</span>
          <strong data-testid="wallet-balance">
            {me.walletFen === null ? "—" : formatFen(me.walletFen)}
          </strong>
        </div>
      </section>
      <section className="panel" aria-labelledby="addresses-heading">
        <h2 id="addresses-heading">{t("profile.addresses")}</h2>
        {me.addresses.length === 0 ? <p>{t("profile.noAddresses")}</p> : null}
        <dl className="key-values">
          {me.addresses.map((address) => (
            <div key={address.label}>
              <dt>{addressLabel(address.label)}</dt>
              <dd>{address.address}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="payment-heading">
        <h2 id="payment-heading">{t("profile.paymentMethods")}</h2>
        <ul className="record-list">
          {me.paymentMethods.map((method) => (
            <li key={method.id} className="record record-main">
              <span>{methodLabel(method, lang)}</span>
              {method.isDefault ? (
                <span className="status-badge status-completed">{t("profile.default")}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="limits-heading">
        <h2 id="limits-heading">{t("profile.limits")}</h2>
        {policies.length === 0 ? <p>{t("profile.noLimits")}</p> : null}
        <dl className="key-values">
          {policies.map(([key, value]) => (
            <div key={key}>
              <dt>{policyLabel(key)}</dt>
              <dd>{describePolicyValue(key, value)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </main>
  );
}
