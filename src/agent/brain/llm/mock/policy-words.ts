/** Word rules of the mock policy: just enough reading of a request to play the protocol. */

export const say = (lang: "zh" | "en", zh: string, en: string) => (lang === "zh" ? zh : en);

const CHINESE_NUMBERS: Record<string, number> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/** How many the user asked for ("两杯", "6 bottles", "two bubble teas"); 1 if unsaid. */
export function quantity(text: string): number {
  const zh = /([一两二三四五六七八九十]|\d+)\s*(?:杯|个|份|瓶|盒|束|碗|张|袋)/u.exec(text)?.[1];
  if (zh) return CHINESE_NUMBERS[zh] ?? Number(zh);
  const en = /\b(\d+|one|two|three|four|five|six)\s+(?!yuan|min|minutes)\w+/iu.exec(text)?.[1]?.toLowerCase();
  return en ? (ENGLISH_NUMBERS[en] ?? Number(en)) : 1;
}

/** An amount of money the user said ("50块", "50 yuan", "¥12.5"), in fen. */
export function amountFen(text: string): number | undefined {
  const match = /(?:¥|￥)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:块|元|yuan|rmb|cny)/iu.exec(text);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : Math.round(Number(value) * 100);
}

/** The saved address a request means: the office when it says so, else home. */
export function addressLabel(text: string): "home" | "office" {
  return /公司|单位|办公室|office|work/iu.test(text) ? "office" : "home";
}

const FILLER = [
  /帮我|给我|请|麻烦|我想|想要|我要|想吃|想喝|来|点|买|订|要|一下|吧|呀|啊|了|的/gu,
  /送到?(?:公司|家|单位|办公室)|到(?:公司|家)/gu,
  /[一两二三四五六七八九十\d]*\s*(?:杯|个|份|瓶|盒|束|碗|袋)/gu,
  /少糖|半糖|无糖|少冰|去冰|大杯|中杯|超大杯|热|冰/gu,
  /\d+\s*(?:块|元)(?:钱)?以内|\d+\s*分钟内/gu,
  /中午|午饭|晚饭|早饭|外卖/gu,
  /\b(?:please|can|could|you|i|i'd|id|like|want|need|get|me|some|order|buy|send|deliver(?:ed)?|to|my|the|for|lunch|dinner|a|an|of|with|and|one|two|three|four|five|six|\d+|less|sugar|no|ice|large|small|medium|iced|hot|office|home|place|under|yuan|within|minutes?|in|bottles?|cups?|bouquet|box|delivery)\b/giu,
  /[，,。.!！?？]/gu,
];

/** The product words of an order, with the filler around them taken out ("两杯少糖珍珠奶茶送到公司" → "珍珠奶茶"). */
export function productKeyword(text: string): string {
  let rest = text;
  for (const pattern of FILLER) rest = rest.replace(pattern, " ");
  const words = rest.split(/\s+/u).filter(Boolean);
  return words.join(" ").slice(0, 30);
}

/** Option choices the words ask for, as (key, choice id) pairs to match against what an item offers. */
export const OPTION_WORDS: readonly [key: string, choice: string, pattern: RegExp][] = [
  ["sugar", "less", /少糖|less sugar/iu],
  ["sugar", "half", /半糖|half sugar/iu],
  ["sugar", "none", /无糖|no sugar|sugar[- ]free/iu],
  ["ice", "less", /少冰|less ice/iu],
  ["ice", "none", /去冰|no ice/iu],
  ["ice", "hot", /热的|热饮|\bhot\b/iu],
  ["temperature", "hot", /热的|热饮|\bhot\b/iu],
  ["temperature", "iced", /冰的|\biced\b/iu],
  ["size", "extra_large", /超大杯|extra large/iu],
  ["size", "large", /(?<!超)大杯|\blarge\b/iu],
];
