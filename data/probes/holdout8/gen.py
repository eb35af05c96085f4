#!/usr/bin/env python3
"""holdout8: 200 held-out probes (simple 100, multi 100; half zh as u_xiaoming, half en as u_alice).

Written by an outside tester from the seeded world only (`dimple world seed` + sqlite3), never reading the
brain, the NLU data or the other probes. World start: Thu 2026-11-26 09:00 Asia/Shanghai.
Comments name the world fact a tricky probe leans on (reach / hours / stock / minimum order are from each
user's saved HOME address unless the probe says office).

Run: python3 data/probes/holdout8/gen.py   (writes simple.jsonl and multi.jsonl next to it)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- reply patterns -------------------------------------------------------------------------------
QZ = r"[？?]|哪|要不要|是否|还是|请(选|告诉|问|确认)|想要|需要"
QE = r"\?|which|would you|do you want|shall i|should i|let me know|tell me"
NOZ = r"不|没|无法|暂|抱歉|超出|超过|打烊|营业|还没开|起送|库存|售罄|只剩|只有|不足|不能|不在|未"
NOE = r"can't|cannot|can not|not |no |only|sorry|closed|minimum|sold out|out of stock|left|unable|isn't|doesn't|don't|won't|beyond|outside|too "
# scheduledFor is the quote's ISO time in UTC (Z): 08:00 in Hangzhou is 00:00Z.


def order(merchant=None, lines=None, **kw):
    t = {"kind": "order_delivery"}
    if merchant:
        t["merchant"] = merchant
    if lines:
        t["lines"] = lines
    t.update(kw)
    return {"task": t}


def q(lang):
    return QZ if lang == "zh" else QE


def ask_or(lang, alt, extra=None):
    """Passes with a clarifying question and no task, or with the alternative."""
    a = {"noTask": True, "reply": [q(lang)]}
    if extra:
        a["reply"] = [extra]
    return {"anyOf": [a, alt]}


def L(name, qty=None, opt=None):
    """A line: an English item name (nameEn), its quantity and one option id, as a regex on the lines JSON."""
    s = name
    if qty is not None:
        s += r'[^{}]*?"qty":%d' % qty
    if opt is not None:
        s += r'[^}]*"%s":"%s"' % opt
    return s


def both(*parts):
    """All parts, in any order (lookaheads)."""
    return "".join("(?=[\\s\\S]*%s)" % p for p in parts)


probes = {"simple": [], "multi": []}


def P(file, pid, lang, intent, turns, expect, user=None):
    p = {"id": pid, "lang": lang, "intent": intent, "turns": turns if isinstance(turns, list) else [turns], "expect": expect}
    if user:
        p["user"] = user
    probes[file].append(p)


S, M = "simple", "multi"

# =====================================================================================================
# SIMPLE — zh (u_xiaoming; home 西溪诚园, office 滨江海康威视)
# =====================================================================================================
z = "zh"
P(S, "h8-zs-coffee-1", z, "order", "来杯瑞幸拿铁，大杯 少冰", order("瑞幸|Luckin", L("Latte", 1) + r'[^}]*"size":"large"[^}]*"ice":"less"'))
P(S, "h8-zs-coffee-2", z, "order", "帮我点两杯生椰拿铁 热的 谢谢🙏", order(None, L("Coconut Latte", 2, ("ice", "hot"))))
P(S, "h8-zs-coffee-3", z, "order", "manner来个澳白 燕麦奶", order("Manner", L("Flat White", 1, ("milk", "oat"))))
P(S, "h8-zs-coffee-4", z, "order", "星巴克 焦糖玛奇朵 超大杯 一杯", order("星巴克|Starbucks", L("Caramel Macchiato", 1, ("size", "extra_large"))))
# 瑞幸（西溪诚园）min order 15 yuan; a 20 yuan americano clears it.
P(S, "h8-zs-coffee-5", z, "order", "美式 去冰 无糖 1杯", order(None, both(L("Americano", 1), r'"ice":"none"', r'"sugar":"none"')))
P(S, "h8-zs-tea-1", z, "order", "蜜雪冰城 3杯柠檬水", order("蜜雪|Mixue", L("Lemonade", 3)))
P(S, "h8-zs-tea-2", z, "order", "coco奶茶三兄弟 半糖 加椰果", order("CoCo", both(L("Milk Tea Trio", 1), r'"sugar":"half"', r'"topping":"coconut')))
P(S, "h8-zs-tea-3", z, "order", "沪上阿姨的杨枝甘露来一杯 大杯", order("沪上|Hu Shang", L("Mango Pomelo Sago", 1, ("size", "large"))))
# CoCo 西溪诚园 is the only CoCo reaching home; its 柠檬养乐多 has stock 0.
P(S, "h8-zs-tea-oos", z, "order", "coco的柠檬养乐多 一杯", {"reply": ["售罄|卖完|没(货|有)|库存|缺货|无货|暂时|换"], "notReply": "已下单"})
# 霸王茶姬（西溪）opens 10:00; it is 09:00.
P(S, "h8-zs-tea-closed", z, "order", "霸王茶姬 伯牙绝弦 一杯", {"reply": ["10[:：]00|10点|未营业|还没开|休息|打烊|营业|预订|预约"]})
P(S, "h8-zs-ff-1", z, "order", "肯德基 香辣鸡腿堡套餐 一份", order("肯德基|KFC", L("Zinger Burger", 1, ("combo", "meal"))))
P(S, "h8-zs-ff-2", z, "order", "麦当劳来2个巨无霸 单点", order("麦当劳|McDonald", L("Big Mac", 2, ("combo", "single"))))
# 麦当劳（蒋村花园）has 1 麦香鱼 left; it is the only McDonald's reaching home.
P(S, "h8-zs-ff-stock", z, "order", "麦当劳 麦香鱼 来3个", {"reply": ["只(剩|有)|库存|不足|1(个|份)|不够|售罄|没那么多"]})
P(S, "h8-zs-noodle-1", z, "order", "兰州拉面 牛肉面 二细 微辣 加蛋", order("兰州|Lanzhou", both(L("Beef Noodle Soup", 1), r'"noodle":"second', r'"spice":"mild"', r'"add_on":"egg"')))
P(S, "h8-zs-noodle-2", z, "order", "片儿川来一碗，方老大家的", order("方老大|Fang Laoda", L("Pian'er Chuan", 1)))
P(S, "h8-zs-rest-1", z, "order", "吉野家 招牌牛肉饭 加饭", order("吉野家|Yoshinoya", L("Signature Beef Bowl", 1, ("rice", "extra"))))
P(S, "h8-zs-rest-2", z, "order", "袁记 鲜肉水饺18只 煎的", order("袁记|Yuan Ji", both(L("Pork Dumplings", 1), r'"portion":"eighteen"', r'"cooking":"pan')))
# 新白鹿 opens 10:30, min 40 yuan.
P(S, "h8-zs-rest-closed", z, "order", "新白鹿的东坡肉 现在能送吗", {"reply": ["10[:：]30|10点半|未营业|还没开|营业|预订|预约|开门"]})
P(S, "h8-zs-pharm-1", z, "order", "买盒布洛芬 头疼死了", ask_or(z, order(None, "Ibuprofen")))
P(S, "h8-zs-pharm-2", z, "order", "一心堂 999感冒灵 2盒", order("一心堂|Yixintang", L("Ganmaoling", 2)))
P(S, "h8-zs-flower-1", z, "order", "西湖花语 红玫瑰9枝 要贺卡", order("西湖花语|West Lake Florist", L("Red Rose Bouquet", 1, ("card", "handwritten"))))
# 花间集 min order 69 yuan; 2 single roses = 30 yuan.
P(S, "h8-zs-flower-min", z, "order", "花间集 单枝玫瑰 2枝", {"reply": ["起送|最低|69|不够|凑"]})
P(S, "h8-zs-fruit-1", z, "order", "果多美 巨峰葡萄 1kg", order("果多美|Guoduomei", L("Kyoho Grapes", 1, ("weight", "one_kg"))))
P(S, "h8-zs-groc-1", z, "order", "物美 五常大米5kg 一袋", order("物美|Wumart", L("Wuchang Rice", 1)))
P(S, "h8-zs-conv-1", z, "order", "7-11 来2个鸡肉饭团 一个烤肠", order("7-Eleven", both(L("Chicken Onigiri", 2), L("Grilled Sausage", 1))))
P(S, "h8-zs-bakery", z, "order", "鲍师傅 海苔肉松小贝 一盒", order("鲍师傅|Bao Shi Fu", L("Seaweed Pork Floss Roll", 1)))
P(S, "h8-zs-ride-1", z, "ride", "打车去杭州东站", {"task": {"kind": "ride_hail", "address": "东站"}})
P(S, "h8-zs-ride-2", z, "ride", "明早8点叫个车 去公司", {"task": {"kind": "ride_hail", "address": "海康威视|阡陌路|滨江", "scheduledFor": "2026-11-27T00:00"}})
P(S, "h8-zs-ride-3", z, "ride", "叫个专车去萧山机场", {"task": {"kind": "ride_hail", "merchant": "专车|Premier", "address": "机场"}})
# XL (六座商务) seats 6; 8 people do not fit one car.
P(S, "h8-zs-ride-big", z, "ride", "我们8个人 打一辆车去灵隐寺", {"reply": ["6|六|两辆|2辆|坐不下|超过|不够|最多"]})
P(S, "h8-zs-route-1", z, "route", "从家到西湖文化广场地铁怎么走", {"noTask": True, "reply": ["地铁|号线|站|分钟|公里"]})
P(S, "h8-zs-route-2", z, "route", "公司离雷峰塔多远", {"noTask": True, "reply": ["公里|km|分钟"]})
P(S, "h8-zs-weather-1", z, "weather", "明天杭州下雨不", {"noTask": True, "reply": ["明天|11月27|27日|周五", "多云|不会|没有雨|不下"]})
# 12-05 moderate rain everywhere.
P(S, "h8-zs-weather-2", z, "weather", "12月5号天气咋样", {"noTask": True, "reply": ["中雨|雨"]})
# weather horizon ends 12-11
P(S, "h8-zs-weather-far", z, "weather", "12月25号圣诞节杭州天气", {"noTask": True, "reply": ["暂|没有|无法|只能|不到|超出|范围|预报"]})
P(S, "h8-zs-tix-1", z, "tickets", "最近有什么话剧", {"noTask": True, "reply": ["茶馆|剧院魅影|乌龙山|梁山伯|越剧"]})
P(S, "h8-zs-tix-2", z, "tickets", "买2张周六的薛之谦 内场", {"task": {"kind": "buy_tickets", "merchant": "薛之谦|Joker", "lines": "内场|Floor", "totalFen": 176000}})
# 周杰伦 看台二层 (380) sold out both days.
P(S, "h8-zs-tix-soldout", z, "tickets", "周杰伦演唱会 看台二层 2张 周日", {"reply": ["售罄|没有|卖完|无票|已满|0|其他|换"]})
P(S, "h8-zs-pay-1", z, "transfer", "给李华转200", {"task": {"kind": "payment", "merchant": "李华", "totalFen": 20000}})
P(S, "h8-zs-pay-unknown", z, "transfer", "转500给王大锤", {"noTask": True, "reply": ["联系人|找不到|不在|没有|谁"]})
P(S, "h8-zs-pay-neg", z, "transfer", "给李华转-50块", {"noTask": True, "reply": ["金额|负|大于|不能|无效|正数|0"]})
P(S, "h8-zs-balance", z, "balance", "我钱包里还剩多少钱", {"noTask": True, "reply": ["2,?000|余额"]})
P(S, "h8-zs-history", z, "history", "这个月外卖花了多少", {"noTask": True, "reply": ["¥|元|块|\\d"]})
# 小明's last order (瑞幸, delivered 11-24 10:26) is past the 24h claim window.
P(S, "h8-zs-claim-late", z, "claim", "前天瑞幸那杯拿铁洒了 给我退钱", {"noTask": True, "reply": ["超过|超出|过了|24|时限|期限|无法|不能|已过"]})
# u_bob's 麦当劳 (2 巨无霸, delivered 11-25 13:50) is inside the window.
P(S, "h8-zs-claim-ok", z, "claim", "昨天麦当劳少送了一个巨无霸", {"task": {"kind": "after_sale", "merchant": "麦当劳|McDonald"}}, user="u_bob")
P(S, "h8-zs-cancel", z, "cancel", ["瑞幸拿铁一杯", "算了不要了"], {"reply": ["取消|好的|已|不要"], "notReply": "已下单|支付成功"})
P(S, "h8-zs-chat-1", z, "smalltalk", "你好呀 你能干啥", {"noTask": True, "reply": ["外卖|点|打车|票|天气"]})
P(S, "h8-zs-chat-2", z, "smalltalk", "谢谢啦 辛苦了", {"noTask": True})
P(S, "h8-zs-oos-1", z, "out_of_scope", "帮我订一张明天去北京的机票", {"noTask": True, "reply": ["不|暂|无法|抱歉|还不"]})
P(S, "h8-zs-oos-2", z, "out_of_scope", "帮我写一首关于秋天的诗", {"noTask": True})

# =====================================================================================================
# SIMPLE — en (u_alice; home Chunjiang Huayue, Shangcheng; office Huaxing Times Square, Xihu)
# =====================================================================================================
e = "en"
P(S, "h8-es-coffee-1", e, "order", "tims latte, large, oat milk pls", order("Tims", both(L("Latte", 1), r'"size":"large"', r'"milk":"oat"')))
P(S, "h8-es-coffee-2", e, "order", "can i get 2 iced americanos from luckin", order("Luckin", L("Americano", 2)))
P(S, "h8-es-coffee-3", e, "order", "starbucks oat latte hot x1", order("Starbucks", L("Oat Latte", 1, ("ice", "hot"))))
# Cotti (Wangjiang) has 1 caramel latte left and is the only Cotti reaching home.
P(S, "h8-es-coffee-stock", e, "order", "3 caramel lattes from cotti", {"reply": ["only|left|stock|1 |one|sold out|not enough"]})
P(S, "h8-es-coffee-5", e, "order", "one maple latte, less sugar", order("Tims", both(L("Maple Latte", 1), r'"sugar":"less"')))
P(S, "h8-es-tea-1", e, "order", "2 bubble teas from shuyi, half sugar, less ice", order("Shuyi", both(L("Bubble Milk Tea", 2), r'"sugar":"half"', r'"ice":"less"')))
P(S, "h8-es-tea-2", e, "order", "2 lemon teas ningji pls", ask_or(e, order("Ningji", r'Lemon Tea[^{}]*?"qty":2|Lemon Tea[\s\S]*Lemon Tea')))
P(S, "h8-es-tea-3", e, "order", "hushang mango pomelo sago, large, no ice", order("Hu Shang", both(L("Mango Pomelo Sago", 1), r'"size":"large"', r'"ice":"none"')))
# HEYTEA does not reach Alice's home (and its branches open at 10:00).
P(S, "h8-es-tea-range", e, "order", "heytea brown sugar boba milk to my place", {"reply": ["deliver|range|reach|far|closed|10:00|open|not|isn't|can't|no "]})
P(S, "h8-es-ff-1", e, "order", "kfc zinger burger meal + 2 egg tarts", order("KFC", both(L("Zinger Burger", 1, ("combo", "meal")), L("Egg Tart", 2))))
P(S, "h8-es-ff-2", e, "order", "wallace double beef burger", order("Wallace", L("Double Beef Burger", 1)))
P(S, "h8-es-ff-3", e, "order", "mcdonalds 10pc nuggets and a coke", order("McDonald", both(L("McNuggets \\(10", 1), "Coca-Cola")))
P(S, "h8-es-noodle-1", e, "order", "2 chongqing noodles medium spicy add egg", order("Meet Noodles", both(L("Chongqing Noodles", 2), r'"spice":"medium"', r'"add_on":"egg"')))
# Lanzhou Beef Noodles has no branch reaching Alice's home.
P(S, "h8-es-noodle-range", e, "order", "lanzhou beef noodle soup delivered home", {"reply": ["deliver|range|reach|far|none|no |not|isn't|can't|office"]})
P(S, "h8-es-rest-1", e, "order", "lao xiang ji farmhouse stir-fried pork rice, mild", order("Lao Xiang Ji", L("Farmhouse Stir-fried Pork Rice", 1, ("spice", "mild"))))
P(S, "h8-es-rest-2", e, "order", "yoshinoya teriyaki chicken bowl less rice", order("Yoshinoya", L("Teriyaki Chicken Bowl", 1, ("rice", "less"))))
# Xiabu Xiabu (Wangjiang) opens 10:30.
P(S, "h8-es-rest-closed", e, "order", "xiabu xiabu hotpot now", {"reply": ["10:30|closed|open|not open|later|schedule|pre-?order"]})
P(S, "h8-es-pharm-1", e, "order", "need a thermometer asap", ask_or(e, order(None, "Thermometer")))
P(S, "h8-es-pharm-2", e, "order", "dingdang: fever patches and tylenol", order("Dingdang", both("Fever Relief", "Acetaminophen")))
P(S, "h8-es-flower-1", e, "order", "sunflower bouquet from aishang, deluxe gift box", order("Aishang", L("Sunflower Bouquet", 1, ("wrapping", "deluxe"))))
P(S, "h8-es-fruit-1", e, "order", "pagoda blueberries x3", order("Pagoda", L("Blueberries", 3)))
P(S, "h8-es-groc-1", e, "order", "yonghui: 15 eggs + laundry detergent", order("Yonghui", both("Eggs", "Laundry")))
P(S, "h8-es-conv-1", e, "order", "familymart umbrella pls its gonna rain", order("FamilyMart", L("Umbrella", 1)))
P(S, "h8-es-bakery", e, "order", "holiland half-baked cheese tarts", order("Holiland", L("Half-baked Cheese", 1)))
# Bao Shi Fu's only branch is in Xihu; it does not reach Alice's home.
P(S, "h8-es-bakery-range", e, "order", "bao shi fu pork floss roll to home", {"reply": ["deliver|range|reach|far|none|no |not|isn't|can't|office"]})
P(S, "h8-es-ride-1", e, "ride", "cab to hangzhou east station", {"task": {"kind": "ride_hail", "address": "东站|East"}})
P(S, "h8-es-ride-2", e, "ride", "book me a ride to work tomorrow at 8:30am", {"task": {"kind": "ride_hail", "address": "华星|文三路|Huaxing", "scheduledFor": "2026-11-27T00:30"}})
P(S, "h8-es-ride-3", e, "ride", "XL car to the airport, we're 5 with bags", {"task": {"kind": "ride_hail", "merchant": "XL|六座", "address": "机场|Airport"}})
P(S, "h8-es-ride-big", e, "ride", "one car for 9 of us to west lake", {"reply": ["6|six|two cars|2 cars|fit|max|more than|only"]})
P(S, "h8-es-route-1", e, "route", "how do i get from home to lingyin temple by metro", {"noTask": True, "reply": ["metro|line|station|min|km|bus|walk"]})
P(S, "h8-es-route-2", e, "route", "how far is the office from huanglong sports center", {"noTask": True, "reply": ["km|min"]})
P(S, "h8-es-weather-1", e, "weather", "weather this sat?", {"noTask": True, "reply": ["Sat|11/28|Nov(ember)? 28|28", "cloud|sun"]})
P(S, "h8-es-weather-2", e, "weather", "will it rain on dec 2", {"noTask": True, "reply": ["rain"]})
P(S, "h8-es-weather-far", e, "weather", "forecast for new year's eve?", {"noTask": True, "reply": ["not|no |only|can't|beyond|available|ahead|days"]})
P(S, "h8-es-tix-1", e, "tickets", "any movies showing this weekend", {"noTask": True, "reply": ["Wandering Earth|Zootopia|Ne Zha|Dune"]})
P(S, "h8-es-tix-2", e, "tickets", "4 balcony tickets beethoven 9 on the 28th", {"task": {"kind": "buy_tickets", "merchant": "Beethoven|贝多芬", "lines": "Balcony|丁等", "totalFen": 72000}})
# Omnipotent Youth Society Fri 11-27 back rows: 4 left.
P(S, "h8-es-tix-few", e, "tickets", "6 back-row tickets for omnipotent youth society friday", {"reply": ["only|4|four|left|not enough|remain"]})
P(S, "h8-es-pay-1", e, "transfer", "send bob 88 for dinner", {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 8800}})
P(S, "h8-es-pay-unknown", e, "transfer", "transfer 100 to Jessica", {"noTask": True, "reply": ["contact|find|who|not|isn't"]})
# wallet 2000 yuan; 5000 is over it (card exists, so a question or a card-funded card is fine, but it must be said)
P(S, "h8-es-pay-over", e, "transfer", "send 5000 to bob", {"reply": ["balance|wallet|card|enough|insufficient|exceed|more than|2,?000|limit"]})
P(S, "h8-es-balance", e, "balance", "how much money do i have left", {"noTask": True, "reply": ["2,?000|balance"]})
P(S, "h8-es-history", e, "history", "what did i order last?", {"noTask": True, "reply": ["Starbucks|Latte"]})
# Alice's Starbucks order was delivered 11-25 10:11 — inside the 24h window at 09:00.
P(S, "h8-es-claim-ok", e, "claim", "yesterday's starbucks latte came cold and wrong, refund?", {"anyOf": [{"task": {"kind": "after_sale", "merchant": "Starbucks"}}, {"noTask": True, "reply": [QE]}]})
# McDonald's order of 11-18 is far outside the window.
P(S, "h8-es-claim-late", e, "claim", "the big mac from last week was awful, i want my money back", {"noTask": True, "reply": ["window|24|too late|expired|past|no longer|can't|cannot|only"]})
P(S, "h8-es-cancel", e, "cancel", ["get me a cab to west lake", "nvm cancel that"], {"reply": ["cancel|ok|dropped|no problem"], "notReply": "paid|on (its|the) way"})
P(S, "h8-es-chat-1", e, "smalltalk", "hey dimple what can u do", {"noTask": True, "reply": ["order|ride|ticket|weather"]})
P(S, "h8-es-chat-2", e, "smalltalk", "lol ok thanks", {"noTask": True})
P(S, "h8-es-oos-1", e, "out_of_scope", "book me a hotel in shanghai for friday", {"noTask": True, "reply": ["can't|cannot|not|sorry|don't"]})
P(S, "h8-es-oos-2", e, "out_of_scope", "whats the capital of australia", {"noTask": True})
P(S, "h8-es-route-3", e, "route", "is the metro faster than a taxi from home to wulin square?", {"noTask": True, "reply": ["min"]})

# =====================================================================================================
# MULTI — zh
# =====================================================================================================
P(M, "h8-zm-split-1", z, "order", "瑞幸4杯拿铁 2杯冰的2杯热的", order("瑞幸|Luckin", both(L("Latte", 2, ("ice", "hot")), r'"ice":"(regular|less|none)"')))
P(M, "h8-zm-multi-1", z, "order", "瑞幸：1杯生椰拿铁大杯，2杯美式少冰，再来个提拉米苏", order("瑞幸|Luckin", both(L("Coconut Latte", 1, ("size", "large")), L("Americano", 2, ("ice", "less")), "Tiramisu")))
P(M, "h8-zm-multi-2", z, "order", "肯德基 两个新奥尔良烤鸡腿堡 一份薯条 四个蛋挞", order("肯德基|KFC", both(L("New Orleans", 2), "French Fries", L("Egg Tart", 4))))
P(M, "h8-zm-multi-3", z, "order", "古茗 珍珠奶茶3杯：一杯去冰，一杯少糖，一杯热的", order("古茗|Good Me", both(r'"ice":"none"', r'"sugar":"less"', r'"ice":"hot"')))
P(M, "h8-zm-multi-4", z, "order", "兰州拉面 一碗牛肉面特辣 一碗大盘鸡拌面不辣 两个卤蛋", order("兰州|Lanzhou", both(L("Beef Noodle Soup", 1, ("spice", "hot")), L("Big Plate Chicken", 1, ("spice", "none")), L("Braised Egg", 2))))
P(M, "h8-zm-multi-5", z, "order", "叮当快药 布洛芬片两盒 退热贴一盒 口罩一包", order("叮当|Dingdang", both(L("Ibuprofen Tablets", 2), "Fever Relief", "Masks")))
P(M, "h8-zm-multi-6", z, "order", "朴朴 鸡蛋10枚 小番茄 三文鱼切片2份", order("朴朴|Pupu", both("Eggs", "Cherry Tomatoes", L("Salmon", 2))))
# group order to the office (滨江): Manner 物联网街 reaches it
P(M, "h8-zm-group-1", z, "order", "给公司同事点咖啡 送到公司：manner拿铁5杯 美式3杯", order("Manner", both(L("Latte", 5), L("Americano", 3)), address="海康威视|阡陌路"))
P(M, "h8-zm-group-2", z, "order", "办公室下午茶，古茗6杯杨梅冰冰 送公司", order("古茗|Good Me", L("Bayberry", 6), address="海康威视|阡陌路"))
P(M, "h8-zm-excl-1", z, "order", "想喝咖啡 不要星巴克 来杯拿铁", {"anyOf": [order("^(?![\\s\\S]*(星巴克|Starbucks))", "Latte"), {"noTask": True, "reply": [QZ]}]})
P(M, "h8-zm-excl-2", z, "order", "饿了 随便来点吃的 别给我麦当劳肯德基", {"anyOf": [{"noTask": True, "reply": [QZ]}, order("^(?![\\s\\S]*(麦当劳|McDonald|肯德基|KFC))")]})
P(M, "h8-zm-excl-3", z, "order", "来两杯奶茶，蜜雪冰城以外的都行", {"anyOf": [order("^(?![\\s\\S]*(蜜雪|Mixue))"), {"noTask": True, "reply": [QZ]}]})
P(M, "h8-zm-budget-1", z, "order", "30块以内 来份午饭", {"anyOf": [{"noTask": True, "reply": [QZ]}, {"task": {"kind": "order_delivery", "maxTotalFen": 3000}}]})
P(M, "h8-zm-budget-2", z, "order", "每杯不超过10块的奶茶 来3杯", {"anyOf": [{"noTask": True, "reply": [QZ]}, {"task": {"kind": "order_delivery", "maxUnitFen": 1000, "lines": '"qty":3|[\\s\\S]*qty[\\s\\S]*qty[\\s\\S]*qty'}}]})
# flowers reaching home: min order 59–69 yuan, cheapest bouquet 99 → 50 yuan cannot buy a bouquet
P(M, "h8-zm-budget-no", z, "order", "50块钱以内买一束花送女朋友", {"reply": ["预算|超出|超过|起送|不够|没有|最低|50|以上|便宜"], "notReply": "已下单"})
# Xiaoming's McDonald's has 3 猪柳蛋麦满分 left
P(M, "h8-zm-stock-2", z, "order", "麦当劳 5个猪柳蛋麦满分 2杯豆浆", {"reply": ["只(剩|有)|库存|不足|3|不够|售罄"]})
# 兰州拉面（西溪）蛋炒饭 stock 3
P(M, "h8-zm-stock-3", z, "order", "兰州拉面 蛋炒饭来5份", {"reply": ["只(剩|有)|库存|不足|3|不够|售罄|范围|送不到"]})
# 霸王茶姬（西溪）opens 10:00: a pre-order for 10:30 is fine, or saying when it opens
P(M, "h8-zm-pre-1", z, "order", "霸王茶姬 伯牙绝弦2杯 10点半送到", {"anyOf": [order("霸王|CHAGEE", L("Boya", 2), scheduledFor="2026-11-26T02:30"), {"reply": ["10[:：]30|10点半|预订|预约|营业|10[:：]00|10点"]}]})
P(M, "h8-zm-pre-2", z, "order", "明早7点半送两杯瑞幸拿铁到家", order("瑞幸|Luckin", L("Latte", 2), scheduledFor="2026-11-26T23:30"))
P(M, "h8-zm-pre-3", z, "order", "中午12点 吉野家咖喱鸡排饭 送到公司", order("吉野家|Yoshinoya", L("Katsu Curry", 1), address="海康威视|阡陌路", scheduledFor="2026-11-26T04:00"))
P(M, "h8-zm-edit-1", z, "edit", ["瑞幸拿铁一杯", "换成大杯"], order("瑞幸|Luckin", L("Latte", 1, ("size", "large"))))
P(M, "h8-zm-edit-2", z, "edit", ["coco鲜芋奶茶 一杯", "改成两杯吧", "都要少冰"], order("CoCo", L("Fresh Taro Milk Tea", 2, ("ice", "less"))))
P(M, "h8-zm-edit-3", z, "edit", ["肯德基 香辣鸡腿堡 薯条 可乐", "可乐不要了"], order("肯德基|KFC", "^(?![\\s\\S]*Pepsi)" + both("Zinger", "French Fries")))
P(M, "h8-zm-edit-4", z, "edit", ["manner 拿铁两杯", "一杯换成美式"], order("Manner", both(L("Latte", 1), L("Americano", 1))))
P(M, "h8-zm-edit-5", z, "edit", ["叫车去西湖", "换成专车"], {"task": {"kind": "ride_hail", "merchant": "专车|Premier", "address": "西湖"}})
P(M, "h8-zm-edit-6", z, "edit", ["打车去杭州东站", "不对 去杭州西站"], {"task": {"kind": "ride_hail", "address": "西站"}})
P(M, "h8-zm-edit-7", z, "edit", ["兰州拉面 牛肉面一碗", "送到公司吧"], order(None, "Beef Noodle", address="海康威视|阡陌路"))
P(M, "h8-zm-confirm", z, "order", ["瑞幸美式一杯 热的", "/confirm", "到哪了"], {"tasks": 1, "reply": ["配送|骑手|送|制作|商家|分钟|已"]})
P(M, "h8-zm-ord-1", z, "ordinal", ["附近有什么面馆", "第二家 随便来碗招牌的"], {"anyOf": [{"task": {"kind": "order_delivery"}}, {"noTask": True, "reply": [QZ]}]})
P(M, "h8-zm-ord-2", z, "ordinal", ["这周末有什么演唱会", "第一个 内场两张"], {"anyOf": [{"task": {"kind": "buy_tickets", "lines": "内场|Floor", "totalFen": 176000}}, {"reply": [QZ]}]})
# Songcheng has no Sunday-afternoon session, only Sun 19:00: must say so (or ask) rather than silently book
P(M, "h8-zm-tix-1", z, "tickets", ["周日下午的宋城千古情有吗", "有的话 甲等3张"], {"reply": ["19[:：]00|晚|没有|无"]})
# 德云社 11-29 甲等: 8 left
P(M, "h8-zm-tix-2", z, "tickets", "德云社 11月29号 甲等 10张", {"reply": ["只(剩|有)|8|不足|不够|剩余"]})
P(M, "h8-zm-tix-ride", z, "tickets", ["买两张周六晚上周杰伦 内场", "/confirm", "演出前一个小时叫车送我过去"], {"task": {"kind": "ride_hail", "address": "奥体|Olympic", "scheduledFor": "2026-11-28T10:"}})
P(M, "h8-zm-tix-3", z, "tickets", "周一晚上的五月天 两张看台一层", {"reply": ["没有|周五|周六|周日|12月[456]|场次|不"]})
P(M, "h8-zm-tix-4", z, "tickets", "周杰伦 周六 至尊VIP 两张", {"reply": ["只(剩|有)|1|不足|不够|剩余"]})
P(M, "h8-zm-pay-1", z, "transfer", ["给李华转100", "/confirm", "再转50"], {"task": {"kind": "payment", "merchant": "李华", "totalFen": 5000}})
P(M, "h8-zm-pay-2", z, "transfer", "给李华转3000块", {"reply": ["余额|不足|不够|银行卡|2,?000|超"]})
P(M, "h8-zm-acct", z, "balance", ["给李华转100", "/confirm", "现在余额多少"], {"reply": ["1,?900|余额"]})
P(M, "h8-zm-claim-1", z, "claim", "昨天麦当劳的巨无霸洒了一个 赔一下", {"task": {"kind": "after_sale", "merchant": "麦当劳|McDonald"}}, user="u_bob")
P(M, "h8-zm-claim-2", z, "claim", "上周喜茶的多肉葡萄不好喝 要退款", {"noTask": True, "reply": ["超过|超出|过了|24|时限|期限|无法|不能|已过"]})
# 11-27 is cloudy (no rain): no ride should be booked
P(M, "h8-zm-weather-ride", z, "weather", "明天要下雨的话 就帮我叫车去公司 8点", {"noTask": True, "reply": ["多云|不下|没有雨|不会|不用"]})
P(M, "h8-zm-mixed", z, "order", "来杯latte 要oat milk 瑞幸的", order("瑞幸|Luckin", L("Latte", 1, ("milk", "oat"))))
# 杨国福 opens 10:00; 海底捞 10:00 with min 100
P(M, "h8-zm-closed-2", z, "order", "杨国福麻辣烫 现在点一份", {"reply": ["10[:：]00|10点|未营业|还没开|营业|预订|预约|休息"]})
P(M, "h8-zm-min-2", z, "order", "鲍师傅 雪媚娘一盒就行", {"reply": ["起送|最低|25|不够|凑"]})
P(M, "h8-zm-range", z, "order", "盒马 三文鱼刺身 送到家", {"reply": ["范围|太远|送不到|不在|无法|公司|没有"]})
P(M, "h8-zm-two-shops", z, "order", "瑞幸一杯拿铁 再从7-11带两个饭团", {"anyOf": [{"reply": [QZ + "|两(家|单)|分开|分别"]}, order(None, "Latte|Onigiri")]})
P(M, "h8-zm-fruit-split", z, "order", "果多美 苹果两份 一份500g一份1kg", order("果多美|Guoduomei", both(r'Fuji Apples"[^}]*"weight":"half_kg', r'Fuji Apples"[^}]*"weight":"one_kg')))
P(M, "h8-zm-flower-2", z, "order", "花间集 香槟玫瑰花束 豪华礼盒 下午3点送到家", order("花间集|Huajianji", L("Champagne Rose", 1, ("wrapping", "deluxe")), scheduledFor="2026-11-26T07:00"))
P(M, "h8-zm-ride-now", z, "ride", "从公司打车回家 现在", {"task": {"kind": "ride_hail", "address": "西溪诚园|紫金港"}})
P(M, "h8-zm-reorder", z, "order", "跟上次一样 瑞幸那个", {"anyOf": [order("瑞幸|Luckin", "Latte"), {"noTask": True, "reply": [QZ]}]})

# =====================================================================================================
# MULTI — en
# =====================================================================================================
P(M, "h8-em-split-1", e, "order", "4 lattes from tims, 2 iced 2 hot", order("Tims", both(L("Latte", 2, ("ice", "hot")), r'"ice":"(regular|less|none)"')))
P(M, "h8-em-multi-1", e, "order", "luckin: 2 coconut lattes large, 1 hot americano, and a ham & cheese croissant", order("Luckin", both(L("Coconut Latte", 2, ("size", "large")), "Americano", "Croissant")))
P(M, "h8-em-multi-2", e, "order", "mcdonalds: big mac meal, 2 apple pies -- sorry pineapple pies, 1 mcflurry", order("McDonald", both(L("Big Mac", 1, ("combo", "meal")), L("Pineapple Pie", 2), "McFlurry")))
P(M, "h8-em-multi-3", e, "order", "3 bubble teas from coco: one no sugar, one half sugar w/ pearls, one hot", order("CoCo", both(r'"sugar":"none"', r'"sugar":"half"', r'"ice":"hot"')))
P(M, "h8-em-multi-4", e, "order", "hefu: tomato beef brisket noodles + herbal pork chop noodles extra hot + sour plum drink x2", order("Hefu", both("Tomato Beef Brisket", L("Pork Chop Noodles", 1, ("spice", "hot")), L("Sour Plum", 2))))
P(M, "h8-em-multi-5", e, "order", "pagoda: 500g strawberries, 1kg shine muscat and the fruit platter", order("Pagoda", both("Strawberries", L("Shine Muscat", 1, ("weight", "one_kg")), "Platter")))
P(M, "h8-em-multi-6", e, "order", "jiuzhou pharmacy: cough syrup x2, band-aids, ibuprofen granules", order("Jiuzhou", both(L("Cough Syrup", 2), "Band-Aids", "Ibuprofen Granules")))
P(M, "h8-em-group-1", e, "order", "team lunch to the office: xijiade beef dumplings x4 (18 pcs), 2 smashed cucumbers", order("Xijiade", both(L("Beef Dumplings", 4, ("portion", "eighteen")), L("Smashed Cucumber", 2)), address="华星|文三路"))
P(M, "h8-em-group-2", e, "order", "coffee run for 6 ppl at work: 6 americanos from luckin", order("Luckin", L("Americano", 6), address="华星|文三路"))
P(M, "h8-em-excl-1", e, "order", "i want a latte but not from starbucks, too pricey", {"anyOf": [order("^(?![\\s\\S]*(星巴克|Starbucks))", "Latte"), {"noTask": True, "reply": [QE]}]})
P(M, "h8-em-excl-2", e, "order", "something to drink, anything but coffee", {"anyOf": [{"noTask": True, "reply": [QE]}, order(None, "^(?![\\s\\S]*(Latte|Americano|Coffee|Mocha|Cappuccino|Espresso))")]})
P(M, "h8-em-excl-3", e, "order", "burger for lunch, no kfc", {"anyOf": [order("^(?![\\s\\S]*(肯德基|KFC))", "Burger|Big Mac"), {"noTask": True, "reply": [QE]}]})
P(M, "h8-em-budget-1", e, "order", "dinner under 40 kuai total", {"anyOf": [{"noTask": True, "reply": [QE]}, {"task": {"kind": "order_delivery", "maxTotalFen": 4000}}]})
P(M, "h8-em-budget-2", e, "order", "3 coffees, max 15 each", {"anyOf": [{"noTask": True, "reply": [QE]}, {"task": {"kind": "order_delivery", "maxUnitFen": 1500}}]})
# flowers reaching Alice's home: cheapest bouquet 98 (carnations), min 59 → 40 yuan impossible
P(M, "h8-em-budget-no", e, "order", "a bouquet for mom under 40 yuan", {"reply": ["budget|over|more than|minimum|cheapest|can't|cannot|no |not|40"], "notReply": "order placed"})
P(M, "h8-em-budget-3", e, "order", "kfc family bucket but keep it under 50", {"reply": ["109|budget|over|more than|exceed|can't|cannot|50"]})
# Aishang (Wangjiang) carnations: stock 30
P(M, "h8-em-stock-2", e, "order", "40 carnation bouquets from aishang for an event", {"reply": ["only|30|left|stock|not enough|remain"]})
P(M, "h8-em-pre-1", e, "order", "tims americano + plain bagel delivered at 7:45 tomorrow morning", order("Tims", both("Americano", "Bagel"), scheduledFor="2026-11-26T23:45"))
# Xin Bai Lu (Huaxing) min order 40; dongpo pork 32 + rice 2 is below it
P(M, "h8-em-pre-2", e, "order", "xin bai lu dongpo pork + rice for 12:00 to the office", {"reply": ["minimum|40|add|more"]})
P(M, "h8-em-pre-3", e, "order", "2 lao xiang ji hen soups at 6pm tonight", order("Lao Xiang Ji", L("Hen Soup", 2), scheduledFor="2026-11-26T10:00"))
P(M, "h8-em-edit-1", e, "edit", ["tims latte", "make it two"], order("Tims", L("Latte", 2)))
P(M, "h8-em-edit-2", e, "edit", ["luckin americano", "actually make it large and hot"], order("Luckin", both(L("Americano", 1), r'"size":"large"', r'"ice":"hot"')))
P(M, "h8-em-edit-3", e, "edit", ["kfc zinger burger, fries and a pepsi", "drop the fries"], order("KFC", "^(?![\\s\\S]*French Fries)[\\s\\S]*Zinger"))
P(M, "h8-em-edit-4", e, "edit", ["shuyi signature grass jelly x2", "swap one for a coconut grass jelly"], order("Shuyi", both(L("Signature Grass Jelly", 1), L("Coconut Grass Jelly", 1))))
P(M, "h8-em-edit-5", e, "edit", ["ride to west lake", "make it premier"], {"task": {"kind": "ride_hail", "merchant": "Premier|专车", "address": "西湖|West Lake"}})
P(M, "h8-em-edit-6", e, "edit", ["taxi to hangzhou east station", "wait, the south station instead"], {"task": {"kind": "ride_hail", "address": "南站|South"}})
P(M, "h8-em-edit-7", e, "edit", ["yoshinoya beef bowl", "send it to the office instead"], order("Yoshinoya", "Beef Bowl", address="华星|文三路"))
P(M, "h8-em-edit-8", e, "edit", ["2 lattes from luckin", "add an oat milk to both"], order("Luckin", L("Latte", 2, ("milk", "oat"))))
P(M, "h8-em-confirm", e, "order", ["tims latte", "/confirm", "where's my coffee"], {"tasks": 1, "reply": ["rider|courier|deliver|prepar|min|on (its|the) way|way|placed"]})
P(M, "h8-em-ord-1", e, "ordinal", ["what bubble tea shops deliver here", "the 2nd one, two bubble milk teas"], {"anyOf": [{"task": {"kind": "order_delivery", "lines": "Bubble Milk Tea"}}, {"noTask": True, "reply": [QE]}]})
P(M, "h8-em-ord-2", e, "ordinal", ["what's on at hangzhou grand theatre", "first one, 2 cheapest seats"], {"anyOf": [{"task": {"kind": "buy_tickets"}}, {"reply": [QE]}]})
P(M, "h8-em-tix-1", e, "tickets", ["deyunshe tickets dec 13", "2 standard pls"], {"task": {"kind": "buy_tickets", "merchant": "Deyunshe|德云社", "lines": "Standard|乙等", "totalFen": 116000}})
P(M, "h8-em-tix-ride", e, "tickets", ["2 tickets for teahouse tonight, standard", "/confirm", "and get me a car there for 6:45pm"], {"task": {"kind": "ride_hail", "address": "杭州剧院|Hangzhou Theatre", "scheduledFor": "2026-11-26T10:45"}})
P(M, "h8-em-tix-2", e, "tickets", "mayday tickets for monday night, 2 floor", {"reply": ["no |not|Fri|Sat|Sun|Dec(ember)? [456]|12/[456]|session|only"]})
P(M, "h8-em-tix-3", e, "tickets", "jay chou premium vip x2 saturday", {"reply": ["only|1|one|left|not enough|remain"]})
P(M, "h8-em-tix-4", e, "tickets", ["whats the cheapest ticket for the phantom of the opera", "get 3 of those for the sat matinee"], {"task": {"kind": "buy_tickets", "merchant": "Phantom|剧院魅影", "lines": "Balcony|丁等", "totalFen": 84000}})
P(M, "h8-em-pay-1", e, "transfer", ["send bob 50", "/confirm", "actually send him another 25"], {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 2500}})
P(M, "h8-em-pay-2", e, "transfer", "pay bob back 0 yuan lol", {"noTask": True, "reply": ["amount|zero|0|more than|positive|invalid|can't"]})
P(M, "h8-em-acct", e, "balance", ["send bob 300", "/confirm", "balance now?"], {"reply": ["1,?700|balance"]})
P(M, "h8-em-claim-1", e, "claim", "starbucks from yesterday - latte was spilled, can i claim", {"task": {"kind": "after_sale", "merchant": "Starbucks"}})
P(M, "h8-em-claim-2", e, "claim", "pagoda fruit last sunday, the kiwis were rotten. refund", {"noTask": True, "reply": ["window|24|too late|expired|past|no longer|can't|cannot|only"]})
P(M, "h8-em-weather-1", e, "weather", "should i bring an umbrella to the mayday show on dec 5", {"noTask": True, "reply": ["rain|umbrella"]})
# Huajianji, Long Ago Lamb Skewers (11:00), Haidilao (10:00, min 100): closed now
P(M, "h8-em-closed-2", e, "order", "lamb skewers from long ago, 20 of them, now", {"reply": ["11:00|open|closed|later|schedule|pre-?order|not"]})
P(M, "h8-em-min-2", e, "order", "just one single rose from huajianji", {"reply": ["minimum|69|deliver|reach|range|not|can't|far"]})
P(M, "h8-em-mixed", e, "order", "一杯 latte from luckin pls, 少冰", order("Luckin", L("Latte", 1, ("ice", "less"))))
P(M, "h8-em-two-shops", e, "order", "tims latte and also pick up some bananas from pagoda", {"anyOf": [{"reply": [QE + "|two (orders|shops)|separate"]}, order(None, "Latte|Bananas")]})
P(M, "h8-em-ride-sched", e, "ride", "ride from the office to home at 6:30pm today", {"task": {"kind": "ride_hail", "address": "春江花月|之江路|Chunjiang", "scheduledFor": "2026-11-26T10:30"}})
P(M, "h8-em-reorder", e, "order", "same as my last order", {"anyOf": [order("Starbucks", "Latte"), {"noTask": True, "reply": [QE]}]})
P(M, "h8-em-flower-2", e, "order", "lily bouquet with a handwritten card, deliver at 3pm", order(None, L("Lily Bouquet", 1, ("card", "handwritten")), scheduledFor="2026-11-26T07:00"))
P(M, "h8-em-groc-2", e, "order", "yonghui: 10kg rice, 2 cases of nongfu water, a sea bass", order("Yonghui", both("Northeast Rice", L("Nongfu Spring", 2), "Sea Bass")))

for name, items in probes.items():
    ids = [p["id"] for p in items]
    assert len(ids) == len(set(ids)), name
    with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for p in items:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    zh = sum(1 for p in items if p["lang"] == "zh")
    print(name, len(items), "zh", zh, "en", len(items) - zh)
