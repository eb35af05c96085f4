import { type PlaceEntry, placesOf } from "./place.ts";

const home = placesOf("residential");

/** Residential compounds, four in every district, where the world's people live. */
export const HOMES: readonly PlaceEntry[] = [
  home("翠苑一区", "Cuiyuan Zone 1", "xihu", 120.1345, 30.286, "学院路77号", { area: "翠苑" }),
  home("西溪诚园", "Xixi Chengyuan", "xihu", 120.087, 30.278, "紫金港路21号", { area: "西溪" }),
  home("嘉绿苑", "Jialvyuan", "xihu", 120.112, 30.288, "文一西路29号", { area: "文教区" }),
  home("蒋村花园", "Jiangcun Garden", "xihu", 120.083, 30.286, "文二西路550号", { area: "蒋村" }),
  home("望江家园", "Wangjiang Homeland", "shangcheng", 120.188, 30.238, "秋涛路58号", { area: "望江" }),
  home("近江家园", "Jinjiang Homeland", "shangcheng", 120.191, 30.243, "婺江路217号", { area: "近江" }),
  home("春江花月", "Chunjiang Huayue", "shangcheng", 120.206, 30.24, "之江路1258号", {
    area: "钱江新城",
    aliases: ["绿城春江花月"],
  }),
  home("采荷一小区", "Caihe Community 1", "shangcheng", 120.195, 30.262, "凯旋路106号", { area: "采荷" }),
  home("朝晖六区", "Zhaohui Zone 6", "gongshu", 120.171, 30.288, "朝晖路203号", { area: "朝晖" }),
  home("和睦新村", "Hemu Village", "gongshu", 120.138, 30.308, "和睦路88号", { area: "和睦" }),
  home("大关西苑", "Daguan West Garden", "gongshu", 120.152, 30.309, "大关路100号", { area: "大关" }),
  home("德胜新村", "Desheng Village", "gongshu", 120.168, 30.3, "德胜路319号", { area: "德胜" }),
  home("东方郡", "Dongfang Jun", "binjiang", 120.216, 30.205, "江汉路1785号", { area: "滨江区政府" }),
  home("金色海岸", "Golden Coast", "binjiang", 120.212, 30.215, "闻涛路1999号", { area: "滨江江边" }),
  home("彩虹城", "Rainbow City", "binjiang", 120.195, 30.199, "江虹路333号", { area: "长河" }),
  home("白金海岸", "Platinum Coast", "binjiang", 120.224, 30.212, "闻涛路2211号", { area: "滨江江边" }),
  home("湘湖人家", "Xianghu Residence", "xiaoshan", 120.225, 30.148, "湘湖路188号", { area: "湘湖" }),
  home("金城花园", "Jincheng Garden", "xiaoshan", 120.268, 30.172, "金城路438号", { area: "城厢" }),
  home("博奥城", "Bo'ao City", "xiaoshan", 120.256, 30.227, "民和路505号", { area: "钱江世纪城" }),
  home("北干山南苑", "Beiganshan South Garden", "xiaoshan", 120.27, 30.186, "北山路56号", { area: "北干" }),
  home("西溪蓝海", "Xixi Blue Sea", "yuhang", 120.024, 30.276, "文一西路998号", { area: "未来科技城" }),
  home("良渚文化村", "Liangzhu Culture Village", "yuhang", 120.035, 30.375, "良渚路1号", { area: "良渚" }),
  home("闲林山水", "Xianlin Landscape", "yuhang", 119.978, 30.242, "闲兴路99号", { area: "闲林" }),
  home("润达花园", "Runda Garden", "yuhang", 120.03, 30.295, "五常大道181号", { area: "五常" }),
  home("星桥北苑", "Xingqiao North Garden", "linping", 120.281, 30.403, "星桥路77号", { area: "星桥" }),
  home("东湖花园", "Donghu Garden", "linping", 120.308, 30.425, "东湖路356号", { area: "临平新城" }),
  home("南苑新村", "Nanyuan Village", "linping", 120.302, 30.406, "南苑街126号", { area: "南苑" }),
  home("水北花园", "Shuibei Garden", "linping", 120.19, 30.485, "水北街12号", { area: "塘栖" }),
  home("金沙湖花园", "Jinsha Lake Garden", "qiantang", 120.33, 30.308, "金沙大道600号", { area: "金沙湖" }),
  home("高沙社区", "Gaosha Community", "qiantang", 120.344, 30.313, "文泽路301号", { area: "高沙" }),
  home("和达城", "Heda City", "qiantang", 120.358, 30.298, "海达南路555号", { area: "下沙" }),
  home("江东花苑", "Jiangdong Garden", "qiantang", 120.54, 30.29, "江东大道3899号", { area: "大江东" }),
];
