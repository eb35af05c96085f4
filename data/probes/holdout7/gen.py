#!/usr/bin/env python3
"""holdout7: a held-out probe set written by an outside tester, from the seeded world alone.

Writes simple.jsonl (100 probes) and multi.jsonl (100 probes) beside this file; half Chinese (as
u_xiaoming), half English (as u_alice). Run: python3 data/probes/holdout7/gen.py

Written without reading src/agent (the brain, NLU, skills), data/nlu, scenarios/ or any other probe
file's contents. The world was read with `dimple world seed` + sqlite3 (seed 20261126) and
src/ecosystem; the judge with src/agent/eval/probe.ts. World start: Thu 2026-11-26 09:00 Asia/Shanghai
(01:00Z); "tomorrow" is Fri 11-27, "this weekend" Sat 11-28 / Sun 11-29.

World facts the probes lean on (distances are haversine from the saved address, radius in brackets):
  u_xiaoming home  西溪诚园 (Xixi Chengyuan, xihu)      office 海康威视 (Hikvision, 阡陌路, binjiang)
  u_alice    home  春江花月 (Chunjiang Huayue, shangcheng) office 华星时代广场 (Huaxing Times Sq, 文三路, xihu)
  Shops that open after 09:00: HEYTEA/CHAGEE/Micun/Haidilao/Yang Guofu/Sushi Express/THE BEAST 10:00,
    Xiabu/Xin Bai Lu 10:30, Long Ago lamb skewers 11:00; Mixue/CoCo/Good Me/Tastien/Hefu/Xijiade/
    Meet Noodles/FlowerPlus open exactly 09:00 (open).
  Out of range: HEYTEA Wensan Rd from xiaoming home (5251 m [5000]); Pizza Hut from every address
    (nearest: alice office 4448 m [3000]); Peet's / M Stand / NOWWA / Nayuki / ChaPanda / Burger King
    reach none of the four addresses; THE BEAST from xiaoming office (11981 m [8000]); no Sushi
    Express reaches either of alice's addresses; no Holiland reaches xiaoming home.
  Minimum orders: Haidilao 100 yuan, Huajianji 69, THE BEAST 199, Mixue 8, Meiyijia/Lawson 15,
    Hema 49, Dingdong 29.
  Stock: Tastien (Jiangcun Garden, the only Tastien for xiaoming home) fries 0; CoCo Xixi Chengyuan
    Lemon Yakult 0; McDonald's Jiangcun Garden (the only McD for xiaoming home) Filet-O-Fish 1;
    Pagoda Wensan Rd (the only Pagoda for alice office) strawberries 0; Yixintang Jinjiang (only
    Yixintang for alice home) Yunnan Baiyao band-aids 0; Cotti Wangjiang (only Cotti for alice home)
    caramel latte 1; Starbucks ZJU Yuquan (the only Starbucks for alice office) flat white 2; Lawson
    Huanglong (the only Lawson for alice office) omurice 1; Xianfeng Cuiyuan avocados x4 stock 2.
  Tickets: Jay Chou Sat 11-28 至尊VIP 1 seat left (Sun: 3, not adjacent); Omnipotent Youth Society
    Fri 11-27 后排 4 left, 中排 11 left with no 3 adjacent; no Mayday on 11-27 (12-04/05/06); Eason
    only 12-12/13; Zootopia 2 Sat 19:00; stand-up Fri 20:00 (前排 5 adjacent); Phantom 12-06 19:30
    丁等 9 adjacent; Joker Xue Sat 19:30 at 黄龙体育中心; CSL Zhejiang v Shenhua Sun 15:30 at 黄龙
    (北看台 17 adjacent); Songcheng Sat 15:00 (60 min); Teahouse Fri 19:30 at 杭州剧院.
  Rides: 快车 Express / 专车 Premier / 六座商务 XL (6 seats at most).
  Contacts are the other demo users: 小明, Alice Chen, 李华 (Li Hua), Bob Miller; wallets 2,000 yuan.
  Seeded past orders (all delivered before 11-25 10:11, none paid through the wallet; claim window
    24 h): alice — McD Big Mac meal (home, 11-18), Pagoda bananas 1kg + kiwifruit x6 (home, 11-22),
    Starbucks large oat latte (office, 11-25); xiaoming — Luckin 2x large latte less ice less sugar
    (office, 11-14), HEYTEA Very Grape + bubble milk tea (home, 11-17), Lanzhou beef noodles second
    thin / mild / egg (office, 11-21), Luckin large latte less ice less sugar (office, 11-24).
  Weather: 11-26 overcast/cloudy 35% (xihu cloudy), 11-27 cloudy 15%, 11-28 cloudy then sunny, 11-29
    sunny; forecasts run to 12-11 and cover Hangzhou only.

Judge notes: `lines` is matched against JSON.stringify(task.lines): one object per line with name,
nameEn, qty, options {group: choice id}, optionsText (zh labels joined by "/"). L() below is a
lookahead over one line object (bounded by "},{"), so names, quantities and options may come in any
order; n= pins the number of lines. Ride scheduledFor is ISO UTC (08:00 local = 00:00Z).

Run once on main 06aea0c (this branch rebased onto it, no code of its own): 5 expectations were then
corrected — one reply pattern too narrow for a right decline, and four probes whose premise broke on a
minimum order the tester had missed (Manner 20 yuan, CoCo 15, Tims 20 twice) — see CORRECTIONS at the
end of this file; those five alone were re-judged with --only (all pass). Figures after correction:
simple 0.89 (zh 0.92, en 0.86), multi 0.68 (zh 0.66, en 0.70).
"""

import json
import os

SEG = r"(?:(?!\},\{).)*?"


def L(name, qty=None, *opts):
    """One line object containing name (a regex), qty (exact) and every option regex."""
    parts = [f"(?={SEG}(?:{name}))"]
    if qty is not None:
        parts.append(f'(?={SEG}"qty":{qty}[,}}])')
    for o in opts:
        parts.append(f"(?={SEG}(?:{o}))")
    return r"(?:\[|\},)\{" + "".join(parts)


def O(key, choice, zh):
    """An option: its choice id under its group key, or its Chinese label in optionsText."""
    return f'"{key}":"{choice}"|["/]{zh}["/]'


def lines(*ls, n=None):
    head = "^"
    if n is not None:
        one = r"\{(?:(?!\},\{).)*\}"
        head += r"(?=\[" + ",".join([one] * n) + r"\]$)"
    return head + "".join(f"(?=.*?{l})" for l in ls)


# options
LARGE = O("size", "large", "大杯")
MEDIUM = O("size", "medium", "中杯")
ICE_LESS = O("ice", "less", "少冰")
ICE_NONE = O("ice", "none", "去冰")
ICE_REG = O("ice", "regular", "正常冰")
HOT = O("ice", "hot", "热")
SUGAR_LESS = O("sugar", "less", "少糖")
SUGAR_HALF = O("sugar", "half", "半糖")
SUGAR_NONE = O("sugar", "none", "无糖")
SUGAR_STD = O("sugar", "standard", "标准糖")
OAT = O("milk", "oat", "燕麦奶")
WHOLE = O("milk", "whole", "全脂奶")
MEAL = O("combo", "meal", r"套餐（薯条\+可乐）")
SINGLE = O("combo", "single", "单点")
CHILLED = O("temperature", "chilled", "冰镇")
KG1 = O("weight", "one_kg", "1kg")
RICE_EXTRA = O("rice", "extra", "加饭")
RICE_LESS = O("rice", "less", "少饭")
SPICE_NONE = O("spice", "none", "不辣")
SPICE_MILD = O("spice", "mild", "微辣")
SPICE_MED = O("spice", "medium", "中辣")
SPICE_HOT = O("spice", "hot", "特辣")
EGG = O("add_on", "egg", "加蛋")
WIDE = O("noodle", "wide", "大宽")
SECOND_THIN = O("noodle", "second_thin", "二细")
P18 = O("portion", "eighteen", "18只")
FRIED = O("cooking", "pan_fried", "煎饺")
DELUXE = O("wrapping", "deluxe", "豪华礼盒")
CARD = O("card", "handwritten", "手写贺卡")
SOY = O("drink", "soy_milk", "豆浆")
COCO_JELLY = O("topping", "coconut_jelly", "椰果")
PEARLS = O("topping", "pearls", "珍珠")
TARO = O("topping", "taro_balls", "芋圆")
NO_TOP = O("topping", "none", "不加料")
EIGHT_INCH = O("size", "eight_inch", "8寸")
MUSHROOM = O("broth", "mushroom", "菌汤锅")

# addresses (the quote's address is Chinese text)
XM_HOME = "西溪诚园"
XM_OFFICE = "海康威视|阡陌路"
AL_HOME = "春江花月|之江路"
AL_OFFICE = "华星时代|文三路"

# reply patterns
ZH_RANGE = "范围|太远|送不到|送不了|超出|无法配送|不配送|不送|距离"
ZH_CLOSED = "未营业|没开|还没开|休息|打烊|营业时间|开门|10[:：]00|10点|十点"
ZH_MIN = "起送|最低|最少|不够|差|凑"
ZH_STOCK = "售罄|卖完|卖光|没货|库存|缺货|只剩|仅剩|没有了|只有|不足|不够"
ZH_NO = "暂不|不支持|无法|不能|还不会|做不到|没法|不提供|抱歉|不了"
ZH_ASK = "哪|什么|吗|？|\\?|请问|确认|选"
EN_RANGE = "range|too far|deliver|outside|reach|distance"
EN_CLOSED = "closed|opens?|10:00|10 ?am|not yet|hours"
EN_MIN = "minimum|at least|short|more to|below"
EN_STOCK = "sold out|out of stock|left|only|unavailable|in stock|stock"
EN_NO = "can't|cannot|can not|unable|not able|don't|do not|isn't|not (yet )?(support|availab|possible)|sorry|only"
EN_ASK = "\\?|which|what|how many|would you|do you|please (choose|pick|tell)"
TOMORROW_8 = "2026-11-(26T2[3]|27T00):"


def task(kind, **kw):
    t = {"kind": kind}
    t.update(kw)
    return {"task": t}


def order(**kw):
    return task("order_delivery", **kw)


def P(pid, lang, intent, turns, expect):
    return {"id": pid, "lang": lang, "intent": intent, "turns": turns, "expect": expect}


def ask_or(expect, pattern):
    """A genuinely ambiguous request: the card, or a question."""
    return {"anyOf": [expect, {"noTask": True, "reply": [pattern]}]}


simple = []
multi = []

# ----------------------------------------------------------------------------------------------
# simple, Chinese (u_xiaoming)
zs = [
    ("coffee", ["瑞幸生椰拿铁 大杯少冰 两杯 送公司"],
     order(merchant="瑞幸|Luckin", address=XM_OFFICE, lines=lines(L("生椰拿铁", 2, LARGE, ICE_LESS), n=1))),
    ("coffee", ["manner来杯热的澳白，燕麦奶，送到家"],
     order(merchant="Manner", address=XM_HOME, lines=lines(L("澳白|Flat White", 1, HOT, OAT), n=1))),
    ("tea", ["蜜雪冰城柠檬水x3 去冰少糖"],
     order(merchant="蜜雪|Mixue", lines=lines(L("柠檬水", 3, ICE_NONE, SUGAR_LESS), n=1))),
    ("tea", ["古茗杨梅冰冰 要一杯大杯一杯中杯 送家里"],
     order(merchant="古茗|Good Me", lines=lines(L("杨梅冰冰", 1, LARGE), L("杨梅冰冰", 1, MEDIUM), n=2))),
    ("food", ["麦当劳 巨无霸套餐一个 麦辣鸡翅2份 送家"],
     order(merchant="麦当劳|McDonald", address=XM_HOME,
           lines=lines(L("巨无霸", 1, MEAL), L("麦辣鸡翅", 2), n=2))),
    ("food", ["肯德基老北京鸡肉卷俩 不要辣的 再来4个蛋挞"],
     order(merchant="肯德基|KFC", lines=lines(L("鸡肉卷", 2, SPICE_NONE), L("蛋挞", 4), n=2))),
    ("food", ["德克士脆皮手枪腿三个"],
     order(merchant="德克士|Dicos", lines=lines(L("手枪腿", 3), n=1))),
    ("noodles", ["兰州拉面 牛肉面一碗 大宽 加个蛋 微辣"],
     order(merchant="兰州|Lanzhou", lines=lines(L('"牛肉面"|"Beef Noodle Soup"', 1, WIDE, EGG, SPICE_MILD), n=1))),
    ("noodles", ["沙县 拌面扁肉套餐两份，一份不辣一份中辣"],
     order(merchant="沙县|Shaxian", lines=lines(L("拌面\\+扁肉", 1, SPICE_NONE), L("拌面\\+扁肉", 1, SPICE_MED), n=2))),
    ("restaurant", ["袁记云饺 鲜肉水饺18只的 要煎的"],
     order(merchant="袁记|Yuan Ji", lines=lines(L("鲜肉水饺", 1, P18, FRIED), n=1))),
    ("restaurant", ["吉野家招牌牛肉饭两份都加饭，送到家"],
     order(merchant="吉野家|Yoshinoya", address=XM_HOME, lines=lines(L("招牌牛肉饭", 2, RICE_EXTRA), n=1))),
    ("pharmacy", ["一心堂买两盒999感冒灵 再来个电子体温计"],
     order(merchant="一心堂|Yixintang", lines=lines(L("感冒灵", 2), L("体温计", 1), n=2))),
    # fact: Dingdang sells both 布洛芬缓释胶囊（芬必得） and 布洛芬片 — either, or a question
    ("pharmacy", ["叮当快药 布洛芬 急"],
     ask_or(order(lines=lines(L("布洛芬", 1))), ZH_ASK)),
    ("flowers", ["花间集 9枝的玫瑰花束 豪华礼盒包装 送家里"],
     order(merchant="花间集|Huajianji", address=XM_HOME, lines=lines(L("玫瑰花束（9枝）|Rose Bouquet \\(9", 1, DELUXE), n=1))),
    ("fruit", ["果多美 巨峰葡萄 两份 每份1kg"],
     order(merchant="果多美|Guoduomei", lines=lines(L("巨峰葡萄", 2, KG1), n=1))),
    ("grocery", ["朴朴 伊利纯牛奶一箱 小番茄两盒"],
     order(merchant="朴朴|Pupu", lines=lines(L("伊利纯牛奶", 1), L("小番茄", 2), n=2))),
    ("bakery", ["鲍师傅 海苔肉松小贝一份+蛋黄酥一份"],
     order(merchant="鲍师傅|Bao Shi Fu", lines=lines(L("海苔肉松小贝", 1), L("蛋黄酥", 1), n=2))),
    ("convenience", ["便利蜂关东煮要微辣 再拿两瓶冰的农夫山泉"],
     order(merchant="便利蜂|Bianlifeng", lines=lines(L("关东煮", 1, SPICE_MILD), L("农夫山泉", 2, CHILLED), n=2))),
    ("bakery", ["85度C黑森林蛋糕 8寸 送公司"],
     order(merchant="85", address=XM_OFFICE, lines=lines(L("黑森林", 1, EIGHT_INCH), n=1))),
    ("exclude", ["来杯咖啡送家里 星巴克就算了"],
     ask_or(order(merchant="^(?!.*(星巴克|Starbucks))", address=XM_HOME), ZH_ASK)),
    ("budget", ["两杯珍珠奶茶 每杯别超过10块"],
     ask_or(order(maxUnitFen=1000, lines=lines(L("珍珠奶茶", 2))), ZH_ASK)),
    ("budget", ["30以内随便帮我弄个早饭 送公司"],
     ask_or(order(maxTotalFen=3000, address=XM_OFFICE), ZH_ASK)),
    ("deadline", ["九点半之前要到 瑞幸美式一杯 送公司"],
     order(merchant="瑞幸|Luckin", address=XM_OFFICE, maxEtaMinutes=30, lines=lines(L("美式", 1), n=1))),
    ("preorder", ["明早8点送杯瑞幸拿铁到公司"],
     order(merchant="瑞幸|Luckin", address=XM_OFFICE, scheduledFor="2026-11-(26T2[2-3]|27T00):", lines=lines(L('"拿铁"|"Latte"', 1)))),
    # fact: HEYTEA Wensan Rd is 5251 m from home (radius 5000) and opens 10:00
    ("cannot", ["喜茶多肉葡萄一杯 送到家"],
     {"reply": [f"{ZH_RANGE}|{ZH_CLOSED}"]}),
    # fact: CHAGEE Xixi opens 10:00
    ("cannot", ["霸王茶姬伯牙绝弦 现在就要 送家"],
     {"reply": [ZH_CLOSED + "|预约|预订"]}),
    # fact: Haidilao min order 100 yuan, opens 10:00
    ("cannot", ["海底捞来份捞面 送家里"],
     {"reply": [ZH_MIN + "|" + ZH_CLOSED]}),
    # fact: the only Tastien for home has fries stock 0
    ("cannot", ["塔斯汀薯条两份 送家"],
     {"reply": [ZH_STOCK]}),
    # fact: CoCo Xixi Chengyuan Lemon Yakult stock 0
    ("cannot", ["coco柠檬养乐多一杯 送家"],
     {"reply": [ZH_STOCK]}),
    # fact: McD Jiangcun Garden Filet-O-Fish stock 1 (the only McD that reaches home)
    ("cannot", ["麦当劳麦香鱼三个 送到家"],
     {"reply": [ZH_STOCK + "|1个|一个"]}),
    ("ride", ["帮我叫个车去杭州东站"],
     task("ride_hail", address="杭州东站")),
    ("ride", ["打个专车去萧山机场"],
     task("ride_hail", merchant="专车|Premier", address="萧山")),
    ("ride", ["明早七点半从家去公司 快车"],
     task("ride_hail", merchant="快车|Express", scheduledFor="2026-11-26T23:30")),
    ("route", ["从西溪诚园坐地铁到西湖怎么走"],
     {"noTask": True, "reply": ["地铁|号线|站|步行|换乘|公里|分钟"]}),
    ("weather", ["明天会下雨吗"],
     {"noTask": True, "reply": ["多云|阴|晴|雨|%|概率"]}),
    ("weather", ["下周日天气咋样"],
     {"noTask": True, "reply": ["多云|阴|晴|雨|℃|度"]}),
    # fact: forecasts cover Hangzhou only
    ("weather", ["上海明天天气怎么样"],
     {"noTask": True, "reply": ["杭州|只|仅|" + ZH_NO]}),
    ("tickets", ["周六晚上疯狂动物城2 两张 坐一起"],
     task("buy_tickets", merchant="疯狂动物城|Zootopia", address="2026-11-28 19:00", lines=lines(n=2))),
    ("tickets", ["五月天12月5号 看台一层 三张"],
     task("buy_tickets", merchant="五月天|Mayday", address="2026-12-05", lines=lines(L("看台一层|Lower Stand"), n=3))),
    # fact: Jay Chou Sat 至尊VIP has 1 seat left
    ("tickets", ["周杰伦周六那场 至尊VIP 来两张"],
     {"reply": ["只剩|仅剩|1张|一张|不足|不够|售罄|余票"]}),
    # fact: no Mayday session on 11-27
    ("tickets", ["五月天明天那场还有票不"],
     {"reply": ["没有|无|12月4|12/4|12-04|4日|4号|场次"]}),
    ("pay", ["给李华转88.8"],
     task("payment", merchant="李华|Li Hua", totalFen=8880)),
    ("pay", ["转500给王大锤"],
     {"noTask": True, "reply": ["联系人|找不到|没有|不认识|是谁|哪位|无法"]}),
    ("pay", ["给bob转-50块"],
     {"noTask": True, "reply": ["金额|无效|不能|大于|正数|负"]}),
    ("pay", ["给Alice转一百万"],
     {"noTask": True, "reply": ["余额|不足|不够|超过|上限|限额|超出"]}),
    ("account", ["我钱包还剩多少"],
     {"noTask": True, "reply": ["2,?000|2000|余额"]}),
    ("account", ["这个月点外卖一共花了多少钱"],
     {"noTask": True, "reply": ["\\d"]}),
    # fact: the 11-24 Luckin order is past the 24 h claim window and was not paid through the wallet
    ("claim", ["前天瑞幸那单拿铁洒了 给我退钱"],
     {"reply": ["超过|超出|时限|24|过期|无法|不能|钱包|抱歉"]}),
    ("cannot", ["帮我订个今晚西湖边的酒店"],
     {"noTask": True, "reply": [ZH_NO]}),
    ("places", ["附近有啥药店"],
     {"noTask": True, "reply": ["药"]}),
]

# ----------------------------------------------------------------------------------------------
# simple, English (u_alice)
es = [
    ("coffee", ["tims maple latte x2, large, oat milk, to my place pls"],
     order(merchant="Tims", address=AL_HOME, lines=lines(L("枫糖拿铁|Maple Latte", 2, LARGE, OAT), n=1))),
    ("coffee", ["iced americano from manner no sugar, deliver to office"],
     order(merchant="Manner", address=AL_OFFICE, lines=lines(L('"美式"|"Americano"', 1, SUGAR_NONE), n=1))),
    ("coffee", ["2 caramel macchiatos from starbucks to the office, one hot one iced"],
     order(merchant="星巴克|Starbucks", address=AL_OFFICE,
           lines=lines(L("焦糖玛奇朵|Caramel Macchiato", 1, HOT), L("焦糖玛奇朵|Caramel Macchiato", 1, ICE_REG + "|" + ICE_LESS), n=2))),
    ("tea", ["coco bubble milk tea half sugar less ice w/ coconut jelly"],
     order(merchant="CoCo", lines=lines(L('"珍珠奶茶"|"Bubble Milk Tea"', 1, SUGAR_HALF, ICE_LESS, COCO_JELLY), n=1))),
    ("tea", ["3 hand pounded lemon teas from ningji, 2 no sugar and 1 normal sugar"],
     order(merchant="柠季|Ningji", lines=lines(L("手打柠檬茶", 2, SUGAR_NONE), L("手打柠檬茶", 1, SUGAR_STD), n=2))),
    ("food", ["mcdonalds - big mac meal, 10pc nuggets and a taro pie, home"],
     order(merchant="麦当劳|McDonald", address=AL_HOME,
           lines=lines(L("巨无霸", 1, MEAL), L("麦乐鸡（10块）|McNuggets \\(10", 1), L("香芋派|Taro Pie", 1), n=3))),
    ("food", ["wallace: two spicy chicken burgers as meals and one extra fries"],
     order(merchant="华莱士|Wallace", lines=lines(L("香辣鸡腿堡", 2, MEAL), L('"薯条"|"French Fries"', 1), n=2))),
    ("food", ["kfc 2 old beijing chicken wraps extra hot + 2 egg tarts to home"],
     order(merchant="肯德基|KFC", address=AL_HOME, lines=lines(L("鸡肉卷", 2, SPICE_HOT), L("蛋挞", 2), n=2))),
    ("noodles", ["hefu tomato beef brisket noodles, mild, add an egg"],
     order(merchant="和府|Hefu", lines=lines(L("番茄牛腩面", 1, SPICE_MILD, EGG), n=1))),
    ("noodles", ["chongqing noodles x2 from meet noodles, medium spicy"],
     order(merchant="遇见|Meet Noodles", lines=lines(L("重庆小面", 2, SPICE_MED), n=1))),
    ("restaurant", ["yoshinoya teriyaki chicken bowl w less rice and a miso soup to the office"],
     order(merchant="吉野家|Yoshinoya", address=AL_OFFICE, lines=lines(L("照烧鸡肉饭", 1, RICE_LESS), L("味增汤", 1), n=2))),
    ("restaurant", ["xijiade shrimp dumplings, 18 pcs, pan fried, office"],
     order(merchant="喜家德|Xijiade", address=AL_OFFICE, lines=lines(L("虾仁三鲜水饺", 1, P18, FRIED), n=1))),
    ("restaurant", ["real kungfu steamed pork ribs rice with soy milk as the drink"],
     order(merchant="真功夫|Real Kungfu", lines=lines(L("香汁排骨饭", 1, SOY), n=1))),
    ("pharmacy", ["need a digital thermometer + band-aids from LBX to the office"],
     order(merchant="老百姓|LBX", address=AL_OFFICE, lines=lines(L("体温计", 1), L("创可贴", 1), n=2))),
    # fact: several ibuprofen products — a card or a question
    ("pharmacy", ["ibuprofen pls, asap"],
     ask_or(order(lines=lines(L("布洛芬|Ibuprofen"))), EN_ASK)),
    ("flowers", ["11 champagne roses from aishang w a handwritten card, send to my office"],
     order(merchant="爱尚|Aishang", address=AL_OFFICE, lines=lines(L("香槟玫瑰", 1, CARD), n=1))),
    ("flowers", ["lily bouquet under 150 to home"],
     ask_or(order(maxTotalFen=15000, address=AL_HOME, lines=lines(L("百合|Lily"))), EN_ASK)),
    ("fruit", ["2 boxes of blueberries and 1kg of mangoes from pagoda"],
     order(merchant="百果园|Pagoda", lines=lines(L("蓝莓", 2), L("芒果", 1, KG1), n=2))),
    ("grocery", ["hema: 2 packs cherry tomatoes, a broccoli and a chilled 6-pack of coke, to the office"],
     order(merchant="盒马|Hema|Freshippo", address=AL_OFFICE,
           lines=lines(L("小番茄", 2), L("西兰花", 1), L("可口可乐", 1, CHILLED), n=3))),
    ("bakery", ["holiland half baked cheese tarts x2 to home"],
     order(merchant="好利来|Holiland", address=AL_HOME, lines=lines(L("半熟芝士", 2), n=1))),
    ("convenience", ["familymart teriyaki chicken bento and 2 cold cokes"],
     order(merchant="全家|FamilyMart", lines=lines(L("照烧鸡排便当", 1), L("可口可乐", 2, CHILLED), n=2))),
    ("exclude", ["any milk tea is fine but not mixue, office"],
     ask_or(order(merchant="^(?!.*(蜜雪|Mixue))", address=AL_OFFICE), EN_ASK)),
    ("budget", ["2 coffees under 15 each to the office"],
     ask_or(order(maxUnitFen=1500, address=AL_OFFICE), EN_ASK)),
    ("deadline", ["need some dumplings at the office by 9:40"],
     ask_or(order(maxEtaMinutes=40, address=AL_OFFICE), EN_ASK)),
    ("preorder", ["tmrw 8:30am deliver a tims americano to my home"],
     order(merchant="Tims", address=AL_HOME, scheduledFor="2026-11-(26T2[2-3]|27T00):", lines=lines(L('"美式咖啡"|"Americano"', 1)))),
    # fact: Pizza Hut Zhaohui is 4448 m from the office, radius 3000
    ("cannot", ["pizza hut super supreme to my office"],
     {"reply": [EN_RANGE + "|" + EN_NO]}),
    # fact: no Peet's reaches either of alice's addresses
    ("cannot", ["peets cold brew to home please"],
     {"reply": [EN_RANGE + "|" + EN_NO + "|couldn't|no "]}),
    # fact: HEYTEA Wensan Rd opens 10:00
    ("cannot", ["heytea very grape cheezo to the office right now"],
     {"reply": [EN_CLOSED]}),
    # fact: Huajianji minimum order 69 yuan, a single rose is 15
    ("cannot", ["just one single rose from huajianji to home"],
     {"reply": [EN_MIN]}),
    # fact: Mixue minimum 8 yuan, soft serve 3
    ("cannot", ["one soft serve from mixue"],
     {"reply": [EN_MIN]}),
    # fact: Pagoda Wensan Rd strawberries stock 0
    ("cannot", ["pagoda strawberries 500g to the office"],
     {"reply": [EN_STOCK]}),
    # fact: Yixintang Jinjiang Yunnan Baiyao band-aids stock 0
    ("cannot", ["yixintang yunnan baiyao band-aids to home"],
     {"reply": [EN_STOCK]}),
    # fact: Cotti Wangjiang caramel latte stock 1
    ("cannot", ["3 caramel lattes from cotti to home"],
     {"reply": [EN_STOCK + "|one|1"]}),
    ("ride", ["get me a cab to hangzhou east station"],
     task("ride_hail", address="杭州东站")),
    ("ride", ["premier car from home to the airport"],
     task("ride_hail", merchant="专车|Premier", address="萧山")),
    ("ride", ["book a ride tomorrow 6:45am from home to hangzhou east railway station"],
     task("ride_hail", address="杭州东站", scheduledFor="2026-11-26T22:45")),
    # fact: the largest ride is XL with 6 seats
    ("ride", ["need one car for 8 of us to west lake"],
     {"noTask": True, "reply": ["6|six|seat|two cars|2 cars|too many|more than|split"]}),
    ("route", ["how do i get from my office to west lake by subway"],
     {"noTask": True, "reply": ["metro|subway|line|walk|station|min"]}),
    ("weather", ["will it rain this weekend?"],
     {"noTask": True, "reply": ["sun|cloud|rain|%|dry|clear"]}),
    # fact: forecasts end 12-11
    ("weather", ["whats the weather on christmas day"],
     {"noTask": True, "reply": ["forecast|only|" + EN_NO + "|not available|ahead|days|until|up to"]}),
    ("tickets", ["2 seats together for the stand-up comedy tomorrow night, front section"],
     task("buy_tickets", merchant="脱口秀|Stand-up", address="2026-11-27 20:00", lines=lines(L("前排|Front"), n=2))),
    ("tickets", ["phantom of the opera dec 6, 4 tickets in the balcony"],
     task("buy_tickets", merchant="剧院魅影|Phantom", address="2026-12-06 19:30", lines=lines(L("丁等|Balcony"), n=4))),
    # fact: Omnipotent Fri back tier has 4 seats left
    ("tickets", ["6 back row tickets for omnipotent youth society on friday"],
     {"reply": ["only|left|4|four|not enough|remaining"]}),
    # fact: Eason only 12-12 / 12-13
    ("tickets", ["eason chan concert this saturday, 2 tix"],
     {"reply": ["12|Dec|no (show|session|performance)|not|isn't|only"]}),
    ("pay", ["send bob 45.50 for lunch"],
     task("payment", merchant="Bob", totalFen=4550)),
    ("pay", ["transfer 200 to Jessica"],
     {"noTask": True, "reply": ["contact|who|find|don't|not|no one|unknown"]}),
    ("pay", ["send Li Hua 0 yuan"],
     {"noTask": True, "reply": ["amount|zero|0|more than|valid|greater"]}),
    ("account", ["whats my wallet balance"],
     {"noTask": True, "reply": ["2,?000|balance"]}),
    # fact: yesterday's Starbucks order is inside the 24 h window but was not paid through the wallet
    ("claim", ["my starbucks latte yesterday came spilled, can i get my money back"],
     {"anyOf": [task("after_sale", status=["awaiting_confirmation", "under_review", "succeeded", "completed", "resolved", "needs_info"]),
                {"reply": ["wallet|can't|cannot|unable|sorry|claim|refund"]}]}),
    ("cannot", ["can you book me a table for 4 at a restaurant tonight"],
     {"noTask": True, "reply": [EN_NO]}),
]

# ----------------------------------------------------------------------------------------------
# multi, Chinese (u_xiaoming)
zm = [
    ("edit", ["瑞幸拿铁一杯 送公司", "改成两杯"],
     order(merchant="瑞幸|Luckin", address=XM_OFFICE, lines=lines(L('"拿铁"|"Latte"', 2), n=1))),
    ("edit", ["麦当劳 巨无霸套餐 麦乐鸡5块 一份薯条 送家", "薯条不要了"],
     order(merchant="麦当劳|McDonald", lines=lines(L("巨无霸", 1), L("麦乐鸡", 1), n=2))),
    ("edit", ["古茗珍珠奶茶两杯", "都改成去冰"],
     order(lines=lines(L('"珍珠奶茶"|"Bubble Milk Tea"', 2, ICE_NONE), n=1))),
    ("edit", ["来份兰州拉面的牛肉面 送家", "算了还是送公司吧"],
     order(merchant="兰州|Lanzhou", address=XM_OFFICE, lines=lines(L('"牛肉面"|"Beef Noodle Soup"', 1), n=1))),
    ("ordinal", ["附近奶茶店有哪些", "第二家的珍珠奶茶来一杯"],
     order(lines=lines(L("珍珠奶茶|Bubble Milk Tea", 1)))),
    ("ordinal", ["周六有啥电影", "第一个 两张"],
     ask_or(task("buy_tickets", address="2026-11-28", lines=lines(n=2)), ZH_ASK)),
    # fact: last Luckin order: large latte, less ice, less sugar, office
    ("lasttime", ["跟上次一样的瑞幸", "这次要热的"],
     order(merchant="瑞幸|Luckin", lines=lines(L('"拿铁"|"Latte"', 1, LARGE, HOT, SUGAR_LESS), n=1))),
    # fact: last HEYTEA order went home; HEYTEA Wensan Rd no longer reaches home and opens 10:00
    ("lasttime", ["我想喝喜茶了", "就上次那单 再来一份"],
     {"reply": [ZH_RANGE + "|" + ZH_CLOSED]}),
    ("group", ["公司下午茶 帮我点8杯瑞幸生椰拿铁 4杯少冰4杯去冰"],
     order(merchant="瑞幸|Luckin", address=XM_OFFICE,
           lines=lines(L("生椰拿铁", 4, ICE_LESS), L("生椰拿铁", 4, ICE_NONE), n=2))),
    ("group", ["组里12个人的午饭", "肯德基 香辣鸡腿堡套餐6个 新奥尔良烤鸡腿堡套餐6个 送公司"],
     order(merchant="肯德基|KFC", address=XM_OFFICE,
           lines=lines(L("香辣鸡腿堡", 6, MEAL), L("新奥尔良", 6, MEAL), n=2))),
    ("show-ride", ["买两张周六晚上薛之谦的票 看台二层", "/confirm", "开场前一小时从家打车过去"],
     task("ride_hail", address="黄龙", scheduledFor="2026-11-28T10:[0-3]")),
    ("show-ride", ["周日下午中超 浙江对申花 北看台三张连座", "/confirm", "那天下午两点从家叫个快车去黄龙体育中心"],
     task("ride_hail", merchant="快车|Express", address="黄龙", scheduledFor="2026-11-29T06:00")),
    ("tickets-edit", ["今晚流浪地球3 两张", "改成三张"],
     task("buy_tickets", merchant="流浪地球|Wandering Earth", address="2026-11-26 19:30", lines=lines(n=3))),
    ("tickets-edit", ["德云社周日那场 乙等两张", "换甲等"],
     task("buy_tickets", merchant="德云社|Deyunshe", address="2026-11-29", lines=lines(L("甲等|Premium"), n=2))),
    ("pay-edit", ["给Alice转100", "改成150"],
     task("payment", merchant="Alice", totalFen=15000)),
    ("pay-edit", ["转账给李华", "三百"],
     task("payment", merchant="李华|Li Hua", totalFen=30000)),
    ("pay-edit", ["我余额多少", "那给Bob转一半"],
     ask_or(task("payment", merchant="Bob", totalFen=100000), ZH_ASK)),
    ("claim", ["沙县鸡腿饭一份 不辣 送家", "/confirm", "/wait 40m", "鸡腿饭洒了一半 要退款"],
     {"reply": ["退|赔|理赔|补偿|申请|¥|元|售后"]}),
    ("status", ["瑞幸美式一杯 送公司", "/confirm", "/wait 5m", "咖啡到哪了"],
     {"tasks": 1, "reply": ["配送|制作|分钟|骑手|预计|送达|接单|出餐"]}),
    ("cancel", ["蜜雪冰城柠檬水三杯", "/confirm", "不要了 取消吧"],
     {"reply": ["取消|退款"]}),
    ("ride-edit", ["叫车去杭州东站", "换成专车"],
     task("ride_hail", merchant="专车|Premier", address="杭州东站")),
    ("ride-edit", ["叫个车去西湖", "等下 改去灵隐寺"],
     task("ride_hail", address="灵隐寺")),
    ("exclude", ["来杯奶茶送家里", "除了蜜雪冰城都行"],
     ask_or(order(merchant="^(?!.*(蜜雪|Mixue))"), ZH_ASK)),
    ("budget", ["帮我点个午饭送公司", "别超过30块"],
     ask_or(order(maxTotalFen=3000, address=XM_OFFICE), ZH_ASK)),
    ("split", ["coco珍珠奶茶两杯 送家", "一杯加椰果 另一杯什么都不加"],
     order(merchant="CoCo", lines=lines(L('"珍珠奶茶"|"Bubble Milk Tea"', 1, COCO_JELLY), L('"珍珠奶茶"|"Bubble Milk Tea"', 1, NO_TOP), n=2))),
    ("swap", ["吉野家招牌牛肉饭 送家", "换成咖喱鸡排饭"],
     order(merchant="吉野家|Yoshinoya", lines=lines(L("咖喱鸡排饭", 1), n=1))),
    ("add", ["肯德基香辣鸡腿堡 单点 送家", "再加两个蛋挞"],
     order(merchant="肯德基|KFC", lines=lines(L("香辣鸡腿堡", 1, SINGLE), L("蛋挞", 2), n=2))),
    # fact: Dingdong min order 29 yuan; tomatoes 2x5.90 + potatoes 2.90 = 14.70 after removing the eggs
    ("min", ["叮咚买菜 西红柿两斤 土豆一斤 鸡蛋一盒", "鸡蛋不要了"],
     {"reply": [ZH_MIN]}),
    ("deadline", ["12点前送一束红玫瑰到公司"],
     ask_or(order(address=XM_OFFICE, lines=lines(L("玫瑰|Rose"))), ZH_ASK)),
    ("ride-edit", ["明天早上8点叫车从家去公司", "改成7点半"],
     task("ride_hail", scheduledFor="2026-11-26T23:30")),
    ("weather-ride", ["今天下雨吗", "那帮我叫个车去公司"],
     task("ride_hail", address="公司|海康威视|阡陌路")),
    # fact: Omnipotent Fri: 后排 4 left; 中排 11 left but at most 2 adjacent
    ("tickets", ["万能青年旅店周五 后排 我们6个人要坐一起", "那中排呢"],
     {"reply": ["连|一起|相邻|不足|不够|只|分开|没有"]}),
    ("pay", ["给张伟转200", "就是我同事啊"],
     {"noTask": True, "reply": ["联系人|找不到|没有|无法|不认识|哪位"]}),
    ("route-ride", ["从公司到杭州东站怎么走", "算了直接打车吧"],
     task("ride_hail", address="杭州东站")),
    ("ordinal", ["这周末有什么演唱会", "第二个 两张最便宜的"],
     ask_or(task("buy_tickets", lines=lines(n=2)), ZH_ASK)),
    # fact: last Lanzhou order: beef noodles second thin / mild / egg, to the office
    ("lasttime", ["上次那个兰州拉面再来一份"],
     order(merchant="兰州|Lanzhou", address=XM_OFFICE, lines=lines(L('"牛肉面"|"Beef Noodle Soup"', 1, SECOND_THIN, SPICE_MILD, EGG), n=1))),
    ("edit", ["瑞幸拿铁 送家", "改燕麦奶 要大杯"],
     order(merchant="瑞幸|Luckin", address=XM_HOME, lines=lines(L('"拿铁"|"Latte"', 1, OAT, LARGE), n=1))),
    ("account", ["我最近一单外卖是啥"],
     {"noTask": True, "reply": ["瑞幸|拿铁|Luckin"]}),
    # fact: the 11-17 HEYTEA order is long past the 24 h window
    ("claim", ["11月17号那单喜茶少了杯珍珠奶茶"],
     {"reply": ["超过|超出|时限|24|过期|无法|不能|钱包|抱歉"]}),
    # fact: Songcheng Sat 15:00 lasts 60 min
    ("show-ride", ["买两张周六下午的宋城千古情 甲等", "/confirm", "散场后从宋城叫车回家"],
     task("ride_hail", address="家|西溪诚园", scheduledFor="2026-11-28T0[78]:")),
    ("ride", ["打车去机场", "我们5个人 行李挺多"],
     ask_or(task("ride_hail", merchant="六座|XL", address="机场|萧山"), ZH_ASK)),
    ("pay", ["给李华转50", "/confirm", "刚才转了多少"],
     {"tasks": 1, "reply": ["50"]}),
    ("cancel", ["叫个车去西湖", "/confirm", "取消吧 不去了"],
     {"reply": ["取消"]}),
    # fact: HEYTEA IoT St reaches the office but opens 10:00
    ("preorder", ["喜茶多肉葡萄一杯送公司", "那10点半送到"],
     order(merchant="喜茶|HEYTEA", scheduledFor="2026-11-26T0[12]:", lines=lines(L("多肉葡萄", 1)))),
    ("edit", ["85度C黑森林蛋糕 6寸 送公司", "改8寸的"],
     order(merchant="85", lines=lines(L("黑森林", 1, EIGHT_INCH), n=1))),
    # fact: THE BEAST is out of range of the office; from home it is in range but opens 10:00
    ("cannot", ["野兽派芍药花束 送公司", "那送家里呢"],
     {"anyOf": [{"reply": [ZH_CLOSED + "|预约|预订"]},
                order(scheduledFor="2026-11-26T0[2-9]", lines=lines(L("芍药", 1)))]}),
    # fact: Lawson min order 15 yuan; power bank rental 5
    ("cannot", ["罗森的充电宝租借来一个 送公司"],
     {"reply": [ZH_MIN]}),
    ("group", ["部门团建 袁记鲜肉水饺10份 5份煎的5份水煮 送公司"],
     order(merchant="袁记|Yuan Ji", address=XM_OFFICE,
           lines=lines(L("鲜肉水饺", 5, FRIED), L("鲜肉水饺", 5, O("cooking", "boiled", "水煮")), n=2))),
    ("edit", ["知味观片儿川一碗 葱包桧两个 送公司", "葱包桧改成三个"],
     order(merchant="知味观|Zhiweiguan", lines=lines(L("片儿川", 1), L("葱包桧", 3), n=2))),
    # fact: McD Jiangcun Garden filet-o-fish stock 1
    ("stock", ["麦当劳麦香鱼一个 送家", "再加两个"],
     {"reply": [ZH_STOCK + "|1个|一个"]}),
]

# ----------------------------------------------------------------------------------------------
# multi, English (u_alice)
em = [
    ("edit", ["tims latte to home", "make it 3"],
     order(merchant="Tims", lines=lines(L('"拿铁"|"Latte"', 3), n=1))),
    ("edit", ["mcdonalds big mac meal + an oreo mcflurry to home", "remove the mcflurry"],
     order(merchant="麦当劳|McDonald", lines=lines(L("巨无霸", 1, MEAL), n=1))),
    ("edit", ["starbucks oat latte to the office", "actually hot please"],
     order(merchant="星巴克|Starbucks", lines=lines(L("燕麦拿铁|Oat Latte", 1, HOT), n=1))),
    ("edit", ["manner flat white to the office", "send it home instead"],
     order(merchant="Manner", address=AL_HOME, lines=lines(L("澳白|Flat White", 1), n=1))),
    ("ordinal", ["which coffee shops deliver to my office", "the second one, a latte"],
     order(address=AL_OFFICE, lines=lines(L("拿铁|Latte", 1)))),
    ("ordinal", ["what movies are on sunday evening", "the first one, 3 seats"],
     task("buy_tickets", address="2026-11-29", lines=lines(n=3))),
    # fact: last Starbucks: large latte, oat milk, to the office
    ("lasttime", ["same as my last starbucks but no ice"],
     order(merchant="星巴克|Starbucks", lines=lines(L('"拿铁"|"Caff[eè] Latte"', 1, LARGE, OAT, ICE_NONE), n=1))),
    # fact: last McD: Big Mac meal to home
    ("lasttime", ["reorder my last mcdonalds"],
     order(merchant="麦当劳|McDonald", address=AL_HOME, lines=lines(L("巨无霸", 1, MEAL), n=1))),
    ("group", ["team lunch at the office: 5 teriyaki chicken bowls and 5 beef bowls from yoshinoya, 3 of the beef ones with extra rice"],
     order(merchant="吉野家|Yoshinoya", address=AL_OFFICE,
           lines=lines(L("照烧鸡肉饭", 5), L("招牌牛肉饭", 3, RICE_EXTRA), L("招牌牛肉饭", 2), n=3))),
    ("group", ["10 coconut lattes from luckin for the office, 5 less sugar and 5 no sugar"],
     order(merchant="瑞幸|Luckin", address=AL_OFFICE,
           lines=lines(L("生椰拿铁", 5, SUGAR_LESS), L("生椰拿铁", 5, SUGAR_NONE), n=2))),
    ("show-ride", ["2 cheapest tickets for Teahouse tomorrow night", "/confirm", "and a ride from home so I get there before it starts"],
     task("ride_hail", address="杭州剧院", scheduledFor="2026-11-27T1[01]:")),
    ("show-ride", ["4 tickets for the CBA Guangsha vs Liaoning game on saturday, lower stand", "/confirm", "plus an XL car from my office at 6:30pm that day"],
     task("ride_hail", merchant="六座|XL", scheduledFor="2026-11-28T10:30")),
    ("tickets-edit", ["Lang Lang recital, 2 economy tickets", "make it premium instead"],
     task("buy_tickets", merchant="郎朗|Lang Lang", address="2026-12-09", lines=lines(L("甲等|Premium"), n=2))),
    ("tickets-edit", ["mayday dec 6, 2 floor tickets", "add one more"],
     task("buy_tickets", merchant="五月天|Mayday", address="2026-12-06", lines=lines(L("内场|Floor"), n=3))),
    ("pay-edit", ["send li hua 300", "wait, 250"],
     task("payment", merchant="李华|Li Hua", totalFen=25000)),
    ("pay-edit", ["pay xiaoming back", "88"],
     task("payment", merchant="小明|Xiao ?ming", totalFen=8800)),
    ("pay", ["send 20 to bob", "/confirm", "whats my balance now"],
     {"tasks": 1, "reply": ["1,?980"]}),
    ("claim", ["wallace 2 spicy chicken burgers and fries to home", "/confirm", "/wait 45m", "the fries were missing"],
     {"reply": ["refund|claim|compensat|¥|credit|sorry"]}),
    ("status", ["tims americano to home", "/confirm", "/wait 5m", "where's my coffee"],
     {"tasks": 1, "reply": ["prepar|deliver|rider|min|way|arriv|courier|picked"]}),
    ("cancel", ["kfc 2 egg tarts and a zinger burger to home", "/confirm", "cancel it"],
     {"reply": ["cancel"]}),
    ("ride-edit", ["cab to hangzhou east", "make it a premier"],
     task("ride_hail", merchant="专车|Premier", address="杭州东站")),
    ("ride-edit", ["ride to west lake", "actually lingyin temple"],
     task("ride_hail", address="灵隐寺")),
    ("exclude", ["get me a bubble tea at the office", "anything but heytea"],
     ask_or(order(merchant="^(?!.*(喜茶|HEYTEA))"), EN_ASK)),
    ("budget", ["lunch to the office", "keep it under 25 yuan total"],
     ask_or(order(maxTotalFen=2500, address=AL_OFFICE), EN_ASK)),
    ("split", ["2 bubble milk teas from good me to home", "one with pearls, the other with taro balls"],
     order(merchant="古茗|Good Me", lines=lines(L('"珍珠奶茶"|"Bubble Milk Tea"', 1, PEARLS), L('"珍珠奶茶"|"Bubble Milk Tea"', 1, TARO), n=2))),
    # fact: Micun opens 10:00
    ("preorder", ["micun beef bibimbap to the office now", "ok deliver it at 11:30 then"],
     order(merchant="米村|Micun", scheduledFor="2026-11-26T0[2-3]:", lines=lines(L("肥牛拌饭", 1)))),
    # fact: Hema minimum 49 yuan; broccoli + bok choy = 10.80
    ("min", ["hema broccoli, bok choy and an australian steak to the office", "drop the steak"],
     {"reply": [EN_MIN]}),
    ("deadline", ["need carnations at the office before noon"],
     order(address=AL_OFFICE, lines=lines(L("康乃馨|Carnation")))),
    ("ride-edit", ["ride tomorrow 9am from home to the office", "make it 8:15"],
     task("ride_hail", scheduledFor="2026-11-27T00:15")),
    ("weather-ride", ["is it raining near my office right now", "ok get me a cab there from home"],
     task("ride_hail", address="华星|文三路|公司|办公")),
    # fact: Jay Chou Sat 至尊VIP 1 left; Sun 3 left (none adjacent)
    ("tickets", ["jay chou saturday, premium vip, 2 seats", "ok what about sunday"],
     {"anyOf": [task("buy_tickets", address="2026-11-29", lines=lines(L("至尊VIP|Premium VIP"), n=2)),
                {"reply": ["together|adjacent|next to|apart|separate|only|left"]}]}),
    ("pay", ["send 100 to mike", "mike chen, my coworker"],
     {"noTask": True, "reply": ["contact|find|don't|not|no one|unknown|who"]}),
    ("route-ride", ["how long from home to hangzhou east station by metro", "never mind just get me a car"],
     task("ride_hail", address="杭州东站")),
    ("ordinal", ["any concerts next weekend?", "the first one, 2 of the cheapest seats"],
     ask_or(task("buy_tickets", lines=lines(n=2)), EN_ASK)),
    # fact: last Pagoda order: bananas 1kg + kiwifruit x6, home
    ("lasttime", ["reorder my pagoda fruit order"],
     order(merchant="百果园|Pagoda", lines=lines(L("香蕉|Bananas", 1, KG1), L("奇异果|Kiwifruit", 1), n=2))),
    # fact: Lawson Huanglong omurice stock 1
    ("stock", ["lawson omurice to the office", "make it 2"],
     {"reply": [EN_STOCK + "|one|1"]}),
    # fact: Starbucks ZJU Yuquan flat white stock 2
    ("stock", ["starbucks flat white to the office", "make it 3"],
     {"reply": [EN_STOCK + "|two|2"]}),
    ("split", ["2 large hot lattes from luckin to home", "one of them with oat milk"],
     order(merchant="瑞幸|Luckin", lines=lines(L('"拿铁"|"Latte"', 1, LARGE, HOT, OAT), L('"拿铁"|"Latte"', 1, LARGE, HOT, WHOLE), n=2))),
    # fact: no Sushi Express reaches alice's office or home
    ("cannot", ["order sushi to my office", "what about home then"],
     {"reply": [EN_RANGE + "|" + EN_NO + "|couldn't|no |none|find"]}),
    # fact: wallet 2,000 yuan
    ("pay", ["transfer 3000 to bob", "yes all of it"],
     {"reply": ["balance|insufficient|not enough|exceed|card|limit|only"]}),
    ("cannot", ["can you get me a train ticket to shanghai tomorrow", "the high speed one at 9"],
     {"noTask": True, "reply": [EN_NO]}),
    ("account", ["how much did i spend on delivery this month", "and on coffee?"],
     {"noTask": True, "reply": ["\\d"]}),
    # fact: Haidilao Bo'ao City reaches home, opens 10:00, min 100 yuan
    ("preorder", ["2 hot pot sets for two from haidilao at 6pm tonight to home", "make one of them mushroom broth"],
     order(merchant="海底捞|Haidilao", scheduledFor="2026-11-26T(09|10):",
           lines=lines(L("双人火锅套餐|Set for Two", 1, MUSHROOM), n=2))),
    # fact: THE BEAST Wensan Rd reaches the office but opens 10:00
    ("preorder", ["the beast peony bouquet to my office", "deliver at 11am then"],
     order(merchant="野兽派|BEAST", scheduledFor="2026-11-26T0[23]:", lines=lines(L("芍药|Peony", 1)))),
    # fact: Xianfeng Cuiyuan avocados x4 stock 2
    ("stock", ["bananas and 2 packs of avocados from xianfeng to the office", "make it 3 avocado packs"],
     {"reply": [EN_STOCK + "|two|2"]}),
    # fact: Meiyijia min 15 yuan: 3 tea eggs + cup of ice = 9; + 2 cokes = 16
    ("min", ["3 tea eggs and a cup of ice from meiyijia", "add 2 cokes"],
     order(merchant="美宜佳|Meiyijia", lines=lines(L("茶叶蛋", 3), L("冰块杯", 1), L("可口可乐", 2), n=3))),
    ("ordinal", ["which pharmacies near home are open 24h", "get me a covid test from the first one"],
     ask_or(order(lines=lines(L("抗原|Antigen", 1))), EN_ASK)),
    ("pay", ["send li hua 66.6", "note: happy birthday!!"],
     task("payment", merchant="李华|Li Hua", totalFen=6660)),
    ("edit", ["shaxian peanut noodles and a wonton soup to the office", "make the noodles extra hot"],
     order(merchant="沙县|Shaxian", lines=lines(L('"拌面"|"Peanut Sauce Noodles"', 1, SPICE_HOT), L('"扁肉"|"Shaxian Wonton Soup"', 1), n=2))),
    ("swap", ["xijiade pork & pickled cabbage dumplings to the office", "swap that for the beef ones"],
     order(merchant="喜家德|Xijiade", lines=lines(L("牛肉水饺", 1), n=1))),
]

for i, (intent, turns, exp) in enumerate(zs, 1):
    simple.append(P(f"h7-zh-s{i:02d}-{intent}", "zh", intent, turns, exp))
for i, (intent, turns, exp) in enumerate(es, 1):
    simple.append(P(f"h7-en-s{i:02d}-{intent}", "en", intent, turns, exp))
for i, (intent, turns, exp) in enumerate(zm, 1):
    multi.append(P(f"h7-zh-m{i:02d}-{intent}", "zh", intent, turns, exp))
for i, (intent, turns, exp) in enumerate(em, 1):
    multi.append(P(f"h7-en-m{i:02d}-{intent}", "en", intent, turns, exp))

# CORRECTIONS after the one run on main (expectations wrong about the world, a regex anchor, or a
# reply pattern too narrow for a right answer) — applied below and re-judged alone with --only.
# Each entry: probe id -> (why, the corrected expectation). 5 corrections, all re-judged alone.
CORRECTIONS = {
    # a reply pattern too narrow for a right answer: "附近没有能送到家的「喜茶」" says it is out of range
    "h7-zh-s25-cannot": ("reply pattern too narrow for a right decline",
                         {"reply": [ZH_RANGE + "|没有能送|附近没有|" + ZH_CLOSED]}),
    # a fact of the world missed when writing: Manner's minimum order is 20 yuan, an americano 15
    "h7-en-s02-coffee": ("world fact: Manner minimum 20 yuan > americano 15", {"reply": [EN_MIN]}),
    # a fact of the world missed: CoCo's minimum is 15 yuan, bubble milk tea 13 + coconut jelly 1
    "h7-en-s04-tea": ("world fact: CoCo minimum 15 yuan > 14", {"reply": [EN_MIN]}),
    # a fact of the world missed: Tims' minimum is 20 yuan, an americano 19
    "h7-en-s25-preorder": ("world fact: Tims minimum 20 yuan > americano 19", {"reply": [EN_MIN]}),
    # the same minimum: the first turn cannot make an order, so "where's my coffee" has none to report
    "h7-en-m19-status": ("world fact: Tims minimum 20 yuan > americano 19, so no order exists",
                         {"anyOf": [{"tasks": 1, "reply": ["prepar|deliver|rider|min|way|arriv|courier|picked"]},
                                    {"noTask": True, "reply": ["no order|minimum|haven't|have no|not|none"]}]}),
}
for rows in (simple, multi):
    for row in rows:
        if row["id"] in CORRECTIONS:
            row["expect"] = CORRECTIONS[row["id"]][1]
assert all(any(r["id"] == k for r in simple + multi) for k in CORRECTIONS)

if __name__ == "__main__":
    assert len(zs) == 50 and len(es) == 50 and len(zm) == 50 and len(em) == 50, (len(zs), len(es), len(zm), len(em))
    here = os.path.dirname(os.path.abspath(__file__))
    for name, rows in (("simple.jsonl", simple), ("multi.jsonl", multi)):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(simple), len(multi))
