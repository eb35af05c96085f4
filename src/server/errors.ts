import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { DimpleError, type ErrorBody } from "../kernel/errors.ts";
import { zodErrorBody } from "../kernel/tool.ts";
import { pathOnly } from "./security.ts";

/** Validates a request part with zod, throwing our error with the field at fault. */
export function parseRequest<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  part = "body",
): z.output<Schema> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const body = zodErrorBody(parsed.error);
  throw new DimpleError(body.code, body.message, { status: 400, field: body.field ?? part });
}

/** Fastify's own 4xx errors, by their code, as ours: a stable code and the part of the request at fault. */
const FRAMEWORK_ERRORS: Record<string, { code: string; field: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "invalid_json", field: "body" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "invalid_json", field: "body" },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "payload_too_large", field: "body" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: "unsupported_media_type", field: "content-type" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: "bad_request", field: "content-length" },
  FST_ERR_BAD_URL: { code: "bad_url", field: "url" },
  FST_ERR_ASYNC_CONSTRAINT: { code: "bad_request", field: "url" },
};

const STATUS_CODES: Record<number, string> = {
  400: "bad_request",
  404: "not_found",
  405: "method_not_allowed",
  406: "not_acceptable",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
};

/** The contract's body for any error: ours as it is, Fastify's mapped, anything else `internal`. */
export function errorBody(error: unknown): { status: number; body: { error: ErrorBody } } {
  if (error instanceof DimpleError) return { status: error.status, body: { error: error.toJSON() } };
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    const known = fastifyError.code ? FRAMEWORK_ERRORS[fastifyError.code] : undefined;
    const code = known?.code ?? STATUS_CODES[status] ?? "bad_request";
    return {
      status,
      body: { error: { code, message: fastifyError.message ?? code, field: known?.field ?? "body" } },
    };
  }
  return { status: 500, body: { error: { code: "internal", message: "internal server error" } } };
}

/**
 * The one place an error becomes an HTTP response: `{"error":{"code","message","field"?}}` with the
 * error's status. Unknown errors are logged and answered as `internal` without details. Errors
 * Fastify raises before routing (a bad %-escape in the URL) come through `frameworkErrors`.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DimpleError | Error, request, reply) => {
    const { status, body } = errorBody(error);
    if (status >= 500) request.log.error({ err: error }, "unhandled error");
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: "not_found", message: `no route for ${request.method} ${pathOnly(request.url)}` },
    }),
  );
}

/** For Fastify's `frameworkErrors` option: the same shape before a route is found. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = errorBody(error);
  void reply.status(status).send(body);
}
