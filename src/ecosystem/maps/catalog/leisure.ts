import { type PlaceEntry, placesOf } from "./place.ts";

const mall = placesOf("mall");
const landmark = placesOf("landmark");
const park = placesOf("park");

/** Shopping centres. */
export const MALLS: readonly PlaceEntry[] = [
  mall("湖滨银泰in77", "Hubin Intime in77", "shangcheng", 120.1665, 30.258, "延安路258号", {
    aliases: ["in77", "湖滨银泰", "Intime in77", "Hubin in77"],
    area: "湖滨",
  }),
  mall("西湖文化广场", "West Lake Cultural Square", "gongshu", 120.169, 30.2792, "中山北路581号", {
    area: "武林",
  }),
  mall("杭州万象城", "Hangzhou MixC", "shangcheng", 120.214, 30.251, "富春路701号", {
    aliases: ["万象城", "MixC"],
    area: "钱江新城",
  }),
  mall("杭州大厦", "Hangzhou Tower", "gongshu", 120.164, 30.273, "武林广场1号", { area: "武林" }),
  mall("武林银泰", "Wulin Intime", "gongshu", 120.1665, 30.271, "延安路530号", { area: "武林" }),
  mall("杭州嘉里中心", "Hangzhou Kerry Centre", "gongshu", 120.166, 30.265, "延安路385号", { area: "武林" }),
  mall("城西银泰城", "Chengxi Intime City", "gongshu", 120.115, 30.305, "丰潭路380号", { area: "城西" }),
  mall("西溪印象城", "Xixi Impression City", "yuhang", 120.06, 30.288, "五常大道1号", { area: "五常" }),
  mall("龙湖滨江天街", "Longfor Binjiang Paradise Walk", "binjiang", 120.216, 30.193, "江汉路1515号", {
    area: "滨江区政府",
  }),
  mall("星光大道", "Starlight Avenue", "binjiang", 120.21, 30.207, "江南大道228号", { area: "星光大道" }),
  mall("萧山银隆百货", "Xiaoshan Yinlong Department Store", "xiaoshan", 120.266, 30.17, "人民路71号", {
    area: "萧山城区",
  }),
  mall("临平银泰城", "Linping Intime City", "linping", 120.295, 30.419, "迎宾路368号", { area: "临平" }),
  mall("龙湖金沙天街", "Longfor Jinsha Paradise Walk", "qiantang", 120.332, 30.305, "金沙大道560号", {
    area: "金沙湖",
  }),
];

/** Sights and landmarks; the lake and its causeways come first because visitors ask for them most. */
export const LANDMARKS: readonly PlaceEntry[] = [
  landmark("西湖", "West Lake", "xihu", 120.1485, 30.242, "龙井路1号", {
    aliases: ["西湖风景名胜区", "West Lake Scenic Area", "Xihu Lake"],
    area: "西湖",
    descriptionZh: "西湖是世界文化遗产，三面环山，湖中有苏堤、白堤和三潭印月，是杭州的城市名片。",
    descriptionEn:
      "West Lake, a UNESCO World Heritage site, is ringed by hills on three sides and crossed by the Su and Bai causeways.",
  }),
  landmark("断桥残雪", "Broken Bridge", "xihu", 120.1517, 30.259, "北山街1号", {
    aliases: ["断桥", "Broken Bridge in Snow"],
    area: "北山街",
  }),
  landmark("雷峰塔", "Leifeng Pagoda", "xihu", 120.1489, 30.2312, "南山路15号", { area: "南山路" }),
  landmark("灵隐寺", "Lingyin Temple", "xihu", 120.101, 30.241, "法云弄1号", {
    aliases: ["灵隐", "Temple of the Soul's Retreat"],
    area: "灵隐",
  }),
  landmark("苏堤", "Su Causeway", "xihu", 120.138, 30.245, "苏堤1号", {
    aliases: ["苏堤春晓"],
    area: "西湖",
  }),
  landmark("白堤", "Bai Causeway", "xihu", 120.147, 30.257, "白堤1号", { area: "西湖" }),
  landmark("三潭印月", "Three Pools Mirroring the Moon", "xihu", 120.1443, 30.238, "西湖小瀛洲1号", {
    area: "西湖",
  }),
  landmark("岳王庙", "Yue Fei Temple", "xihu", 120.1375, 30.259, "北山街80号", { area: "北山街" }),
  landmark("六和塔", "Liuhe Pagoda", "xihu", 120.129, 30.199, "之江路16号", { area: "之江" }),
  landmark("龙井村", "Longjing Village", "xihu", 120.123, 30.227, "龙井路88号", { area: "龙井" }),
  landmark("西溪国家湿地公园", "Xixi National Wetland Park", "xihu", 120.066, 30.272, "天目山路518号", {
    aliases: ["西溪湿地", "Xixi Wetland"],
    area: "西溪",
  }),
  landmark("河坊街", "Hefang Street", "shangcheng", 120.169, 30.242, "河坊街1号", {
    aliases: ["清河坊", "Qinghefang"],
    area: "吴山",
  }),
  landmark("南宋御街", "Southern Song Imperial Street", "shangcheng", 120.17, 30.25, "中山中路1号", {
    area: "吴山",
  }),
  landmark("城市阳台", "City Balcony", "shangcheng", 120.216, 30.245, "富春路1号", {
    aliases: ["钱江新城灯光秀", "Qianjiang New Town Light Show"],
    area: "钱江新城",
  }),
  landmark("拱宸桥", "Gongchen Bridge", "gongshu", 120.144, 30.316, "丽水路1号", {
    aliases: ["京杭大运河拱宸桥", "Grand Canal Gongchen Bridge"],
    area: "运河",
  }),
  landmark("良渚古城遗址公园", "Liangzhu Ancient City Ruins Park", "yuhang", 120.009, 30.397, "凤山路1号", {
    aliases: ["良渚遗址", "Liangzhu Ruins"],
    area: "瓶窑",
  }),
  landmark("湘湖", "Xianghu Lake", "xiaoshan", 120.215, 30.14, "湘湖路1号", { area: "湘湖" }),
  landmark("超山", "Chaoshan Mountain", "linping", 120.24, 30.44, "超山路1号", {
    aliases: ["超山风景区"],
    area: "塘栖",
  }),
];

/** Parks and squares. */
export const PARKS: readonly PlaceEntry[] = [
  park("太子湾公园", "Taiziwan Park", "xihu", 120.148, 30.23, "南山路2号", { area: "南山路" }),
  park("花港观鱼", "Viewing Fish at Flower Harbour", "xihu", 120.144, 30.233, "杨公堤1号", { area: "西湖" }),
  park("柳浪闻莺", "Orioles Singing in the Willows", "shangcheng", 120.162, 30.244, "南山路17号", {
    area: "湖滨",
  }),
  park("江洋畈生态公园", "Jiangyangfan Eco Park", "shangcheng", 120.158, 30.22, "虎玉路1号", {
    area: "玉皇山",
  }),
  park("运河文化广场", "Grand Canal Culture Square", "gongshu", 120.144, 30.318, "丽水路10号", {
    area: "运河",
  }),
  park("白马湖公园", "Baima Lake Park", "binjiang", 120.187, 30.178, "白马湖路1号", { area: "白马湖" }),
  park("北干山公园", "Beigan Mountain Park", "xiaoshan", 120.272, 30.185, "北干山路1号", { area: "北干" }),
  park("南湖公园", "Nanhu Park", "yuhang", 119.975, 30.265, "南湖路1号", { area: "余杭街道" }),
  park("临平山公园", "Linping Mountain Park", "linping", 120.3, 30.425, "藕花洲大街1号", { area: "临平" }),
  park("金沙湖公园", "Jinsha Lake Park", "qiantang", 120.33, 30.3, "金沙湖路1号", { area: "金沙湖" }),
];
