import type { ServiceContext } from "../../ecosystem/kernel/context.ts";
import { DimpleError } from "../../ecosystem/kernel/errors.ts";
import { EmbeddedBrain } from "./embedded/brain.ts";
import { loadWorldGazetteer } from "./embedded/world-gazetteer.ts";
import type { Brain } from "./types.ts";

export type BrainKind = "embedded" | "llm" | "hybrid";

/** Checks a brain name from the command line before anything is opened. */
export function parseBrainKind(kind: string): BrainKind {
  if (kind === "embedded" || kind === "llm" || kind === "hybrid") return kind;
  throw new DimpleError("invalid_argument", `--brain must be embedded, llm or hybrid, got "${kind}"`, {
    field: "--brain",
  });
}

/** Makes the brain named on the command line, with its resources loaded from the world. */
export async function createBrain(kind: string, context: ServiceContext): Promise<Brain> {
  switch (parseBrainKind(kind)) {
    case "embedded":
      return new EmbeddedBrain(await loadWorldGazetteer(context));
    case "llm":
    case "hybrid":
      throw new DimpleError(
        "unsupported_brain",
        `the ${kind} brain is not available in this build yet; use --brain embedded`,
        {
          field: "--brain",
        },
      );
    default:
      throw new DimpleError("invalid_argument", `--brain must be embedded, llm or hybrid, got "${kind}"`, {
        field: "--brain",
      });
  }
}
