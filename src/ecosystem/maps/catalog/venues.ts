import { type PlaceEntry, placesOf } from "./place.ts";

const venue = placesOf("venue");
const THEATRE = "080602";
const CINEMA = "080601";
const EXHIBITION = "140200";

/** Stadiums, theatres, exhibition halls and cinemas: where the tickets service holds its events. */
export const VENUES: readonly PlaceEntry[] = [
  venue("杭州奥体中心", "Hangzhou Olympic Sports Center", "xiaoshan", 120.236, 30.229, "飞虹路3号", {
    aliases: ["奥体中心体育场", "大莲花", "Big Lotus", "Hangzhou Olympic Stadium", "Olympic Sports Center"],
    area: "钱江世纪城",
    descriptionZh: "杭州奥体中心主体育场“大莲花”可容纳约8万名观众，是2022年杭州亚运会的主场馆。",
    descriptionEn:
      "The main stadium of the Hangzhou Olympic Sports Center, the 'Big Lotus', seats about 80,000 and hosted the Asian Games.",
  }),
  venue("杭州奥体中心网球中心", "Hangzhou Olympic Tennis Center", "xiaoshan", 120.233, 30.234, "飞虹路5号", {
    aliases: ["小莲花", "Small Lotus"],
    area: "钱江世纪城",
  }),
  venue("黄龙体育中心", "Huanglong Sports Center", "xihu", 120.143, 30.268, "黄龙路1号", {
    aliases: ["黄龙体育场", "Huanglong Stadium"],
    area: "黄龙",
  }),
  venue("杭州电竞中心", "Hangzhou Esports Center", "gongshu", 120.135, 30.331, "祥园路1号", { area: "拱墅" }),
  venue("杭州大剧院", "Hangzhou Grand Theatre", "shangcheng", 120.215, 30.246, "新业路39号", {
    typeCode: THEATRE,
    aliases: ["Grand Theatre", "杭州大剧院歌剧厅"],
    area: "钱江新城",
  }),
  venue("杭州剧院", "Hangzhou Theatre", "gongshu", 120.164, 30.276, "武林广场29号", {
    typeCode: THEATRE,
    area: "武林",
  }),
  venue(
    "杭州国际博览中心",
    "Hangzhou International Expo Center",
    "xiaoshan",
    120.249,
    30.24,
    "奔竞大道353号",
    {
      typeCode: EXHIBITION,
      aliases: ["博览中心", "G20会场", "Hangzhou Expo"],
      area: "钱江世纪城",
    },
  ),
  venue("新远国际影城(湖滨店)", "Xinyuan Cinema Hubin", "shangcheng", 120.166, 30.257, "延安路233号", {
    typeCode: CINEMA,
    aliases: ["新远影城"],
    area: "湖滨",
  }),
  venue("卢米埃影城(滨江天街店)", "Lumiere Cinema Binjiang", "binjiang", 120.216, 30.1935, "江汉路1515号", {
    typeCode: CINEMA,
    area: "滨江区政府",
  }),
  venue("UME影城(西溪店)", "UME Cinema Xixi", "yuhang", 120.0595, 30.2885, "五常大道1号", {
    typeCode: CINEMA,
    area: "五常",
  }),
  venue("万达影城(临平店)", "Wanda Cinema Linping", "linping", 120.296, 30.415, "迎宾路505号", {
    typeCode: CINEMA,
    area: "临平",
  }),
  venue("百老汇影城(金沙天街店)", "Broadway Cinema Jinsha", "qiantang", 120.3322, 30.3052, "金沙大道560号", {
    typeCode: CINEMA,
    area: "金沙湖",
  }),
];
