import type { TaskStatus, TimelineEntry } from "../api/types.ts";
import type { ProgressStep } from "../chat/progress.ts";
import { formatClock } from "../format/time.ts";
import { useI18n } from "../i18n/i18n.tsx";

const stepStatuses: ReadonlySet<string> = new Set<TaskStatus>([
  "needs_info",
  "awaiting_confirmation",
  "scheduled",
  "processing",
  "in_fulfilment",
  "completed",
  "cancelled",
  "failed",
]);
const isStepStatus = (status: string): status is TaskStatus => stepStatuses.has(status);

/**
 * The order's progress so far, newest step highlighted: the server's own timeline when a task event
 * carries one, otherwise the steps the app saw arrive live.
 */
export function OrderTimeline({ entries }: { entries: readonly (TimelineEntry | ProgressStep)[] }) {
  const { t, lang } = useI18n();
  return (
    <section className="timeline" aria-label={t("card.timeline")} data-testid="order-timeline">
      <ol>
        {entries.map((entry, index) => {
          const current = index === entries.length - 1;
          const text =
            entry.text || (entry.status && isStepStatus(entry.status) ? t(`timeline.${entry.status}`) : "");
          return (
            <li
              // Steps only ever append, so their position is a stable key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className={current ? "timeline-step timeline-current" : "timeline-step"}
              aria-current={current ? "step" : undefined}
              data-testid="timeline-step"
            >
              {entry.at !== undefined ? (
                <time dateTime={new Date(entry.at).toISOString()}>{formatClock(entry.at, lang)}</time>
              ) : null}
              {/* A notification's words are the server's, as it said them; a status is worded here. */}
              <span {...(entry.text ? { "data-server-text": "" } : {})}>{text}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
