import { parseNumber } from "../../nlu/slots/numbers.ts";
import type { BrainDecision, TaskBrief } from "../../types.ts";
import { say, yuan } from "../say.ts";
import { contactsOf } from "../skills/contacts.ts";
import type { SkillContext } from "../skills/context.ts";
import { type PaymentDraft, payment } from "../skills/payment.ts";
import { mentionedContacts, transferNote } from "../skills/transfer-reading.ts";
import type { DialogueState } from "../state.ts";

const NUMBER = "([0-9]+(?:\\.[0-9]{1,2})?|[零一二两三四五六七八九十百千万]+)";
// "多转20", "再加20", "add 20 more", "20 more": more than on the card.
const MORE = new RegExp(
  `(?:多|再多|再加|加)\\s*(?:转|给|打)?\\s*${NUMBER}|\\badd\\s+(?:another\\s+)?${NUMBER}(?:\\s*(?:more|extra))?\\b|\\b${NUMBER}\\s+more\\b`,
  "iu",
);
// "少转20", "减20", "20 less", "take off 20": less than on the card.
const LESS = new RegExp(
  `(?:少|减|减掉|扣掉)\\s*(?:转|给|打)?\\s*${NUMBER}|\\b${NUMBER}\\s+less\\b|\\btake\\s+(?:off\\s+)?${NUMBER}\\s+off\\b|\\btake\\s+off\\s+${NUMBER}\\b|\\bminus\\s+${NUMBER}\\b`,
  "iu",
);
// "改成60", "make it 80", "actually make that 120", "change that to 250", "let's do 45 instead": the
// card's amount said anew.
const SET = new RegExp(
  `(?:改成|改为|换成|变成|改转|转)\\s*${NUMBER}\\s*(?:块|元|rmb)?\\s*(?:吧|啦|$|[，。！,.!])|\\b(?:(?:make|change|switch|set|update|bump|raise|lower|drop) (?:it|that|this|the amount|the transfer|the sum)(?: (?:up|down))?(?: to| into)?|change (?:the )?amount to|let'?s (?:do|say|go with|send)|(?:do|send|say|go with) (?=[¥$]?\\s*[0-9]+(?:\\.[0-9]{1,2})?\\s*(?:yuan|rmb|kuai|bucks|块|元)?\\s*instead\\b)|actually|instead|just|only)\\s*[¥$]?\\s*${NUMBER}\\b`,
  "iu",
);
// "wait, 250", "no wait, 60", "不对，250", "说错了 是350", "搞错了 50就行": a bare amount after a
// word of correction (or alone), "是" / "应该是" before it, is the card's amount said anew.
const BARE = new RegExp(
  `^(?:(?:wait|no|nope|sorry|oops|actually|hmm|oh|erm?|um+|my bad|等等|等一下|不对|哦不|不是|哎呀|(?:说|打|写|输|搞)?错了|不好意思|抱歉)[\\s,，.。!！]*)*(?:(?:其实|应该|本来|实际上?|金额)?是|应该|我要转|要转|转)?\\s*[¥$]?\\s*${NUMBER}\\s*(?:块钱?|元|yuan|rmb|kuai|bucks)?\\s*(?:instead|then|吧|就(?:行|好|可以|够)了?吧?)?[\\s.。!！]*$`,
  "iu",
);
const NOTE_CUE = /备注|附言|留言|注明|\b(?:note|memo|message|reference|remark)\b/iu;

const fen = (said: string | undefined): number | undefined => {
  if (!said) return undefined;
  const value = /^[0-9.]+$/u.test(said) ? Number(said) : parseNumber(said);
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value * 100) : undefined;
};
/**
 * "不对，是150，备注饭钱", "金额写错了，应该是260": the amount said anew in a clause of its own beside
 * other words (a note, a correction). The last such clause counts ("不是300，是350"); a note's
 * clause is the note, never the amount.
 */
function bareClause(text: string): RegExpExecArray | null {
  const clauses = text.split(/[，,。；;！!]/u).map((clause) => clause.trim());
  if (clauses.length < 2) return null;
  let found: RegExpExecArray | null = null;
  for (const clause of clauses) {
    if (clause === "" || NOTE_CUE.test(clause) || /^不是/u.test(clause)) continue;
    found = BARE.exec(clause) ?? found;
  }
  return found;
}
const firstOf = (match: RegExpExecArray | null) => match?.slice(1).find((group) => group !== undefined);

/**
 * "改成60", "少转20", "send it to Li Hua instead", "备注写房租" while a transfer card waits: the same
 * transfer with that change, its card in place of the old one, the change said.
 */
export async function amendPayment(
  context: SkillContext,
  awaitingCard: TaskBrief,
): Promise<BrainDecision | undefined> {
  const { state, turn, lang } = context;
  const card = state.skill?.paymentCard as PaymentDraft | undefined;
  if (awaitingCard.kind !== "payment" || !card?.toUserId || card.amountFen === undefined) return undefined;
  const text = turn.text;
  const draft: PaymentDraft = { ...card };
  const changes: string[] = [];
  const payee = mentionedContacts(contactsOf(turn.profile), text).find(
    (contact) => contact.userId !== card.toUserId && contact.userId !== turn.profile.userId,
  );
  if (payee) {
    draft.toUserId = payee.userId;
    draft.toName = payee.displayName;
    draft.toNameEn = payee.displayNameEn ?? payee.displayName;
    draft.recipient = payee.displayName;
    changes.push(say(lang, `改为转给${payee.displayName}`, `now to ${draft.toNameEn}`));
  }
  const more = fen(firstOf(MORE.exec(text)));
  const less = more === undefined ? fen(firstOf(LESS.exec(text))) : undefined;
  const set =
    more === undefined && less === undefined
      ? fen(firstOf(SET.exec(text) ?? BARE.exec(text.trim()) ?? bareClause(text)))
      : undefined;
  const amount =
    more !== undefined ? card.amountFen + more : less !== undefined ? card.amountFen - less : set;
  if (amount !== undefined) {
    if (amount <= 0)
      return {
        type: "reply",
        text: say(
          lang,
          `少转之后就没有钱可转了（原来是 ${yuan(card.amountFen)}）。要转多少？卡片还是原来的。`,
          `That leaves nothing to send (it was ${yuan(card.amountFen)}). How much should it be? The card is unchanged.`,
        ),
        state,
      };
    draft.amountFen = amount;
    delete draft.shareOf;
    changes.push(say(lang, `金额改为 ${yuan(amount)}`, `amount now ${yuan(amount)}`));
  }
  const note = NOTE_CUE.test(text) ? transferNote(text) : undefined;
  if (note) {
    draft.note = note;
    changes.push(say(lang, `备注改为「${note}」`, `note: "${note}"`));
  }
  if (changes.length === 0) return undefined;
  const asking: DialogueState = {
    ...state,
    awaiting: { intent: "payment", slot: "amount" },
    skill: { ...state.skill, payment: draft, paymentCard: undefined },
  };
  const decision = await payment({
    ...context,
    turn: { ...turn, text: "" },
    nlu: { ...context.nlu, slots: {} },
    state: asking,
  });
  if (decision.type !== "start_task")
    return {
      ...decision,
      text: `${decision.text}${say(lang, "（原来的卡片还在。）", " (The card you have is unchanged.)")}`,
    };
  return {
    ...decision,
    text: `${say(lang, `好的，已改：${changes.join("，")}。`, `Done — ${changes.join("; ")}. `)}${decision.text}`,
    replacesTaskId: awaitingCard.taskId,
  };
}
