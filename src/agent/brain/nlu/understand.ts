import type { Gazetteer } from "./gazetteer.ts";
import type { Intent, Language } from "./intents.ts";
import type { IntentScore, LinearIntentModel } from "./linear-model.ts";
import { classify } from "./model-store.ts";
import { detectLanguage } from "./normalize.ts";
import { extractSlots } from "./slots/extract-slots.ts";
import type { Slots } from "./slots/types.ts";

/** Inputs of `understand` besides the text. `now` (epoch ms) anchors relative dates. */
export interface UnderstandOptions {
  now: number;
  /** The IANA zone the user's times are in (their profile's); Asia/Shanghai when absent. */
  timeZone?: string;
  lang?: Language;
  gazetteer?: Gazetteer;
  model?: LinearIntentModel;
}

/** What the embedded NLU makes of one user turn. */
export interface Understanding {
  lang: Language;
  intent: Intent;
  /** Probability of the top-ranked intent; the brain should ask rather than act when it is low. */
  confidence: number;
  /** The three most probable intents, highest first. */
  ranking: IntentScore[];
  slots: Slots;
}

/** Classifies the intent and extracts slots of one utterance; the model is loaded once and cached. */
export function understand(text: string, options: UnderstandOptions): Understanding {
  const lang = options.lang ?? detectLanguage(text);
  const classification = classify(text, options.model);
  return {
    lang,
    intent: classification.intent,
    confidence: classification.confidence,
    ranking: classification.ranking,
    slots: extractSlots(text, lang, options.gazetteer, {
      now: options.now,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    }),
  };
}
