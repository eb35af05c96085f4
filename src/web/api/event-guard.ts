import type { AgentEvent } from "./types.ts";

const taskStatuses = new Set([
  "needs_info",
  "awaiting_confirmation",
  "scheduled",
  "processing",
  "in_fulfilment",
  "completed",
  "cancelled",
  "failed",
]);

const agentStates = new Set(["thinking", "executing", "confirming", "success", "error", "idle"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks the discriminant and required fields of an event from the wire. Hand-written rather than a zod
 * schema to keep the phone bundle small; every optional field is still read defensively when rendered,
 * and all text is rendered as plain text, so a malformed optional field cannot do harm.
 */
export function isAgentEvent(value: unknown): value is AgentEvent {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case "reply":
    case "notification":
      return typeof value.text === "string";
    case "task":
      return (
        typeof value.taskId === "string" &&
        typeof value.kind === "string" &&
        typeof value.status === "string" &&
        taskStatuses.has(value.status) &&
        (value.quote === undefined || isQuote(value.quote))
      );
    case "state":
      return typeof value.state === "string" && agentStates.has(value.state);
    case "summary":
      return Array.isArray(value.tasks) && typeof value.walletFen === "number";
    default:
      return false;
  }
}

function isQuote(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return (
    typeof value.merchant === "string" &&
    typeof value.cartHash === "string" &&
    Number.isInteger(value.totalFen) &&
    Array.isArray(value.lines) &&
    value.lines.every(
      (line) =>
        isRecord(line) &&
        typeof line.name === "string" &&
        Number.isInteger(line.qty) &&
        Number.isInteger(line.unitFen),
    )
  );
}

/** Parses one JSON event from an SSE data line; anything unparsable or unknown yields undefined. */
export function parseAgentEvent(data: string): AgentEvent | undefined {
  try {
    const value: unknown = JSON.parse(data);
    return isAgentEvent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
