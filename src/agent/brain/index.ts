import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { EmbeddedBrain } from "./embedded/brain.ts";
import { loadWorldGazetteer } from "./embedded/world-gazetteer.ts";
import { HybridBrain } from "./hybrid/brain.ts";
import { type LlmConfig, loadLlmConfig } from "./llm/config.ts";
import type { Brain } from "./types.ts";

/** The LLM brain, and the OpenAI SDK under it, load only when one is asked for. */
const loadLlmBrain = async () => (await import("./llm/create.ts")).createLlmBrain;

export type BrainKind = "embedded" | "llm" | "hybrid";

/** Checks a brain name from the command line before anything is opened. */
export function parseBrainKind(kind: string): BrainKind {
  if (kind === "embedded" || kind === "llm" || kind === "hybrid") return kind;
  throw new DimpleError("invalid_argument", `--brain must be embedded, llm or hybrid, got "${kind}"`, {
    field: "--brain",
  });
}

/**
 * Makes the brain named on the command line, with its resources loaded from the world. The LLM and
 * hybrid brains read their model settings from the environment (DIMPLE_LLM_*, see docs/LLM.md)
 * unless a configuration is given.
 */
export async function createBrain(
  kind: string,
  context: ServiceContext,
  llmConfig?: LlmConfig,
): Promise<Brain> {
  switch (parseBrainKind(kind)) {
    case "embedded":
      // Built on the first turn: a server that is ready but idle does not hold it.
      return new EmbeddedBrain(() => loadWorldGazetteer(context));
    case "llm": {
      const config = llmConfig ?? loadLlmConfig();
      // The gazetteer reads the user's words into the frame a proposal is checked against; its
      // entity matching runs only on turns where the model proposes a card.
      return (await loadLlmBrain())(config, { gazetteer: await loadWorldGazetteer(context) });
    }
    case "hybrid": {
      const config = llmConfig ?? loadLlmConfig();
      const gazetteer = await loadWorldGazetteer(context);
      return new HybridBrain(new EmbeddedBrain(gazetteer), await (await loadLlmBrain())(config), {
        llmTimeoutMs: config.hybridTimeoutMs,
      });
    }
    default:
      throw new DimpleError("invalid_argument", `--brain must be embedded, llm or hybrid, got "${kind}"`, {
        field: "--brain",
      });
  }
}
