/**
 * A clause that only says when the thing before arrives ("明天晚上6点到就行", "12点前送到", "中午送到就好",
 * "下午三点半左右送达即可"): the order's time, never a ride to a place called "就行". The English forms
 * ("by 6pm", "arriving at noon") are needs.ts's POINTS_BACK.
 */
const DAY =
  "(?:今天|明天|后天|大后天|今晚|明晚|明早|今早|(?:这|本|下个?)?(?:周|星期|礼拜)[一二三四五六日天])?";
const PART = "(?:早上|上午|中午|下午|傍晚|晚上|晚|早)?";
const NUMBER = "[0-9一二两三四五六七八九十]{1,3}";
const CLOCK = `(?:${NUMBER}\\s*(?:点|时|:|：)\\s*(?:[0-9]{1,2}|半|一刻|三刻|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])?\\s*分?|中午|傍晚|晚饭前|午饭前)`;
const BOUND = "(?:之前|以前|前|左右|前后|上下)?";
const ARRIVES = "(?:能|可以|给我|帮我)?(?:送到|送达|到达|到货|送过来|送来|送|到)";
const FILLER = "(?:就行|就好|就可以|就成|即可|也行|都行|最好)?(?:了|啦|吧|哈|哦|呀|啊|谢谢)*";

export const ARRIVAL_ONLY_ZH = new RegExp(
  `^(?:要|请|麻烦|最好|希望)?(?:在)?${DAY}${PART}${CLOCK}${BOUND}${ARRIVES}${FILLER}[。！!.]*$`,
  "u",
);
