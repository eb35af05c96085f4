import { z } from "zod";
import type { ServiceContext } from "./context.ts";
import { DimpleError, type ErrorBody } from "./errors.ts";
import type { ServiceName } from "./service-name.ts";

/** What a tool does to the world: only reads, writes state, or moves money (the strictest path). */
export type ToolEffect = "read" | "write" | "money";

/** A tool of a sandbox service: zod-typed input, a description for models, and its effect. */
export interface ToolDefinition<Input extends z.ZodObject = z.ZodObject, Output = unknown> {
  name: string;
  service: ServiceName;
  description: string;
  effect: ToolEffect;
  input: Input;
  run(context: ServiceContext, input: z.infer<Input>): Promise<Output>;
}

/** An expected outcome of a tool call: data, or a typed error; never a thrown stack trace. */
export type ToolResult<Output = unknown> = { ok: true; data: Output } | { ok: false; error: ErrorBody };

/** Declares a tool; the identity function exists so TypeScript infers the input type from the schema. */
export function defineTool<Input extends z.ZodObject, Output>(
  definition: ToolDefinition<Input, Output>,
): ToolDefinition<Input, Output> {
  return definition;
}

/** Turns a zod failure into our error shape, naming the first field at fault. */
export function zodErrorBody(error: z.ZodError, prefix?: string): ErrorBody & { code: "invalid_argument" } {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join(".") ?? "";
  const field = [prefix, path].filter(Boolean).join(".");
  return {
    code: "invalid_argument",
    message: issue ? `${field || "input"}: ${issue.message}` : "invalid input",
    ...(field ? { field } : {}),
  };
}

/**
 * Calls a tool the way every caller must: validates the raw input, applies injected faults for the
 * service, runs it, and converts expected failures into values. Unexpected errors become an
 * `internal` error value too (logged by the caller), so no stack trace ever reaches a user or model.
 */
export async function invokeTool<Output>(
  tool: ToolDefinition<z.ZodObject, Output>,
  context: ServiceContext,
  rawInput: unknown,
): Promise<ToolResult<Output>> {
  const parsed = tool.input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: zodErrorBody(parsed.error) };
  const fault = context.faults.trip(tool.service, "error") ?? context.faults.trip(tool.service, "timeout");
  if (fault) return { ok: false, error: fault.toJSON() };
  try {
    return { ok: true, data: await tool.run(context, parsed.data) };
  } catch (error) {
    if (error instanceof DimpleError) return { ok: false, error: error.toJSON() };
    context.log?.(error);
    return { ok: false, error: { code: "internal", message: `${tool.name} failed unexpectedly` } };
  }
}

/** JSON Schema of a tool's input, for models and MCP clients. */
export function toolJsonSchema(tool: ToolDefinition): Record<string, unknown> {
  return z.toJSONSchema(tool.input, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
