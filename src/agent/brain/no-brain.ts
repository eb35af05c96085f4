import { DimpleError } from "../../kernel/errors.ts";
import type { Brain } from "./types.ts";

/** The brain of a process that runs due work (steps, scheduled tasks), never conversations. */
export const noBrain: Brain = {
  name: "none",
  decide: async () => {
    throw new DimpleError("invalid_state", "a worker process holds no conversations");
  },
};
