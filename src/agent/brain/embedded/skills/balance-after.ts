import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";

// "and tell me what I'll have left", "看看转完还剩多少": the balance after the transfer, asked with it.
const LEFT_ASKED =
  /\bwhat (?:i'?ll|i will|i'?d|i would) have left\b|\bhow much (?:i'?ll|i will|will i) have left\b|\bhow much (?:is|will be) left\b|\b(?:my )?balance after\b|\bwhat'?s left (?:after|afterwards)\b|\bleft over after\b|还剩多少|剩多少钱|剩下多少|余额还有多少/iu;

/** Whether the words ask what the wallet will hold once the money is sent. */
export function leftAsked(text: string): boolean {
  return LEFT_ASKED.test(text);
}

/**
 * The wallet's balance once `amountFen` is sent, when the turn asks for it; empty otherwise (or when
 * the wallet cannot be read). Said as what will be left after confirming, nothing is moved here.
 */
export async function balanceAfterNote(
  context: SkillContext,
  amountFen: number | undefined,
): Promise<string> {
  const { turn, lang } = context;
  if (amountFen === undefined || !leftAsked(turn.text)) return "";
  const result = await turn.tools.call<{ availableFen: number }>("pay_get_balance", {
    userId: turn.profile.userId,
  });
  if (!result.ok) return "";
  const left = result.data.availableFen - amountFen;
  return left >= 0
    ? say(lang, `转完后钱包还剩 ${yuan(left)}。`, ` Once it's sent you'll have ${yuan(left)} left.`)
    : say(
        lang,
        `钱包只有 ${yuan(result.data.availableFen)}，不够这笔。`,
        ` Your wallet has only ${yuan(result.data.availableFen)}, not enough for this.`,
      );
}
