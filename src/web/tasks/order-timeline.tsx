import type { TimelineEntry } from "../api/types.ts";
import { formatClock } from "../format/time.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** The order's progress so far, newest step highlighted. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, lang } = useI18n();
  return (
    <section className="timeline" aria-label={t("card.timeline")}>
      <ol>
        {entries.map((entry, index) => (
          <li
            key={`${entry.at}-${entry.status}`}
            className={index === entries.length - 1 ? "timeline-step timeline-current" : "timeline-step"}
            aria-current={index === entries.length - 1 ? "step" : undefined}
          >
            <time dateTime={new Date(entry.at).toISOString()}>{formatClock(entry.at, lang)}</time>
            <span>{entry.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
