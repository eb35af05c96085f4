import { parseArgs } from "node:util";
import { DimpleError } from "../kernel/errors.ts";
import type { OptionSpecs } from "./help.ts";

/** What node:util's parseArgs is given for a command's options: their types only. */
type ParserOptions<T extends OptionSpecs> = { [K in keyof T]: { type: T[K]["type"] } };

/**
 * Parses a command's arguments with node:util's parseArgs, turning its exceptions into our error
 * shape (code `invalid_argument`, the flag at fault as `field`). The options are the ones its
 * `--help` prints (src/cli/help.ts), so every accepted option is described.
 */
export function parseCommandArgs<T extends OptionSpecs>(args: string[], specs: T) {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]),
  ) as ParserOptions<T>;
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(--?[\w-]+)/.exec(message)?.[1];
    throw new DimpleError("invalid_argument", message, flag ? { field: flag } : {});
  }
}

/** Parses a positive integer flag value, naming the flag when it is not one. */
export function integerFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new DimpleError("invalid_argument", `${flag} must be a non-negative integer, got "${value}"`, {
      field: flag,
    });
  }
  return number;
}
