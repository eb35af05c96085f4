import type { Me } from "../api/types.ts";
import { methodLabel, pick } from "../format/localized.ts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { describePolicy } from "./policy-text.ts";

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
          <strong className="profile-name">{pick(lang, me.displayName, me.displayNameEn)}</strong>
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
              <dd>{pick(lang, address.address, address.addressEn)}</dd>
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
        <div className="panel-heading">
          <h2 id="limits-heading">{t("profile.limits")}</h2>
          <a className="text-link" href="#/settings" data-testid="edit-rules">
            {t("profile.editRules")}
          </a>
        </div>
        {policies.length === 0 ? <p>{t("profile.noLimits")}</p> : null}
        <dl className="key-values">
          {policies.map(([key, value]) => {
            const policy = describePolicy(key, value, t);
            return (
              <div key={key}>
                <dt>{policy.label}</dt>
                <dd>{policy.value}</dd>
              </div>
            );
          })}
        </dl>
      </section>
    </main>
  );
}
