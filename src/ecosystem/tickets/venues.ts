/**
 * The venues the seed places events at, and the seat map each kind of hall has. When the maps
 * service holds a POI whose name contains `match`, the event links to it; otherwise the coordinates
 * here (GCJ-02, approximate) stand in, so tickets seeds on its own too.
 */
export type LayoutKind = "arena" | "stadium" | "theatre" | "hall" | "cinema";

export interface VenueSpec {
  key: string;
  /** Every one of these must appear in a maps POI name for the event to link to that POI. */
  match: readonly string[];
  zh: string;
  en: string;
  districtId: string;
  lng: number;
  lat: number;
  layout: LayoutKind;
}

export const VENUES: readonly VenueSpec[] = [
  {
    key: "olympic_stadium",
    match: ["奥体中心"],
    zh: "杭州奥体中心体育场",
    en: "Hangzhou Olympic Sports Centre Stadium",
    districtId: "binjiang",
    lng: 120.2283,
    lat: 30.2331,
    layout: "arena",
  },
  {
    key: "olympic_gym",
    match: ["奥体中心"],
    zh: "杭州奥体中心体育馆",
    en: "Hangzhou Olympic Sports Centre Gymnasium",
    districtId: "binjiang",
    lng: 120.2311,
    lat: 30.2268,
    layout: "arena",
  },
  {
    key: "huanglong_stadium",
    match: ["黄龙体育中心"],
    zh: "黄龙体育中心体育场",
    en: "Huanglong Sports Centre Stadium",
    districtId: "xihu",
    lng: 120.1342,
    lat: 30.2712,
    layout: "stadium",
  },
  {
    key: "huanglong_gym",
    match: ["黄龙体育中心"],
    zh: "黄龙体育中心体育馆",
    en: "Huanglong Sports Centre Gymnasium",
    districtId: "xihu",
    lng: 120.1318,
    lat: 30.2694,
    layout: "arena",
  },
  {
    key: "grand_theatre",
    match: ["杭州大剧院"],
    zh: "杭州大剧院",
    en: "Hangzhou Grand Theatre",
    districtId: "shangcheng",
    lng: 120.2093,
    lat: 30.2479,
    layout: "theatre",
  },
  {
    key: "hangzhou_theatre",
    match: ["杭州剧院"],
    zh: "杭州剧院",
    en: "Hangzhou Theatre",
    districtId: "xihu",
    lng: 120.1617,
    lat: 30.2794,
    layout: "theatre",
  },
  {
    key: "songcheng",
    match: ["宋城"],
    zh: "杭州宋城大剧院",
    en: "Songcheng Grand Theatre",
    districtId: "xihu",
    lng: 120.0973,
    lat: 30.1753,
    layout: "theatre",
  },
  {
    key: "small_theatre",
    match: ["蜂巢剧场"],
    zh: "杭州蜂巢剧场",
    en: "Hangzhou Hive Theatre",
    districtId: "gongshu",
    lng: 120.1556,
    lat: 30.2921,
    layout: "hall",
  },
  {
    key: "livehouse",
    match: ["Livehouse"],
    zh: "MAO Livehouse 杭州",
    en: "MAO Livehouse Hangzhou",
    districtId: "shangcheng",
    lng: 120.1785,
    lat: 30.2532,
    layout: "hall",
  },
  {
    key: "cinema_hubin",
    match: ["影", "湖滨"],
    zh: "百老汇影城（湖滨银泰店）",
    en: "Broadway Cinema (Hubin Intime)",
    districtId: "shangcheng",
    lng: 120.1652,
    lat: 30.2577,
    layout: "cinema",
  },
  {
    key: "cinema_xixi",
    match: ["影", "西溪"],
    zh: "万达影城（西溪印象城店）",
    en: "Wanda Cinema (Xixi Impression City)",
    districtId: "yuhang",
    lng: 120.0802,
    lat: 30.2859,
    layout: "cinema",
  },
  {
    key: "cinema_binjiang",
    match: ["影", "滨江"],
    zh: "CGV影城（滨江星光大道店）",
    en: "CGV Cinemas (Binjiang Starlight Avenue)",
    districtId: "binjiang",
    lng: 120.2069,
    lat: 30.2133,
    layout: "cinema",
  },
];

/** A section of a seat map: its code, names, rows, seats a row, and its price rank (1 = best). */
export interface SectionSpec {
  code: string;
  zh: string;
  en: string;
  rows: number;
  seatsPerRow: number;
  /** Price rank of a seat in this section by row; 1 is the most expensive tier. */
  rank: (row: number) => number;
}

const fixed = (rank: number) => () => rank;

/** The seat maps; sizes are kept to a few hundred seats so the whole world seeds in seconds. */
export const LAYOUTS: Readonly<Record<LayoutKind, readonly SectionSpec[]>> = {
  arena: [
    { code: "FA", zh: "内场A区", en: "Floor A", rows: 4, seatsPerRow: 16, rank: fixed(1) },
    { code: "FB", zh: "内场B区", en: "Floor B", rows: 4, seatsPerRow: 16, rank: fixed(2) },
    { code: "101", zh: "看台101区", en: "Stand 101", rows: 5, seatsPerRow: 20, rank: fixed(3) },
    { code: "102", zh: "看台102区", en: "Stand 102", rows: 5, seatsPerRow: 20, rank: fixed(3) },
    { code: "201", zh: "看台201区", en: "Stand 201", rows: 4, seatsPerRow: 20, rank: fixed(4) },
    { code: "202", zh: "看台202区", en: "Stand 202", rows: 4, seatsPerRow: 20, rank: fixed(4) },
  ],
  stadium: [
    { code: "W", zh: "西看台", en: "West Stand", rows: 5, seatsPerRow: 20, rank: fixed(1) },
    { code: "E", zh: "东看台", en: "East Stand", rows: 5, seatsPerRow: 20, rank: fixed(2) },
    { code: "N", zh: "北看台", en: "North Stand", rows: 5, seatsPerRow: 20, rank: fixed(3) },
    { code: "S", zh: "南看台", en: "South Stand", rows: 5, seatsPerRow: 20, rank: fixed(4) },
  ],
  theatre: [
    {
      code: "ST",
      zh: "池座",
      en: "Stalls",
      rows: 10,
      seatsPerRow: 16,
      rank: (row) => (row <= 3 ? 1 : row <= 7 ? 2 : 3),
    },
    { code: "BC", zh: "楼座", en: "Balcony", rows: 4, seatsPerRow: 16, rank: fixed(4) },
  ],
  hall: [
    {
      code: "M",
      zh: "正厅",
      en: "Main Hall",
      rows: 8,
      seatsPerRow: 12,
      rank: (row) => (row <= 3 ? 1 : row <= 6 ? 2 : 3),
    },
  ],
  cinema: [
    {
      code: "H",
      zh: "影厅",
      en: "Screen",
      rows: 8,
      seatsPerRow: 12,
      // The middle rows are the "best view" seats cinemas price higher.
      rank: (row) => (row >= 4 && row <= 6 ? 1 : 2),
    },
  ],
};
