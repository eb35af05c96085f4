/** A tool call the mock model makes; object arguments are serialised, strings are sent as they are. */
export interface MockToolCall {
  name: string;
  arguments: string | Record<string, unknown>;
  id?: string;
}

/** One scripted answer of the mock model: a message, or one of the faults a real endpoint shows. */
export type MockStep =
  | {
      type: "message";
      content?: string;
      toolCalls?: MockToolCall[];
      refusal?: string;
      finishReason?: string;
      /**
       * Reported usage; `null` sends none (as some servers do). Default: chars/4 of the request.
       * `cached` is sent as `prompt_tokens_details.cached_tokens`, as caching providers do.
       */
      usage?: { prompt: number; completion: number; cached?: number } | null;
    }
  /** An HTTP error status (429, 500, 503 …), with an optional Retry-After in milliseconds. */
  | { type: "http_error"; status: number; retryAfterMs?: number }
  /** Wait this long, then answer with `answer` (a timeout when the client gives up first). */
  | { type: "delay"; ms: number; answer: MockStep }
  /** A body that is not what the protocol promises (broken JSON, broken SSE). */
  | { type: "garbage" }
  /** Close the connection without answering. */
  | { type: "drop" };

/** The parts of a Chat Completions request the mock and its policies look at. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: {
    role: string;
    content?: unknown;
    tool_calls?: { id: string; function: { name: string; arguments: string } }[];
    tool_call_id?: string;
  }[];
  tools?: { type: string; function: { name: string; description?: string } }[];
}

/** Decides the mock's answer to one request. */
export type MockResponder = (body: ChatRequestBody) => MockStep;

/** Plays the steps in order, one per request; after the last one, answers with `after` (default "ok"). */
export function scripted(
  steps: MockStep[],
  after: MockResponder = () => ({ type: "message", content: "ok" }),
): MockResponder {
  const queue = [...steps];
  return (body) => queue.shift() ?? after(body);
}

/** Always the same short reply, like the peer benchmark's mock ("pong"). */
export const pong: MockResponder = () => ({ type: "message", content: "pong" });
