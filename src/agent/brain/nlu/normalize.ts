import type { Language } from "./intents.ts";

const CJK_GLOBAL = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN_GLOBAL = /[a-z]/giu;

// A number written with thousands separators ("3,000", "¥1,250.50"): one number, not 3 and 000.
const THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/gu;

/**
 * Canonical text for features and slot rules: NFKC (full-width digits and letters become ASCII),
 * lower case, single spaces, numbers without thousands separators, and no spaces between two CJK characters — some corpora and speech
 * front ends emit word-segmented Chinese ("明天 天气 怎么样"), which must look like ordinary text.
 */
export function normalizeText(text: string, options: { keepCase?: boolean } = {}): string {
  const folded = text.normalize("NFKC");
  return (
    (options.keepCase ? folded : folded.toLowerCase())
      .replace(/\s+/gu, " ")
      .replace(
        /([\u3400-\u9fff\uf900-\ufaff，。！？、]) (?=[\u3400-\u9fff\uf900-\ufaff，。！？、\d])/gu,
        "$1",
      )
      .replace(/(\d) (?=[\u3400-\u9fff\uf900-\ufaff])/gu, "$1")
      .replace(THOUSANDS, (digits) => digits.replace(/,/gu, ""))
      // "anything but Starbucks - 2 lattes", "不要星巴克 - 2杯": a dash spaced between words and a
      // number parts them like a comma; it is no minus sign. A range keeps its dash, with or without
      // units after its numbers ("20 - 50", "1小时 - 2小时", "5pm - 7pm").
      .replace(/(?<=\p{L})(?<!\d\s?\p{L}{1,3})\s+[-–—]\s+(?=\d)/gu, ", ")
      // "整箱农夫山泉", "两整箱可乐": a whole case said before the thing is one case (two cases) of it;
      // "矿泉水整箱两箱" (the pack after the thing) stays.
      .replace(/(?<=^|[，,、。；;\s来要买拿订点帮我])整(?=[箱包袋提][\u3400-\u9fff])/gu, "一")
      .replace(/(?<=[0-9一二两三四五六七八九十])整(?=[箱包袋提])/gu, "")
      // English shorthand: "w/ oat milk", "w/o ice".
      .replace(/(?<![a-z])w\/o(?![a-z])\s*/giu, "without ")
      .replace(/(?<![a-z])w\/(?=\s|[a-z]{2,})\s*/giu, "with ")
      .trim()
  );
}

// Words that build an English sentence, and characters that build a Chinese one.
const EN_GRAMMAR =
  /\b(?:from|to|for|with|pls|plz|please|the|my|me|i|can|could|get|want|need|and|of|at|deliver|send|some|an?)\b/giu;
const ZH_GRAMMAR = /[我你他她帮的了吧吗呢请给要来点把让用在从和到]|(?<![外配])送/u;
const ZH_GRAMMAR_GLOBAL = new RegExp(ZH_GRAMMAR.source, "gu");

/**
 * Picks zh or en from the script mix: any meaningful share of CJK ideographs means Chinese, since
 * Chinese users freely mix in Latin brand names ("来杯starbucks的latte") while English text almost
 * never carries ideographs.
 */
export function detectLanguage(text: string): Language {
  const cjk = text.match(CJK_GLOBAL)?.length ?? 0;
  if (cjk === 0) return "en";
  // "2 杯 生椰拿铁 large 去冰 from luckin to home pls", "一杯 latte from luckin pls, 少冰": English
  // sentences around Chinese names and options, with no Chinese word that builds a sentence.
  if ((text.match(EN_GRAMMAR)?.length ?? 0) >= 2 && !ZH_GRAMMAR.test(text)) return "en";
  // "帮我order两杯iced americano from 瑞幸, 送office": a Chinese sentence (帮我 … 送) around English
  // names and options, with at most one English word that builds a sentence.
  const zhGrammar = new Set(text.match(ZH_GRAMMAR_GLOBAL) ?? []).size;
  if (zhGrammar >= 2 && (text.match(EN_GRAMMAR)?.length ?? 0) < 2) return "zh";
  const latinWords = text.match(LATIN_GLOBAL)?.length ?? 0;
  // Letters count a fifth of an ideograph: one ideograph carries roughly a word's meaning.
  return cjk >= latinWords * 0.2 ? "zh" : "en";
}
