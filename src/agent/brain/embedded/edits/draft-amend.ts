import type { BrainDecision } from "../../types.ts";
import { say } from "../say.ts";
import type { SkillContext } from "../skills/context.ts";
import { planOrder } from "../skills/order.ts";
import { MORE_ITEMS } from "../skills/order-replies.ts";
import { askWhichLine, editOrder } from "./order-amend.ts";

/**
 * The answer to "the shop delivers from ¥20 — add more of it, or something else?": "再加一公斤砂糖橘",
 * "那来两斤", "那再来一杯珍珠奶茶凑一下" change the order asked about — its lines kept, the thing
 * added or the count changed — never a new order of only what the answer names.
 */
export async function amendAsked(context: SkillContext): Promise<BrainDecision | undefined> {
  const { state, lang } = context;
  const order = state.order;
  if (state.awaiting?.slot !== MORE_ITEMS.slot || !order || order.items.length === 0) return undefined;
  if (context.nlu.slots.cancel) return undefined;
  const edited = editOrder(context, order);
  if (!edited) return undefined;
  if ("unsure" in edited) return askWhichLine(edited.unsure, lang, state);
  if (edited.draft.items.length === 0) return undefined;
  const decision = await planOrder({ ...context, state: { ...state, awaiting: undefined } }, edited.draft);
  if (decision.type !== "start_task") return decision;
  const changed = say(lang, `好的，${edited.changes.join("，")}。`, `OK — ${edited.changes.join("; ")}. `);
  return { ...decision, text: `${changed}${decision.text}` };
}
