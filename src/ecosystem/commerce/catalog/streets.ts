/** A street or landmark a branch is named after and stands at (approximate GCJ-02 point). */
export interface BranchSite {
  zh: string;
  en: string;
  lng: number;
  lat: number;
}

const site = (zh: string, en: string, lng: number, lat: number): BranchSite => ({ zh, en, lng, lat });

/** Where branches open, per district: busy streets and malls around the district's centre. */
export const BRANCH_SITES: Readonly<Record<string, readonly BranchSite[]>> = {
  xihu: [
    site("文三路", "Wensan Rd", 120.14, 30.278),
    site("西溪", "Xixi", 120.088, 30.276),
    site("黄龙", "Huanglong", 120.145, 30.27),
    site("浙大玉泉", "ZJU Yuquan", 120.125, 30.265),
  ],
  shangcheng: [
    site("湖滨银泰", "Hubin Intime", 120.165, 30.256),
    site("钱江新城", "Qianjiang New Town", 120.212, 30.245),
    site("南宋御街", "Southern Song Imperial St", 120.17, 30.245),
    site("城站", "Chengzhan Station", 120.18, 30.245),
  ],
  gongshu: [
    site("武林广场", "Wulin Square", 120.165, 30.275),
    site("运河天地", "Grand Canal", 120.152, 30.3),
    site("大关", "Daguan", 120.15, 30.31),
    site("湖墅南路", "Hushu South Rd", 120.155, 30.285),
  ],
  binjiang: [
    site("星光大道", "Starlight Ave", 120.21, 30.208),
    site("物联网街", "IoT St", 120.21, 30.192),
    site("江南大道", "Jiangnan Ave", 120.2, 30.205),
    site("网商路", "Wangshang Rd", 120.19, 30.19),
  ],
  xiaoshan: [
    site("市心路", "Shixin Rd", 120.265, 30.175),
    site("萧山万象汇", "Xiaoshan MixC", 120.265, 30.16),
    site("湘湖", "Xianghu Lake", 120.22, 30.14),
  ],
  yuhang: [
    site("未来科技城", "Future Sci-Tech City", 120.02, 30.28),
    site("梦想小镇", "Dream Town", 120.005, 30.29),
    site("五常", "Wuchang", 120.04, 30.275),
  ],
  linping: [site("临平银泰", "Linping Intime", 120.3, 30.42), site("南苑", "Nanyuan", 120.29, 30.405)],
  qiantang: [
    site("下沙高教园", "Xiasha University Town", 120.37, 30.31),
    site("金沙湖", "Jinsha Lake", 120.345, 30.3),
  ],
};
