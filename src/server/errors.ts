import type { FastifyError, FastifyInstance } from "fastify";
import type { z } from "zod";
import { DimpleError } from "../ecosystem/kernel/errors.ts";
import { zodErrorBody } from "../ecosystem/kernel/tool.ts";

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

/**
 * The one place an error becomes an HTTP response: `{"error":{"code","message","field"?}}` with the
 * error's status. Unknown errors are logged and answered as `internal` without details.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DimpleError | Error, request, reply) => {
    if (error instanceof DimpleError) {
      return reply.status(error.status).send({ error: error.toJSON() });
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.statusCode && fastifyError.statusCode < 500) {
      const code =
        fastifyError.code === "FST_ERR_CTP_INVALID_JSON_BODY" || fastifyError.statusCode === 400
          ? "invalid_json"
          : "bad_request";
      return reply.status(fastifyError.statusCode).send({
        error: {
          code: fastifyError.statusCode === 413 ? "payload_too_large" : code,
          message: fastifyError.message,
          field: "body",
        },
      });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({ error: { code: "internal", message: "internal server error" } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: "not_found", message: `no route for ${request.method} ${request.url.split("?")[0]}` },
    }),
  );
}
