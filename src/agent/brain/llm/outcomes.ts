import type { Lang } from "../types.ts";

/** How an LLM turn ended. The first group are answers; the rest are failures the hybrid brain covers. */
export type LlmOutcome =
  | "reply"
  | "ask"
  | "task"
  | "cancel"
  | "refusal"
  | "invalid"
  | "timeout"
  | "rate_limited"
  | "unavailable"
  | "bad_response"
  | "empty"
  | "not_installed"
  | "rounds_exhausted";

/** Outcomes where the model did not give a usable answer: the hybrid brain falls back on these. */
export const FAILED_OUTCOMES: ReadonlySet<LlmOutcome> = new Set([
  "invalid",
  "timeout",
  "rate_limited",
  "unavailable",
  "bad_response",
  "empty",
  "not_installed",
  "rounds_exhausted",
]);

const TEXTS: Record<Exclude<LlmOutcome, "reply" | "ask" | "task" | "cancel">, [string, string]> = {
  refusal: ["抱歉，这个请求我没法处理。", "Sorry, I can't help with that request."],
  invalid: [
    "抱歉，我没能把这件事办成，没有下单也没有扣款。",
    "Sorry, I couldn't put that together — nothing was ordered or charged.",
  ],
  timeout: [
    "抱歉，模型响应超时了，请稍后再试。",
    "Sorry, the model took too long to answer. Please try again.",
  ],
  rate_limited: [
    "抱歉，模型现在太忙了，请稍后再试。",
    "Sorry, the model is too busy right now. Please try again shortly.",
  ],
  unavailable: [
    "抱歉，暂时连不上模型，请稍后再试。",
    "Sorry, I can't reach the model right now. Please try again later.",
  ],
  bad_response: [
    "抱歉，模型的回答我没看懂，能换个说法吗？",
    "Sorry, I couldn't read the model's answer. Could you say it another way?",
  ],
  empty: [
    "抱歉，模型没有给出回答，能换个说法吗？",
    "Sorry, the model gave no answer. Could you say it another way?",
  ],
  not_installed: ["本地模型没有安装。", "The local model is not installed."],
  rounds_exhausted: [
    "抱歉，这个问题我没能理清，能说得更具体些吗？",
    "Sorry, I couldn't work that out. Could you be more specific?",
  ],
};

/** The plain sentence the user sees for an outcome that is not an answer (with a reason, if useful). */
export function failureText(outcome: LlmOutcome, lang: Lang, detail?: string): string {
  const texts = TEXTS[outcome as keyof typeof TEXTS];
  if (!texts) return detail ?? "";
  const base = lang === "zh" ? texts[0] : texts[1];
  if (outcome === "refusal" && detail) return detail;
  if (outcome === "invalid" && detail) return `${base} (${detail})`;
  return base;
}
