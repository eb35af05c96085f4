import type { AgentEvent } from "../agent/events.ts";

/**
 * Adds `at` (world time, epoch ms) to task updates and notifications as they go out live, so the
 * web app's order timeline shows when each step happened in the world rather than when the browser
 * heard of it. Other events pass unchanged; an event that already carries `at` keeps it.
 */
export function stampEvent(event: AgentEvent, now: number): AgentEvent {
  if (event.type !== "task" && event.type !== "notification") return event;
  if ("at" in event && typeof event.at === "number") return event;
  const stamped = { ...event, at: now };
  return stamped;
}
