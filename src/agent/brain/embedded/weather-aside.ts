import { bare, pieces, type ReadPiece, serviceOf } from "./needs.ts";

/**
 * A remark about the weather beside an order ("明天要下雨，帮我买两把雨伞送到公司", "two raincoats to
 * my office, it's going to rain", "好热，来6个冰块杯"): the reason for the goods, not a forecast asked
 * for, nor the time to deliver them. Dropped from a message whose other pieces order something;
 * a question about the weather ("明天会下雨吗") is never a remark.
 */
const ZH_REMARK =
  /^(?:今天|明天|今晚|晚上|外面|这两天|待会|等下|马上|快|天)?(?:又|要|会|快|在|正在|已经|开始)?(?:下(?:大|小|暴)?雨|下雪|降温|刮风|起风|变天)(?:了|啦|呢|啊)?$|^(?:今天|明天|外面|天气?)?(?:好|太|真|特别|超|有点|很)(?:热|冷|晒|闷)(?:了|啊|呀|啦)?$/u;
const EN_REMARK =
  /^(?:it'?s|it is|its|it'll be)\s+(?:(?:going to|gonna|about to|starting to)\s+)?(?:so\s+|really\s+|very\s+|super\s+)?(?:rain(?:ing)?|pour(?:ing)?|snow(?:ing)?|hot|cold|sunny|freezing|boiling|be (?:hot|cold|rainy))(?:\s+(?:today|outside|out there|tomorrow|later|now|out))?[.!]*$/iu;
const ASKED = /[?？吗呢]|会不会|要不要|怎么样|多少度|几度|\b(?:will|is it|does|should|what|how|forecast)\b/iu;

/** Whether a piece is a remark about the weather, not a question about it. */
export function weatherRemark(piece: string): boolean {
  const words = bare(piece).replace(/[。！!.]+$/u, "");
  return !ASKED.test(words) && (ZH_REMARK.test(words) || EN_REMARK.test(words));
}

/** The message without its weather remarks when the rest orders something; the message as is otherwise. */
export function withoutWeatherRemarks(text: string, read: ReadPiece): string {
  const parts = pieces(text);
  const remarks = parts.filter(weatherRemark);
  if (remarks.length === 0 || remarks.length === parts.length) return text;
  const rest = parts.filter((part) => !remarks.includes(part));
  if (!rest.some((part) => ["order", "item"].includes(serviceOf(part, read)))) return text;
  return rest
    .join("")
    .replace(/^[\s，,;；。!！]+/u, "")
    .trim();
}
