import type { BrainDecision } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import { type Contact, contactsOf, matchContacts } from "./contacts.ts";
import type { SkillContext } from "./context.ts";

/** A transfer being planned; kept in `state.skill.payment` while a question is open. */
interface PaymentDraft {
  recipient?: string;
  toUserId?: string;
  toName?: string;
  toNameEn?: string;
  amountFen?: number;
}

/** "给李华转50块": a contact and an amount → a payment card (nothing moves until it is confirmed). */
export async function payment(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  const previous =
    context.state.awaiting?.intent === "payment"
      ? ((context.state.skill?.payment ?? {}) as PaymentDraft)
      : {};
  const base: DialogueState = { ...context.state, lastIntent: "payment", awaiting: undefined };
  const draft: PaymentDraft = { ...previous };
  if (nlu.slots.amountFen !== undefined) draft.amountFen = nlu.slots.amountFen;
  const problem = nlu.slots.moneyProblem;
  if (problem) delete draft.amountFen;
  if (nlu.slots.recipient) {
    draft.recipient = nlu.slots.recipient;
    delete draft.toUserId;
  }
  const keep = (awaiting: string, text: string): BrainDecision => ({
    type: "ask",
    slot: awaiting,
    text,
    state: {
      ...base,
      awaiting: { intent: "payment", slot: awaiting },
      skill: { ...context.state.skill, payment: draft },
    },
  });
  if (!draft.recipient && !draft.toUserId)
    return keep("recipient", say(lang, "要转给谁？", "Who should I send it to?"));
  if (!draft.toUserId) {
    const found = matchContacts(contactsOf(turn.profile), draft.recipient ?? "");
    const [only] = found;
    if (found.length === 0) {
      return {
        type: "reply",
        text: say(
          lang,
          `你的联系人里没有「${draft.recipient}」，我没法给陌生人转账。`,
          `"${draft.recipient}" isn't in your contacts, so I can't send them money.`,
        ),
        state: base,
      };
    }
    if (found.length > 1 || !only)
      return keep(
        "recipient",
        say(
          lang,
          `有几位叫「${draft.recipient}」：${names(found, "zh")}，是哪位？`,
          `Several contacts match "${draft.recipient}": ${names(found, "en")}. Which one?`,
        ),
      );
    if (only.userId === turn.profile.userId)
      return {
        type: "reply",
        text: say(lang, "不能给自己转账哦。", "You can't send money to yourself."),
        state: base,
      };
    draft.toUserId = only.userId;
    draft.toName = only.displayName;
    draft.toNameEn = only.displayNameEn ?? only.displayName;
  }
  if (problem)
    return keep(
      "amount",
      say(
        lang,
        `「${problem.text}」不是一个能转的金额，我没有转账。要转多少？`,
        `"${problem.text}" isn't an amount I can send, so I haven't sent anything. How much should it be?`,
      ),
    );
  const toNameEn = draft.toNameEn ?? draft.toName;
  if (draft.amountFen === undefined)
    return keep("amount", say(lang, `转多少钱给${draft.toName}？`, `How much should I send ${toNameEn}?`));
  return {
    type: "start_task",
    request: {
      kind: "payment",
      title: say(lang, `转账给${draft.toName}`, `Send money to ${toNameEn}`),
      args: { toUserId: draft.toUserId, toName: draft.toName, toNameEn, amountFen: draft.amountFen },
      asked: { budgetFen: draft.amountFen },
      frame: {
        kind: "payment",
        items: [],
        exclusions: [],
        bundle: [],
        problems: [],
        amountFen: draft.amountFen,
      },
    },
    text: say(
      lang,
      `给${draft.toName}转 ${yuan(draft.amountFen)}。`,
      `Sending ${yuan(draft.amountFen)} to ${toNameEn}.`,
    ),
    state: { ...base, skill: { ...context.state.skill, payment: undefined } },
  };
}

function names(contacts: Contact[], lang: "zh" | "en"): string {
  return contacts
    .map(
      (contact) =>
        `${lang === "zh" ? contact.displayName : (contact.displayNameEn ?? contact.displayName)}${contact.username ? ` (@${contact.username})` : ""}`,
    )
    .join(lang === "zh" ? "、" : ", ");
}
