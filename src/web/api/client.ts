import { ApiError, errorFromResponse } from "./api-error.ts";
import { isAgentEvent, parseAgentEvent } from "./event-guard.ts";
import type {
  ApiKeyScope,
  ApiKeySummary,
  Consent,
  CreatedApiKey,
  DataDeletion,
  MerchantChoice,
  Policy,
  PolicyUpdate,
  RecurringOrder,
  Spending,
} from "./settings-types.ts";
import { createSseParser, type SseMessage } from "./sse.ts";
import type {
  AgentEvent,
  AnalyticsReport,
  ConversationReplay,
  DemoUser,
  FeedbackRating,
  Lang,
  LoginResponse,
  Me,
  MessageExtras,
  OrderSummary,
  PaymentRecord,
  TaskEvent,
  TurnRecord,
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

/** What the user's live stream delivers: agent events, and turns said on another surface. */
export interface StreamHandlers {
  onEvent: EventHandler;
  onTurn?: (turn: TurnRecord) => void;
  /** The stream broke; it reconnects by itself. */
  onError?: () => void;
  /** The stream is open again after a break (what it missed can be read back). */
  onReconnect?: () => void;
}

/** The typed API client: the only way the web app talks to the server. */
export interface ApiClient {
  demoUsers(): Promise<DemoUser[]>;
  login(username: string, password: string): Promise<LoginResponse>;
  me(): Promise<Me>;
  /** Sets the user's time zone (IANA name); a name that is none → ApiError `invalid_time_zone`, field `timeZone`. */
  setTimeZone(timeZone: string): Promise<{ timeZone: string }>;
  createSession(lang?: Lang): Promise<{ sessionId: string }>;
  sendMessage(sessionId: string, text: string, onEvent: EventHandler, extras?: MessageExtras): Promise<void>;
  /** The conversation so far, to rebuild the chat from on load, sign-in and in a new tab. */
  conversation(): Promise<ConversationReplay>;
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
  /** The user's recurring orders with their open mandates, runs and spend. */
  recurringOrders(): Promise<RecurringOrder[]>;
  /** Pauses or resumes one (cancelling is `cancelTask` on its id, which revokes its mandate). */
  setRecurringPaused(id: string, paused: boolean): Promise<void>;
  /** Shops by name (`q`) or the names of a policy's entries (`ids`, at most 50). */
  merchants(query: { q: string } | { ids: string[] }): Promise<MerchantChoice[]>;
  consent(): Promise<Consent>;
  setConsent(choice: { share: boolean; retentionDays?: number }): Promise<Consent>;
  deleteMyData(): Promise<DataDeletion>;
  apiKeys(): Promise<ApiKeySummary[]>;
  /** Creates a key for an outside client; the key is in the answer only this once. */
  createApiKey(name: string, scopes: ApiKeyScope[]): Promise<CreatedApiKey>;
  revokeApiKey(id: string): Promise<void>;
  /** Signs out on the server: the token stops working at once. */
  logout(): Promise<void>;
  /** Opens the user's live stream (reconnecting after breaks); returns the function that closes it. */
  subscribeEvents(handlers: StreamHandlers): () => void;
  /** The operator's figures; anyone else gets an ApiError with status 403. */
  analytics(): Promise<AnalyticsReport>;
}

/** Creates the API client over `fetch` (injectable for tests). */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? "";
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const request = async (
    method: string,
    path: string,
    body?: unknown,
    accept = "application/json",
    signal?: AbortSignal,
    extraHeaders: Record<string, string> = {},
  ) => {
    const headers: Record<string, string> = { ...extraHeaders, Accept: accept };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        ...(signal ? { signal } : {}),
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
    conversation: () => json<ConversationReplay>("GET", "/api/conversation"),
    async sendMessage(sessionId, text, onEvent, extras = {}) {
      const path = `/api/sessions/${encodeURIComponent(sessionId)}/messages`;
      const response = await request(
        "POST",
        path,
        { text, ...extras },
        "text/event-stream, application/json",
      );
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
    setTimeZone: (timeZone) => json<{ timeZone: string }>("PATCH", "/api/me", { timeZone }),
    policy: () => json<Policy>("GET", "/api/policies"),
    updatePolicy: (update) => json<Policy>("PUT", "/api/policies", update),
    spending: () => json<Spending>("GET", "/api/spending"),
    recurringOrders: () => json<RecurringOrder[]>("GET", "/api/recurring-orders"),
    async setRecurringPaused(id, paused) {
      await request("POST", `/api/recurring-orders/${encodeURIComponent(id)}/${paused ? "pause" : "resume"}`);
    },
    async merchants(query) {
      const search =
        "q" in query ? `q=${encodeURIComponent(query.q)}` : `ids=${encodeURIComponent(query.ids.join(","))}`;
      return (await json<{ merchants: MerchantChoice[] }>("GET", `/api/merchants?${search}`)).merchants;
    },
    consent: () => json<Consent>("GET", "/api/consent"),
    setConsent: (choice) => json<Consent>("PUT", "/api/consent", choice),
    deleteMyData: () => json<DataDeletion>("DELETE", "/api/me/data"),
    analytics: () => json<AnalyticsReport>("GET", "/api/analytics"),
    apiKeys: () => json<ApiKeySummary[]>("GET", "/api/keys"),
    createApiKey: (name, scopes) => json<CreatedApiKey>("POST", "/api/keys", { name, scopes }),
    async revokeApiKey(id) {
      await request("DELETE", `/api/keys/${encodeURIComponent(id)}`);
    },
    async logout() {
      await request("POST", "/api/auth/logout", {});
    },
    subscribeEvents(handlers) {
      if (!options.getToken()) return () => {};
      const controller = new AbortController();
      // A streamed fetch rather than EventSource, so the token travels in a header, never in the URL.
      // After a break the stream resumes after the last event it got, on whichever server answers.
      void followStream(controller.signal, handlers, (lastEventId) =>
        request(
          "GET",
          "/api/events",
          undefined,
          "text/event-stream",
          controller.signal,
          lastEventId ? { "Last-Event-ID": lastEventId } : {},
        ),
      );
      return () => controller.abort();
    },
  };
}

function readEventList(events: unknown[] | undefined): AgentEvent[] {
  if (!Array.isArray(events)) return [];
  return events.filter(isAgentEvent);
}

/** Reads `data: {json}` events from a streamed response body until `event: end` or the stream closes. */
async function readEventStream(body: ReadableStream<Uint8Array>, onEvent: EventHandler): Promise<void> {
  let streamError: ApiError | undefined;
  await pumpSse(body, (message) => {
    if (message.event === "end") return true;
    if (message.event === "error") {
      // A failure after the stream began arrives as an `error` event carrying the usual error body.
      streamError = errorFromStream(message.data);
      return true;
    }
    const event = parseAgentEvent(message.data);
    if (event) onEvent(event);
    return false;
  });
  if (streamError) throw streamError;
}

/** Feeds a streamed body through the SSE parser until `onMessage` says stop or the stream closes. */
async function pumpSse(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: SseMessage) => boolean,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let ended = false;
  const parser = createSseParser((message) => {
    if (!ended && onMessage(message)) ended = true;
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
}

const RETRY_FIRST_MS = 1_000;
const RETRY_MOST_MS = 30_000;

/**
 * Keeps the user's live stream open until `signal` aborts: unnamed messages are agent events,
 * `turn` messages are turns from another surface. After a break it waits (doubling, at most 30 s)
 * and opens it again; a refused sign-in ends it (the app returns to the login screen).
 */
async function followStream(
  signal: AbortSignal,
  handlers: StreamHandlers,
  open: (lastEventId: string | undefined) => Promise<Response>,
): Promise<void> {
  let delay = RETRY_FIRST_MS;
  let broken = false;
  let lastEventId: string | undefined;
  while (!signal.aborted) {
    try {
      const response = await open(lastEventId);
      if (!response.body) throw new ApiError("stream_error", "The event stream has no body.", { status: 0 });
      if (broken) handlers.onReconnect?.();
      broken = false;
      delay = RETRY_FIRST_MS;
      await pumpSse(response.body, (message) => {
        if (message.id !== undefined) lastEventId = message.id;
        if (message.event === "turn") {
          const turn = parseTurn(message.data);
          if (turn) handlers.onTurn?.(turn);
        } else if (message.event === "message") {
          lastEventId = message.id ?? lastEventId;
          const event = parseAgentEvent(message.data);
          if (event) handlers.onEvent(event);
        }
        return signal.aborted;
      });
    } catch (error) {
      if (signal.aborted || (error instanceof ApiError && error.status === 401)) return;
    }
    if (signal.aborted) return;
    broken = true;
    handlers.onError?.();
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, RETRY_MOST_MS);
  }
}

function parseTurn(data: string): TurnRecord | null {
  try {
    const value = JSON.parse(data) as Partial<TurnRecord>;
    if (typeof value.sessionId !== "string" || typeof value.text !== "string" || !Array.isArray(value.events))
      return null;
    return {
      sessionId: value.sessionId,
      text: value.text,
      events: readEventList(value.events),
      at: typeof value.at === "number" ? value.at : 0,
      ...(typeof value.origin === "string" ? { origin: value.origin } : {}),
    };
  } catch {
    return null;
  }
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
