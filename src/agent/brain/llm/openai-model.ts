import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionChunk } from "openai/resources/chat/completions";
import type { CompletionUsage } from "openai/resources/completions";
import type { LlmConfig } from "./config.ts";
import { keepAliveFetch } from "./http-fetch.ts";
import {
  type ChatModel,
  ModelFailure,
  type ModelReply,
  type ModelRequest,
  type ModelToolCall,
  type TokenUsage,
} from "./model.ts";
import { withRetries } from "./retry.ts";

/**
 * A chat model behind any OpenAI-compatible Chat Completions endpoint: DashScope (Qwen, compatible
 * mode), vLLM, Ollama, llama.cpp's server, OpenAI. Streams by default and assembles the deltas.
 */
export class OpenAiChatModel implements ChatModel {
  readonly name: string;
  readonly #client: OpenAI;

  constructor(private readonly config: LlmConfig & { baseUrl: string }) {
    this.name = `openai-compatible:${config.model}`;
    // The SDK's own retries are off: ours share the turn's deadline (see retry.ts).
    this.#client = new OpenAI({
      baseURL: config.baseUrl,
      apiKey: config.apiKey ?? "not-needed",
      maxRetries: 0,
      timeout: config.timeoutMs,
      // Failures come back to the brain as outcomes; the SDK's own console logging would only repeat them.
      logLevel: "off",
      fetch: keepAliveFetch,
    });
  }

  async complete(request: ModelRequest): Promise<ModelReply> {
    const policy = {
      maxRetries: this.config.maxRetries,
      backoffMs: this.config.backoffMs,
      signal: request.signal,
    };
    const { result } = await withRetries(policy, () => this.#once(request));
    return result;
  }

  async #once(request: ModelRequest): Promise<ModelReply> {
    const body = {
      model: this.config.model,
      messages: request.messages,
      temperature: this.config.temperature,
      max_tokens: this.config.maxTokens,
      ...(request.tools.length ? { tools: request.tools, tool_choice: "auto" as const } : {}),
    };
    try {
      if (!this.config.stream) {
        const completion = await this.#client.chat.completions.create(
          { ...body, stream: false },
          { signal: request.signal },
        );
        return fromCompletion(completion);
      }
      const stream = await this.#client.chat.completions.create(
        { ...body, stream: true, stream_options: { include_usage: true } },
        { signal: request.signal },
      );
      const assembler = new StreamAssembler();
      for await (const chunk of stream) assembler.add(chunk);
      return assembler.reply();
    } catch (error) {
      throw classify(error, request.signal);
    }
  }
}

/** Turns whatever the SDK threw into a ModelFailure with a stable code. */
export function classify(error: unknown, signal: AbortSignal): ModelFailure {
  if (error instanceof ModelFailure) return error;
  if (
    signal.aborted ||
    error instanceof OpenAI.APIUserAbortError ||
    error instanceof OpenAI.APIConnectionTimeoutError
  )
    return new ModelFailure("timeout", "the model did not answer in time", { cause: error });
  if (error instanceof OpenAI.APIConnectionError)
    return new ModelFailure("unavailable", "the model endpoint cannot be reached", {
      retryable: true,
      cause: error,
    });
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    const status = error.status;
    if (status === 429)
      return new ModelFailure("rate_limited", "the model endpoint is rate limiting us", {
        status,
        retryable: true,
        ...retryAfter(error.headers),
        cause: error,
      });
    if (status >= 500)
      return new ModelFailure("unavailable", `the model endpoint failed (HTTP ${status})`, {
        status,
        retryable: true,
        ...retryAfter(error.headers),
        cause: error,
      });
    return new ModelFailure("unavailable", `the model endpoint refused the request (HTTP ${status})`, {
      status,
      cause: error,
    });
  }
  return new ModelFailure("bad_response", "the model sent a response we cannot read", { cause: error });
}

function retryAfter(headers: Headers | undefined): { retryAfterMs?: number } {
  const milliseconds = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(milliseconds) && milliseconds >= 0 && headers?.has("retry-after-ms"))
    return { retryAfterMs: milliseconds };
  const seconds = Number(headers?.get("retry-after"));
  if (headers?.has("retry-after") && Number.isFinite(seconds) && seconds >= 0)
    return { retryAfterMs: seconds * 1000 };
  return {};
}

function fromCompletion(completion: ChatCompletion): ModelReply {
  const choice = completion?.choices?.[0];
  if (!choice?.message) throw new ModelFailure("bad_response", "the model sent no choice");
  const message = choice.message;
  return {
    content: typeof message.content === "string" ? message.content : "",
    toolCalls: (message.tool_calls ?? []).flatMap((call) =>
      call.type === "function"
        ? [{ id: call.id, name: call.function.name, arguments: call.function.arguments ?? "" }]
        : [],
    ),
    ...(message.refusal ? { refusal: message.refusal } : {}),
    ...(choice.finish_reason ? { finishReason: choice.finish_reason } : {}),
    ...(completion.usage ? { usage: tokenUsage(completion.usage) } : {}),
  };
}

/**
 * The provider's usage as our counts. Cached prompt tokens are `prompt_tokens_details.cached_tokens`
 * (OpenAI, DashScope, vLLM with prefix caching); providers that do not report them get no `cached`.
 */
function tokenUsage(usage: CompletionUsage): TokenUsage {
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    prompt: usage.prompt_tokens,
    completion: usage.completion_tokens,
    ...(typeof cached === "number" && cached >= 0 ? { cached } : {}),
  };
}

/** Collects streamed deltas (text, refusal, tool-call fragments by index, usage) into one reply. */
class StreamAssembler {
  #content = "";
  #refusal = "";
  #finishReason: string | undefined;
  #usage: ModelReply["usage"];
  readonly #calls = new Map<number, ModelToolCall>();

  add(chunk: ChatCompletionChunk): void {
    if (chunk.usage) this.#usage = tokenUsage(chunk.usage);
    const choice = chunk.choices?.[0];
    if (!choice) return;
    const delta = choice.delta ?? {};
    if (typeof delta.content === "string") this.#content += delta.content;
    if (typeof delta.refusal === "string") this.#refusal += delta.refusal;
    for (const fragment of delta.tool_calls ?? []) {
      const call = this.#calls.get(fragment.index) ?? { id: "", name: "", arguments: "" };
      if (fragment.id) call.id = fragment.id;
      if (fragment.function?.name) call.name += fragment.function.name;
      if (fragment.function?.arguments) call.arguments += fragment.function.arguments;
      this.#calls.set(fragment.index, call);
    }
    if (choice.finish_reason) this.#finishReason = choice.finish_reason;
  }

  reply(): ModelReply {
    const toolCalls = [...this.#calls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, call]) => ({ ...call, id: call.id || `call_${index}` }));
    return {
      content: this.#content,
      toolCalls,
      ...(this.#refusal ? { refusal: this.#refusal } : {}),
      ...(this.#finishReason ? { finishReason: this.#finishReason } : {}),
      ...(this.#usage ? { usage: this.#usage } : {}),
    };
  }
}
