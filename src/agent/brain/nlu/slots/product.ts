import { OPTION_WORDS } from "./options.ts";

// The words naming what the user wants, when the gazetteer does not know them ("玫瑰花", "bottles of
// water"): the planner searches the catalogue with them. Generic words ("外卖", "food") are no product.

const ZH_VERB = /(?:想吃|想喝|要吃|要喝|来|点|买|订|要|吃|喝|送|叫)(?:一下|一些|一点|点|些)?/u;
const ZH_COUNT =
  /(?:[0-9]+|[一二两俩三四五六七八九十几]+)\s*(?:杯|份|个|瓶|盒|束|碗|袋|串|只|斤|箱|罐|包|支|枝|盆|提|听|块(?!钱))/u;
// Option and filler words that sit before or after the noun and are not part of it.
const ZH_MODIFIER = new RegExp(`^(?:的|${OPTION_WORDS}|新鲜的?|好吃的?)+`, "iu");
const ZH_TRAILING_OPTIONS = new RegExp(`(?<=.)(?:的|${OPTION_WORDS})+$`, "iu");
const ZH_STOP =
  /送到|送去|送过来|送来|送|到|给|不要|别要|太贵|吧|啊|呀|呢|哦|嘛|了|就行|就好|外卖|，|,|。|！|!|？|\?|、|\s|和|加|还有|以内|以下|之内|内/u;
const ZH_GENERIC =
  /^(?:外卖|东西|吃的|喝的|吃|喝|饭|午饭|晚饭|早饭|早餐|午餐|晚餐|夜宵|宵夜|点心|单|一单|份|些|点)$/u;

// Limits and refusals, not things: "别超过10块", "不要辣".
const ZH_NOT_A_THING = /超过|以内|以下|之内|[0-9]+\s*(?:块|元)|钱|^别|^不要|^不用/u;
// Where to send it, not what to send: "送单位", "送到我家".
const ZH_PLACE =
  /^(?:公司|单位|办公室|家|家里|我家|学校|这里|那里|楼下|门口|(?:我|我们)?(?:公司|单位|办公室))$/u;

const EN_LEAD =
  /\b(?:get|order|buy|want|like|need|send|bring|grab|have|deliver|fetch|pick up|craving)\b(?:\s+(?:me|us|her|him))?\s+(?:(?:a|an|some|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of|a few)\s+)?(?:(?:bottles?|cups?|glass(?:es)?|boxes?|packs?|bags?|bowls?|bouquets?|bunch(?:es)?|pieces?|slices?|cans?|portions?|servings?|plates?|orders?)\s+of\s+)?/iu;
const EN_OPTION_WORDS = new RegExp(`^(?:(?:${OPTION_WORDS}|fresh|extra)\\s+)+`, "iu");
const EN_STOP =
  /\s+(?:to|for|from|at|delivered|please|pls|with|under|within|in|by|asap|now|today|tonight|and)\b|\s+w\/|[,.!?;]/iu;
const EN_GENERIC =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple|a few|instead|more|less|all|food|something|anything|stuff|lunch|dinner|breakfast|a meal|meal|snack|takeout|takeaway|delivery|order|it|that|this|one|me|them)$/iu;
// A bare phrase starting like a sentence is no product name ("the second one", "never mind", "has my…").
const EN_NOT_A_NAME =
  /^(?:the|my|your|it|that|this|ok|okay|yes|no|oh|actually|i|i'm|im|has|is|are|was|what|where|when|how|why|can|could|cancel|confirm|never|never mind|please|thanks|thank|hi|hello|hey|and|but|so|try|make|change|switch|who|tell|set|book)\b/iu;

/** The phrase naming the product in an order ("送一束玫瑰花到公司" → "玫瑰花", "6 bottles of water" → "water"). */
export function extractProduct(text: string): string | undefined {
  return /[\u3400-\u9fff]/u.test(text) ? zhProduct(text) : enProduct(text);
}

// A bare noun sent somewhere ("润喉糖送公司"): the words before the sending.
const ZH_BARE_SENT = /^\s*(?<noun>[\u3400-\u9fffA-Za-z]{2,8}?)\s*(?:送到|送去|送给|送)/u;

function zhProduct(text: string): string | undefined {
  for (const clause of text.split(/[，,。！!？?；;]/u)) {
    const counted = ZH_COUNT.exec(clause);
    const verb = ZH_VERB.exec(clause);
    const anchor = counted ?? verb;
    const bare = anchor && !/^送/u.test(anchor[0]) ? undefined : ZH_BARE_SENT.exec(clause)?.groups?.noun;
    if (bare && !ZH_GENERIC.test(bare) && !ZH_PLACE.test(bare) && !ZH_NOT_A_THING.test(bare)) return bare;
    if (!anchor) continue;
    let rest = clause.slice(anchor.index + anchor[0].length);
    if (!counted) {
      // "来两杯…" after a verb: skip the count as well.
      const count = new RegExp(`^${ZH_COUNT.source}`, "u").exec(rest);
      if (count) rest = rest.slice(count[0].length);
      // "点碗面", "来杯咖啡": a classifier without its number.
      rest = rest.replace(/^(?:个|份|杯|碗|瓶|盒|束|袋|只|串|罐)/u, "");
    }
    rest = rest.replace(ZH_MODIFIER, "");
    const stop = ZH_STOP.exec(rest);
    // "冷萃 大杯": options said after the noun are not part of it either.
    const noun = (stop ? rest.slice(0, stop.index) : rest).replace(ZH_TRAILING_OPTIONS, "").trim();
    if (
      noun.length >= 1 &&
      noun.length <= 10 &&
      !ZH_GENERIC.test(noun) &&
      !ZH_PLACE.test(noun) &&
      !ZH_NOT_A_THING.test(noun)
    )
      return noun;
  }
  return undefined;
}

function enProduct(text: string): string | undefined {
  // The last request verb wins: "I have a headache, can you get me some ibuprofen?".
  const lead = [...text.matchAll(new RegExp(EN_LEAD.source, "giu"))].at(-1);
  let rest = lead ? text.slice((lead.index ?? 0) + lead[0].length) : text;
  if (!lead) {
    // A bare noun phrase answering "what would you like?": "a burger", "two cups of tea".
    const bare =
      /^\s*(?:(?:a|an|some|one|two|three|four|five|\d+)\s+)?(?:(?:bottles?|cups?|bowls?|bouquets?|boxes?|packs?)\s+of\s+)?/iu.exec(
        rest,
      );
    rest = rest.slice(bare?.[0].length ?? 0);
  }
  rest = rest.replace(EN_OPTION_WORDS, "");
  const stop = EN_STOP.exec(rest);
  const noun = (stop ? rest.slice(0, stop.index) : rest).trim().toLowerCase();
  if (!noun || noun.split(/\s+/u).length > 4 || EN_GENERIC.test(noun)) return undefined;
  if (!lead && EN_NOT_A_NAME.test(noun)) return undefined;
  return noun;
}
