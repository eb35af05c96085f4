import { ApiError, errorFromResponse } from "./api-error.ts";
import { isAgentEvent, parseAgentEvent } from "./event-guard.ts";
import type {
  Consent,
  DataDeletion,
  MerchantChoice,
  Policy,
  PolicyUpdate,
  Spending,
} from "./settings-types.ts";
import { createSseParser } from "./sse.ts";
import type {
  AgentEvent,
  AnalyticsReport,
  DemoUser,
  FeedbackRating,
  Lang,
  LoginResponse,
  Me,
  OrderSummary,
  PaymentRecord,
  TaskEvent,
} from "./types.ts";

export interface ApiClientOptions {
  /** Prefix for every path; empty when the app is served by the API server itself. */
  baseUrl?: string;
  fetch?: typeof fetch;
  getToken: () => string | null;
  /** Called when the server rejects the token, so the app can return to the login screen. */
  onUnauthorized?: () => void;
}

export type EventHandler = (event: AgentEvent) => void;

/** The typed API client: the only way the web app talks to the server. */
export interface ApiClient {
  demoUsers(): Promise<DemoUser[]>;
  login(username: string, password: string): Promise<LoginResponse>;
  me(): Promise<Me>;
  createSession(lang?: Lang): Promise<{ sessionId: string }>;
  sendMessage(sessionId: string, text: string, onEvent: EventHandler, signal?: AbortSignal): Promise<void>;
  /** The trusted-surface action; `pin` answers a step-up (6 digits). */
  confirmTask(taskId: string, cartHash: string, pin?: string): Promise<AgentEvent[]>;
  cancelTask(taskId: string): Promise<AgentEvent[]>;
  /** A photo for an after-sale claim's card (base64 of the image); the card comes back re-quoted. */
  attachEvidence?(taskId: string, photo: { contentType: string; dataBase64: string }): Promise<AgentEvent[]>;
  getTask(taskId: string): Promise<TaskEvent>;
  orders(): Promise<OrderSummary[]>;
  payments(): Promise<PaymentRecord[]>;
  feedback(sessionId: string, rating: FeedbackRating, reason?: string): Promise<void>;
  policy(): Promise<Policy>;
  /** Loosening a rule needs `currentPin` (else `step_up_required`, field `currentPin`). */
  updatePolicy(update: PolicyUpdate): Promise<Policy>;
  spending(): Promise<Spending>;
  /** Shops by name (`q`) or the names of a policy's entries (`ids`, at most 50). */
  merchants(query: { q: string } | { ids: string[] }): Promise<MerchantChoice[]>;
  consent(): Promise<Consent>;
  setConsent(choice: { share: boolean; retentionDays?: number }): Promise<Consent>;
  deleteMyData(): Promise<DataDeletion>;
  subscribeEvents(onEvent: EventHandler, onError?: () => void): () => void;
  /** The operator's figures; anyone else gets an ApiError with status 403. */
  analytics(): Promise<AnalyticsReport>;
}

/** Creates the API client over `fetch` (injectable for tests). */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? "";
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const request = async (method: string, path: string, body?: unknown, accept = "application/json") => {
    const headers: Record<string, string> = { Accept: accept };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (cause) {
      throw new ApiError("network", "The server could not be reached.", { status: 0, cause });
    }
    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (response.status === 401) options.onUnauthorized?.();
      throw error;
    }
    return response;
  };

  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await request(method, path, body);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };

  const eventsOf = async (method: string, path: string, body?: unknown): Promise<AgentEvent[]> => {
    const result = await json<{ events?: unknown[] }>(method, path, body);
    return readEventList(result?.events);
  };

  return {
    demoUsers: () => json<DemoUser[]>("GET", "/api/auth/demo-users"),
    login: (username, password) => json<LoginResponse>("POST", "/api/auth/login", { username, password }),
    me: () => json<Me>("GET", "/api/me"),
    createSession: (lang) => json<{ sessionId: string }>("POST", "/api/sessions", lang ? { lang } : {}),
    async sendMessage(sessionId, text, onEvent) {
      const path = `/api/sessions/${encodeURIComponent(sessionId)}/messages`;
      const response = await request("POST", path, { text }, "text/event-stream, application/json");
      const contentType = response.headers.get("content-type") ?? "";
      if (!contentType.includes("text/event-stream") || !response.body) {
        const result = (await response.json()) as { events?: unknown[] };
        for (const event of readEventList(result?.events)) onEvent(event);
        return;
      }
      await readEventStream(response.body, onEvent);
    },
    confirmTask: (taskId, cartHash, pin) =>
      eventsOf("POST", `/api/tasks/${encodeURIComponent(taskId)}/confirm`, {
        cartHash,
        ...(pin ? { pin } : {}),
      }),
    cancelTask: (taskId) => eventsOf("POST", `/api/tasks/${encodeURIComponent(taskId)}/cancel`, {}),
    attachEvidence: (taskId, photo) =>
      eventsOf("POST", `/api/tasks/${encodeURIComponent(taskId)}/evidence`, photo),
    getTask: (taskId) => json<TaskEvent>("GET", `/api/tasks/${encodeURIComponent(taskId)}`),
    orders: () => json<OrderSummary[]>("GET", "/api/orders"),
    payments: () => json<PaymentRecord[]>("GET", "/api/payments"),
    async feedback(sessionId, rating, reason) {
      await request("POST", "/api/feedback", { sessionId, rating, ...(reason ? { reason } : {}) });
    },
    policy: () => json<Policy>("GET", "/api/policies"),
    updatePolicy: (update) => json<Policy>("PUT", "/api/policies", update),
    spending: () => json<Spending>("GET", "/api/spending"),
    async merchants(query) {
      const search =
        "q" in query ? `q=${encodeURIComponent(query.q)}` : `ids=${encodeURIComponent(query.ids.join(","))}`;
      return (await json<{ merchants: MerchantChoice[] }>("GET", `/api/merchants?${search}`)).merchants;
    },
    consent: () => json<Consent>("GET", "/api/consent"),
    setConsent: (choice) => json<Consent>("PUT", "/api/consent", choice),
    deleteMyData: () => json<DataDeletion>("DELETE", "/api/me/data"),
    analytics: () => json<AnalyticsReport>("GET", "/api/analytics"),
    subscribeEvents(onEvent, onError) {
      const token = options.getToken();
      if (!token || typeof EventSource === "undefined") return () => {};
      // EventSource cannot send headers, so the token travels in the query string (per the contract).
      const source = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message) => {
        const event = parseAgentEvent(String(message.data));
        if (event) onEvent(event);
      };
      source.onerror = () => onError?.();
      return () => source.close();
    },
  };
}

function readEventList(events: unknown[] | undefined): AgentEvent[] {
  if (!Array.isArray(events)) return [];
  return events.filter(isAgentEvent);
}

/** Reads `data: {json}` events from a streamed response body until `event: end` or the stream closes. */
async function readEventStream(body: ReadableStream<Uint8Array>, onEvent: EventHandler): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let ended = false;
  let streamError: ApiError | undefined;
  const parser = createSseParser((message) => {
    if (message.event === "end") {
      ended = true;
    } else if (message.event === "error") {
      // A failure after the stream began arrives as an `error` event carrying the usual error body.
      streamError = errorFromStream(message.data);
      ended = true;
    } else {
      const event = parseAgentEvent(message.data);
      if (event) onEvent(event);
    }
  });
  try {
    while (!ended) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
  } finally {
    if (ended) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  if (streamError) throw streamError;
}

function errorFromStream(data: string): ApiError {
  try {
    const body = JSON.parse(data) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof body.error?.code === "string" ? body.error.code : "stream_error";
    const message =
      typeof body.error?.message === "string" ? body.error.message : "The reply was interrupted.";
    return new ApiError(code, message, { status: 200 });
  } catch {
    return new ApiError("stream_error", "The reply was interrupted.", { status: 200 });
  }
}
