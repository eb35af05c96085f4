import { type PlaceEntry, placesOf } from "./place.ts";

const office = placesOf("office");

// Company campuses carry Amap's "公司企业" code; towers keep the default office code.
const COMPANY = "170200";

/** Office towers and company campuses, at least three in every district, where the world's people work. */
export const OFFICES: readonly PlaceEntry[] = [
  office("华星时代广场", "Huaxing Times Square", "xihu", 120.127, 30.279, "文三路478号", { area: "文三路" }),
  office("西湖国际科技大厦", "West Lake International Tech Tower", "xihu", 120.118, 30.283, "文三路391号", {
    area: "文三路",
  }),
  office("蚂蚁集团A空间", "Ant Group A Space", "xihu", 120.096, 30.265, "西溪路556号", {
    typeCode: COMPANY,
    aliases: ["蚂蚁集团", "Ant Group", "蚂蚁金服"],
    area: "西溪",
  }),
  office("来福士中心", "Raffles City Tower", "shangcheng", 120.212, 30.247, "新业路228号", {
    area: "钱江新城",
    aliases: ["杭州来福士", "Raffles City Hangzhou"],
  }),
  office("华润大厦", "China Resources Tower", "shangcheng", 120.2135, 30.253, "富春路366号", {
    area: "钱江新城",
  }),
  office(
    "浙江财富金融中心",
    "Zhejiang Fortune Financial Center",
    "shangcheng",
    120.218,
    30.256,
    "钱江路1366号",
    {
      area: "钱江新城",
    },
  ),
  office("远洋国际中心", "Ocean International Center", "gongshu", 120.162, 30.304, "莫干山路972号", {
    area: "莫干山路",
  }),
  office("中大银泰城写字楼", "Zhongda Intime City Office Tower", "gongshu", 120.185, 30.308, "石祥路188号", {
    area: "石桥",
  }),
  office("恒隆广场办公楼", "Hang Lung Plaza Office Tower", "gongshu", 120.162, 30.276, "延安路501号", {
    area: "武林",
  }),
  office("网易杭州", "NetEase Hangzhou", "binjiang", 120.191, 30.186, "网商路599号", {
    typeCode: COMPANY,
    aliases: ["网易", "NetEase", "网易大厦"],
    area: "滨江物联网街",
  }),
  office("海康威视", "Hikvision Headquarters", "binjiang", 120.21, 30.191, "阡陌路555号", {
    typeCode: COMPANY,
    aliases: ["Hikvision", "海康"],
    area: "滨江高新区",
  }),
  office("阿里巴巴滨江园区", "Alibaba Binjiang Campus", "binjiang", 120.19, 30.19, "网商路699号", {
    typeCode: COMPANY,
    aliases: ["阿里滨江"],
    area: "滨江物联网街",
  }),
  office("星耀城", "Xingyao City", "binjiang", 120.211, 30.209, "江南大道3850号", { area: "星光大道" }),
  office("杭州之门", "Gate of Hangzhou", "xiaoshan", 120.254, 30.237, "奔竞大道1号", {
    area: "钱江世纪城",
    aliases: ["钱江世纪城杭州之门"],
  }),
  office("广孚中心", "Guangfu Center", "xiaoshan", 120.258, 30.229, "市心北路857号", { area: "钱江世纪城" }),
  office("杭州湾信息港", "Hangzhou Bay Information Port", "xiaoshan", 120.278, 30.209, "建设三路733号", {
    area: "萧山经济技术开发区",
  }),
  office("阿里巴巴西溪园区", "Alibaba Xixi Campus", "yuhang", 120.025, 30.28, "文一西路969号", {
    typeCode: COMPANY,
    aliases: ["阿里巴巴", "Alibaba", "阿里西溪", "淘宝城"],
    area: "未来科技城",
  }),
  office("梦想小镇", "Dream Town", "yuhang", 120.0, 30.29, "文一西路1328号", { area: "仓前" }),
  office("海创园", "Hangzhou Overseas Talents Innovation Park", "yuhang", 120.006, 30.283, "文一西路1818号", {
    area: "未来科技城",
  }),
  office("之江实验室", "Zhejiang Lab", "yuhang", 119.935, 30.262, "科创大道1号", {
    typeCode: COMPANY,
    area: "中泰",
  }),
  office("艺尚小镇", "Yishang Town", "linping", 120.27, 30.418, "艺尚路1号", { area: "临平新城" }),
  office("临平数字经济园", "Linping Digital Economy Park", "linping", 120.32, 30.41, "兴国路503号", {
    area: "临平经济开发区",
  }),
  office("老板电器总部", "Robam Headquarters", "linping", 120.299, 30.434, "临平大道592号", {
    typeCode: COMPANY,
    aliases: ["老板电器", "Robam"],
    area: "临平",
  }),
  office("金沙湖中心", "Jinsha Lake Center", "qiantang", 120.331, 30.303, "金沙湖路88号", { area: "金沙湖" }),
  office("钱塘智慧城", "Qiantang Smart City", "qiantang", 120.37, 30.29, "智慧大道77号", { area: "下沙" }),
  office("钱塘医药港", "Qiantang Medical Port", "qiantang", 120.39, 30.295, "福城路288号", {
    typeCode: COMPANY,
    area: "下沙",
  }),
];
