import type { TaskKind } from "../../events.ts";
import type { RequestFrame } from "../frame.ts";
import type { BrainTurn, Lang } from "../types.ts";
import type { Understanding } from "./skills/context.ts";
import { laterTime } from "./skills/later.ts";
import { draftFromTurn } from "./skills/order-draft.ts";
import { frameOf } from "./skills/order-frame.ts";
import { rideFrame } from "./skills/ride-hail.ts";

/**
 * The request frame of the user's own words, read by the embedded brain's NLU and draft builder —
 * whichever brain proposes the card. The LLM brain attaches it to the model's proposals, so the
 * engine judges a model's card against what the user said (quantities, times, budget, exclusions),
 * never against the model's own reading. Only this turn's words count: a frame with nothing said
 * checks nothing. Undefined for kinds whose words the embedded brain does not frame.
 */
export function frameOfWords(
  turn: BrainTurn,
  lang: Lang,
  understanding: Understanding,
  kind: TaskKind,
): RequestFrame | undefined {
  const context = { turn, lang, nlu: understanding, state: {} };
  switch (kind) {
    case "order_delivery":
      return frameOf(draftFromTurn(context));
    case "ride_hail":
      return rideFrame(laterTime(context));
    default:
      return undefined;
  }
}
