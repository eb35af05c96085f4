export { LlmBrain, type LlmBrainOptions, type LlmTurnResult } from "./brain.ts";
export { type LlmConfig, loadLlmConfig, parseLlmConfig } from "./config.ts";
export { createChatModel, createLlmBrain } from "./create.ts";
export { type ChatModel, ModelFailure, type ModelReply, type ModelRequest } from "./model.ts";
export { FAILED_OUTCOMES, type LlmOutcome } from "./outcomes.ts";
export { llmUsage, UsageMeter } from "./usage-meter.ts";
