import { parseNumber } from "../../nlu/slots/numbers.ts";
import { isRelation } from "../../nlu/slots/relations.ts";
import { owedSum, spokenAmounts } from "../../nlu/slots/spoken-amount.ts";
import type { BrainDecision, TaskRequest } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import { balanceAfterNote } from "./balance-after.ts";
import { type Contact, contactsOf, matchContacts } from "./contacts.ts";
import type { SkillContext } from "./context.ts";
import { laterTime, whenLabel } from "./later.ts";
import {
  billSplit,
  mentionedContacts,
  payerAmong,
  transferClauses,
  transferNote,
} from "./transfer-reading.ts";

/** The wallet's available balance when it is below the amount; undefined when it covers it (or can't be read). */
async function shortOfBalance(
  context: SkillContext,
  amountFen: number,
): Promise<{ availableFen: number } | undefined> {
  const { turn } = context;
  const result = await turn.tools.call<{ availableFen: number }>("pay_get_balance", {
    userId: turn.profile.userId,
  });
  return result.ok && result.data.availableFen < amountFen
    ? { availableFen: result.data.availableFen }
    : undefined;
}

/** Pay's limit for one payment (pay's MAX_AMOUNT_FEN, the payment handler's MAX_TRANSFER_FEN). */
export const TRANSFER_LIMIT_FEN = 5_000_000;

/** A transfer being planned; kept in `state.skill.payment` while a question is open. */
export interface PaymentDraft {
  recipient?: string;
  toUserId?: string;
  toName?: string;
  toNameEn?: string;
  amountFen?: number;
  note?: string;
  /** How the amount was worked out ("¥270.00 ÷ 3"), said with the card. */
  shareOf?: { totalFen: number; ways: number };
}

/** Someone named by a pronoun ("him", "她"): whoever the conversation last sent money to. */
const PRONOUN = /\b(?:him|her|them)\b|给(?:他|她)|(?:他|她)(?![们])/iu;

type Resolved = { contact: Contact } | { reply: BrainDecision } | { ask: string };

/** "给李华转50块": a contact and an amount → a payment card (nothing moves until it is confirmed). */
export async function payment(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  const asking = context.state.awaiting?.intent === "payment";
  const previous = asking ? ((context.state.skill?.payment ?? {}) as PaymentDraft) : {};
  const base: DialogueState = { ...context.state, lastIntent: "payment", awaiting: undefined };
  const contacts = contactsOf(turn.profile);
  if (!asking) {
    const clauses = transferClauses(contacts, turn.text);
    if (clauses.length >= 2) return severalTransfers(context, clauses, base);
  }
  const draft: PaymentDraft = { ...previous };
  if (nlu.slots.amountFen !== undefined) draft.amountFen = nlu.slots.amountFen;
  // "I owe li hua 64, send it over": the sum said before the sending words (a name the catalogue also
  // knows — "hua" — kept the slot reader from taking it).
  else if (!asking && draft.amountFen === undefined) {
    const owed = owedSum(turn.text);
    if (owed !== undefined) draft.amountFen = owed;
  } else if (asking && context.state.awaiting?.slot === "amount") {
    // "50", "一千五", "fifteen hundred": the bare answer to "how much?".
    const said = /^\s*([0-9]+(?:\.[0-9]{1,2})?|[零一二两三四五六七八九十百千万]+)\s*(?:块钱?|元)?\s*$/u.exec(
      spokenAmounts(turn.text),
    );
    const value = said?.[1] ? parseNumber(said[1]) : undefined;
    if (value !== undefined && value > 0) draft.amountFen = Math.round(value * 100);
  }
  const note = transferNote(turn.text);
  if (note) draft.note = note;
  const problem = nlu.slots.moneyProblem;
  if (problem) delete draft.amountFen;
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
  const split = problem ? undefined : billSplit(turn.text);
  if (split && "totalFen" in split) {
    delete draft.amountFen;
    if (split.totalFen % split.ways === 0) {
      draft.amountFen = split.totalFen / split.ways;
      draft.shareOf = split;
    } else {
      const share = (split.totalFen / split.ways / 100).toFixed(4).replace(/0+$/u, "");
      return keep(
        "amount",
        say(
          lang,
          `${yuan(split.totalFen)} ÷ ${split.ways} = ¥${share}，不是整分。要转多少？`,
          `${yuan(split.totalFen)} ÷ ${split.ways} is ¥${share}, not a whole fen. How much should I send?`,
        ),
      );
    }
  }
  if (!draft.toUserId) {
    const resolved = resolveRecipient(context, contacts, draft, base);
    if ("reply" in resolved) return resolved.reply;
    if ("ask" in resolved) {
      // A sum that is no amount is said first: the user is never left thinking it was understood.
      if (problem)
        return keep(
          "recipient",
          `${amountProblemText(lang, problem)}${say(lang, "要转给谁？", " Who is it for?")}`,
        );
      return keep("recipient", resolved.ask);
    }
    const only = resolved.contact;
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
  if (problem) return keep("amount", amountProblemText(lang, problem, true));
  const toNameEn = draft.toNameEn ?? draft.toName;
  if (split && "unclear" in split && draft.amountFen === undefined)
    return keep(
      "amount",
      say(lang, `你那份是多少钱？`, `How much is your share — what should I send ${toNameEn}?`),
    );
  if (draft.amountFen === undefined)
    return keep("amount", say(lang, `转多少钱给${draft.toName}？`, `How much should I send ${toNameEn}?`));
  if (draft.amountFen > TRANSFER_LIMIT_FEN) {
    const asked = draft.amountFen;
    delete draft.amountFen;
    return keep(
      "amount",
      say(
        lang,
        `单笔转账最多 ${yuan(TRANSFER_LIMIT_FEN)}，${yuan(asked)} 超过了上限，我没有转账。要转多少？`,
        `One transfer can be at most ${yuan(TRANSFER_LIMIT_FEN)}; ${yuan(asked)} is over that limit, so I haven't sent anything. How much should it be?`,
      ),
    );
  }
  const when = laterTime(context);
  // More than the wallet holds: said before the card (a linked bank card may still pay it).
  const short = when ? undefined : await shortOfBalance(context, draft.amountFen);
  const shortNote = short
    ? say(
        lang,
        `注意：钱包可用余额只有 ${yuan(short.availableFen)}，${yuan(draft.amountFen)} 超出了余额，需要用绑定的银行卡支付，否则转不出去。`,
        `Note: your wallet has only ${yuan(short.availableFen)} available, not enough for ${yuan(draft.amountFen)} — it has to be paid from a linked bank card, or it can't go through. `,
      )
    : "";
  const request = transferRequest(context, draft, when);
  const share = draft.shareOf
    ? say(
        lang,
        `${yuan(draft.shareOf.totalFen)} ÷ ${draft.shareOf.ways} = ${yuan(draft.amountFen)}，`,
        `${yuan(draft.shareOf.totalFen)} ÷ ${draft.shareOf.ways} = ${yuan(draft.amountFen)}: `,
      )
    : "";
  const at = when ? whenLabel(when.atMs, turn.now, lang, turn.profile.timeZone) : "";
  const text = when
    ? say(
        lang,
        `${share}${at} 给${draft.toName}转 ${yuan(draft.amountFen)}${noteText(lang, draft.note)}：现在确认，到时自动转出。`,
        `${share}Sending ${yuan(draft.amountFen)} to ${toNameEn} ${at}${noteText(lang, draft.note)} — confirm now and it goes out then.`,
      )
    : say(
        lang,
        `${share}给${draft.toName}转 ${yuan(draft.amountFen)}${noteText(lang, draft.note)}。`,
        `${share}Sending ${yuan(draft.amountFen)} to ${toNameEn}${noteText(lang, draft.note)}.`,
      );
  return {
    type: "start_task",
    request,
    text: `${shortNote}${text}${await balanceAfterNote(context, draft.amountFen)}`,
    // The card's transfer, kept so "改成60" / "send it to Li Hua instead" can edit it.
    state: { ...base, skill: { ...context.state.skill, payment: undefined, paymentCard: draft } },
  };
}

/** The contact the money goes to: the name said, else the one contact the sentence names, else a question. */
function resolveRecipient(
  context: SkillContext,
  contacts: Contact[],
  draft: PaymentDraft,
  base: DialogueState,
): Resolved {
  const { turn, lang, nlu } = context;
  if (nlu.slots.recipient) draft.recipient = nlu.slots.recipient;
  const named = draft.recipient ? matchContacts(contacts, draft.recipient) : [];
  if (named.length === 1 && named[0]) return { contact: named[0] };
  if (named.length > 1)
    return {
      ask: say(
        lang,
        `有几位叫「${draft.recipient}」：${names(named, "zh")}，是哪位？`,
        `Several contacts match "${draft.recipient}": ${names(named, "en")}. Which one?`,
      ),
    };
  // "还Bob 200", "转1000给Alice，房租", "李华帮我垫了打车费23块，还她": the contact named anywhere.
  const mentioned = mentionedContacts(contacts, turn.text).filter(
    (contact) => contact.userId !== turn.profile.userId,
  );
  const payer = mentioned.length > 1 ? payerAmong(mentioned, turn.text) : undefined;
  const chosen = mentioned.length === 1 ? mentioned[0] : payer;
  if (chosen) return { contact: chosen };
  if (mentioned.length > 1)
    return {
      ask: say(
        lang,
        `要转给${names(mentioned, "zh")}中的哪位？`,
        `Who should get it — ${names(mentioned, "en")}?`,
      ),
    };
  // "send him another 30", "再给她转50": the one the last transfer went to.
  const last = context.state.skill?.paymentCard as PaymentDraft | undefined;
  const before = last?.toUserId && contacts.find((contact) => contact.userId === last.toUserId);
  if (!draft.recipient && before && PRONOUN.test(turn.text)) return { contact: before };
  // "send my sister 300": a relation is nobody's name; whom it means is asked, among the contacts.
  if (draft.recipient && isRelation(draft.recipient)) {
    const who = draft.recipient;
    delete draft.recipient;
    const others = contacts.filter((contact) => contact.userId !== turn.profile.userId);
    return {
      ask: say(
        lang,
        `「${who}」是联系人里的哪位？${others.length > 0 ? `（联系人：${names(others, "zh")}）` : ""}`,
        `Which of your contacts is ${who.replace(/^my\s+/iu, "your ")}?${others.length > 0 ? ` (contacts: ${names(others, "en")})` : ""}`,
      ),
    };
  }
  if (draft.recipient)
    return {
      reply: {
        type: "reply",
        text: say(
          lang,
          `你的联系人里没有「${draft.recipient}」，我没法给陌生人转账。`,
          `"${draft.recipient}" isn't in your contacts, so I can't send them money.`,
        ),
        state: { ...base, skill: { ...base.skill, unknownPayee: draft.recipient } },
      },
    };
  return { ask: say(lang, "要转给谁？", "Who should I send it to?") };
}

function amountProblemText(
  lang: "zh" | "en",
  problem: { text: string; reason: string },
  askAmount = false,
): string {
  const ask = askAmount ? say(lang, "要转多少？", " How much should it be?") : "";
  if (problem.reason === "too_large")
    return say(
      lang,
      `「${problem.text}」超过了单笔转账上限 ${yuan(TRANSFER_LIMIT_FEN)}，我没有转账。${ask}`,
      `"${problem.text}" is over the ${yuan(TRANSFER_LIMIT_FEN)} limit for one transfer, so I haven't sent anything.${ask}`,
    );
  return say(
    lang,
    `「${problem.text}」不是一个能转的金额，我没有转账。${ask}`,
    `"${problem.text}" isn't an amount I can send, so I haven't sent anything.${ask}`,
  );
}

const noteText = (lang: "zh" | "en", note: string | undefined) =>
  note ? say(lang, `（备注：${note}）`, ` (note: "${note}")`) : "";

function transferRequest(
  context: SkillContext,
  draft: PaymentDraft,
  when?: { atMs: number; text: string },
): TaskRequest {
  const { lang } = context;
  const amountFen = draft.amountFen as number;
  const toNameEn = draft.toNameEn ?? draft.toName;
  return {
    kind: "payment",
    title: say(lang, `转账给${draft.toName}`, `Send money to ${toNameEn}`),
    args: {
      toUserId: draft.toUserId,
      toName: draft.toName,
      toNameEn,
      amountFen,
      ...(draft.note ? { note: draft.note } : {}),
    },
    asked: { budgetFen: amountFen },
    frame: {
      kind: "payment",
      items: [],
      exclusions: [],
      bundle: [],
      problems: [],
      amountFen,
      ...(when ? { when } : {}),
    },
    ...(when ? { scheduledFor: when.atMs, startLeadMs: 0 } : {}),
  };
}

/** "pay li hua 35.5 for lunch and bob 20 for the cab": one card each, every amount as said. */
function severalTransfers(
  context: SkillContext,
  clauses: ReturnType<typeof transferClauses>,
  base: DialogueState,
): BrainDecision {
  const { lang, turn } = context;
  const problem = clauses.find((clause) => clause.problem !== undefined);
  if (problem?.problem)
    return {
      type: "reply",
      text: say(
        lang,
        `「${problem.problem}」不是一个能转的金额，我一笔都没有转。请把金额再说一遍。`,
        `"${problem.problem}" isn't an amount I can send, so I haven't sent any of them. Could you say the amounts again?`,
      ),
      state: base,
    };
  const drafts: PaymentDraft[] = clauses.map((clause) => {
    const contact = clause.contacts[0] as Contact;
    const note = transferNote(clause.text);
    return {
      toUserId: contact.userId,
      toName: contact.displayName,
      toNameEn: contact.displayNameEn ?? contact.displayName,
      amountFen: clause.amountFen as number,
      ...(note ? { note } : {}),
    };
  });
  const over = drafts.find(
    (draft) => (draft.amountFen ?? 0) > TRANSFER_LIMIT_FEN || draft.toUserId === turn.profile.userId,
  );
  if (over)
    return {
      type: "reply",
      text: say(
        lang,
        `给${over.toName}的这笔转不了（超过单笔上限 ${yuan(TRANSFER_LIMIT_FEN)}，或是转给自己），我一笔都没有转。`,
        `I can't make the one to ${over.toNameEn} (over the ${yuan(TRANSFER_LIMIT_FEN)} limit, or to yourself), so I haven't sent any of them.`,
      ),
      state: base,
    };
  const [first, ...rest] = drafts.map((draft) => transferRequest(context, draft));
  const listed = drafts
    .map((draft) =>
      say(
        lang,
        `给${draft.toName}转 ${yuan(draft.amountFen as number)}${noteText(lang, draft.note)}`,
        `${yuan(draft.amountFen as number)} to ${draft.toNameEn}${noteText(lang, draft.note)}`,
      ),
    )
    .join(say(lang, "；", "; "));
  return {
    type: "start_task",
    request: first as TaskRequest,
    linked: rest,
    text: say(
      lang,
      `${drafts.length} 笔转账：${listed}。每笔各有一张卡片，分别确认。`,
      `${drafts.length} transfers: ${listed}. Each has its own card to confirm.`,
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
