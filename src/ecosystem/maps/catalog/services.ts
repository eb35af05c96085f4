import { type PlaceEntry, placesOf } from "./place.ts";

const hospital = placesOf("hospital");
const school = placesOf("school");
const hotel = placesOf("hotel");
const HIGH_SCHOOL = "141202";

/** Hospitals. */
export const HOSPITALS: readonly PlaceEntry[] = [
  hospital(
    "浙江大学医学院附属第一医院",
    "First Affiliated Hospital, Zhejiang University",
    "shangcheng",
    120.178,
    30.254,
    "庆春路79号",
    {
      aliases: ["浙一医院", "浙一", "Zheyi Hospital"],
      area: "庆春路",
    },
  ),
  hospital(
    "浙江大学医学院附属邵逸夫医院",
    "Sir Run Run Shaw Hospital",
    "shangcheng",
    120.195,
    30.263,
    "庆春东路3号",
    {
      aliases: ["邵逸夫医院", "邵逸夫", "Run Run Shaw Hospital"],
      area: "庆春路",
    },
  ),
  hospital(
    "浙江大学医学院附属第二医院",
    "Second Affiliated Hospital, Zhejiang University",
    "shangcheng",
    120.174,
    30.255,
    "解放路88号",
    {
      aliases: ["浙二医院", "浙二"],
      area: "解放路",
    },
  ),
  hospital(
    "浙江省人民医院",
    "Zhejiang Provincial People's Hospital",
    "gongshu",
    120.163,
    30.288,
    "上塘路158号",
    {
      aliases: ["省人民医院"],
      area: "朝晖",
    },
  ),
  hospital(
    "杭州市第一人民医院",
    "Hangzhou First People's Hospital",
    "shangcheng",
    120.164,
    30.245,
    "浣纱路261号",
    {
      aliases: ["市一医院"],
      area: "湖滨",
    },
  ),
  hospital(
    "浙江大学医学院附属儿童医院(滨江院区)",
    "Children's Hospital, Zhejiang University (Binjiang)",
    "binjiang",
    120.205,
    30.198,
    "滨盛路3333号",
    {
      aliases: ["浙大儿院", "儿童医院"],
      area: "滨江",
    },
  ),
  hospital(
    "萧山区第一人民医院",
    "Xiaoshan First People's Hospital",
    "xiaoshan",
    120.267,
    30.168,
    "市心南路199号",
    {
      area: "萧山城区",
    },
  ),
  hospital("浙一医院余杭院区", "Zheyi Hospital Yuhang Campus", "yuhang", 120.012, 30.279, "文一西路1367号", {
    area: "未来科技城",
  }),
  hospital(
    "临平区第一人民医院",
    "Linping First People's Hospital",
    "linping",
    120.302,
    30.412,
    "迎宾路369号",
    {
      area: "临平",
    },
  ),
  hospital(
    "邵逸夫医院钱塘院区",
    "Run Run Shaw Hospital Qiantang Campus",
    "qiantang",
    120.347,
    30.296,
    "学林街2号",
    {
      area: "下沙",
    },
  ),
];

/** Universities and schools. */
export const SCHOOLS: readonly PlaceEntry[] = [
  school(
    "浙江大学紫金港校区",
    "Zhejiang University Zijingang Campus",
    "xihu",
    120.085,
    30.304,
    "余杭塘路866号",
    {
      aliases: ["浙大紫金港", "紫金港校区", "ZJU Zijingang", "Zhejiang University"],
      area: "紫金港",
    },
  ),
  school("浙江大学玉泉校区", "Zhejiang University Yuquan Campus", "xihu", 120.124, 30.265, "浙大路38号", {
    aliases: ["浙大玉泉", "ZJU Yuquan"],
    area: "玉泉",
  }),
  school("西湖大学", "Westlake University", "xihu", 120.09, 30.137, "墩余路600号", { area: "云栖" }),
  school("杭州学军中学", "Hangzhou Xuejun High School", "xihu", 120.139, 30.28, "文三路20号", {
    typeCode: HIGH_SCHOOL,
    area: "文三路",
  }),
  school(
    "中国美术学院南山校区",
    "China Academy of Art Nanshan Campus",
    "shangcheng",
    120.164,
    30.238,
    "南山路218号",
    {
      aliases: ["中国美院", "国美", "China Academy of Art"],
      area: "南山路",
    },
  ),
  school(
    "浙江工业大学朝晖校区",
    "Zhejiang University of Technology Zhaohui",
    "gongshu",
    120.167,
    30.292,
    "潮王路18号",
    {
      aliases: ["浙工大"],
      area: "朝晖",
    },
  ),
  school("杭州第二中学", "Hangzhou No. 2 High School", "binjiang", 120.203, 30.213, "东信大道76号", {
    typeCode: HIGH_SCHOOL,
    aliases: ["杭二中"],
    area: "滨江",
  }),
  school("萧山中学", "Xiaoshan High School", "xiaoshan", 120.265, 30.18, "萧山大道1号", {
    typeCode: HIGH_SCHOOL,
    area: "萧山城区",
  }),
  school(
    "杭州师范大学仓前校区",
    "Hangzhou Normal University Cangqian",
    "yuhang",
    119.996,
    30.296,
    "余杭塘路2318号",
    {
      aliases: ["杭师大"],
      area: "仓前",
    },
  ),
  school("余杭高级中学", "Yuhang Senior High School", "linping", 120.299, 30.422, "临平大道1号", {
    typeCode: HIGH_SCHOOL,
    area: "临平",
  }),
  school("杭州电子科技大学", "Hangzhou Dianzi University", "qiantang", 120.346, 30.317, "学源街1158号", {
    aliases: ["杭电", "HDU"],
    area: "下沙高教园",
  }),
  school("浙江工商大学", "Zhejiang Gongshang University", "qiantang", 120.395, 30.312, "学正街18号", {
    aliases: ["浙商大"],
    area: "下沙高教园",
  }),
];

/** Hotels. */
export const HOTELS: readonly PlaceEntry[] = [
  hotel("杭州西湖国宾馆", "West Lake State Guest House", "xihu", 120.142, 30.238, "杨公堤18号", {
    area: "西湖",
  }),
  hotel("杭州香格里拉饭店", "Shangri-La Hotel Hangzhou", "xihu", 120.15, 30.26, "北山街78号", {
    area: "北山街",
  }),
  hotel(
    "杭州西子湖四季酒店",
    "Four Seasons Hotel Hangzhou at West Lake",
    "xihu",
    120.14,
    30.245,
    "灵隐路5号",
    {
      aliases: ["四季酒店", "Four Seasons Hangzhou"],
      area: "西湖",
    },
  ),
  hotel("杭州法云安缦", "Amanfayun", "xihu", 120.099, 30.238, "法云弄22号", { area: "灵隐" }),
  hotel("杭州君悦酒店", "Grand Hyatt Hangzhou", "shangcheng", 120.164, 30.258, "湖滨路28号", {
    area: "湖滨",
  }),
  hotel("杭州柏悦酒店", "Park Hyatt Hangzhou", "shangcheng", 120.215, 30.25, "富春路1366号", {
    area: "钱江新城",
  }),
  hotel(
    "全季酒店(杭州东站店)",
    "Ji Hotel Hangzhou East Station",
    "shangcheng",
    120.211,
    30.293,
    "东宁路88号",
    {
      typeCode: "100105",
      area: "火车东站",
    },
  ),
  hotel("杭州运河祈利酒店", "Grand Canal Qili Hotel", "gongshu", 120.144, 30.315, "小河路366号", {
    area: "运河",
  }),
  hotel(
    "杭州滨江银泰喜来登大酒店",
    "Sheraton Hangzhou Binjiang",
    "binjiang",
    120.212,
    30.207,
    "江南大道228号",
    {
      area: "星光大道",
    },
  ),
  hotel(
    "杭州国际博览中心北辰洲际酒店",
    "InterContinental Hangzhou Expo",
    "xiaoshan",
    120.25,
    30.241,
    "奔竞大道353号",
    {
      area: "钱江世纪城",
    },
  ),
  hotel(
    "杭州未来科技城万怡酒店",
    "Courtyard Hangzhou Future Sci-Tech City",
    "yuhang",
    120.013,
    30.282,
    "文一西路1500号",
    {
      area: "未来科技城",
    },
  ),
  hotel("临平开元名都大酒店", "New Century Grand Hotel Linping", "linping", 120.3, 30.417, "迎宾路1号", {
    area: "临平",
  }),
  hotel(
    "维也纳酒店(下沙金沙湖店)",
    "Vienna Hotel Xiasha Jinsha Lake",
    "qiantang",
    120.335,
    30.308,
    "金沙大道588号",
    {
      typeCode: "100105",
      area: "金沙湖",
    },
  ),
];
