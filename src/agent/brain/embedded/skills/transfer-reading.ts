import { extractMoney, moneyProblem } from "../../nlu/slots/money.ts";
import { parseCount, parseNumber } from "../../nlu/slots/numbers.ts";
import type { Contact } from "./contacts.ts";

// How a transfer request reads beyond "who" and "how much": the contacts it names anywhere in the
// sentence ("还Bob 200", "李华帮我垫了打车费，还她"), a note or reason to carry on the card, a bill
// split into shares, and several transfers in one sentence.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** The ways a contact's name may be written in a sentence. */
function namePatterns(contact: Contact): RegExp[] {
  const patterns: RegExp[] = [];
  const names = new Set<string>(
    [contact.displayName, contact.displayNameEn, contact.username].filter(
      (name): name is string => typeof name === "string" && name.length > 0,
    ),
  );
  // "Bob" for "Bob Miller"; never a one- or two-letter first name.
  for (const name of [...names]) {
    const first = name.split(/\s+/u)[0];
    if (first && /^[A-Za-z]{3,}$/u.test(first)) names.add(first);
  }
  for (const name of names) {
    if (/\p{Script=Han}/u.test(name)) patterns.push(new RegExp(escapeRegExp(name), "u"));
    else {
      // "Li Hua", "lihua", "li hua": Latin names with or without their spaces, as whole words.
      const parts = name.split(/\s+/u).map(escapeRegExp).join("\\s*");
      patterns.push(new RegExp(`(?<![A-Za-z])${parts}(?![A-Za-z])`, "iu"));
    }
  }
  return patterns;
}

/** Where a contact is first named in the text, or -1. */
function firstMention(contact: Contact, text: string): number {
  let at = -1;
  for (const pattern of namePatterns(contact)) {
    const match = pattern.exec(text);
    if (match && (at < 0 || match.index < at)) at = match.index;
  }
  return at;
}

/** The contacts the text names, in the order it names them. */
export function mentionedContacts(contacts: readonly Contact[], text: string): Contact[] {
  return contacts
    .map((contact) => ({ contact, at: firstMention(contact, text) }))
    .filter((mention) => mention.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((mention) => mention.contact);
}

// "Bob paid", "李华付的", "李华帮我垫了": the one who paid, whom a share or "还她" goes to.
const PAID_AFTER =
  /^\s*(?:already\s+)?(?:paid|covered|picked up|got (?:the )?(?:bill|check|tab)|treated)|^(?:帮我)?(?:付的|付了|付|买的单|买单|垫|结的账|结账|请)/iu;

/** Of several contacts named, the one the sentence says paid, if exactly one. */
export function payerAmong(contacts: readonly Contact[], text: string): Contact | undefined {
  const payers = contacts.filter((contact) =>
    namePatterns(contact).some((pattern) =>
      [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].some((match) =>
        PAID_AFTER.test(text.slice(match.index + match[0].length)),
      ),
    ),
  );
  return payers.length === 1 ? payers[0] : undefined;
}

const NOTE_ZH = /(?:备注|附言|留言|注明)\s*[:：]?\s*(?:是|为|写|写上)?\s*[「“"']?([^，,。！!」”"'\n]{1,20})/u;
const NOTE_EN =
  /\b(?:note|memo|reference|message|remark)\b\s*(?:[:=]|saying|that says|reading|is)?\s*['"“‘]?([^'"”’,.!?\n]{1,40})/iu;
// "for lunch", "for the cab", "for rent": the reason, said after the amount or the name.
const REASON_EN =
  /\bfor\s+((?:the\s+|my\s+|our\s+|last\s+|yesterday'?s\s+)?[a-z][a-z' -]{1,30}?)\s*(?=$|[,.!?;]|\b(?:thx|thanks|pls|please|and|then)\b)/iu;
// "午饭的钱", "打车费", "房租", "生活费": what the money is for.
const REASON_ZH =
  /((?:(?![转给还汇发帮我你了垫把那这的钱])\p{Script=Han}){1,6}(?:的钱|钱|费|租|款))(?![\p{Script=Han}])/u;
const NOT_A_REASON = /^(?:打|转|汇|还|借|付|给)钱$|多少|红包|块|元|账/u;
const FILLER_EN = /^(?:the|my|our)\s+|\s+(?:thx|thanks|pls|please)$/giu;

/** What the user wants the transfer to say ("备注生活费", "note: movie", "for lunch"), if anything. */
export function transferNote(text: string): string | undefined {
  const said = NOTE_ZH.exec(text) ?? NOTE_EN.exec(text);
  if (said?.[1]?.trim()) return said[1].trim();
  const reason = REASON_EN.exec(text);
  if (reason?.[1] && !/\b(?:me|him|her|them|you|it|now|today|tomorrow)\b/iu.test(reason[1]))
    return reason[1].replace(FILLER_EN, "").trim() || undefined;
  const zh = REASON_ZH.exec(text);
  if (zh?.[1] && !NOT_A_REASON.test(zh[1])) return zh[1];
  return undefined;
}

const SPLIT_CUE =
  /\bsplit\b|\bAA\b|平分|平摊|均摊|分摊|\bmy (?:share|half|part|cut)\b|我(?:那|的)份|我的那份/iu;
const WAYS_ZH = /([0-9]+|[两二三四五六七八九十]+)\s*(?:个人|人|份)/u;
const WAYS_EN = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s*(?:ways?|people|persons|of us)\b/iu;
const TOTAL_ZH =
  /(?:一共|总共|共|总计|合计|花了|消费了?)\s*(?:是|花了)?\s*([0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千万]+)/u;
const TOTAL_EN =
  /\b(?:was|were|came to|total(?:led)? (?:of|was|is)?|bill (?:was|is|of)|cost|paid|spent|covered|fronted|put down|picked up)\s*[$¥]?\s*(\d+(?:\.\d+)?)/iu;

/** A bill shared out ("一共360，三个人AA", "270, split 3 ways", "my half of 88"), if the text says one. */
export function billSplit(text: string): { totalFen: number; ways: number } | { unclear: true } | undefined {
  if (!SPLIT_CUE.test(text)) return undefined;
  const totalSaid = TOTAL_ZH.exec(text) ?? TOTAL_EN.exec(text);
  const total = totalSaid?.[1] ? parseNumber(totalSaid[1]) : undefined;
  const waysZh = WAYS_ZH.exec(text);
  const waysEn = WAYS_EN.exec(text);
  const ways = /\bmy half\b/iu.test(text)
    ? 2
    : waysZh?.[1]
      ? parseNumber(waysZh[1])
      : waysEn?.[1]
        ? parseCount(waysEn[1])
        : undefined;
  if (total === undefined || !ways || ways < 2 || total <= 0) return { unclear: true };
  return { totalFen: Math.round(total * 100), ways };
}

/** One transfer said in a longer sentence: its words, who (by the names it holds) and how much. */
export interface TransferClause {
  text: string;
  contacts: Contact[];
  amountFen?: number;
  problem?: string;
}

const CLAUSE_BREAK =
  /\s*(?:[,，;；。]\s*(?:and\s+|then\s+|also\s+|再|然后|另外|还有)?|\s+and\s+(?:then\s+)?|\s+then\s+|再(?=给|转|打|还)|然后|另外)\s*/iu;
const BARE_SUM =
  /(?<![\d.])(\d+(?:\.\d{1,2})?)(?![\d.]|\s*(?:点|号|杯|份|个|张|:|pm|am|cups?|tickets?|ways?|people|人))/iu;

function clauseAmount(text: string): { amountFen?: number; problem?: string } {
  const problem = moneyProblem(text);
  if (problem) return { problem: problem.text };
  const money = extractMoney(text, /\p{Script=Han}/u.test(text) ? "zh" : "en");
  if (money.amountFen !== undefined) return { amountFen: money.amountFen };
  const bare = BARE_SUM.exec(text);
  return bare?.[1] ? { amountFen: Math.round(Number(bare[1]) * 100) } : {};
}

/**
 * Several transfers in one sentence ("pay li hua 35.5 for lunch and bob 20 for the cab",
 * "给李华转50，再给Bob转30"): the sentence cut where a new contact takes a new amount. Fewer than two
 * complete transfers → an empty list (the sentence is one transfer, or not clear enough to split).
 */
export function transferClauses(contacts: readonly Contact[], text: string): TransferClause[] {
  if (SPLIT_CUE.test(text)) return [];
  const pieces = text.split(CLAUSE_BREAK).filter((piece) => piece.trim().length > 0);
  const clauses: TransferClause[] = [];
  for (const piece of pieces) {
    const named = mentionedContacts(contacts, piece);
    const amount = clauseAmount(piece);
    const last = clauses.at(-1);
    const complete = named.length === 1 && (amount.amountFen !== undefined || amount.problem !== undefined);
    if (complete || !last) clauses.push({ text: piece, contacts: named, ...amount });
    else {
      // A piece without its own transfer belongs to the one before ("，备注生活费", "for lunch").
      last.text = `${last.text}, ${piece}`;
      if (last.contacts.length === 0) last.contacts = named;
      if (last.amountFen === undefined && last.problem === undefined) Object.assign(last, amount);
    }
  }
  const whole = clauses.filter(
    (clause) =>
      clause.contacts.length === 1 && (clause.amountFen !== undefined || clause.problem !== undefined),
  );
  return whole.length >= 2 && whole.length === clauses.length ? clauses : [];
}

const SENDS_MONEY =
  /转账|转给|转[0-9一二两三四五六七八九十百千]|转(?:他|她|ta)|打钱|汇款|还钱|红包|\b(?:send|pay|transfer|wire|venmo|give)\b/iu;

/**
 * Whether a turn asks to send money whatever else it names: a sending word with someone to send to
 * and a sum ("send xiaoming 66 for the movie tix", "send 45 to li hua, owe her for coffee"), or a
 * share of a bill to send ("split 3 ways, send him my share"). Something to buy named before the
 * person ("send 2 lattes to bob") is a delivery, not a transfer.
 */
export function readsAsTransfer(
  text: string,
  slots: {
    recipient?: string;
    amountFen?: number;
    moneyProblem?: unknown;
    entities?: { start: number; entity: { kind: string } }[];
  },
): boolean {
  if (!SENDS_MONEY.test(text)) return false;
  if (SPLIT_CUE.test(text)) return true;
  if (!slots.recipient || (slots.amountFen === undefined && !slots.moneyProblem)) return false;
  const at = text.toLowerCase().indexOf(slots.recipient.toLowerCase());
  const thingFirst = (slots.entities ?? []).some(
    (match) => ["item", "category", "merchant"].includes(match.entity.kind) && (at < 0 || match.start < at),
  );
  // "send bob 2 lattes", "send my mom 2 bouquets of roses": the number counts things to deliver.
  const counted = (slots.entities ?? []).some(
    (match) =>
      ["item", "category"].includes(match.entity.kind) &&
      COUNT_BEFORE.test(text.slice(Math.max(0, match.start - 24), match.start)),
  );
  return !thingFirst && !counted;
}

const COUNT_BEFORE =
  /(?:^|[^\d.])(?:\d{1,2}|[一二两三四五六七八九十]|a couple of|a few|two|three|four|five|six)\s*(?:杯|份|个|束|盒|瓶|碗|袋|cups? of|bowls? of|boxes of|bottles? of|bunch(?:es)? of|bouquets? of)?\s*$/iu;
