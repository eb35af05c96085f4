import type { NotificationEvent, Stamped, TaskEvent, TaskStatus } from "../api/types.ts";

/**
 * One step of a task's progress as the app saw it happen: a status change (worded by the UI, so it
 * follows the language toggle) or a notification the server sent about the task (its own words).
 */
export interface ProgressStep {
  /** World time of the step, when the server said (`at` on live events). */
  at?: number;
  status?: TaskStatus;
  text?: string;
}

/** Statuses worth a step of their own; the rest show on the card's badge only. */
const STEP_STATUSES = new Set<TaskStatus>([
  "scheduled",
  "processing",
  "in_fulfilment",
  "completed",
  "cancelled",
  "failed",
]);

/**
 * The steps after a task update. The engine keeps no timeline on task events, so the app builds one
 * from status changes and the task's notifications as they arrive over `/api/events`. A delivery's
 * notifications already say "delivered", so `completed` adds a step only when none came.
 */
export function stepsAfterTask(
  steps: readonly ProgressStep[],
  previous: TaskEvent | undefined,
  next: Stamped<TaskEvent>,
): readonly ProgressStep[] {
  if (previous?.status === next.status || !STEP_STATUSES.has(next.status)) return steps;
  if (steps.some((step) => step.status === next.status)) return steps;
  if (next.status === "completed" && steps.some((step) => step.text !== undefined)) return steps;
  return [...steps, { status: next.status, ...(next.at !== undefined ? { at: next.at } : {}) }];
}

/** The steps after a notification about the task; the same words twice (reply and stream) count once. */
export function stepsAfterNotification(
  steps: readonly ProgressStep[],
  event: Stamped<NotificationEvent>,
): readonly ProgressStep[] {
  if (steps.some((step) => step.text === event.text)) return steps;
  return [...steps, { text: event.text, ...(event.at !== undefined ? { at: event.at } : {}) }];
}
