import { readFileSync } from "node:fs";
import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import { zodErrorBody } from "../../../kernel/tool.ts";

/** How to reach the model and how patient to be with it. */
export const LlmConfig = z.object({
  /** An OpenAI-compatible endpoint, e.g. https://dashscope.aliyuncs.com/compatible-mode/v1. */
  baseUrl: z.string().url().optional(),
  apiKey: z.string().optional(),
  model: z.string().min(1).default("qwen-plus"),
  /** A local GGUF file run in-process by node-llama-cpp (optional, loaded lazily). */
  gguf: z.string().min(1).optional(),
  /** Stream the completion (tokens arrive as they are made; the same decision either way). */
  stream: z.boolean().default(true),
  /** The whole turn's budget for the model, retries included. */
  timeoutMs: z.number().int().positive().max(600_000).default(20_000),
  /** In the hybrid brain, how long to wait for the model before the embedded brain answers instead. */
  hybridTimeoutMs: z.number().int().positive().max(600_000).default(8_000),
  /** Retries of one model call after 429, 5xx or a dropped connection. */
  maxRetries: z.number().int().min(0).max(5).default(2),
  /** First backoff before a retry; it doubles each time (a Retry-After header wins when shorter). */
  backoffMs: z.number().int().min(0).max(30_000).default(500),
  /** Model calls per turn: read-tool rounds plus the final answer. */
  maxRounds: z.number().int().min(1).max(8).default(4),
  temperature: z.number().min(0).max(2).default(0.2),
  maxTokens: z.number().int().positive().max(8192).default(512),
});

export type LlmConfig = z.output<typeof LlmConfig>;
export type LlmConfigInput = z.input<typeof LlmConfig>;

/** Validates a configuration object (from a file, the environment or a test). */
export function parseLlmConfig(input: unknown, source = "LLM config"): LlmConfig {
  const parsed = LlmConfig.safeParse(input);
  if (!parsed.success) {
    const body = zodErrorBody(parsed.error);
    throw new DimpleError("invalid_argument", `${source}: ${body.message}`, { field: body.field ?? source });
  }
  if (!parsed.data.baseUrl && !parsed.data.gguf)
    throw new DimpleError(
      "invalid_argument",
      "the LLM brain needs DIMPLE_LLM_BASE_URL (an OpenAI-compatible endpoint) or DIMPLE_LLM_GGUF (a local model file); see docs/LLM.md",
      { field: "DIMPLE_LLM_BASE_URL" },
    );
  return parsed.data;
}

const numberFrom = (value: string | undefined) =>
  value === undefined || value === "" ? undefined : Number(value);

/**
 * Reads the configuration: a JSON file named by DIMPLE_LLM_CONFIG (if any), overridden field by
 * field by DIMPLE_LLM_BASE_URL, DIMPLE_LLM_API_KEY, DIMPLE_LLM_MODEL, DIMPLE_LLM_GGUF,
 * DIMPLE_LLM_TIMEOUT_MS, DIMPLE_LLM_HYBRID_TIMEOUT_MS and DIMPLE_LLM_STREAM.
 */
export function loadLlmConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: LlmConfigInput = {},
): LlmConfig {
  let fromFile: Record<string, unknown> = {};
  const file = env.DIMPLE_LLM_CONFIG;
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (error) {
      throw new DimpleError("invalid_argument", `cannot read ${file}: ${(error as Error).message}`, {
        field: "DIMPLE_LLM_CONFIG",
      });
    }
  }
  const fromEnv = Object.fromEntries(
    Object.entries({
      baseUrl: env.DIMPLE_LLM_BASE_URL || undefined,
      apiKey: env.DIMPLE_LLM_API_KEY || undefined,
      model: env.DIMPLE_LLM_MODEL || undefined,
      gguf: env.DIMPLE_LLM_GGUF || undefined,
      timeoutMs: numberFrom(env.DIMPLE_LLM_TIMEOUT_MS),
      hybridTimeoutMs: numberFrom(env.DIMPLE_LLM_HYBRID_TIMEOUT_MS),
      stream: env.DIMPLE_LLM_STREAM === undefined ? undefined : env.DIMPLE_LLM_STREAM !== "0",
    }).filter(([, value]) => value !== undefined),
  );
  return parseLlmConfig({ ...fromFile, ...fromEnv, ...overrides }, file ?? "LLM environment");
}
