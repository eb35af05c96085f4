import { relationSaid } from "./relations.ts";

const SENDING = /转|打钱|汇款|还钱|红包|\b(?:send|pay|transfer|wire|venmo|give|owe)\b/iu;
const ZH_RECIPIENT = [
  /给([^\s0-9，,。零一二两三四五六七八九十百千万]{1,6}?)(?:转账|转|打钱|打|发红包|发个|发|还|汇|付)/u,
  /(?:转|打|汇|还)(?:了)?[0-9零一二两三四五六七八九十百千万.]+(?:块钱|块|元钱|元)?给([^\s0-9，,。]{1,6}?)(?:吧|$|，|,|。|\s|备注|当|作为|做)/u,
  // "给王五转300", "给李四打两百": a given name may be a number word after a Chinese surname.
  /给(\p{Script=Han}(?<![我你他她它们零一二两三四五六七八九十百千万])[零一二三四五六七八九十]{1,2})(?:转账|转|打钱|发红包|汇|还)/u,
  // "给Charlie转50": a Latin name of any length.
  /给\s*([A-Za-z][A-Za-z'-]*(?:\s[A-Za-z][A-Za-z'-]*)?)\s*(?:转账|转|打钱|打|发红包|发|还|汇|付)/u,
  /还(?!是|要|想|有|得|没|剩)([^\s0-9，,。零一二两三四五六七八九十百千万]{1,6}?)[0-9零一二两三四五六七八九十百千万]/u,
  // "转给 Bob Miller 1000 元", "转账给李华", "打给妈妈两百".
  /(?:转账|转|打钱|打|汇款|汇|还钱|还)给\s*([A-Za-z]+(?:\s[A-Za-z]+)?|[^\s0-9，,。零一二两三四五六七八九十百千万]{1,6}?)\s*(?=[0-9零一二两三四五六七八九十百千万]|$|[，,。！!吧])/u,
  // "李华 转 两百": the name first.
  /^(?!给|帮)([^\s0-9，,。零一二两三四五六七八九十百千万]{1,6}?)\s*(?:转账|转)\s*[0-9零一二两三四五六七八九十百千万]/u,
  // "还李华昨天的饭钱": paying someone back, the amount later or not yet said.
  /还(?!是|要|想|有|得|没|剩)([^\s0-9，,。零一二两三四五六七八九十百千万]{1,6}?)(?=昨天|前天|上次|上周|今天|刚才|的)/u,
];
const EN_RECIPIENT = [
  /\b(?:send|pay|give|venmo|wire)\s+(?!money\b|the\b|my\b|for\b|it\b|back\b|\$|¥|\d)([a-z]+(?:\s(?!back\b|another\b|more\b|again\b|minus\b|negative\b)[a-z]+)?)\s+(?:back\s+)?(?:another\s+|more\s+|again\s+)?(?:[-−]\s*[$¥]?\d|(?:minus|negative)\s+[$¥]?\d|[$¥]?\d|some\b|money\b|a\s|the\s|fifty|ten|twenty|a hundred)/iu,
  /\b(?:send|transfer|wire|give|pay)\b.*?\bto\s+(?!my\s+(?:savings|checking|account))([a-z]+(?:'s)?(?:\s(?!for\b|now\b|today\b|please\b)[a-z]+)?)\s*(?:[,.!?]|$|for\b|now\b|today\b|please\b)/iu,
];

/** Who money goes to: "给小红转200" → 小红, "send Bob 50 yuan" → Bob, "transfer 100 to my mom" → my mom. */
export function extractRecipient(text: string): string | undefined {
  for (const pattern of [...ZH_RECIPIENT, ...EN_RECIPIENT]) {
    const match = pattern.exec(text);
    const name = match?.[1]?.trim();
    // "再给她转20", "send him another 30": a pronoun names nobody; no later pattern reads a name around it.
    if (name && /^(我|你|他|她|它|them|him|her|you|me)$/iu.test(name)) break;
    if (name) return name;
  }
  // "wire my mom 500", "我妈让我转她200": someone named by a relation, for the brain to resolve or ask.
  const relation = SENDING.test(text) ? relationSaid(text) : undefined;
  if (relation) return /\p{Script=Han}/u.test(relation) ? `我${relation}` : `my ${relation}`;
  return undefined;
}
