import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance, FastifySchema } from "fastify";
import { z } from "zod";

/** Who may call a route, as the OpenAPI document shows it. */
type Caller = "none" | "user" | "operator" | "key" | "metrics";

interface RouteDoc {
  summary: string;
  tag: string;
  caller?: Caller;
  body?: z.ZodType;
  params?: z.ZodType;
  querystring?: z.ZodType;
  headers?: z.ZodType;
}

/** A zod schema as the JSON Schema of what a client sends (the input side of transforms and defaults). */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return json;
}

const SECURITY: Record<Caller, Record<string, string[]>[]> = {
  none: [],
  user: [{ session: [] }],
  operator: [{ session: [] }],
  key: [{ apiKey: [] }],
  metrics: [{ session: [] }, { metricsToken: [] }],
};

/**
 * A route's `schema`, for the OpenAPI document only: the same zod schemas the handler parses with
 * `parseRequest`, as JSON Schema. Fastify does not validate with them (see `installApiDocs`), so
 * validation and its error shape stay the handler's.
 */
export function routeDoc(doc: RouteDoc): { schema: FastifySchema } {
  const schema: FastifySchema & Record<string, unknown> = {
    summary: doc.summary,
    tags: [doc.tag],
    ...(doc.caller === "operator"
      ? { description: "Operators only (403 `forbidden` for other users)." }
      : {}),
    security: SECURITY[doc.caller ?? "user"],
  };
  if (doc.body) schema.body = jsonSchemaOf(doc.body);
  if (doc.params) schema.params = jsonSchemaOf(doc.params);
  if (doc.querystring) schema.querystring = jsonSchemaOf(doc.querystring);
  if (doc.headers) schema.headers = jsonSchemaOf(doc.headers);
  return { schema };
}

/**
 * OpenAPI at /docs/json and Swagger UI at /docs, open to anyone: the document holds routes and
 * request shapes, no credential or user data. Route schemas are documentation: the validator
 * compiler accepts everything, and every handler still parses its input with zod, so bad input
 * keeps the contract's `{"error":{code,message,field}}`. Registered before the routes, whose
 * schemas @fastify/swagger collects as they are added. Swagger UI's page loads only its own
 * scripts (no inline script), so the app's CSP holds for it too.
 */
export async function installApiDocs(app: FastifyInstance): Promise<void> {
  app.setValidatorCompiler(() => () => true);
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Dimple API",
        version: "1",
        description:
          'The HTTP contract of Dimple (docs/API.md). Errors: `{"error":{"code","message","field"?}}` with the HTTP status.',
      },
      components: {
        securitySchemes: {
          session: { type: "http", scheme: "bearer", description: "sign-in token from POST /api/auth/login" },
          apiKey: {
            type: "http",
            scheme: "bearer",
            description: "API key `dmp_…` (POST /api/keys): /mcp and /v1 only",
          },
          metricsToken: { type: "http", scheme: "bearer", description: "the metrics token (GET /metrics)" },
        },
      },
    },
    hideUntagged: false,
  });
  await app.register(swaggerUi, {
    routePrefix: "/docs",
    uiConfig: { validatorUrl: null, deepLinking: false },
  });
}
