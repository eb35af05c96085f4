import { DimpleError } from "../../ecosystem/kernel/errors.ts";
import { EmbeddedBrain } from "./embedded/brain.ts";
import type { Brain } from "./types.ts";

export type BrainKind = "embedded" | "llm" | "hybrid";

/** Makes the brain named on the command line. */
export function createBrain(kind: string): Brain {
  switch (kind) {
    case "embedded":
      return new EmbeddedBrain();
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
