import type { BrainDecision } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";
import { REFUND_ASKED, SPENT_ASKED, spending } from "./spending.ts";

/** "我钱包还有多少钱": the wallet's available balance, and what is on hold. */
export async function walletBalance(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  // "这个月花了多少", "did I get my money back?": the statement answers, not the balance.
  if (SPENT_ASKED.test(turn.text) || REFUND_ASKED.test(turn.text)) return spending(context);
  const state = { ...context.state, lastIntent: "wallet_balance", awaiting: undefined };
  const result = await turn.tools.call<{ availableFen: number; heldFen: number }>("pay_get_balance", {
    userId: turn.profile.userId,
  });
  if (!result.ok)
    return {
      type: "reply",
      text: say(lang, "抱歉，暂时查不到钱包余额。", "Sorry, I can't read your wallet right now."),
      state,
    };
  const { availableFen, heldFen } = result.data;
  const held =
    heldFen > 0
      ? say(
          lang,
          `，另有 ${yuan(heldFen)} 预授权冻结中`,
          `, plus ${yuan(heldFen)} on hold for pending payments`,
        )
      : "";
  return {
    type: "reply",
    text: say(
      lang,
      `你的钱包可用余额 ${yuan(availableFen)}${held}。`,
      `Your wallet has ${yuan(availableFen)} available${held}.`,
    ),
    state,
  };
}
