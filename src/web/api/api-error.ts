/** A failed API call, carrying the server's stable error code (or a client-side one such as `network`). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(code: string, message: string, options: { status: number; field?: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "ApiError";
    this.code = code;
    this.status = options.status;
    this.field = options.field;
  }
}

/** Builds an ApiError from a non-2xx response, reading the contract's `{"error":{…}}` body when present. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === "object" && error !== null) {
    const { code, message, field } = error as Record<string, unknown>;
    return new ApiError(
      typeof code === "string" ? code : "http_error",
      typeof message === "string" ? message : response.statusText,
      { status: response.status, ...(typeof field === "string" ? { field } : {}) },
    );
  }
  return new ApiError("http_error", `${response.status} ${response.statusText}`.trim(), {
    status: response.status,
  });
}
