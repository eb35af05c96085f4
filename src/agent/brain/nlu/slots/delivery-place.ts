// A delivery destination that is none of the user's saved places ("送一束向日葵到浙大一院", "送到公斯"):
// Dimple delivers only to saved addresses, so such a place is asked about, never replaced by home.
// Read by extractOtherPlace (places.ts); the order skill asks "送到哪里" for it (skills/order.ts).

// "送到X", "送去X", "寄到X", "送…到X" (a few words between: "送一束向日葵到").
const ZH_DELIVER_TO =
  /(?:送到|送去|送至|寄到|寄去|送(?!到|去|至)[^，,。；;！!？?\s]{1,10}?(?:到|去|至))\s*([^\s，,。；;！!？?]{2,12}?)(?=[，,。；;！!？?\s]|探病|看望|用的?|用$|给|吧|哦|啊|呀|谢谢|$)/u;
// Saved places, delivery spots at them, times, people and questions: no other place.
const NOT_ELSEWHERE =
  /家|公司|单位|办公室|工位|楼下|楼上|门口|前台|大堂|这里|那里|这儿|那儿|我这|手上|手里|哪|了|吗|[0-9零一二两三四五六七八九十]+\s*(?:点|分|号|日)|点前|之前|以前|以内|分钟|小时|今天|明天|后天|今晚|明晚|早上|上午|中午|下午|晚上|傍晚|凌晨|马上|立刻|尽快|准时|她|他|我|你|妈|爸|朋友|同事/u;

/** The place named as where to deliver when it is no saved place, as said ("浙大一院"). */
export function deliveryElsewhere(text: string): string | undefined {
  const found = ZH_DELIVER_TO.exec(text);
  const place = found?.[1]?.trim();
  if (!place || NOT_ELSEWHERE.test(place)) return undefined;
  return place;
}
