import type { ErrorCode } from "./error-codes.ts";

export type { ErrorCode };

/**
 * The one error shape of the ecosystem and the agent: a stable `code`, a human message and, where
 * one input is at fault, its `field`. Expected failures travel as values (`ToolResult`), and this
 * class is what they are made from; anything else thrown is a bug.
 */
export class DimpleError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { field?: string; status?: number; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "DimpleError";
    this.code = code;
    this.field = options.field;
    this.status = options.status ?? 400;
    this.details = options.details;
  }

  /**
   * An error passed on as it came (a tool's result, a stored outcome read back): its code is the
   * sender's and is not checked against `ERROR_CODES`, since another server's tools over MCP may use
   * codes of their own.
   */
  static relay(code: string, message: string, options: ConstructorParameters<typeof DimpleError>[2] = {}) {
    return new DimpleError(code as ErrorCode, message, options);
  }

  toJSON(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

/** The wire form of an error, as in `{"error": {...}}` over HTTP and in tool results. */
export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
}

export const notFound = (what: string, id: string, field?: string) =>
  new DimpleError("not_found", `${what} ${id} was not found`, { status: 404, ...(field ? { field } : {}) });

export const invalid = (field: string, message: string) =>
  new DimpleError("invalid_argument", message, { field, status: 400 });
