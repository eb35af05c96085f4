export { ApiError } from "./api-error.ts";
export type { ApiClient, ApiClientOptions, EventHandler } from "./client.ts";
export { createApiClient } from "./client.ts";
export { isAgentEvent, parseAgentEvent } from "./event-guard.ts";
export type { SseMessage } from "./sse.ts";
export { createSseParser } from "./sse.ts";
export type * from "./types.ts";
