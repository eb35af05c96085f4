import { type PlaceEntry, placesOf } from "./place.ts";

const station = placesOf("station");
const METRO = "150500";
const AIRPORT = "150104";

/**
 * Railway stations, the airport and metro stations. `lines` gives the metro lines that stop there; the
 * transit planner rides between stations that share a line. Lines are simplified from the real network.
 */
export const STATIONS: readonly PlaceEntry[] = [
  station("杭州东站", "Hangzhou East Railway Station", "shangcheng", 120.213, 30.2905, "天城路1号", {
    aliases: ["东站", "杭州东", "火车东站", "Hangzhou East Station", "Hangzhou East", "Hangzhoudong"],
    tags: ["railway", "metro"],
    lines: [1, 4, 19],
    area: "火车东站",
    descriptionZh: "杭州东站是华东最大的铁路枢纽之一，沪杭、杭长、杭深高铁在此交汇，可换乘地铁1、4、19号线。",
    descriptionEn:
      "Hangzhou East is one of the largest rail hubs in East China, served by high-speed lines to Shanghai, Changsha and Shenzhen, with metro lines 1, 4 and 19.",
  }),
  station("杭州站", "Hangzhou Railway Station", "shangcheng", 120.1826, 30.2443, "环城东路1号", {
    aliases: ["城站", "杭州火车站", "Hangzhou Station", "Chengzhan"],
    tags: ["railway", "metro"],
    lines: [1, 5],
    area: "城站",
  }),
  station("杭州西站", "Hangzhou West Railway Station", "yuhang", 119.953, 30.345, "西站大道1号", {
    aliases: ["杭州西", "Hangzhou West Station"],
    tags: ["railway", "metro"],
    lines: [19],
    area: "云城",
  }),
  station("杭州南站", "Hangzhou South Railway Station", "xiaoshan", 120.293, 30.172, "站前路1号", {
    aliases: ["杭州南", "萧山站", "Hangzhou South Station"],
    tags: ["railway", "metro"],
    lines: [5],
    area: "萧山城区",
  }),
  station(
    "杭州萧山国际机场",
    "Hangzhou Xiaoshan International Airport",
    "xiaoshan",
    120.434,
    30.2365,
    "机场大道1号",
    {
      typeCode: AIRPORT,
      aliases: ["萧山机场", "杭州机场", "机场", "Hangzhou Airport", "HGH"],
      tags: ["airport", "metro"],
      lines: [1, 7, 19],
      area: "萧山机场",
    },
  ),
  ...(
    [
      ["龙翔桥", "Longxiangqiao", "shangcheng", 120.1664, 30.2585, "延安路222号", [1]],
      ["定安路", "Ding'an Road", "shangcheng", 120.1697, 30.248, "解放路126号", [1]],
      ["钱江路", "Qianjiang Road", "shangcheng", 120.213, 30.25, "钱江路639号", [2, 4, 9]],
      ["凤起路", "Fengqi Road", "gongshu", 120.1664, 30.264, "凤起路280号", [1, 2]],
      ["武林广场", "Wulin Square", "gongshu", 120.165, 30.274, "延安路546号", [1, 3]],
      ["西湖文化广场", "West Lake Cultural Square", "gongshu", 120.1692, 30.2785, "中山北路588号", [1, 19]],
      ["武林门", "Wulinmen", "gongshu", 120.158, 30.275, "环城北路199号", [2, 3]],
      ["沈塘桥", "Shentangqiao", "gongshu", 120.158, 30.295, "莫干山路398号", [2]],
      ["大关", "Daguan", "gongshu", 120.15, 30.305, "大关路211号", [5]],
      ["黄龙体育中心", "Huanglong Sports Center", "xihu", 120.144, 30.2705, "黄龙路5号", [3, 10]],
      ["古翠路", "Gucui Road", "xihu", 120.122, 30.289, "文二路451号", [2]],
      ["丰潭路", "Fengtan Road", "xihu", 120.109, 30.292, "丰潭路430号", [2]],
      ["三坝", "Sanba", "xihu", 120.089, 30.303, "三墩路18号", [2, 10]],
      ["江陵路", "Jiangling Road", "binjiang", 120.2155, 30.211, "江陵路1288号", [1, 4]],
      ["滨和路", "Binhe Road", "binjiang", 120.222, 30.204, "滨和路1011号", [1]],
      ["西兴", "Xixing", "binjiang", 120.229, 30.193, "江陵路2288号", [1, 6]],
      ["奥体中心", "Olympic Sports Center Station", "xiaoshan", 120.24, 30.232, "飞虹路18号", [6, 7]],
      ["博览中心", "Expo Center Station", "xiaoshan", 120.25, 30.239, "奔竞大道339号", [6, 7]],
      ["人民广场", "People's Square", "xiaoshan", 120.264, 30.168, "市心中路819号", [2, 5]],
      ["良睦路", "Liangmu Road", "yuhang", 120.033, 30.285, "良睦路1288号", [5]],
      ["创景路", "Chuangjing Road", "yuhang", 119.983, 30.287, "文一西路1500号", [5]],
      ["良渚", "Liangzhu", "yuhang", 120.07, 30.35, "良渚路600号", [2]],
      ["临平", "Linping", "linping", 120.301, 30.421, "西大街1号", [9]],
      ["南苑", "Nanyuan", "linping", 120.301, 30.403, "人民大道99号", [9]],
      ["下沙西", "Xiasha West", "qiantang", 120.308, 30.305, "金乔街128号", [1]],
      ["文泽路", "Wenze Road", "qiantang", 120.343, 30.31, "文泽路199号", [1, 8]],
    ] as const
  ).map(([zh, en, district, lng, lat, street, lines]) =>
    station(`${zh}(地铁站)`, `${en} (Metro)`, district, lng, lat, street, {
      typeCode: METRO,
      aliases: [zh, `${zh}地铁站`, `${zh}站`, `${en} Station`, en],
      tags: ["metro"],
      lines: [...lines],
      descriptionZh: `杭州地铁${lines.join("、")}号线${zh}站。`,
      descriptionEn: `${en} station on Hangzhou Metro line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}.`,
    }),
  ),
];
