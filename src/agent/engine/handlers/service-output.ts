import type { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import { requestOf, type TaskRow } from "../task-store.ts";

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

/** The request args a task was started with (validated by each handler). */
export function requestArgs(task: TaskRow): unknown {
  try {
    return requestOf(task).args;
  } catch {
    return undefined;
  }
}
