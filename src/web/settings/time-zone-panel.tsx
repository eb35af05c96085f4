import { useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import { setDisplayTimeZone } from "../format/time.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { FieldError } from "./fields.tsx";
import { type FieldMessage, saveFailure } from "./settings-text.ts";

/** The zones the browser knows (IANA names); the server checks the one chosen again. */
function knownZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

/** A zone's name as the browser's locale data words it ("纽约时间", "中欧时间", "GMT+1"). */
function zoneName(zone: string, style: "shortGeneric" | "longGeneric" | "shortOffset"): string {
  try {
    const parts = new Intl.DateTimeFormat("zh-CN", { timeZone: zone, timeZoneName: style }).formatToParts(0);
    return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
  } catch {
    return zone;
  }
}

const LATIN = /[A-Za-z]{2,}/u;

/**
 * A zone in Chinese: its place ("纽约时间") where the browser's data names it in Chinese, else its
 * region's time ("中欧时间"), else its offset ("格林尼治时间+1") — never a half-English name.
 */
function chineseZoneName(zone: string): string {
  for (const style of ["shortGeneric", "longGeneric"] as const) {
    const name = zoneName(zone, style);
    if (!LATIN.test(name)) return name;
  }
  return zoneName(zone, "shortOffset").replace(/^GMT/u, "格林尼治时间");
}

/** Option labels for the zones: Chinese names in the Chinese app, the IANA names in the English one. */
function zoneLabels(zones: readonly string[], lang: "zh" | "en"): Map<string, string> {
  return new Map(
    zones.map((zone) => [zone, lang === "zh" ? chineseZoneName(zone) : zone.replaceAll("_", " ")]),
  );
}

/** The user's time zone: what reminders, bookings and recurring orders are read and shown in. */
export function TimeZonePanel({ api }: { api: ApiClient }) {
  const { t, lang } = useI18n();
  const [saved, setSaved] = useState<string | null>(null);
  const [choice, setChoice] = useState("");
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<FieldMessage | null>(null);

  useEffect(() => {
    let live = true;
    api.me().then(
      (me) => {
        if (!live) return;
        const zone = me.timeZone ?? "Asia/Shanghai";
        setSaved(zone);
        setChoice(zone);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api]);

  if (saved === null) return null;
  const save = async () => {
    setSaving(true);
    setDone(false);
    setFailure(null);
    try {
      const next = await api.setTimeZone(choice);
      setSaved(next.timeZone);
      setChoice(next.timeZone);
      setDisplayTimeZone(next.timeZone);
      setDone(true);
    } catch (error) {
      setFailure(saveFailure(error, t).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="time-zone-heading">
      <h2 id="time-zone-heading">{t("settings.timeZone.title")}</h2>
      <div className="field">
        <label htmlFor="setting-timeZone">{t("settings.timeZone.title")}</label>
        <select
          id="setting-timeZone"
          data-testid="setting-timeZone"
          value={choice}
          aria-describedby={`setting-timeZone-help${failure ? " setting-timeZone-error" : ""}`}
          aria-invalid={failure ? true : undefined}
          onChange={(event) => {
            setChoice(event.target.value);
            setDone(false);
          }}
        >
          {[...zoneLabels(knownZones(choice), lang)].map(([zone, label]) => (
            <option key={zone} value={zone}>
              {label}
            </option>
          ))}
        </select>
        <p id="setting-timeZone-help" className="field-help">
          {t("settings.timeZone.help")}
        </p>
        {failure ? <FieldError id="setting-timeZone-error" field="timeZone" message={failure} /> : null}
      </div>
      <button
        type="button"
        data-testid="save-timeZone"
        disabled={saving || choice === saved}
        onClick={() => void save()}
      >
        {t("settings.timeZone.save")}
      </button>
      {done ? <p role="status">{t("settings.saved")}</p> : null}
    </section>
  );
}
