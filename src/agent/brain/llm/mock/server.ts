import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatRequestBody, MockResponder, MockStep } from "./steps.ts";

/** One request as the mock saw it (for assertions and for prompt-size figures). */
export interface RecordedRequest {
  path: string;
  body: ChatRequestBody;
  chars: number;
  approxTokens: number;
  tools: string[];
  at: number;
}

/** A running mock model server. */
export interface MockModelServer {
  /** The base URL to give the client, ending in /v1. */
  baseUrl: string;
  port: number;
  requests: RecordedRequest[];
  /** Replaces how the mock answers (tests switch scripts between cases). */
  respondWith(responder: MockResponder): void;
  close(): Promise<void>;
}

const MODEL = "dimple-mock";

/**
 * A real HTTP server speaking the OpenAI Chat Completions protocol (`/v1/chat/completions`, streamed
 * and not, and `/v1/models`), answering as its responder says: scripted tool calls, text, or a
 * fault. A test double for the protocol, not a model. Listens on loopback; port 0 picks a free one.
 */
export async function startMockModel(options: {
  respond: MockResponder;
  port?: number;
  host?: string;
  log?: (request: RecordedRequest) => void;
}): Promise<MockModelServer> {
  let responder = options.respond;
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) json(response, 500, { error: { message: "mock failure" } });
      else response.destroy();
    });
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (request.method === "GET" && (path === "/v1/models" || path === "/models"))
      return json(response, 200, {
        object: "list",
        data: [{ id: MODEL, object: "model", created: 0, owned_by: "dimple" }],
      });
    if (request.method !== "POST" || !path.endsWith("/chat/completions"))
      return json(response, 404, { error: { message: `not found: ${path}` } });
    const raw = await readBody(request);
    let body: ChatRequestBody;
    try {
      body = JSON.parse(raw) as ChatRequestBody;
    } catch {
      return json(response, 400, { error: { message: "request body is not JSON" } });
    }
    const recorded: RecordedRequest = {
      path,
      body,
      chars: raw.length,
      approxTokens: Math.round(raw.length / 4),
      tools: (body.tools ?? []).map((tool) => tool.function?.name ?? "?"),
      at: Date.now(),
    };
    requests.push(recorded);
    options.log?.(recorded);
    await answer(responder(body), body, recorded, response);
  }
  async function answer(
    step: MockStep,
    body: ChatRequestBody,
    recorded: RecordedRequest,
    response: ServerResponse,
  ) {
    switch (step.type) {
      case "drop":
        response.socket?.destroy();
        return;
      case "delay": {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, step.ms);
          timers.add(timer);
          response.on("close", () => {
            clearTimeout(timer);
            timers.delete(timer);
            resolve();
          });
        });
        if (!response.destroyed && !response.writableEnded)
          await answer(step.answer, body, recorded, response);
        return;
      }
      case "http_error":
        return json(
          response,
          step.status,
          { error: { message: `mock error ${step.status}`, type: "mock_error" } },
          step.retryAfterMs === undefined ? {} : { "retry-after-ms": String(step.retryAfterMs) },
        );
      case "garbage":
        if (body.stream) {
          response.writeHead(200, { "content-type": "text/event-stream" });
          response.end('data: {"id":"x","choices":[{"delta":{"content":"hal\n\n');
        } else {
          response.writeHead(200, { "content-type": "application/json" });
          response.end("<html>502 Bad Gateway</html>");
        }
        return;
      case "message":
        return body.stream
          ? streamMessage(response, step, body, recorded)
          : json(response, 200, completion(step, body, recorded));
    }
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });

  server.keepAliveTimeout = 60_000;
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://${options.host ?? "127.0.0.1"}:${port}/v1`,
    port,
    requests,
    respondWith(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let raw = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      raw += chunk;
    });
    request.on("end", () => resolve(raw));
    request.on("error", reject);
  });
}

function json(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(value);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

type MessageStep = Extract<MockStep, { type: "message" }>;

function toolCallsOf(step: MessageStep) {
  return (step.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? `call_${index}_${call.name}`,
    type: "function" as const,
    function: {
      name: call.name,
      arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments),
    },
  }));
}

function usageOf(step: MessageStep, recorded: RecordedRequest) {
  if (step.usage === null) return undefined;
  const completionChars = (step.content ?? "").length + JSON.stringify(step.toolCalls ?? []).length;
  const usage: { prompt: number; completion: number; cached?: number } = step.usage ?? {
    prompt: recorded.approxTokens,
    completion: Math.max(1, Math.round(completionChars / 4)),
  };
  return {
    prompt_tokens: usage.prompt,
    completion_tokens: usage.completion,
    total_tokens: usage.prompt + usage.completion,
    ...(usage.cached === undefined ? {} : { prompt_tokens_details: { cached_tokens: usage.cached } }),
  };
}

function finishOf(step: MessageStep): string {
  return step.finishReason ?? (step.toolCalls?.length ? "tool_calls" : "stop");
}

function completion(step: MessageStep, body: ChatRequestBody, recorded: RecordedRequest) {
  const toolCalls = toolCallsOf(step);
  const usage = usageOf(step, recorded);
  return {
    id: `chatcmpl-mock-${recorded.at}`,
    object: "chat.completion",
    created: Math.floor(recorded.at / 1000),
    model: body.model ?? MODEL,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: step.content ?? null,
          refusal: step.refusal ?? null,
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: finishOf(step),
      },
    ],
    ...(usage ? { usage } : {}),
  };
}

/** Streams a message the way OpenAI does: a role chunk, text in pieces, tool-call fragments, finish, usage. */
function streamMessage(
  response: ServerResponse,
  step: MessageStep,
  body: ChatRequestBody,
  recorded: RecordedRequest,
) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const base = {
    id: `chatcmpl-mock-${recorded.at}`,
    object: "chat.completion.chunk",
    created: Math.floor(recorded.at / 1000),
    model: body.model ?? MODEL,
  };
  const send = (delta: Record<string, unknown>, finish: string | null = null) =>
    response.write(
      `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
    );
  send({ role: "assistant", content: "" });
  const content = step.content ?? "";
  for (let index = 0; index < content.length; index += 8) send({ content: content.slice(index, index + 8) });
  if (step.refusal) send({ refusal: step.refusal });
  toolCallsOf(step).forEach((call, index) => {
    const half = Math.ceil(call.function.arguments.length / 2);
    send({
      tool_calls: [
        {
          index,
          id: call.id,
          type: "function",
          function: { name: call.function.name, arguments: call.function.arguments.slice(0, half) },
        },
      ],
    });
    send({ tool_calls: [{ index, function: { arguments: call.function.arguments.slice(half) } }] });
  });
  send({}, finishOf(step));
  const usage = usageOf(step, recorded);
  if (usage && body.stream_options?.include_usage)
    response.write(`data: ${JSON.stringify({ ...base, choices: [], usage })}\n\n`);
  response.end("data: [DONE]\n\n");
}
