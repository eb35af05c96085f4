/**
 * The patterns behind redaction, in the order they apply: the most specific first, so an identity
 * number is not half-eaten as a phone number and a card number not as an order id.
 */

/** The typed placeholders that replace personal details in anything that leaves the store. */
export const PLACEHOLDERS = ["<EMAIL>", "<ID>", "<CARD>", "<PHONE>", "<ADDRESS>", "<GEO>", "<NAME>"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const HAN = "\\u4e00-\\u9fa5";
/** A Han character that can be part of a place name: not a verb or particle that leads into one ("送到", "地址是"). */
const PLACE_CHAR = `(?:(?![送到是在至往去住家的我你他她给址为放])[${HAN}])`;

/** Common Chinese surnames, for "王先生", "小李", "老王". */
const SURNAMES =
  "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

export interface Rule {
  placeholder: Placeholder;
  pattern: RegExp;
  /** Which capture group is the personal part (the rest is kept); 0 = the whole match. */
  group?: number;
}

export const RULES: readonly Rule[] = [
  { placeholder: "<EMAIL>", pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu },
  // Mainland resident identity numbers: 17 digits and a digit or X.
  { placeholder: "<ID>", pattern: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/gu },
  // Passports: a letter or two and 7–8 digits, when named as such.
  {
    placeholder: "<ID>",
    pattern:
      /((?:passport|护照)(?:\s*(?:no\.?|number|号码?))?(?:\s*(?:is|是))?[\s:：#]*)([A-Za-z]{1,2}\d{7,8})/giu,
    group: 2,
  },
  // Our own record ids (users, orders, tasks, sessions, payment intents and methods, trips, bookings).
  {
    placeholder: "<ID>",
    pattern: /\b(?:u|ord|task|ses|pi|pm|trip|bk|tkt|mdt|turn|fw[a-z])_[A-Za-z0-9_]+\b/gu,
  },
  // Card numbers: 13–19 digits, possibly in groups.
  { placeholder: "<CARD>", pattern: /(?<!\d)\d{4}(?:[ -]?\d{4}){2}(?:[ -]?\d{1,4}){1,2}(?!\d)/gu },
  // The last four digits of a card, when named as such ("尾号 8848", "ending 8848", "card ending in 1234").
  {
    placeholder: "<CARD>",
    pattern:
      /((?:尾号|末四位|卡号后四位|ending(?: in)?|last (?:four|4)(?: digits)?)\s*[:：]?\s*)(\d{4})(?!\d)/giu,
    group: 2,
  },
  // Mobile numbers (+86 optional, separators allowed) and landlines with an area code.
  {
    placeholder: "<PHONE>",
    pattern: /(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/gu,
  },
  { placeholder: "<PHONE>", pattern: /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3}-)\s?\d{7,8}(?!\d)/gu },
  { placeholder: "<PHONE>", pattern: /(?<![\d(])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)/gu },
  // Chinese street addresses: [district][road]No.[building/unit/room], or just the building part.
  {
    placeholder: "<ADDRESS>",
    pattern: new RegExp(
      `(?:${PLACE_CHAR}{2,4}[市区县])*${PLACE_CHAR}{1,8}(?:路|街|大道|巷|弄)\\s?\\d+(?:-\\d+)?\\s?号(?:[${HAN}A-Za-z0-9]{0,12}?(?:\\d+\\s?(?:幢|栋|号楼|单元|楼|室|层)))*`,
      "gu",
    ),
  },
  {
    placeholder: "<ADDRESS>",
    pattern: new RegExp(
      `(?:${PLACE_CHAR}{2,8}(?:小区|花园|公寓|家园|新村|苑))?(?:\\d+\\s?(?:幢|栋|号楼|单元|室)){1,3}`,
      "gu",
    ),
  },
  // English street addresses: "12 West Lake Road", "Apt 4B", "Room 1203", "Unit 5".
  {
    placeholder: "<ADDRESS>",
    pattern:
      /\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,4}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Court|Ct)\b\.?(?:,?\s*(?:Apt|Apartment|Unit|Room|Suite)\.?\s*#?\w+)?/gu,
  },
  { placeholder: "<ADDRESS>", pattern: /\b(?:Apt|Apartment|Unit|Room|Suite)\.?\s*#?\d+[A-Za-z]?\b/gu },
  // Coordinates ("120.087,30.278") pin a home to a few metres.
  { placeholder: "<GEO>", pattern: /(?<![\d.])\d{2,3}\.\d{3,}\s*,\s*\d{1,2}\.\d{3,}(?![\d.])/gu },
  // Names introduced as such, in Chinese.
  {
    placeholder: "<NAME>",
    pattern: new RegExp(
      `((?:我叫|我的名字是|名字是|联系人|收件人|收货人|寄件人)[:：\\s]*)([${HAN}]{2,3}?)(?=[，。,.！!？?\\s]|$|的|电话|手机)`,
      "gu",
    ),
    group: 2,
  },
  { placeholder: "<NAME>", pattern: new RegExp(`[${SURNAMES}][${HAN}]{0,2}?(?:先生|女士|小姐|老师)`, "gu") },
  {
    placeholder: "<NAME>",
    pattern: new RegExp(`[小老][${SURNAMES}](?=[^${HAN}]|$|[的也和跟说要想让])`, "gu"),
  },
  // Names introduced as such, in English.
  {
    placeholder: "<NAME>",
    pattern: /((?:my name is|name:|contact:|recipient:|call me|this is)\s+)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/gu,
    group: 2,
  },
  { placeholder: "<NAME>", pattern: /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?/gu },
  // Payees: "send 50 yuan to Bob", "给李华转 50 块".
  {
    placeholder: "<NAME>",
    pattern:
      /((?:send|transfer|pay|wire)\s+(?:(?:¥|\$)?\d+(?:\.\d+)?\s*(?:yuan|kuai|rmb|bucks|dollars)?\s+)?to\s+)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/gu,
    group: 2,
  },
  {
    placeholder: "<NAME>",
    pattern: new RegExp(`((?:给|向|转给))([${HAN}]{2,3}?)(?=转|打|汇|付|发)`, "gu"),
    group: 2,
  },
];
