/** The broad kinds of place the sandbox map knows, with Amap's type codes and type names. */
export type PoiCategory =
  | "residential"
  | "office"
  | "station"
  | "mall"
  | "landmark"
  | "venue"
  | "hospital"
  | "school"
  | "restaurant"
  | "hotel"
  | "park";

export interface CategoryInfo {
  /** Default Amap type code; a POI may carry a more specific one. */
  typeCode: string;
  /** Amap's three-level type name, as its `type` field spells it. */
  typeZh: string;
  typeEn: string;
  /** Words people search with for this kind of place, in both languages. */
  keywords: readonly string[];
}

export const CATEGORIES: Readonly<Record<PoiCategory, CategoryInfo>> = {
  residential: {
    typeCode: "120302",
    typeZh: "商务住宅;住宅区;住宅小区",
    typeEn: "Residential;Residential Area;Compound",
    keywords: ["小区", "住宅", "公寓", "家", "residential", "home", "apartment", "compound", "housing"],
  },
  office: {
    typeCode: "120201",
    typeZh: "商务住宅;楼宇;商务写字楼",
    typeEn: "Business;Building;Office Building",
    keywords: ["写字楼", "办公", "公司", "园区", "大厦", "office", "company", "campus", "tower", "work"],
  },
  station: {
    typeCode: "150200",
    typeZh: "交通设施服务;火车站;火车站",
    typeEn: "Transport;Railway Station;Railway Station",
    keywords: [
      "车站",
      "火车站",
      "地铁站",
      "地铁",
      "机场",
      "station",
      "metro",
      "subway",
      "railway",
      "airport",
    ],
  },
  mall: {
    typeCode: "060101",
    typeZh: "购物服务;商场;购物中心",
    typeEn: "Shopping;Mall;Shopping Center",
    keywords: ["商场", "购物中心", "购物", "商城", "mall", "shopping", "plaza"],
  },
  landmark: {
    typeCode: "110202",
    typeZh: "风景名胜;风景名胜;国家级景点",
    typeEn: "Scenic Spot;Scenic Spot;National Attraction",
    keywords: ["景点", "景区", "名胜", "旅游", "landmark", "attraction", "sight", "scenic", "tourist"],
  },
  venue: {
    typeCode: "080101",
    typeZh: "体育休闲服务;运动场馆;综合体育馆",
    typeEn: "Sports & Leisure;Venue;Stadium",
    keywords: [
      "体育馆",
      "体育场",
      "场馆",
      "剧院",
      "电影院",
      "影院",
      "演出",
      "venue",
      "stadium",
      "theatre",
      "theater",
      "cinema",
      "arena",
    ],
  },
  hospital: {
    typeCode: "090101",
    typeZh: "医疗保健服务;综合医院;三级甲等医院",
    typeEn: "Medical;General Hospital;Grade-A Tertiary Hospital",
    keywords: ["医院", "看病", "急诊", "hospital", "clinic", "emergency", "doctor"],
  },
  school: {
    typeCode: "141201",
    typeZh: "科教文化服务;学校;高等院校",
    typeEn: "Education;School;University",
    keywords: ["学校", "大学", "中学", "小学", "校区", "school", "university", "college", "campus"],
  },
  restaurant: {
    typeCode: "050100",
    typeZh: "餐饮服务;中餐厅;中餐厅",
    typeEn: "Food;Chinese Restaurant;Chinese Restaurant",
    keywords: ["餐厅", "饭店", "美食", "吃饭", "餐饮", "restaurant", "food", "dinner", "lunch", "eat"],
  },
  hotel: {
    typeCode: "100102",
    typeZh: "住宿服务;宾馆酒店;五星级宾馆",
    typeEn: "Accommodation;Hotel;Five-Star Hotel",
    keywords: ["酒店", "宾馆", "住宿", "hotel", "stay", "accommodation"],
  },
  park: {
    typeCode: "110101",
    typeZh: "风景名胜;公园广场;公园",
    typeEn: "Scenic Spot;Park & Square;Park",
    keywords: ["公园", "广场", "绿地", "park", "square", "garden"],
  },
};

/** Specific Amap types within a category: their type names and the search words that point at them. */
export const SPECIFIC_TYPES: Readonly<
  Record<string, { zh: string; en: string; keywords: readonly string[] }>
> = {
  "050500": {
    zh: "餐饮服务;咖啡厅;咖啡厅",
    en: "Food;Cafe;Cafe",
    keywords: ["咖啡", "咖啡厅", "咖啡馆", "coffee", "cafe", "café"],
  },
  "050300": {
    zh: "餐饮服务;快餐厅;快餐厅",
    en: "Food;Fast Food;Fast Food",
    keywords: ["快餐", "fast food", "fastfood"],
  },
  "050700": {
    zh: "餐饮服务;茶艺馆;茶艺馆",
    en: "Food;Teahouse;Teahouse",
    keywords: ["茶", "奶茶", "茶馆", "茶舍", "tea", "milk tea", "teahouse"],
  },
  "150500": {
    zh: "交通设施服务;地铁站;地铁站",
    en: "Transport;Metro Station;Metro Station",
    keywords: ["地铁站", "地铁", "metro", "subway", "metro station"],
  },
  "150104": {
    zh: "交通设施服务;机场相关;飞机场",
    en: "Transport;Airport;Airport",
    keywords: ["机场", "airport"],
  },
  "150200": {
    zh: "交通设施服务;火车站;火车站",
    en: "Transport;Railway Station;Railway Station",
    keywords: ["火车站", "高铁站", "railway station", "train station"],
  },
  "080601": {
    zh: "体育休闲服务;影剧院;电影院",
    en: "Sports & Leisure;Cinema & Theatre;Cinema",
    keywords: ["电影院", "影院", "影城", "cinema", "movie", "movies"],
  },
  "080602": {
    zh: "体育休闲服务;影剧院;剧场",
    en: "Sports & Leisure;Cinema & Theatre;Theatre",
    keywords: ["剧院", "大剧院", "theatre", "theater", "opera"],
  },
  "140200": {
    zh: "科教文化服务;会展中心;会展中心",
    en: "Culture;Exhibition Center;Exhibition Center",
    keywords: ["展览", "会展", "博览", "expo", "exhibition"],
  },
  "141202": {
    zh: "科教文化服务;学校;中学",
    en: "Education;School;High School",
    keywords: ["中学", "高中", "high school"],
  },
  "100105": {
    zh: "住宿服务;宾馆酒店;经济型连锁酒店",
    en: "Accommodation;Hotel;Budget Chain Hotel",
    keywords: ["经济型酒店", "快捷酒店", "budget hotel"],
  },
  "170200": {
    zh: "公司企业;公司;公司",
    en: "Company;Company;Company",
    keywords: ["公司", "企业", "company", "headquarters"],
  },
};

export const CATEGORY_NAMES = Object.keys(CATEGORIES) as PoiCategory[];

/**
 * Which categories a `types` filter names: Amap accepts type codes ("050000", matched by prefix at the
 * precision given) or type names ("餐饮服务", "酒店"); we also accept our own category names.
 */
export function categoriesForTypes(types: string): { categories: Set<PoiCategory>; codes: string[] } {
  const categories = new Set<PoiCategory>();
  const codes: string[] = [];
  for (const raw of types.split(/[|,;，、]/)) {
    const type = raw.trim().toLowerCase();
    if (type === "") continue;
    if (/^\d{2,6}$/.test(type)) {
      codes.push(type.replace(/(00)+$/, ""));
      continue;
    }
    for (const name of CATEGORY_NAMES) {
      const info = CATEGORIES[name];
      const names = [
        name,
        ...info.keywords,
        ...info.typeZh.split(";"),
        ...info.typeEn.toLowerCase().split(";"),
      ];
      if (names.some((candidate) => candidate === type || (type.length >= 2 && candidate.includes(type))))
        categories.add(name);
    }
  }
  return { categories, codes };
}
