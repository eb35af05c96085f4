import type { z } from "zod";
import { DimpleError } from "../../../ecosystem/kernel/errors.ts";
import type { TaskEvent } from "../../events.ts";
import type { ToolClient } from "../../tools/client.ts";
import type { TaskKindHandler } from "../handler.ts";
import type { TaskRow } from "../task-store.ts";

/**
 * Parses a service's tool output with the fields the agent relies on. Tool output is data: only
 * these structured fields ever reach a card.
 */
export function parseServiceOutput<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  tool: string,
): z.output<Schema> {
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new DimpleError("bad_tool_output", `${tool} returned data of an unexpected shape`, { status: 502 });
  return parsed.data;
}

/**
 * Handler extensions the engine does not call yet (see the report to the lead): a task's live
 * details for its event (e-ticket codes, the driver on the map), completing a task right after it
 * is placed (a transfer has no fulfilment), and a cancellation fee to capture instead of releasing.
 */
export interface ExtendedTaskKindHandler extends TaskKindHandler {
  describe?(tools: ToolClient, task: TaskRow): Promise<Partial<TaskEvent>>;
  completeOnPlace?: boolean;
  cancel?(
    tools: ToolClient,
    task: TaskRow,
    idempotencyKey: string,
  ): Promise<{ refundFen: number; captureFen?: number }>;
}

/** The request args a task was started with (validated by each handler). */
export function requestArgs(task: TaskRow): unknown {
  try {
    return (JSON.parse(task.request) as { args?: unknown }).args;
  } catch {
    return undefined;
  }
}
