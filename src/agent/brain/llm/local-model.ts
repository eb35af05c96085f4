import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DimpleError } from "../../../kernel/errors.ts";
import { type ChatModel, ModelFailure, type ModelReply, type ModelRequest } from "./model.ts";

/** The one version we document and have written this adapter against. */
export const NODE_LLAMA_CPP = "node-llama-cpp@3.21.1";

// The module is optional: typed loosely here so the project compiles and installs without it.
// biome-ignore lint/suspicious/noExplicitAny: an optional module's API, checked at run time.
type LlamaModule = any;

/**
 * Imports node-llama-cpp only when a GGUF model is configured, so install and tests never need it.
 * The specifier is a variable so neither TypeScript nor a bundler tries to resolve it ahead of time.
 */
export async function importNodeLlamaCpp(specifier = "node-llama-cpp"): Promise<LlamaModule> {
  try {
    return await import(specifier);
  } catch (error) {
    throw new DimpleError(
      "llm_not_installed",
      `DIMPLE_LLM_GGUF is set, but ${specifier} is not installed (${(error as Error).message.split("\n")[0]}). Install it with: npm install --no-save ${NODE_LLAMA_CPP}`,
      { field: "DIMPLE_LLM_GGUF" },
    );
  }
}

/**
 * A GGUF model run in this process by node-llama-cpp. The model file is loaded on the first call.
 * Each call replays the whole conversation (stateless, like the HTTP API) through LlamaChat's
 * generateResponse, with our tools as its functions; its function calls come back as tool calls.
 * Usage is read from the sequence's token meter: prompt tokens are the tokens llama.cpp evaluated
 * for the call, so a prefix still in the context from the previous call is not counted again.
 * Checked by hand against node-llama-cpp 3.21.1 with a tiny GGUF; not run in CI (see docs/LLM.md).
 */
export class LocalGgufModel implements ChatModel {
  readonly name: string;
  #loading: Promise<{ chat: LlamaModule }> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly module: LlamaModule,
    private readonly modelPath: string,
    private readonly settings: { temperature: number; maxTokens: number },
  ) {
    this.name = `gguf:${modelPath.split("/").at(-1)}`;
  }

  complete(request: ModelRequest): Promise<ModelReply> {
    // One context sequence: calls take turns.
    const next = this.#queue.then(() => this.#complete(request));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #complete(request: ModelRequest): Promise<ModelReply> {
    const { chat } = await this.#load();
    const functions = Object.fromEntries(
      request.tools.flatMap((tool) =>
        tool.type === "function"
          ? [
              [
                tool.function.name,
                { description: tool.function.description, params: tool.function.parameters },
              ],
            ]
          : [],
      ),
    );
    // The sequence's token meter counts what llama.cpp evaluated: the call's usage is the difference.
    const before = meterState(chat);
    try {
      const result = await chat.generateResponse(toLlamaHistory(request.messages), {
        functions,
        signal: request.signal,
        temperature: this.settings.temperature,
        maxTokens: this.settings.maxTokens,
      });
      const calls = (result.functionCalls ?? []) as { functionName: string; params: unknown }[];
      const after = meterState(chat);
      return {
        ...(before && after
          ? {
              usage: {
                prompt: after.usedInputTokens - before.usedInputTokens,
                completion: after.usedOutputTokens - before.usedOutputTokens,
              },
            }
          : {}),
        content: typeof result.response === "string" ? result.response : "",
        toolCalls: calls.map((call, index) => ({
          id: `local_${index}`,
          name: call.functionName,
          arguments: JSON.stringify(call.params ?? {}),
        })),
      };
    } catch (error) {
      if (request.signal.aborted) throw new ModelFailure("timeout", "the local model did not answer in time");
      throw new ModelFailure("bad_response", "the local model failed", { cause: error });
    }
  }

  #load(): Promise<{ chat: LlamaModule }> {
    this.#loading ??= (async () => {
      const llama = await this.module.getLlama();
      const model = await llama.loadModel({ modelPath: this.modelPath });
      const context = await model.createContext();
      return { chat: new this.module.LlamaChat({ contextSequence: context.getSequence() }) };
    })();
    return this.#loading;
  }
}

/**
 * The context sequence's token meter (node-llama-cpp 3.x `LlamaContextSequence.tokenMeter`), or
 * undefined where a version lacks it; then the brain estimates the usage instead.
 */
function meterState(chat: LlamaModule): { usedInputTokens: number; usedOutputTokens: number } | undefined {
  const state = chat?.sequence?.tokenMeter?.getState?.();
  return typeof state?.usedInputTokens === "number" && typeof state?.usedOutputTokens === "number"
    ? state
    : undefined;
}

const textOf = (content: unknown): string =>
  typeof content === "string"
    ? content
    : Array.isArray(content)
      ? content.map((part) => (typeof part?.text === "string" ? part.text : "")).join("")
      : "";

/** OpenAI-style messages as node-llama-cpp chat history (tool results folded into the model's turn). */
function toLlamaHistory(messages: ChatCompletionMessageParam[]): unknown[] {
  const history: { type: string; text?: string; response?: unknown[] }[] = [];
  const results = new Map<string, string>();
  for (const message of messages)
    if (message.role === "tool") results.set(message.tool_call_id, textOf(message.content));
  for (const message of messages) {
    if (message.role === "system" || message.role === "developer")
      history.push({ type: "system", text: textOf(message.content) });
    else if (message.role === "user") history.push({ type: "user", text: textOf(message.content) });
    else if (message.role === "assistant") {
      const response: unknown[] = [];
      const text = textOf(message.content);
      if (text) response.push(text);
      for (const call of message.tool_calls ?? []) {
        if (call.type !== "function") continue;
        let params: unknown = {};
        try {
          params = JSON.parse(call.function.arguments || "{}");
        } catch {
          params = {};
        }
        response.push({
          type: "functionCall",
          name: call.function.name,
          params,
          result: results.get(call.id) ?? "",
        });
      }
      history.push({ type: "model", response });
    }
  }
  return history;
}
