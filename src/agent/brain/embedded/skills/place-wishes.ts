import type { Lang } from "../../types.ts";
import { say } from "../say.ts";

// What a person asks of a place beyond its kind: a cuisine or an errand said in words the map's names
// use, a least rating, open now, the best rated, a price the map cannot tell.

/** Kinds of place people name, and the words the map's names and types use for them ("|" = or). */
const KINDS: readonly [RegExp, string][] = [
  [/面馆|面条|拉面|\bnoodles?\b|\bramen\b/iu, "面馆|面|noodle"],
  [/火锅|\bhot ?pot\b/iu, "火锅|hotpot"],
  [/川菜|四川菜|川味|\bsichuan\b|\bszechuan\b|\bspicy food\b/iu, "川菜|火锅|麻辣|sichuan"],
  [
    /杭帮菜|杭州菜|本帮菜|\bhangzhou (?:food|cuisine|dishes)\b|\blocal (?:food|cuisine|dishes)\b/iu,
    "杭帮菜|楼外楼|知味观|外婆家|新白鹿|弄堂里|绿茶",
  ],
  [/日料|日本料理|日本菜|寿司|\bjapanese\b|\bsushi\b/iu, "日料|日本料理|寿司|japanese|sushi"],
  [/饺子|包子|小笼|馄饨|\bdumplings?\b|\bbao\b|\bbuns?\b/iu, "饺子|饺|包子|小笼|馄饨|知味观|dumpling"],
  [/咖啡|\bcoffee\b|\bcaf[eé]s?\b/iu, "咖啡"],
  [/奶茶|茶馆|茶舍|\bmilk tea\b|\bbubble tea\b|\bteahouse\b/iu, "茶"],
  [/药店|药房|买药|\bpharmac(?:y|ies)\b|\bdrugstores?\b|\bchemists?\b/iu, "药店|药房|pharmacy"],
  [/电影|影院|影城|\bcinemas?\b|\bmovies?\b|\bfilms?\b/iu, "电影院"],
  [/超市|便利店|\bsupermarkets?\b|\bgrocer(?:y|ies)\b|\bconvenience stores?\b/iu, "超市|便利店|supermarket"],
  [/酒店|宾馆|住宿|\bhotels?\b|\bsomewhere to stay\b/iu, "酒店"],
  [/商场|购物中心|逛街|\bmalls?\b|\bshopping\b/iu, "商场"],
  [/医院|\bhospitals?\b/iu, "医院"],
  [/公园|\bparks?\b/iu, "公园"],
];

/** The map keywords for the kind of place the turn names, if it names one the map spells differently. */
export function kindKeywords(text: string): string | undefined {
  return KINDS.find(([pattern]) => pattern.test(text))?.[1];
}

const ZH_RATING = /(?:评分|评价|分数)?\s*(\d(?:\.\d)?)\s*(?:分|星)?\s*(?:以上|及以上|或以上|\+|起)/u;
const EN_RATING =
  /\b(?:rated|rating(?: of)?|with)?\s*(?:at least|above|over|min(?:imum)?|≥|>=)\s*(\d(?:\.\d)?)\s*(?:stars?|\+)?|\b(\d(?:\.\d)?)\s*(?:stars?|\+)\s*(?:or (?:above|more|better|higher)|and up|\+)?(?=\W|$)|\b(?:rated|rating)\s*(\d(?:\.\d)?)\s*(?:or (?:above|more|better|higher)|\+|and up)/iu;

/** The least rating asked for ("评分4.5以上", "rated 4.5 or above", "at least 4 stars"), 0–5. */
export function leastRating(text: string): number | undefined {
  const zh = ZH_RATING.exec(text);
  const en = EN_RATING.exec(text);
  const word = zh?.[1] ?? en?.slice(1).find((group) => group !== undefined);
  const value = word ? Number(word) : undefined;
  return value !== undefined && value > 0 && value <= 5 ? value : undefined;
}

/** "评分最高", "best rated", "top rated": best rating first, not nearest. */
export const bestRatedAsked = (text: string): boolean =>
  /评分最高|评价最好|口碑最好|最好的|\b(?:best|top|highest)[- ]rated\b|\bthe best\b/iu.test(text);

/** "现在开着", "open now", "24小时": open at this hour. */
export const openNowAsked = (text: string): boolean =>
  /现在(?:还)?(?:开着|开门|营业)|还开着|还在营业|营业中|开着的|24\s*小时|\bopen (?:now|right now|late|24)|\bstill open\b|\b24[- ]?(?:hours?|hr|h)\b|\bopen\b/iu.test(
    text,
  );

/** A price per person the map does not know ("人均100以内", "under 100 per person", "cheap"). */
export const priceAsked = (text: string): boolean =>
  /人均|价位|价格|便宜|实惠|不贵|消费|\bper (?:person|head)\b|\bcheap\b|\baffordable\b|\bbudget\b|\bunder \d+\b|\bprice/iu.test(
    text,
  );

/** Whether hours like "10:30-21:30" include the wall clock time "HH:mm". */
export function openAt(hours: string, clock: string): boolean | undefined {
  const match = /(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})/u.exec(hours);
  if (!match) return undefined;
  const minutes = (h: string, m: string) => Number(h) * 60 + Number(m);
  const [now, from, to] = [
    minutes(clock.slice(0, 2), clock.slice(3, 5)),
    minutes(match[1] as string, match[2] as string),
    minutes(match[3] as string, match[4] as string),
  ];
  return to > from ? now >= from && now < to : now >= from || now < to;
}

/** The price wish named: the map has no prices, so it is said rather than silently ignored. */
export const priceNote = (lang: Lang): string =>
  say(
    lang,
    "我这里查不到店铺的人均价格，没法按价位筛选。",
    "I don't have prices for places, so I couldn't filter by price. ",
  );
