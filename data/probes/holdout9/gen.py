#!/usr/bin/env python3
"""holdout9: multi-constraint probes (120) and simple probes (60), written from the seeded world only.

World facts (seed 20261126, world start Thu 2026-11-26 09:00 local = 01:00 UTC; card times are UTC):
- u_xiaoming home 西溪诚园 (紫金港路21号), office 海康威视 (滨江区阡陌路555号); u_alice home 春江花月
  (上城区之江路1258号), office 华星时代广场 (西湖区文三路478号). Both wallets ¥2000.
- Task kinds: order_delivery, buy_tickets, ride_hail, payment, after_sale. Card lines are JSON
  {"name":zh,"nameEn":en,"qty":N,"unitFen":..,"lineFen":..,"options":{group:id,...}}; options keep the
  menu's group order (coffee: size, ice, sugar, milk|shot; tea: size, sugar, ice, topping).
Run: python3 data/probes/holdout9/gen.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def ln(name, qty=None, *opts):
    """A regex for one card line: its zh name, quantity and option ids (in group order)."""
    p = f'"name":"(?:{name})"'
    if qty is not None:
        p += f'[^}}]*"qty":{qty},'
    for o in opts:
        k, v = o.split("=")
        p += f'[^}}]*"{k}":"(?:{v})"'
    return p


def allof(*pats):
    return "^" + "".join(f"(?=.*{p})" for p in pats)


def none_of(*names):
    return "(?!.*(?:" + "|".join(names) + "))"


def lines(*pats, exclude=()):
    s = allof(*pats)
    if exclude:
        s += none_of(*exclude)
    return s


XM_HOME = "紫金港路"
XM_OFFICE = "阡陌路"
AL_HOME = "之江路"
AL_OFFICE = "文三路"

# reply patterns for declines / questions
ZH_STOCK = "只剩|仅剩|剩|库存|不够|售罄|卖完|没货|缺货|没有了|已售完"
EN_STOCK = r"only|left|stock|sold out|not enough|unavailable|no more"
ZH_BUDGET = "预算|超出|超过|超了|不够|还差|多出"
EN_BUDGET = r"budget|over|exceed|more than|above|short"
ZH_CLOSED = "营业|开门|打烊|还没开|未开|开始营业|10[:：]00|10点|10:30|10点半|关门|休息"
EN_CLOSED = r"open|closed|closes|opening|hours|not yet"
ZH_RANGE = "范围|送不到|太远|超出|不在|无法配送|不配送|没有.*(店|门店)|附近没有|找不到"
EN_RANGE = r"range|deliver|too far|doesn't reach|does not reach|no .*(branch|store|shop)|couldn't find|can't find|not near"
ZH_MIN = "起送|最低|还差|满"
EN_MIN = r"minimum|min\.?|at least|short"
ZH_SEATS = "只剩|仅剩|剩|不够|没有|售罄|卖完|无票|已满|余票"
EN_SEATS = r"only|left|not enough|sold out|no seats|none|remaining|available"

multi = []
simple = []


def P(bucket, id_, lang, intent, turns, expect, user=None):
    d = {"id": id_, "lang": lang, "intent": intent}
    if user:
        d["user"] = user
    d["turns"] = turns if isinstance(turns, list) else [turns]
    d["expect"] = expect
    bucket.append(d)


def order(lines_=None, address=None, merchant=None, **kw):
    t = {"kind": "order_delivery"}
    if address:
        t["address"] = address
    if lines_:
        t["lines"] = lines_
    if merchant:
        t["merchant"] = merchant
    t.update(kw)
    return t


def M(id_, lang, intent, turns, expect, user=None):
    P(multi, "h9m-" + id_, lang, intent, turns, expect, user)


def S(id_, lang, intent, turns, expect, user=None):
    P(simple, "h9s-" + id_, lang, intent, turns, expect, user)


# ============================ MULTI, zh (u_xiaoming) ============================
# luckin 西溪诚园 128m from home: 生椰拿铁 has shot group, 美式咖啡 shot group.
M("zh-01", "zh", "order", "瑞幸 两杯生椰 大杯去冰，再来杯热美式加浓，送家",
  {"task": order(lines(ln("生椰拿铁", 2, "size=large", "ice=none"), ln("美式咖啡", 1, "ice=hot", "shot=extra")), XM_HOME)})
# mixue xixi: 冰鲜柠檬水 groups size,sugar,ice
M("zh-02", "zh", "order", "蜜雪冰城柠檬水来5杯 3杯少冰2杯去冰 全都半糖哈",
  {"task": order(lines(ln("冰鲜柠檬水", 3, "sugar=half", "ice=less"), ln("冰鲜柠檬水", 2, "sugar=half", "ice=none")))})
M("zh-03", "zh", "order", "kfc 3个香辣鸡腿堡要套餐的 + 1份薯条 + 4个蛋挞 送到家里",
  {"task": order(lines(ln("香辣鸡腿堡", 3, "combo=meal"), ln("薯条（中）", 1), ln("葡式蛋挞", 4)), XM_HOME)})
# KFC 西溪诚园: 皮蛋瘦肉粥 stock 0, but KFC 文三路店 (4954m, radius 5000) also reaches home and has 210
# (corrected after the run: the first reach table listed only each chain's nearest branch)
M("zh-04", "zh", "order-stock", "肯德基 皮蛋瘦肉粥2份 油条2根 再加杯热的K咖啡美式 送家",
  {"anyOf": [{"reply": [ZH_STOCK + "|粥"]},
             {"task": order(lines(ln("皮蛋瘦肉粥", 2), ln("油条", 2), ln("K咖啡美式", 1, "ice=hot")), XM_HOME)}]})
# lanzhou 西溪店 (only lanzhou in reach of home): 蛋炒饭 stock 3
M("zh-05", "zh", "order-stock", "兰州拉面 蛋炒饭来4份 另外两碗牛肉面 细面 微辣",
  {"reply": [ZH_STOCK]})
# yangguofu opens 10:00; pre-order for 12:00 local = 04:00 UTC
M("zh-06", "zh", "preorder", "杨国福 番茄汤的两份不辣 招牌的来一份特辣 中午12点送到家",
  {"task": order(lines(ln("番茄汤麻辣烫", 2, "spice=none"), ln("招牌麻辣烫", 1, "spice=hot")), XM_HOME,
                 scheduledFor="2026-11-26T0[34]:")})
# xinbailu min order ¥40; 东坡肉32 + 米饭2x2 = 36
M("zh-07", "zh", "order-min", "新白鹿 一份东坡肉两碗米饭 十一点半送家里",
  {"reply": [ZH_MIN]})
# xinbailu: 32+58+6 = 96 items + delivery 5 + packaging 3 = 104 > 100
M("zh-08", "zh", "order-budget", "新白鹿点个东坡肉 西湖醋鱼 米饭三碗，总共100以内搞定",
  {"anyOf": [{"task": order(lines(ln("东坡肉", 1), ln("西湖醋鱼", 1)), maxTotalFen=10000)}, {"reply": [ZH_BUDGET + "|100"]}]})
# heytea: no branch reaches 西溪诚园 (文三路店 is beyond 5km); 物联网街店 reaches the office; opens 10:00
M("zh-09", "zh", "order-range", "喜茶多肉葡萄两杯少糖 送到家",
  {"reply": [ZH_RANGE + "|公司|" + ZH_CLOSED]})
# past order: 瑞幸 拿铁 大杯 少冰 少糖 全脂 to the office
M("zh-10", "zh", "reorder", "跟上次一样的瑞幸拿铁，不过这次中杯，还是送公司",
  {"task": order(lines(ln("拿铁", 1, "size=medium", "ice=less", "sugar=less")), XM_OFFICE)})
M("zh-11", "zh", "reorder", "上回那杯拿铁再来俩 改成热的 送公司",
  {"task": order(lines(ln("拿铁", 2, "size=large", "ice=hot", "sugar=less")), XM_OFFICE)})
# chagee 西溪店 opens 10:00; 伯牙绝弦 tea groups size,sugar,ice
M("zh-12", "zh", "preorder", "霸王茶姬伯牙绝弦3杯，1杯热的2杯少冰，都无糖，10点半送到家",
  {"task": order(lines(ln("伯牙绝弦", 1, "sugar=none", "ice=hot"), ln("伯牙绝弦", 2, "sugar=none", "ice=less")), XM_HOME,
                 scheduledFor="2026-11-26T02:")})
M("zh-13", "zh", "order", "袁记 鲜肉水饺两份 要18只的 煎的 + 虾仁云吞一份",
  {"task": order(lines(ln("鲜肉水饺", 2, "portion=eighteen", "cooking=pan_fried"), ln("虾仁云吞", 1)))})
# shaxian: 15x3 + 2x3 = 51 + fees < 60
M("zh-14", "zh", "order-budget", "沙县 拌面扁肉套餐x3 微辣，卤蛋也来3个，总价别过60",
  {"task": order(lines(ln("拌面\\+扁肉套餐", 3, "spice=mild"), ln("卤蛋", 3)), maxTotalFen=6000)})
# shaxian 鸡腿饭 16 x5 = 80 > 50
M("zh-15", "zh", "order-budget", "沙县鸡腿饭5份不辣 预算50块",
  {"reply": [ZH_BUDGET + "|50"]})
# 西湖花语 (阿里巴巴滨江园区店) reaches the office; 15:00 local = 07:00 UTC
M("zh-16", "zh", "preorder", "订一束9枝的红玫瑰 要手写卡片 下午三点送到公司",
  {"task": order(lines(ln("红玫瑰花束（9枝）", 1, "card=handwritten")), XM_OFFICE, scheduledFor="2026-11-26T0[67]:")})
M("zh-17", "zh", "order", "一心堂 布洛芬缓释胶囊2盒 电子体温计1个 板蓝根1包 送家 急",
  {"task": order(lines(ln("布洛芬缓释胶囊", 2), ln("电子体温计", 1), ln("板蓝根颗粒", 1)), XM_HOME)})
M("zh-18", "zh", "order", "鲍师傅 海苔肉松小贝2盒 蛋黄酥1盒 青团2个，雪媚娘不要",
  {"task": order(lines(ln("海苔肉松小贝", 2), ln("蛋黄酥", 1), ln("青团", 2), exclude=("雪媚娘",)))})
# pupu 西溪诚园: 36.9x2 + 19.9 + 11.9x2 = 117.5 < 150
M("zh-19", "zh", "order-budget", "朴朴超市：农夫山泉整箱两箱、可生食鸡蛋一盒、小番茄两盒，150以内",
  {"task": order(lines(ln("农夫山泉 550ml×24（整箱）", 2), ln("可生食鸡蛋 10枚", 1), ln("小番茄 500g", 2)), maxTotalFen=15000)})
# wumart 西溪诚园; 18:00 local = 10:00 UTC
M("zh-20", "zh", "preorder", "物美 五常大米一袋 花生油一桶 速冻水饺两包 傍晚六点送到家",
  {"task": order(lines(ln("五常大米 5kg", 1), ln("金龙鱼花生油 5L", 1), ln("猪肉水饺 1kg", 2)), XM_HOME, scheduledFor="2026-11-26T(09|10):")})
M("zh-21", "zh", "order-exclude", "不要星巴克也不要瑞幸，两杯大杯热拿铁送公司",
  {"task": order(lines(ln("[^\"]*拿铁", 2, "size=large", "ice=hot")), XM_OFFICE, merchant="^(?!.*(星巴克|瑞幸|Starbucks|Luckin))")})
# goodme 物联网街店 168m from office; tea groups size,sugar,ice,topping
M("zh-22", "zh", "order", "古茗 杨梅冰冰3杯大杯少糖 + 珍珠奶茶1杯热的 送公司",
  {"task": order(lines(ln("杨梅冰冰", 3, "size=large", "sugar=less"), ln("珍珠奶茶", 1, "ice=hot")), XM_OFFICE)})
# goodme 物联网街店: 椰椰奶冻 stock 2
M("zh-23", "zh", "order-stock", "古茗椰椰奶冻 5杯 少糖 送公司",
  {"reply": [ZH_STOCK]})
# heytea opens 10:00; 9:30 cannot be met
M("zh-24", "zh", "time", "喜茶 芝芝莓莓两杯少冰，九点半前送到公司",
  {"reply": [ZH_CLOSED + "|来不及|赶不上|做不到|无法"]})
M("zh-25", "zh", "order", "manner 燕麦拿铁3杯 大杯 少冰 再来2个可颂 公司",
  {"task": order(lines(ln("燕麦拿铁", 3, "size=large", "ice=less"), ln("可颂", 2)), XM_OFFICE)})
M("zh-26", "zh", "edit", ["瑞幸 两杯厚乳拿铁 少糖 送家", "换成大杯"],
  {"task": order(lines(ln("厚乳拿铁", 2, "size=large", "sugar=less")), XM_HOME)})
M("zh-27", "zh", "edit", ["肯德基 2个香辣鸡腿堡 + 2杯百事冰镇", "去掉可乐，加3个蛋挞"],
  {"task": order(lines(ln("香辣鸡腿堡", 2), ln("葡式蛋挞", 3), exclude=("百事",)))})
# mixue 网商路店 reaches the office
M("zh-28", "zh", "edit", ["蜜雪 珍珠奶茶4杯半糖", "改送到公司"],
  {"task": order(lines(ln("珍珠奶茶", 4, "sugar=half")), XM_OFFICE)})
M("zh-29", "zh", "edit", ["吉野家招牌牛肉饭2份", "牛肉饭改3份，再加个味增汤"],
  {"task": order(lines(ln("招牌牛肉饭", 3), ln("味增汤", 1)))})
M("zh-30", "zh", "ordinal", ["瑞幸有啥喝的", "第一个 来3杯 大杯"],
  {"anyOf": [{"task": order(lines('"qty":3,[^}]*"size":"large"'))}, {"reply": ["？|\\?"]}]})
# joker 28th 19:30 local: Floor 44 left; ride to arrive before 19:30 -> UTC 09:xx-11:xx
M("zh-31", "zh", "tickets-ride", "周六薛之谦 内场两张连着的 顺便帮我叫个车从家过去 提前一小时到",
  {"task": {"kind": "buy_tickets", "lines": "内场|Floor"}, "tasks": 2})
# jaychou: Upper Stand has 0 seats left on both sessions
M("zh-32", "zh", "tickets-seats", "周杰伦周六 看台二层 两张",
  {"reply": [ZH_SEATS]})
# jaychou 28th: Premium VIP 1 left
M("zh-33", "zh", "tickets-seats", "周杰伦28号的至尊VIP 要3张 坐一起",
  {"reply": [ZH_SEATS + "|1张|一张"]})
# mayday 12/5: Lower Stand 580 <= 600
M("zh-34", "zh", "tickets", "五月天12月5号 4张连座 每张不超过600",
  {"task": {"kind": "buy_tickets", "lines": "看台一层|Lower Stand|看台二层|Upper Stand", "maxUnitFen": 60000}})
# teahouse tonight 19:30 local; ride 18:30 local = 10:30 UTC
M("zh-35", "zh", "tickets-ride", "今晚茶馆 丙等2张，再约个车 晚上6点半从公司出发去剧院",
  {"task": {"kind": "buy_tickets", "lines": "丙等|Economy"}, "tasks": 2})
# omnipotent 27th: Front 9 left
M("zh-36", "zh", "tickets-seats", "明晚万青 前排10张",
  {"reply": [ZH_SEATS + "|9张|九张"]})
# deyunshe 29th premium 880 x2 = 1760 > 1500
M("zh-37", "zh", "tickets-budget", "德云社周日的甲等 两张 总共1500以内",
  {"anyOf": [{"task": {"kind": "buy_tickets", "maxTotalFen": 150000}}, {"reply": [ZH_BUDGET + "|1500|甲等"]}]})
M("zh-38", "zh", "tickets", "宋城千古情 周六下午那场 贵宾席三张 挨着坐",
  {"task": {"kind": "buy_tickets", "lines": "贵宾席|VIP"}, "reply": ["3\\s*张|三张|15[:：]00"]})
M("zh-39", "zh", "tickets", "流浪地球3 周六晚上7点那场 黄金区3张 连座",
  {"task": {"kind": "buy_tickets", "lines": "黄金区|Best View"}, "reply": ["19[:：]00"]})
M("zh-40", "zh", "transfer", "从余额给李华转200 备注饭钱",
  {"task": {"kind": "payment", "merchant": "李华", "totalFen": 20000}})
M("zh-41", "zh", "transfer", "给王五转100块 备注房租",
  {"reply": ["王五|联系人|找不到|没有|不认识|谁"]})
# wallet ¥2000
M("zh-42", "zh", "transfer", "用余额转3000给李华 今天就要",
  {"reply": ["余额|不足|不够|2000|2,000"]})
# 专车 = comfort; 07:30 local tomorrow = 2026-11-26T23:30 UTC
M("zh-43", "zh", "ride", "明早七点半 从家去公司 叫专车",
  {"task": {"kind": "ride_hail", "merchant": "专车|Premier", "scheduledFor": "2026-11-26T23:[23]"}})
M("zh-44", "zh", "ride", "我们7个人 一辆车去西湖 现在走",
  {"reply": ["6|六|两辆|2辆|不够|坐不下"]})
# 喜茶 order 11-17 is far outside the 24h claim window
M("zh-45", "zh", "claim", "上周喜茶那单少了一杯珍珠奶茶 给我退钱",
  {"reply": ["超过|已过|过了|时限|期限|24|无法|不能|来不及"]})
# luckin 拿铁 2500; 8 cups + fees < 250
M("zh-46", "zh", "group", "公司8个人每人一杯瑞幸拿铁 4杯热的4杯冰的 都少糖 总共别超250",
  {"task": order(lines(ln("拿铁", 4, "ice=hot", "sugar=less"), ln("拿铁", 4, "ice=regular|less", "sugar=less")), XM_OFFICE, maxTotalFen=25000)})
M("zh-47", "zh", "group", "部门午饭 老乡鸡 农家小炒肉饭3份 香菇滑鸡饭3份 都不辣 12点前送公司",
  {"task": order(lines(ln("农家小炒肉饭", 3, "spice=none"), ln("香菇滑鸡饭", 3, "spice=none")), XM_OFFICE)})
# laoxiangji 东方郡店 (office): 番茄炒蛋饭 stock 3
M("zh-48", "zh", "group-stock", "老乡鸡 番茄炒蛋饭 6份 送公司 同事一起吃",
  {"reply": [ZH_STOCK]})
# haidilao 翠苑一区店 reaches home, opens 10:00; 19:00 local = 11:00 UTC
M("zh-49", "zh", "preorder", "海底捞双人套餐 番茄锅 加一份虾滑 晚上7点送家",
  {"task": order(lines(ln("双人火锅套餐", 1, "broth=tomato"), ln("虾滑", 1)), XM_HOME, scheduledFor="2026-11-26T1[01]:")})
# xiabu 彩虹城店 reaches office, opens 10:30
M("zh-50", "zh", "preorder", "呷哺 单人肥牛套餐两份 一份不辣一份微辣 中午12点送公司",
  {"task": order(lines(ln("单人肥牛火锅套餐", 1, "spice=none"), ln("单人肥牛火锅套餐", 1, "spice=mild")), XM_OFFICE, scheduledFor="2026-11-26T0[34]:")})
# 7-Eleven 西溪诚园: 雪碧 stock 0
M("zh-51", "zh", "order-stock", "711 雪碧6瓶冰的 再来2根烤肠 送家",
  {"reply": [ZH_STOCK + "|雪碧"]})
M("zh-52", "zh", "order", "果多美 砂糖橘1kg来两份 香蕉500g一份 果切拼盘一个 送家",
  {"task": order(lines(ln("砂糖橘", 2, "weight=one_kg"), ln("香蕉", 1, "weight=half_kg"), ln("果切拼盘", 1)), XM_HOME)})
M("zh-53", "zh", "preorder", "杨国福 酸辣粉两份不要辣 冰粉两份 11点送到",
  {"task": order(lines(ln("酸辣粉", 2, "spice=none"), ln("冰粉", 2)), scheduledFor="2026-11-26T0[23]:")})
M("zh-54", "zh", "vague-budget", "来点吃的 两人份 不要辣的 也不要面 80以内 送家",
  {"anyOf": [{"task": order(address=XM_HOME, maxTotalFen=8000)}, {"reply": ["？|\\?|想吃|哪"]}]})
M("zh-55", "zh", "order", "方老大 片儿川2碗加蛋 大排面1碗中辣 家里",
  {"task": order(lines(ln("片儿川", 2, "add_on=egg"), ln("大排面", 1, "spice=medium")), XM_HOME)})
M("zh-56", "zh", "edit", ["沙县 拌面2份 微辣", "再来两份蒸饺 拌面换成不辣的"],
  {"task": order(lines(ln("拌面", 2, "spice=none"), ln("蒸饺", 2)))})
# dicos 东方郡店 reaches the office
M("zh-57", "zh", "edit", ["德克士 藤椒鸡腿堡套餐2个", "改成3个 送公司"],
  {"task": order(lines(ln("藤椒鸡腿堡", 3, "combo=meal")), XM_OFFICE)})
# sushi express: no branch reaches 西溪诚园 (only 阿里巴巴滨江园区店 near the office)
M("zh-58", "zh", "order-range", "争鲜 寿司拼盘1份 加州卷2份 送家里",
  {"reply": [ZH_RANGE + "|公司|" + ZH_CLOSED]})
M("zh-59", "zh", "order-mixed", "luckin 2杯 iced americano large 少糖 + 1个tiramisu 送office",
  {"task": order(lines(ln("美式咖啡", 2, "size=large", "sugar=less"), ln("提拉米苏", 1)), XM_OFFICE)})
# hema 网商路店 reaches office: 三文鱼刺身 ok; min 49
M("zh-60", "zh", "order", "盒马 鲜牛奶950ml 两瓶 土鸡蛋一盒 西兰花三颗 下班前6点送公司",
  {"task": order(lines(ln("盒马鲜牛奶 950ml", 2), ln("土鸡蛋 10枚", 1), ln("西兰花", 3)), XM_OFFICE)})

# ============================ MULTI, en (u_alice) ============================
# Tims 春江花月店 314m from home; Oat Latte has coffee groups (size, ice, sugar, shot)
M("en-01", "en", "order", "tims: 2 large oat lattes less ice + 3 plain bagels, home pls",
  {"task": order(lines(ln("燕麦拿铁", 2, "size=large", "ice=less"), ln("原味贝果", 3)), AL_HOME)})
# McD 钱江新城店: 香芋派 stock 3; 江南大道店 (3952m, radius 5000) also reaches home with 78
# (corrected after the run: nearest-branch-only reach table)
M("en-02", "en", "order-stock", "mcd 3 big mac meals, 2 mcflurry oreo and 4 taro pies to my place",
  {"anyOf": [{"reply": [EN_STOCK + "|taro"]},
             {"task": order(lines(ln("巨无霸", 3, "combo=meal"), ln("麦旋风（奥利奥）", 2), ln("香芋派", 4)), AL_HOME)}]})
# McD 钱江新城店: 豆浆 stock 3; 江南大道店 also reaches home with 50 (corrected after the run, as en-02)
M("en-03", "en", "order-stock", "5 hot soy milks and 2 sausage egg mcmuffins from mcdonalds, home",
  {"anyOf": [{"reply": [EN_STOCK + "|soy"]},
             {"task": order(lines(ln("豆浆", 5, "temperature=hot"), ln("猪柳蛋麦满分", 2)), AL_HOME)}]})
# Manner 翠苑一区店 (the only Manner reaching the office): 燕麦拿铁 stock 2
M("en-04", "en", "order-stock", "manner oat latte x3 large hot to the office",
  {"reply": [EN_STOCK]})
# Starbucks 浙大玉泉店: 馥芮白 stock 2
M("en-05", "en", "order-stock", "3 flat whites from starbucks w oat milk, hot, to work",
  {"reply": [EN_STOCK]})
M("en-06", "en", "order", "xijiade to office: 2x shrimp dumplings 18pc pan-fried, 1 smashed cucumber, 2 millet porridge",
  {"task": order(lines(ln("虾仁三鲜水饺", 2, "portion=eighteen", "cooking=pan_fried"), ln("拍黄瓜", 1), ln("小米粥", 2)), AL_OFFICE)})
M("en-07", "en", "order", "real kungfu 4 pork rib rice w extra rice — 2 with sprite 2 with cola. office",
  {"task": order(lines(ln("香汁排骨饭", 2, "rice=extra", "drink=sprite"), ln("香汁排骨饭", 2, "rice=extra", "drink=cola")), AL_OFFICE)})
# 真功夫 华星时代广场店: 台式卤肉饭 stock 2
M("en-08", "en", "order-stock", "4 taiwanese braised pork rice from zhen gong fu, less rice, soy milk, to office",
  {"reply": [EN_STOCK]})
# heytea 文三路店 opens 10:00
M("en-09", "en", "time", "2 very grape cheezo less sugar from heytea, need them at the office by 9:30",
  {"reply": [EN_CLOSED + "|10:00|10 ?am|can't|cannot"]})
# haidilao 翠苑一区店 reaches office; 19:00 local = 11:00 UTC
M("en-10", "en", "preorder", "haidilao for tonight 7pm at the office: hot pot set for four, yuanyang broth, + beef slices + shrimp paste",
  {"task": order(lines(ln("四人火锅套餐", 1, "broth=yuanyang"), ln("捞派肥牛", 1), ln("虾滑", 1)), AL_OFFICE, scheduledFor="2026-11-26T1[01]:")})
# xinbailu 华星时代广场店 min ¥40: 32 + 2 = 34
M("en-11", "en", "order-min", "just one dongpo pork and a bowl of rice from xin bai lu to the office around noon",
  {"reply": [EN_MIN]})
# xinbailu: 32+38+36+6 = 112 items + fees > 100
M("en-12", "en", "order-budget", "xin bai lu: dongpo pork, sweet and sour pork, crab roe tofu, 3 rice. keep it under 100 all in",
  {"anyOf": [{"task": order(maxTotalFen=10000)}, {"reply": [EN_BUDGET + "|100"]}]})
# henjiuyiqian opens 11:00; 48+36+32 = 116 + 6 + 3 = 125 > 120
M("en-13", "en", "order-budget", "lamb skewers x10 mild, 2 grilled eggplant, 4 tsingtao chilled — office at 8pm, under 120 total",
  {"anyOf": [{"task": order(maxTotalFen=12000)}, {"reply": [EN_BUDGET + "|120"]}]})
# aishang 华星时代广场店; 15:00 local = 07:00 UTC
M("en-14", "en", "preorder", "sunflower bouquet deluxe wrapping + handwritten card, deliver to my office at 3pm",
  {"task": order(lines(ln("向日葵花束", 1, "wrapping=deluxe", "card=handwritten")), AL_OFFICE, scheduledFor="2026-11-26T0[67]:")})
# any pharmacy in reach is fine: names differ by chain (corrected after the run: names were Neptunus's only)
M("en-15", "en", "order", "pharmacy run to office: 2 ibuprofen tablets, 1 pack band-aids, 3 boxes of surgical masks",
  {"task": order(lines(ln("布洛芬片[^\"]*", 2), ln("[^\"]*创可贴[^\"]*", 1), ln("[^\"]*口罩[^\"]*", 3)), AL_OFFICE)})
# neptunus 华星时代广场店: 新冠抗原检测试剂 stock 31
M("en-16", "en", "order-stock", "50 covid antigen tests to the office asap, from neptunus",
  {"reply": [EN_STOCK]})
M("en-17", "en", "order", "pagoda: 1kg bananas, 2 packs kiwis, one box strawberries -> home",
  {"task": order(lines(ln("香蕉", 1, "weight=one_kg"), ln("奇异果（6个）", 2), ln("草莓 500g", 1)), AL_HOME)})
# past order: 百果园 香蕉 1kg + 奇异果（6个）
M("en-18", "en", "reorder", "same pagoda order as last time but double the kiwis and skip the bananas",
  {"task": order(lines(ln("奇异果（6个）", 2), exclude=("香蕉",)))})
# past order: 星巴克 拿铁 大杯 正常冰 标准糖 燕麦奶 to the office
M("en-19", "en", "reorder", "redo yesterday's starbucks latte but make it 2 and hot, office again",
  {"task": order(lines(ln("拿铁", 2, "size=large", "ice=hot", "milk=oat")), AL_OFFICE)})
# past order: 麦当劳 巨无霸 套餐 (qty 2) to home
M("en-20", "en", "reorder", "big mac like last time x3, but one of them just the burger no meal",
  {"task": order(lines(ln("巨无霸", 2, "combo=meal"), ln("巨无霸", 1, "combo=single")))})
M("en-21", "en", "order-exclude", "anything but starbucks - 2 iced lattes large less sugar to home",
  {"task": order(lines(ln("[^\"]*拿铁", 2, "size=large", "ice=regular|less", "sugar=less")), AL_HOME, merchant="^(?!.*(星巴克|Starbucks))")})
M("en-22", "en", "order-exclude", "no coffee pls. 3 bubble milk teas less sugar from coco to the office, under 60",
  {"task": order(lines(ln("珍珠奶茶", 3, "sugar=less")), AL_OFFICE, merchant="CoCo", maxTotalFen=6000)})
# phantom 12/5 14:00 local (06:00 UTC) matinee; Standard 34 left
M("en-23", "en", "tickets-ride", "2 standard tix for the phantom matinee, seats together, and a cab from home an hour before",
  {"task": {"kind": "buy_tickets", "lines": "乙等|Standard"}, "tasks": 2})
# langlang premium 1280 > 1000 each
M("en-24", "en", "tickets-budget", "lang lang recital, 4 premium seats, nothing over 1000 each",
  {"anyOf": [{"task": {"kind": "buy_tickets", "maxUnitFen": 100000}}, {"reply": [EN_BUDGET + "|1,?000|1280|premium"]}]})
# omnipotent 29th: Back 9 left
M("en-25", "en", "tickets-seats", "omnipotent youth society on the 29th, back row area, 10 tickets",
  {"reply": [EN_SEATS + "|9"]})
# jaychou 29th: VIP Floor 5 left
M("en-26", "en", "tickets-seats", "jay chou sunday VIP floor x6 all together",
  {"reply": [EN_SEATS + "|5"]})
# CBA liaoning 28th 19:35 local; ride 18:30 local = 10:30 UTC
M("en-27", "en", "tickets-ride", "cba guangsha vs liaoning sat, 2 courtside, and book me a ride from the office at 6:30pm to the arena",
  {"task": {"kind": "buy_tickets", "lines": "场边VIP|Courtside"}, "tasks": 2})
# standup: no session on Thu 26th (first is Fri 27th 20:00)
M("en-28", "en", "tickets-day", "stand-up comedy tonight, 2 front row seats + a ride there",
  {"reply": ["tonight|today|Fri|27|tomorrow|no show|no session|not"]})
# beethoven9 28th: Balcony 180 <= 200, 40 left
M("en-29", "en", "tickets", "beethoven 9 on saturday, 4 seats together, max 200 each",
  {"task": {"kind": "buy_tickets", "maxUnitFen": 20000}})
M("en-30", "en", "tickets", "zootopia 2 tonight, 3 best view seats next to each other",
  {"task": {"kind": "buy_tickets", "lines": "黄金区|Best View"}, "reply": ["19:30|7:30"]})
M("en-31", "en", "transfer", "send bob 88.88 for dinner, from my wallet",
  {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 8888}})
M("en-32", "en", "transfer", "transfer 50 to charlie for the cab, note 'taxi'",
  {"reply": ["charlie|contact|not find|couldn't find|can't find|who|don't know|no one"]})
M("en-33", "en", "transfer", "send bob 2500 from my wallet balance right now",
  {"reply": ["balance|wallet|enough|insufficient|2,?000"]})
# XL = 6 seats; 17:30 local = 09:30 UTC
M("en-34", "en", "ride", "XL for 5 of us from the office to hangzhou east station at 5:30pm",
  {"task": {"kind": "ride_hail", "merchant": "XL|六座", "scheduledFor": "2026-11-26T09:[23]"}})
M("en-35", "en", "ride", "we're 8 ppl, one car to west lake now pls",
  {"reply": ["6|six|two cars|2 cars|seats|too many|fit"]})
# McD order 11-18 is long outside the 24h claim window
M("en-36", "en", "claim", "last week's mcdonalds big mac meal was missing the fries, refund me",
  {"reply": ["window|expired|too late|24|past|passed|can't|cannot|no longer"]})
M("en-37", "en", "edit", ["tims 2 large lattes", "make it three and switch to hot"],
  {"task": order(lines(ln("拿铁", 3, "size=large", "ice=hot")))})
# KFC 文三路店 reaches the office
M("en-38", "en", "edit", ["kfc 2 zinger meals and 2 pepsi", "drop the pepsi and send it to the office instead"],
  {"task": order(lines(ln("香辣鸡腿堡", 2, "combo=meal"), exclude=("百事",)), AL_OFFICE)})
M("en-39", "en", "edit", ["4 chongqing noodles mild from meet noodles", "actually 2 mild 2 not spicy"],
  {"task": order(lines(ln("重庆小面", 2, "spice=mild"), ln("重庆小面", 2, "spice=none")))})
M("en-40", "en", "ordinal", ["what's on the yuan ji dumplings menu", "the 2nd one, 3 portions, 18 pcs pan-fried"],
  {"anyOf": [{"task": order(lines('"qty":3,[^}]*"portion":"eighteen"[^}]*"cooking":"pan_fried"'))}, {"reply": ["\\?"]}]})
# laoxiangji 翠苑一区店; 16x5 + 9x5 = 125 < 300; 12:15 local = 04:15 UTC
M("en-41", "en", "group", "lunch for 10 at the office from lao xiang ji: 5 chicken soup noodles, 5 braised chicken legs, by 12:15, under 300",
  {"task": order(lines(ln("鸡汤面", 5), ln("卤鸡腿", 5)), AL_OFFICE, maxTotalFen=30000)})
# hema 博奥城店 reaches home
M("en-42", "en", "preorder", "hema: 2 fresh milk 950ml, 3 tofu, 2 broccoli, home before 6pm",
  {"task": order(lines(ln("盒马鲜牛奶 950ml", 2), ln("盒马日日鲜豆腐", 3), ln("西兰花", 2)), AL_HOME)})
M("en-43", "en", "order", "familymart: 6 coke 500ml chilled, 2 lays, 1 umbrella to home",
  {"task": order(lines(ln("可口可乐 500ml", 6, "temperature=chilled"), ln("乐事薯片", 2), ln("雨伞", 1)), AL_HOME)})
M("en-44", "en", "order", "luckin 3 iced americanos large no sugar extra shot + a ham cheese croissant, home",
  {"task": order(lines(ln("美式咖啡", 3, "size=large", "sugar=none", "shot=extra"), ln("火腿芝士可颂", 1)), AL_HOME)})
M("en-45", "en", "order-mixed", "2 杯 生椰拿铁 large 去冰 from luckin to home pls",
  {"task": order(lines(ln("生椰拿铁", 2, "size=large", "ice=none")), AL_HOME)})
# Manner closes 19:00 (南宋御街店 reaches home)
M("en-46", "en", "time", "manner flat white hot, 2 cups, deliver home at 8pm tonight",
  {"reply": [EN_CLOSED + "|19:00|7 ?pm|can't|cannot"]})
# THE BEAST min order ¥199
M("en-47", "en", "order-min", "a bouquet from the beast to my office, budget 150",
  {"reply": [EN_MIN + "|199|" + EN_BUDGET]})
# KFC 近江家园店 (nearest to home): 吮指原味鸡 stock 1
M("en-48", "en", "order-stock", "4 pcs kfc original recipe chicken + 2 mashed potato to home",
  {"anyOf": [{"reply": [EN_STOCK]}, {"task": order(lines(ln("吮指原味鸡", 4), ln("土豆泥", 2)), AL_HOME)}]})
# Tims has no branch reaching the office
M("en-49", "en", "order-range", "tomorrow 8am, 2 hot oat lattes from tims to the office",
  {"reply": [EN_RANGE + "|home"]})
# luckin 浙大玉泉店 reaches office; 08:00 local 27th = 00:00 UTC 27th
M("en-50", "en", "preorder", "tmrw 8am luckin 2 hot lattes large oat milk to office",
  {"task": order(lines(ln("拿铁", 2, "size=large", "ice=hot", "milk=oat")), AL_OFFICE, scheduledFor="2026-11-2[67]T(23|00):")})
# mayday 12/6: Lower Stand 580 <= 600 with 110 left
M("en-51", "en", "tickets", "mayday dec 6, 3 tickets together, max 600 each",
  {"task": {"kind": "buy_tickets", "maxUnitFen": 60000}})
# teahouse tonight 19:30; economy cheapest; ride at 18:45 local = 10:45 UTC
M("en-52", "en", "tickets-ride", "2 cheapest tix for teahouse tonight + a ride from the office at 6:45pm",
  {"task": {"kind": "buy_tickets", "lines": "丙等|Economy"}, "tasks": 2})
M("en-53", "en", "edit", ["taxi from home to the office now", "make it premier"],
  {"task": {"kind": "ride_hail", "merchant": "专车|Premier"}})
M("en-54", "en", "edit", ["cab to west lake at 3pm", "actually hangzhou east station instead, same time"],
  {"task": {"kind": "ride_hail", "scheduledFor": "2026-11-26T0[67]:"}, "reply": ["East|东站"]})
M("en-55", "en", "group", "coco for 6 at the office: 3 bubble milk tea less sugar, 3 mango yakult no ice",
  {"task": order(lines(ln("珍珠奶茶", 3, "sugar=less"), ln("芒果养乐多", 3, "ice=none")), AL_OFFICE)})
M("en-56", "en", "order", "5 lemonades from mixue, large, half sugar — 2 hot 3 no ice. home",
  {"task": order(lines(ln("冰鲜柠檬水", 2, "size=large", "sugar=half", "ice=hot"), ln("冰鲜柠檬水", 3, "size=large", "sugar=half", "ice=none")), AL_HOME)})
M("en-57", "en", "reorder", "my last mcdonald's order again, but burger only (no meal) and add 2 pineapple pies",
  {"task": order(lines(ln("巨无霸", None, "combo=single"), ln("菠萝派", 2)))})
M("en-58", "en", "order", "hefu noodles: 2 tomato beef brisket, not spicy, add egg + 2 sour plum drinks. home",
  {"task": order(lines(ln("草本汤番茄牛腩面", 2, "spice=none", "add_on=egg"), ln("酸梅汤", 2)), AL_HOME)})
# xiabu 望江家园店 reaches home; opens 10:30; 12:30 local = 04:30 UTC
M("en-59", "en", "preorder", "xiabu 2 lamb hot pot sets for one, tomato broth, mild, home at 12:30",
  {"task": order(lines(ln("单人羊肉火锅套餐", 2, "broth=tomato", "spice=mild")), AL_HOME, scheduledFor="2026-11-26T0[34]:")})
M("en-60", "en", "order-budget", "yoshinoya: 2 beef bowls + 2 karaage + 2 miso soup to home, 100 max",
  {"task": order(lines(ln("招牌牛肉饭", 2), ln("日式炸鸡块", 2), ln("味增汤", 2)), AL_HOME, maxTotalFen=10000)})

# ============================ SIMPLE, zh (u_xiaoming) ============================
S("zh-01", "zh", "weather", "明儿出门要带伞不", {"noTask": True, "reply": ["明天|27|周五", "雨|伞|多云|晴|阴"]})
S("zh-02", "zh", "weather", "今天冷不冷啊 穿啥", {"noTask": True, "reply": ["°|度"]})
S("zh-03", "zh", "balance", "我钱包里还剩多少", {"noTask": True, "reply": ["¥|元|余额"]})
S("zh-04", "zh", "spending", "这个月外卖花了多少钱", {"noTask": True, "reply": ["¥|元"]})
S("zh-05", "zh", "transfer", "给李华打50块", {"task": {"kind": "payment", "merchant": "李华", "totalFen": 5000}})
S("zh-06", "zh", "ride", "叫个车去杭州东站", {"task": {"kind": "ride_hail"}})
S("zh-07", "zh", "ride", "下午两点从公司打车回家", {"task": {"kind": "ride_hail", "scheduledFor": "2026-11-26T0[56]:"}})
S("zh-08", "zh", "order", "整杯美式 送家", {"task": order(lines(ln("[^\"]*美式[^\"]*")), XM_HOME)})
S("zh-09", "zh", "order", "想喝奶茶 蜜雪的珍珠奶茶来一杯", {"task": order(lines(ln("珍珠奶茶")), merchant="蜜雪")})
S("zh-10", "zh", "order", "饿了 来碗牛肉面", {"anyOf": [{"task": order(lines(ln("[^\"]*牛肉面")))}, {"reply": ["？|\\?"]}]})
S("zh-11", "zh", "order", "帮我买盒布洛芬", {"anyOf": [{"task": order(lines(ln("布洛芬[^\"]*")))}, {"reply": ["？|\\?"]}]})
S("zh-12", "zh", "order", "家里没水了 来一箱农夫山泉", {"task": order(lines(ln("农夫山泉[^\"]*")), XM_HOME)})
# KFC min ¥20 > 2 egg tarts ¥16: a card or a word on the minimum (corrected after the run: minimum missed)
S("zh-13", "zh", "order", "整两个蛋挞", {"anyOf": [{"task": order(lines(ln("[^\"]*蛋挞", 2)))}, {"reply": [ZH_MIN]}]})
S("zh-14", "zh", "tickets", "最近有啥演唱会", {"noTask": True, "reply": ["周杰伦|五月天|陈奕迅|薛之谦|万能青年|演唱会"]})
S("zh-15", "zh", "tickets", "这周末有电影吗 想看哪吒", {"noTask": True, "reply": ["哪吒"]})
S("zh-16", "zh", "tickets", "德云社还有票没", {"noTask": True, "reply": ["德云社|相声", "29|13|甲等|乙等|丙等|票"]})
S("zh-17", "zh", "route", "从家到西湖怎么走", {"noTask": True, "reply": ["公里|分钟|km"]})
S("zh-18", "zh", "places", "附近有药店吗", {"noTask": True, "reply": ["药"]})
S("zh-19", "zh", "order", "订个9枝红玫瑰送家", {"task": order(lines(ln("红玫瑰花束（9枝）")), XM_HOME)})
# 沙县 min ¥12 > 拌面 ¥8 (corrected after the run: minimum missed)
S("zh-20", "zh", "order", "给我来份沙县拌面", {"anyOf": [{"task": order(lines(ln("拌面")))}, {"reply": [ZH_MIN]}]})
S("zh-21", "zh", "claim", "刚收到的东西洒了", {"reply": ["哪|订单|？|\\?|售后|没有"]})
S("zh-22", "zh", "weather", "周末天气咋样", {"noTask": True, "reply": ["周六|周日|28|29|星期六"]})
S("zh-23", "zh", "order", "来个巨无霸套餐", {"task": order(lines(ln("巨无霸", None, "combo=meal")))})
S("zh-24", "zh", "ride", "打车 去萧山机场 快车", {"task": {"kind": "ride_hail", "merchant": "快车|Express"}})
S("zh-25", "zh", "order", "鲍师傅肉松小贝 来一盒", {"task": order(lines(ln("[^\"]*肉松小贝")))})
# mixue min ¥8: two bubble milk teas (corrected after the run: one ¥4 lemonade was under the minimum)
S("zh-26", "zh", "status", ["蜜雪 珍珠奶茶两杯", "/confirm", "到哪了"], {"tasks": 1, "reply": ["送|骑手|分钟|制作|配送|接单"]})
S("zh-27", "zh", "cancel", ["瑞幸拿铁一杯送家", "算了不要了"], {"reply": ["取消|好的|不要|已"]})
S("zh-28", "zh", "order", "吉野家牛肉饭", {"task": order(lines(ln("招牌牛肉饭")))})
S("zh-29", "zh", "tickets", "买一张今晚的疯狂动物城", {"task": {"kind": "buy_tickets"}})
S("zh-30", "zh", "order", "水果 来盒草莓", {"anyOf": [{"task": order(lines(ln("草莓[^\"]*")))}, {"reply": ["？|\\?|草莓"]}]})

# ============================ SIMPLE, en (u_alice) ============================
S("en-01", "en", "weather", "gonna rain tmrw?", {"noTask": True, "reply": ["tomorrow|Fri|27", "rain|cloud|sun|overcast|clear"]})
S("en-02", "en", "weather", "how cold is it out rn", {"noTask": True, "reply": ["°C|degrees"]})
S("en-03", "en", "balance", "how much cash left in my wallet", {"noTask": True, "reply": ["¥|CNY|yuan"]})
S("en-04", "en", "spending", "what did i spend on food this week", {"noTask": True, "reply": ["¥|spent|spend"]})
S("en-05", "en", "transfer", "pay bob back 30", {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 3000}})
S("en-06", "en", "ride", "get me a car to the airport", {"task": {"kind": "ride_hail"}})
S("en-07", "en", "ride", "ride home from work at 6pm", {"task": {"kind": "ride_hail", "scheduledFor": "2026-11-26T(09|10):"}})
S("en-08", "en", "order", "flat white pls", {"anyOf": [{"task": order(lines(ln("[^\"]*(澳白|馥芮白)[^\"]*")))}, {"reply": ["\\?"]}]})
S("en-09", "en", "order", "craving a zinger burger", {"task": order(lines(ln("香辣鸡腿堡")))})
S("en-10", "en", "order", "one tomato beef brisket noodle from hefu", {"task": order(lines(ln("草本汤番茄牛腩面")))})
S("en-11", "en", "order", "need a thermometer delivered", {"anyOf": [{"task": order(lines(ln("[^\"]*体温计[^\"]*")))}, {"reply": ["\\?|thermometer"]}]})
S("en-12", "en", "order", "get me a case of nongfu spring water", {"task": order(lines(ln("农夫山泉[^\"]*")))})
S("en-13", "en", "order", "6 egg tarts", {"task": order(lines(ln("[^\"]*蛋挞", 6)))})
S("en-14", "en", "tickets", "any concerts coming up?", {"noTask": True, "reply": ["Jay Chou|Mayday|Eason|Joker|Omnipotent|concert"]})
S("en-15", "en", "tickets", "is dune 3 showing this weekend", {"noTask": True, "reply": ["Dune", "Sat|Sun|28|29"]})
S("en-16", "en", "tickets", "how much are lang lang tickets", {"noTask": True, "reply": ["Lang Lang", "¥|280|580|880|1,?280"]})
S("en-17", "en", "route", "how do i get from home to west lake", {"noTask": True, "reply": ["km|min"]})
S("en-18", "en", "places", "pharmacy near my office?", {"noTask": True, "reply": ["pharmacy|Pharmacy|drug"]})
S("en-19", "en", "order", "a lily bouquet to the office", {"task": order(lines(ln("百合花束")), AL_OFFICE)})
S("en-20", "en", "order", "big mac", {"task": order(lines(ln("巨无霸")))})
S("en-21", "en", "claim", "yesterday's starbucks latte arrived spilled, i want a refund",
  {"task": {"kind": "after_sale"}})
S("en-22", "en", "weather", "weekend weather?", {"noTask": True, "reply": ["Sat|Sun|28|29|weekend"]})
S("en-23", "en", "order", "bubble tea from coco", {"task": order(lines(ln("[^\"]*奶茶[^\"]*")), merchant="CoCo")})
S("en-24", "en", "ride", "express car to xihu now", {"task": {"kind": "ride_hail", "merchant": "快车|Express"}})
S("en-25", "en", "order", "a box of strawberries from pagoda", {"task": order(lines(ln("草莓 500g")), merchant="百果园|Pagoda")})
# corrected after the run, as zh-26
S("en-26", "en", "status", ["mixue 2 bubble milk teas", "/confirm", "where's my order"], {"tasks": 1, "reply": ["rider|min|deliver|preparing|way|order"]})
S("en-27", "en", "cancel", ["a latte from tims", "nvm cancel that"], {"reply": ["cancel|ok|no problem|dropped|won't"]})
S("en-28", "en", "order", "yoshinoya beef bowl", {"task": order(lines(ln("招牌牛肉饭")))})
S("en-29", "en", "tickets", "one ticket for zootopia 2 tonight", {"task": {"kind": "buy_tickets"}})
S("en-30", "en", "order", "sushi platter", {"reply": ["sushi|Sushi|range|deliver|\\?|closed|open"]})


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    ids = [p["id"] for p in multi + simple]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(multi) == 120 and len(simple) == 60, (len(multi), len(simple))
    for p in multi + simple:
        for key in ("reply",):
            for r in p["expect"].get(key, []):
                __import__("re").compile(r)
    write("multi.jsonl", multi)
    write("simple.jsonl", simple)
    print(len(multi), len(simple))
