import type { Gazetteer } from "../nlu/gazetteer.ts";
import { LlmBrain } from "./brain.ts";
import type { LlmConfig } from "./config.ts";
import { importNodeLlamaCpp, LocalGgufModel } from "./local-model.ts";
import type { ChatModel } from "./model.ts";
import { OpenAiChatModel } from "./openai-model.ts";

/** The chat model a configuration names: a local GGUF file if set, else the HTTP endpoint. */
export async function createChatModel(config: LlmConfig): Promise<ChatModel> {
  if (config.gguf) {
    const module = await importNodeLlamaCpp();
    return new LocalGgufModel(module, config.gguf, config);
  }
  return new OpenAiChatModel({ ...config, baseUrl: config.baseUrl as string });
}

/** Builds the LLM brain from a configuration (see loadLlmConfig), with the catalogue names to read the user's words. */
export async function createLlmBrain(
  config: LlmConfig,
  resources: { gazetteer?: Gazetteer } = {},
): Promise<LlmBrain> {
  return new LlmBrain({
    model: await createChatModel(config),
    timeoutMs: config.timeoutMs,
    maxRounds: config.maxRounds,
    ...(resources.gazetteer ? { gazetteer: resources.gazetteer } : {}),
  });
}
