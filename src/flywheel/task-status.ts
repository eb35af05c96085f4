/**
 * Where a status sits in a task's life. Several statuses can share one timestamp (a confirm moves a
 * task through processing to in_fulfilment at once), so the last status is the furthest, not the
 * last row.
 */
const RANK: Readonly<Record<string, number>> = {
  needs_info: 0,
  awaiting_confirmation: 1,
  processing: 2,
  in_fulfilment: 3,
  completed: 4,
  cancelled: 4,
  failed: 4,
};

/** The further of two statuses of one task. */
export function furtherStatus(current: string | undefined, next: string): string {
  if (current === undefined) return next;
  return (RANK[next] ?? 0) >= (RANK[current] ?? 0) ? next : current;
}
