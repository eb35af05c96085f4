import type { IntentScore } from "./linear-model.ts";
import { normalizeText } from "./normalize.ts";

// A turn that is nothing but a greeting ("hi", "hey there!", "你好呀"). The classifier learns greetings
// from longer turns, but "hi"/"hey" also open most requests ("hey, get me a cab"), and the bare words
// themselves are dev-set texts kept out of training, so a lone greeting would lean out_of_scope.
const EN_GREETING =
  /^(?:(?:hi|hello|hey|heya|hiya|howdy|yo|greetings|hullo|(?:good )?(?:morning|afternoon|evening))[\s,!.~]*)+(?:(?:there|dimple|again|everyone|everybody|all|you|guys|you guys|friend|buddy|assistant)[\s,!.~]*)*$/u;
const ZH_GREETING =
  /^(?:(?:你好|您好|嗨|哈喽|哈啰|嘿|早上好|中午好|下午好|晚上好|早安|早|在吗|在不在|在么|在嘛|hi|hello|hey)[\s,，!！.。~～呀啊吖哇]*)+(?:(?:小酒窝|dimple|大家|你们)[\s,，!！.。~～呀啊吖]*)*$/u;

/** Whether the whole utterance is a greeting, optionally addressed ("hello there", "嗨，小酒窝"). */
export function isBareGreeting(text: string): boolean {
  const normalized = normalizeText(text);
  return (
    normalized.length > 0 &&
    normalized.length <= 40 &&
    (EN_GREETING.test(normalized) || ZH_GREETING.test(normalized))
  );
}

/** The ranking with smalltalk moved to the top at probability at least 0.9, the others scaled to fit. */
export function greetingRanking(ranking: readonly IntentScore[]): IntentScore[] {
  const smalltalk = ranking.find((score) => score.intent === "smalltalk")?.probability ?? 0;
  const top = Math.max(smalltalk, 0.9);
  const scale = smalltalk >= 1 ? 0 : (1 - top) / (1 - smalltalk);
  return [
    { intent: "smalltalk", probability: top },
    ...ranking
      .filter((score) => score.intent !== "smalltalk")
      .map((score) => ({ intent: score.intent, probability: score.probability * scale })),
  ];
}
