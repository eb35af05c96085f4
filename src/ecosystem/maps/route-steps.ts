import { nearestDistrict } from "../world/geography.ts";
import { streetToEnglish } from "./address-english.ts";
import type { Point } from "./location.ts";

/** One instruction of a route, in both languages, with Amap's step fields. */
export interface RouteStep {
  instruction: string;
  instructionEn: string;
  road: string;
  roadEn: string;
  /** Metres. */
  distance: number;
  /** Seconds. */
  duration: number;
  orientation: string;
  orientationEn: string;
  /** The turn at the end of the step: 左转, 右转, 直行 or 到达 (arrive). */
  action: string;
  actionEn: string;
}

export type StepMode = "walking" | "bicycling" | "driving";

// Real roads of each district; routes are drawn along them since the sandbox has no road graph.
const ROADS: Readonly<Record<string, readonly string[]>> = {
  xihu: [
    "文三路",
    "天目山路",
    "古墩路",
    "教工路",
    "学院路",
    "文一路",
    "曙光路",
    "北山街",
    "南山路",
    "龙井路",
  ],
  shangcheng: ["延安路", "解放路", "庆春路", "建国路", "秋涛路", "新业路", "富春路", "钱江路", "环城东路"],
  gongshu: ["莫干山路", "湖墅南路", "上塘路", "石祥路", "德胜路", "体育场路", "中山北路", "大关路"],
  binjiang: ["江南大道", "滨盛路", "网商路", "长河路", "江汉路", "闻涛路", "滨安路"],
  xiaoshan: ["市心路", "金城路", "萧绍路", "鸿宁路", "奔竞大道", "飞虹路", "湘湖路"],
  yuhang: ["文一西路", "五常大道", "良睦路", "高教路", "科技大道", "余杭塘路"],
  linping: ["临平大道", "星桥路", "望梅路", "迎宾路", "东湖路"],
  qiantang: ["学源街", "文泽路", "江东大道", "金沙大道", "下沙路"],
};
const EXPRESSWAY_NAMES: Readonly<Record<string, string>> = {
  中河高架: "Zhonghe Elevated Rd",
  上塘高架: "Shangtang Elevated Rd",
  秋石高架: "Qiushi Elevated Rd",
  德胜快速路: "Desheng Expressway",
  留石快速路: "Liushi Expressway",
  时代大道高架: "Shidai Ave Elevated Rd",
  杭州绕城高速: "Hangzhou Ring Expressway",
};
const EXPRESSWAYS = Object.keys(EXPRESSWAY_NAMES);

const DIRECTIONS = [
  { zh: "北", en: "north" },
  { zh: "东", en: "east" },
  { zh: "南", en: "south" },
  { zh: "西", en: "west" },
] as const;

const VERBS: Readonly<Record<StepMode, [zh: string, en: string]>> = {
  walking: ["步行", "Walk"],
  bicycling: ["骑行", "Cycle"],
  driving: ["行驶", "Drive"],
};

/** A deterministic 32-bit hash of the two endpoints, so the same trip always gets the same steps. */
function tripHash(from: Point, to: Point, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (const char of `${from.lng.toFixed(5)},${from.lat.toFixed(5)}>${to.lng.toFixed(5)},${to.lat.toFixed(5)}`) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return hash;
}

function roadEnglish(road: string): string {
  return EXPRESSWAY_NAMES[road] ?? streetToEnglish(road);
}

function stepCount(mode: StepMode, distance: number): number {
  if (distance < 300) return 1;
  const unit = mode === "walking" ? 500 : mode === "bicycling" ? 1000 : 2000;
  return Math.min(mode === "driving" ? 6 : 5, Math.max(2, Math.ceil(distance / unit)));
}

/**
 * Steps for a trip of `distance` metres taking `duration` seconds: the trip zig-zags along the two
 * compass axes toward the destination, on roads of the districts it starts and ends in (expressways
 * in the middle of long drives), turning left or right where the heading changes.
 */
export function buildSteps(
  mode: StepMode,
  from: Point,
  to: Point,
  distance: number,
  duration: number,
): RouteStep[] {
  if (distance <= 0) return [];
  const east = (to.lng - from.lng) * Math.cos((from.lat * Math.PI) / 180);
  const north = to.lat - from.lat;
  const vertical = north >= 0 ? 0 : 2;
  const horizontal = east >= 0 ? 1 : 3;
  const [primary, secondary] =
    Math.abs(north) >= Math.abs(east) ? [vertical, horizontal] : [horizontal, vertical];
  const straight =
    Math.min(Math.abs(north), Math.abs(east)) < 0.15 * Math.max(Math.abs(north), Math.abs(east));
  const count = stepCount(mode, distance);
  const weights = Array.from({ length: count }, (_, index) => 1 + (tripHash(from, to, index) % 100) / 100);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const startRoads = ROADS[nearestDistrict(from).id] ?? ROADS.xihu!;
  const endRoads = ROADS[nearestDistrict(to).id] ?? ROADS.xihu!;
  const [verbZh, verbEn] = VERBS[mode];
  const steps: RouteStep[] = [];
  let usedDistance = 0;
  let previousRoad = "";
  for (let index = 0; index < count; index++) {
    const last = index === count - 1;
    const stepDistance = last ? distance - usedDistance : Math.round((distance * weights[index]!) / total);
    usedDistance += stepDistance;
    const heading = straight || index % 2 === 0 ? primary : secondary;
    const nextHeading = straight || (index + 1) % 2 === 0 ? primary : secondary;
    const middleOfLongDrive = mode === "driving" && distance > 8000 && index > 0 && !last;
    const pool = middleOfLongDrive ? EXPRESSWAYS : index < count / 2 ? startRoads : endRoads;
    let road = pool[tripHash(from, to, 100 + index) % pool.length]!;
    if (road === previousRoad) road = pool[(pool.indexOf(road) + 1) % pool.length]!;
    previousRoad = road;
    const turn = (nextHeading - heading + 4) % 4;
    const [actionZh, actionEn] = last
      ? ["到达", "arrive"]
      : turn === 1
        ? ["右转", "turn right"]
        : turn === 3
          ? ["左转", "turn left"]
          : ["直行", "continue straight"];
    const direction = DIRECTIONS[heading]!;
    const roadEn = roadEnglish(road);
    steps.push({
      instruction: `沿${road}向${direction.zh}${verbZh}${stepDistance}米，${last ? "到达目的地" : actionZh}`,
      instructionEn: `${verbEn} ${direction.en} along ${roadEn} for ${stepDistance} m, then ${last ? "arrive at the destination" : actionEn}`,
      road,
      roadEn,
      distance: stepDistance,
      duration: Math.round((duration * stepDistance) / distance),
      orientation: direction.zh,
      orientationEn: direction.en,
      action: actionZh,
      actionEn,
    });
  }
  return steps;
}
