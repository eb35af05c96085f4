import type { z } from "zod";
import { DimpleError } from "../../kernel/errors.ts";
import { zodErrorBody } from "../../kernel/tool.ts";

/** Parses a service function's input, turning a zod failure into the usual invalid_argument error. */
export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const body = zodErrorBody(parsed.error);
  throw new DimpleError(body.code, body.message, body.field ? { field: body.field } : {});
}
