import type { Lang } from "../../types.ts";
import { say } from "../say.ts";

// The sandbox's map, rides and shops cover Hangzhou only. A place named in another city ("上海虹桥机场",
// "Nanjing South station") is said to be out of range — never matched to a Hangzhou place with a
// similar name ("Hangzhou South Railway Station") nor answered with "not on the map" alone.

const CITIES: readonly [zh: string, en: string][] = [
  ["上海", "Shanghai"],
  ["北京", "Beijing"],
  ["南京", "Nanjing"],
  ["苏州", "Suzhou"],
  ["宁波", "Ningbo"],
  ["绍兴", "Shaoxing"],
  ["嘉兴", "Jiaxing"],
  ["湖州", "Huzhou"],
  ["温州", "Wenzhou"],
  ["无锡", "Wuxi"],
  ["广州", "Guangzhou"],
  ["深圳", "Shenzhen"],
  ["成都", "Chengdu"],
  ["重庆", "Chongqing"],
  ["武汉", "Wuhan"],
  ["西安", "Xi'an"],
  ["天津", "Tianjin"],
  ["长沙", "Changsha"],
  ["厦门", "Xiamen"],
  ["合肥", "Hefei"],
  ["香港", "Hong Kong"],
];

/** The other city a place phrase names, if any. */
export function otherCity(phrase: string): { zh: string; en: string } | undefined {
  for (const [zh, en] of CITIES) {
    if (phrase.includes(zh) || new RegExp(`\\b${en}\\b`, "iu").test(phrase)) return { zh, en };
  }
  return undefined;
}

/** The sentence saying a place is outside the area Dimple serves. */
export function outOfAreaText(phrase: string, city: { zh: string; en: string }, lang: Lang): string {
  return say(
    lang,
    `「${phrase}」在${city.zh}，超出了服务范围：打车、外卖和地图目前只覆盖杭州市内，这趟车我叫不了。`,
    `"${phrase}" is in ${city.en}, outside the area I cover: rides, delivery and maps only work within Hangzhou, so I can't book that ride.`,
  );
}
