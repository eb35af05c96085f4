import type { GroupSpec } from "../help.ts";
import { evalFaithfulnessSpec } from "./eval-faithfulness.options.ts";
import { evalNluSpec } from "./eval-nlu.options.ts";
import { evalProbeSpec } from "./eval-probe.options.ts";
import { evalScenariosSpec } from "./eval-scenarios.options.ts";

/** `dimple eval nlu|scenarios|faithfulness`: the evaluations, each with a parser of its own. */
export const evalSpec: GroupSpec = {
  name: "eval",
  about:
    "Evaluations: the NLU on labelled rows, end-to-end scenarios, the faithfulness of cards to generated requests, or held-out probe requests.",
  commands: {
    nlu: evalNluSpec,
    scenarios: evalScenariosSpec,
    faithfulness: evalFaithfulnessSpec,
    probe: evalProbeSpec,
  },
};
