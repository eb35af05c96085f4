import type { GroupSpec } from "../help.ts";
import { evalNluSpec } from "./eval-nlu.options.ts";
import { evalScenariosSpec } from "./eval-scenarios.options.ts";

/** `dimple eval nlu|scenarios`: the two evaluations, each with a parser of its own. */
export const evalSpec: GroupSpec = {
  name: "eval",
  about: "Evaluations: the NLU on labelled rows, or end-to-end scenarios.",
  commands: { nlu: evalNluSpec, scenarios: evalScenariosSpec },
};
