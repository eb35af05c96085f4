import { DimpleError } from "../kernel/errors.ts";

/** Writes one JSON value as a line on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * The one place a CLI error becomes output: `error [code] message (field)` on stderr, or the JSON
 * error object with --json; exit code 2 for bad input, 1 for everything else. Never a stack trace,
 * unless DIMPLE_DEBUG is set.
 */
export function reportCliError(error: unknown, json: boolean): number {
  const body =
    error instanceof DimpleError
      ? error.toJSON()
      : { code: "internal", message: error instanceof Error ? error.message : String(error) };
  if (process.env.DIMPLE_DEBUG && error instanceof Error) console.error(error.stack);
  if (json) printJson({ error: body });
  else
    process.stderr.write(
      `error [${body.code}] ${body.message}${"field" in body && body.field ? ` (field: ${body.field})` : ""}\n`,
    );
  return error instanceof DimpleError && error.status < 500 ? 2 : 1;
}
