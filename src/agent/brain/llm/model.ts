import type { ChatCompletionMessageParam, ChatCompletionTool } from "openai/resources/chat/completions";

export type { ChatCompletionMessageParam, ChatCompletionTool };

/** A function call the model asked for; `arguments` is the raw JSON text, parsed by the brain. */
export interface ModelToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** Token counts of one model call, as the provider reported them (or estimated, see `estimated`). */
export interface TokenUsage {
  prompt: number;
  completion: number;
  /** Prompt tokens the provider served from its prompt cache (a part of `prompt`), when it says so. */
  cached?: number;
  estimated?: boolean;
}

/** One call to a chat model. */
export interface ModelRequest {
  messages: ChatCompletionMessageParam[];
  tools: ChatCompletionTool[];
  signal: AbortSignal;
}

/** What the model answered: words, function calls, or a refusal. */
export interface ModelReply {
  content: string;
  toolCalls: ModelToolCall[];
  refusal?: string;
  finishReason?: string;
  usage?: TokenUsage;
}

/** Any chat model the LLM brain can drive: an OpenAI-compatible endpoint or a local GGUF model. */
export interface ChatModel {
  readonly name: string;
  complete(request: ModelRequest): Promise<ModelReply>;
}

/** Why a model call failed, as a stable code the brain turns into a plain outcome. */
export type ModelFailureCode = "timeout" | "rate_limited" | "unavailable" | "bad_response" | "not_installed";

/** A model call that failed after its retries; never carries a stack trace to the user. */
export class ModelFailure extends Error {
  constructor(
    readonly code: ModelFailureCode,
    message: string,
    readonly details: { status?: number; retryable?: boolean; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "ModelFailure";
  }

  /** Rate limits, server errors and dropped connections are worth another attempt. */
  get retryable(): boolean {
    return this.details.retryable ?? false;
  }
}
