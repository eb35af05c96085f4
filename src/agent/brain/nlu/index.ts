export { type EvaluationReport, evaluateRows } from "./evaluate.ts";
export { Gazetteer, type GazetteerEntry, type GazetteerMatch } from "./gazetteer.ts";
export { INTENTS, type Intent, isIntent, type Language } from "./intents.ts";
export { type IntentScore, LinearIntentModel, type SerializedModel } from "./linear-model.ts";
export {
  type Classification,
  classify,
  clearNluModelCache,
  loadNluModel,
  resolveModelPath,
} from "./model-store.ts";
export { detectLanguage, normalizeText } from "./normalize.ts";
export { ModelRegistry } from "./registry.ts";
export { extractSlots } from "./slots/extract-slots.ts";
export type { DateTimeSlot, ItemOptions, Slots } from "./slots/types.ts";
export { type TrainNluOptions, type TrainNluResult, trainNluModel } from "./train.ts";
export { type Understanding, type UnderstandOptions, understand } from "./understand.ts";
