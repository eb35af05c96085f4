#!/usr/bin/env python3
"""Holdout set 13 (outside tester t13): writes multi.jsonl (120) and simple.jsonl (60).

Zh probes speak as u_xiaoming, en probes as u_alice. The scripted clock starts at the world's seed time,
2026-11-26 01:00 UTC = Thursday 09:00 in Hangzhou; card times (scheduledFor) are UTC (local - 8 h).

World facts the tricky probes lean on (seed 20261126, read from the seeded sqlite world):
- 小明 home = 西溪诚园 (Xihu), office = 海康威视 (Binjiang); Alice home = 春江花月 (Shangcheng),
  office = 华星时代广场 (Xihu).
- Lanzhou Beef Noodles (Xixi), the only Lanzhou branch reaching 小明's home: 蛋炒饭 stock 3.
- Good Me (IoT St), the only Good Me reaching 小明's office: 椰椰奶冻 stock 2.
- Freshippo (Wensan Rd), the only Hema reaching Alice's office: Whole Wheat Bread stock 2; minimum order
  ¥49, so Free-range Eggs ¥19.90 + Fresh Milk ¥15.90 is under the minimum.
- Real Kungfu (Huaxing Times Square), the only branch reaching Alice's office: Taiwanese Braised Pork Rice stock 2.
- Shaxian Snacks (Xixi Chengyuan), the only Shaxian reaching 小明's home: minimum ¥12, 拌面 ¥8.
- Dingdang (Wangjiang Homeland): minimum ¥10, Povidone-Iodine Swabs ¥9.90.
- Huajianji (Xixi Chengyuan): minimum ¥69; 9-rose bouquet ¥128 (cannot fit ¥50).
- Xin Bai Lu opens 10:30, Haidilao and Yang Guofu and HEYTEA and Sushi Express open 10:00 (local) — closed at 09:00.
- Pizza Hut, Burger King and Laoniangjiu reach none of the saved addresses.
- Jay Chou 28 Nov (ses_jaychou_1): Premium VIP 1 seat left; 29 Nov: VIP Floor 5 left, Upper Stand sold out.
- Dune: no session on 27 Nov (28 Nov 13:40 and 19:00, 29 Nov 19:20 local).
- Ride products: Express/Premier 4 seats, XL 6 seats; nothing for 7+.
- Payees: 李华 (u_lihua) for 小明, Bob for Alice; wallet ¥2000 each, so ¥1,000,000 is absurd.
- Alice's Starbucks order of 25 Nov 01:49 UTC is inside the 24 h claim window at the start; 小明's Luckin
  order of 24 Nov 02:10 UTC is outside it.
- 小明's last Luckin order: 拿铁 大杯/少冰/少糖/全脂奶. Alice's last Starbucks: Caffè Latte large/oat.
- 1 kg of bananas is under the minimum of every fruit shop/grocer reaching 小明's home.
- McDonald's (Binjiang) also reaches Alice's home and has Taro Pie stock 78, so 5 Taro Pies is meetable.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

HOME_X, OFFICE_X, HOME_A, OFFICE_A = "西溪诚园", "海康威视", "春江花月", "华星时代"


def esc(s):
    return re.sub(r'([.^$*+?()\[\]{}|\\/])', r"\\\1", s)


def N(name):
    return '"(?:name|nameEn)":"%s"' % esc(name)


def it(name, qty=None, *opts):
    """A line named exactly `name` (zh or en), with `qty`, whose options text matches each of opts."""
    parts = []
    if qty:
        parts.append('(?=.*%s[^{]*"qty":%d,)' % (N(name), qty))
    else:
        parts.append("(?=.*%s)" % N(name))
    for o in opts:
        parts.append("(?=.*%s[^{]*\\{[^}]*\\}[^}]*(?:%s))" % (N(name), o))
    return "".join(parts)


def like(text):
    """Some line whose name contains `text` (a regular expression)."""
    return '(?=.*"(?:name|nameEn)":"[^"]*(?:%s))' % text


def no(text):
    return '(?!.*"(?:name|nameEn)":"[^"]*(?:%s))' % text


def seats(n, tier, exclude=None):
    """A ticket card holds one line per seat: exactly n lines, each of the tier (and none of `exclude`)."""
    neg = "(?!.*(?:%s))" % exclude if exclude else ""
    return "^%s\\[(?:\\{[^{}]*(?:%s)[^{}]*\\},?){%d}\\]$" % (neg, tier, n)


def task(kind, **kw):
    t = {"kind": kind}
    t.update({k: v for k, v in kw.items() if v is not None})
    return t


def O(lines=None, merchant=None, address=None, **kw):
    return {"task": task("order_delivery", lines=lines, merchant=merchant, address=address, **kw)}


def R(merchant=None, **kw):
    return {"task": task("ride_hail", merchant=merchant, **kw)}


def T(lines=None, merchant=None, **kw):
    return {"task": task("buy_tickets", lines=lines, merchant=merchant, **kw)}


def P(fen, merchant=None):
    return {"task": task("payment", totalFen=fen, merchant=merchant)}


def ASK(kind, reply=None):
    e = {"anyOf": [{"noTask": True}, {"task": {"kind": kind, "status": ["needs_info"]}}]}
    if reply:
        e["reply"] = reply
    return e


def CLOSED(kind, when_re, reply_re):
    """Shop closed now: a question about the hours, or a card scheduled after opening with the hours named."""
    return {"anyOf": [ASK(kind, [reply_re]), {"task": {"kind": kind, "scheduledFor": when_re}, "reply": [reply_re]}]}


CONFIRMED = ["processing", "in_fulfilment", "completed", "scheduled", "awaiting_confirmation"]

probes = {"multi": [], "simple": []}


def add(file, pid, lang, intent, turns, expect):
    if isinstance(turns, str):
        turns = [turns]
    probes[file].append({"id": pid, "lang": lang, "intent": intent, "turns": turns, "expect": expect})


# ---------------------------------------------------------------- multi, single-turn, zh (30)
Z = "zh"
m = lambda pid, intent, turns, expect: add("multi", "m13-zh-" + pid, Z, intent, turns, expect)
m("01", "delivery", "瑞幸来两杯生椰拿铁，大杯少冰，再加一杯热的美式，送到家",
  O(it("生椰拿铁", 2, "大杯|Large", "少冰|Less ice") + it("美式咖啡", 1, "热|Hot"), "瑞幸|Luckin", HOME_X))
m("02", "delivery", "肯德基：香辣鸡腿堡套餐3个，葡式蛋挞2个，土豆泥1份，送家里",
  O(it("香辣鸡腿堡", 3, "套餐|Meal") + it("葡式蛋挞", 2) + it("土豆泥", 1), "肯德基|KFC", HOME_X))
m("03", "delivery", "兰州拉面两碗牛肉面，一碗细面微辣，一碗大宽不辣加个蛋，送到家",
  O(it("牛肉面", None, "细面|Thin") + it("牛肉面", None, "大宽|Extra wide") + it("牛肉面", None, "加蛋|egg"),
    "兰州|Lanzhou", HOME_X))
# stock: 蛋炒饭 3 at the only Lanzhou branch reaching home
m("04", "delivery", "兰州拉面 蛋炒饭来5份，再加2碗牛肉面二细，送到家", ASK("order_delivery"))
m("05", "delivery", "公司这边拼单：我要3杯Manner燕麦拿铁大杯，同事要2杯美式去冰，再来1个可颂，送到公司",
  O(it("燕麦拿铁", 3, "大杯|Large") + it("美式", 2, "去冰|No ice") + it("可颂", 1), "Manner", OFFICE_X))
m("06", "delivery", "不要瑞幸也不要库迪，帮我点两杯拿铁少糖送公司，每杯别超过30块",
  O(like("拿铁|Latte"), "^(?!.*(瑞幸|库迪|Luckin|Cotti)).*$", OFFICE_X, maxUnitFen=3000))
# budget: Huajianji 9-rose bouquet ¥128
m("07", "delivery", "花间集的9枝玫瑰花束一束，送到家，预算50块以内", ASK("order_delivery"))
m("08", "delivery", "明天早上8点送到公司，两杯瑞幸拿铁，换燕麦奶",
  O(it("拿铁", 2, "燕麦|Oat"), "瑞幸|Luckin", OFFICE_X, scheduledFor="^2026-11-27T00:00"))
m("09", "tickets", "周杰伦29号那场，看台一层3张，最好连座",
  T(seats(3, "看台一层|Lower Stand")))
# Jay Chou 28 Nov: Premium VIP 1 seat left
m("10", "tickets", "周杰伦28号的至尊VIP来两张", ASK("buy_tickets"))
m("11", "ride", "我们8个人要从家去西湖，帮我叫一辆车", ASK("ride_hail"))
m("12", "ride", "明天早上7点半叫个专车，从家到杭州东站",
  R("专车|Premier", scheduledFor="^2026-11-26T23:30"))
m("13", "transfer", "给李华转300块，备注房租", P(30000, "李华|Li Hua"))
m("14", "transfer", "给李华转-50元", ASK("payment"))
m("15", "delivery", "跟上次一样的瑞幸拿铁，但是换成燕麦奶，来3杯，送公司",
  O(it("拿铁", 3, "燕麦|Oat", "大杯|Large", "少冰|Less ice", "少糖|Less sugar"), "瑞幸|Luckin", OFFICE_X))
m("16", "delivery", "帮我order 2个KFC的Zinger burger套餐和1份French fries，送到家",
  O(it("香辣鸡腿堡", 2, "套餐|Meal") + it("薯条（中）", 1), "肯德基|KFC", HOME_X))
m("17", "delivery", "新白鹿现在点两份东坡肉两碗米饭，送到家",
  CLOSED("order_delivery", "^2026-11-26T0[2-9]", "10:30|营业|开门|未开|休息|打烊"))
m("18", "delivery", "一心堂买布洛芬缓释胶囊2盒、电子体温计1个、创可贴1盒，送家",
  O(it("布洛芬缓释胶囊", 2) + it("电子体温计", 1) + like("创可贴"), "一心堂|Yixintang", HOME_X))
m("19", "delivery", "西湖果园：红富士苹果一袋，香蕉1kg的两份，火龙果一份，送到家",
  O(like("苹果") + it("香蕉", 2, "1kg|1 kg") + like("火龙果"), "西湖果园|West Lake Orchard", HOME_X))
m("20", "delivery", "物美买两箱农夫山泉、一盒30枚鸡蛋、一袋五常大米，总共别超过200，送家",
  O(like("农夫山泉") + like("鸡蛋") + like("五常大米"), "物美|Wumart", HOME_X, maxTotalFen=20000))
m("21", "delivery", "鲍师傅海苔肉松小贝3盒、雪媚娘2盒，今天下午3点送到家",
  O(it("海苔肉松小贝", 3) + it("雪媚娘", 2), "鲍师傅|Bao Shi Fu", HOME_X, scheduledFor="^2026-11-26T07:00"))
m("22", "delivery", "晚上11点送到家：7-11关东煮中辣两份，烤肠三根",
  O(it("关东煮", 2, "中辣|Medium spicy") + it("烤肠", 3), "7-Eleven", HOME_X, scheduledFor="^2026-11-26T15:00"))
m("23", "delivery", "星巴克送公司：焦糖玛奇朵超大杯两杯，冷萃一杯去冰，蓝莓麦芬一个",
  O(it("焦糖玛奇朵", 2, "超大杯|Extra large") + it("冷萃咖啡", 1, "去冰|No ice") + it("蓝莓麦芬", 1),
    "星巴克|Starbucks", OFFICE_X))
m("24", "delivery", "古茗：超A芝士葡萄大杯少糖两杯，珍珠奶茶一杯热的半糖，送公司",
  O(it("超A芝士葡萄", 2, "大杯|Large", "少糖|Less sugar") + it("珍珠奶茶", 1, "热|Hot", "半糖|Half"),
    "古茗|Good Me", OFFICE_X))
# stock: 椰椰奶冻 2 at the only Good Me reaching the office
m("25", "delivery", "古茗椰椰奶冻来5杯，大杯，送到公司", ASK("order_delivery"))
m("26", "delivery", "争鲜寿司，上午10点半送到公司：寿司拼盘1份，三文鱼寿司2份，味增汤2碗",
  O(it("寿司拼盘（12贯）", 1) + it("三文鱼寿司（2贯）", 2) + it("味增汤", 2), "争鲜|Sushi Express", OFFICE_X,
    scheduledFor="^2026-11-26T02:30"))
m("27", "delivery", "海底捞双人火锅套餐一份，鸳鸯锅微辣，中午12点送到家",
  O(it("双人火锅套餐", 1, "鸳鸯|Half", "微辣|Mild"), "海底捞|Haidilao", HOME_X, scheduledFor="^2026-11-26T04:00"))
m("28", "delivery", "袁记云饺送公司：鲜肉水饺18只煎的两份，鲜肉云吞一份",
  O(it("鲜肉水饺", 2, "18", "煎|Pan") + it("鲜肉云吞", 1), "袁记|Yuan Ji", OFFICE_X))
m("29", "delivery", "花间集洋桔梗花束一束要豪华礼盒，再加3枝单枝玫瑰，送到家",
  O(it("洋桔梗花束", 1, "豪华|Deluxe") + it("单枝玫瑰", 3), "花间集|Huajianji", HOME_X))
m("30", "ride", "我们5个人，叫个专车从公司去城站",
  {"anyOf": [ASK("ride_hail"), {"task": task("ride_hail", merchant="六座|XL"), "reply": ["六座|6|XL|座"]}]})

# ---------------------------------------------------------------- multi, single-turn, en (30)
E = "en"
m = lambda pid, intent, turns, expect: add("multi", "m13-en-" + pid, E, intent, turns, expect)
m("01", "delivery", "McDonald's to my home: 2 Big Mac meals, 1 Oreo McFlurry and 3 chilled Cokes",
  O(it("Big Mac", 2, "Meal|套餐") + it("McFlurry Oreo", 1) + it("Coca-Cola (Medium)", 3, "Chilled|冰镇"),
    "McDonald|麦当劳", HOME_A))
m("02", "delivery", "From Tims please: one large hot Americano with an extra shot, two oat lattes with less ice, and a box of Timbits, to home",
  O(it("Americano", 1, "Large|大杯", "Hot|热", "Extra shot|加浓") + it("Oat Latte", 2, "Less ice|少冰") + like("Timbits"),
    "Tims", HOME_A))
m("03", "delivery", "2 Tomato Beef Brisket Noodles from Hefu to my place - one mild, one extra hot with an egg",
  O(it("Tomato Beef Brisket Noodles", None, "Mild|微辣") + it("Tomato Beef Brisket Noodles", None, "Extra hot|特辣")
    + it("Tomato Beef Brisket Noodles", None, "egg|加蛋"), "Hefu|和府", HOME_A))
m("04", "delivery", "Pagoda fruit to home, under 150 yuan total: 500g Shine Muscat grapes, one box of strawberries, 2 blueberries",
  O(like("Shine Muscat") + it("Strawberries 500 g", 1) + it("Blueberries 125 g", 2), "Pagoda|百果园", HOME_A,
    maxTotalFen=15000))
m("05", "delivery", "4 Big Mac meals delivered home, but keep the whole thing under ¥50", ASK("order_delivery"))
m("06", "delivery", "Group order from Xijiade to the office: I want shrimp dumplings, 18 pieces pan-fried; Tom wants 2 beef dumplings, 12 boiled; plus 2 millet porridge",
  O(it("Shrimp Three-delicacy Dumplings", 1, "18", "Pan|煎") + it("Beef Dumplings", 2, "12", "Boiled|水煮")
    + it("Millet Porridge", 2), "Xijiade|喜家德", OFFICE_A))
m("07", "delivery", "3 lattes to the office, anything but Starbucks, each under ¥30",
  O(like("Latte|拿铁"), "^(?!.*(Starbucks|星巴克)).*$", OFFICE_A, maxUnitFen=3000))
m("08", "delivery", "Tomorrow 8am to the office: 2 large Starbucks Caffè Lattes with oat milk",
  O(it("Caffè Latte", 2, "Large|大杯", "Oat|燕麦"), "Starbucks|星巴克", OFFICE_A, scheduledFor="^2026-11-27T00:00"))
m("09", "tickets", "Mayday on Dec 5: 4 Floor tickets, seated together please",
  T(seats(4, "Floor|内场", "VIP")))
m("10", "tickets", "Jay Chou Nov 29, 6 VIP Floor tickets", ASK("buy_tickets"))
m("11", "ride", "need one car for 9 of us from home to West Lake", ASK("ride_hail"))
m("12", "ride", "Book an XL for 5 people tomorrow at 6:30am from home to Hangzhou East Railway Station",
  R("XL|六座", scheduledFor="^2026-11-26T22:30"))
m("13", "transfer", "Send Bob ¥88.80 for last night's dinner", P(8880, "Bob"))
m("14", "transfer", "Transfer ¥100 to Zorblax Quintavius", ASK("payment"))
m("15", "delivery", "Same Starbucks latte as last time, but two of them and hot, to the office",
  O(it("Caffè Latte", 2, "Large|大杯", "Oat|燕麦", "Hot|热"), "Starbucks|星巴克", OFFICE_A))
m("16", "delivery", "please get me 2 McSpicy burgers 套餐 plus 1 pineapple pie to my home",
  O(it("McSpicy Chicken Burger", 2, "Meal|套餐") + it("Pineapple Pie", 1), "McDonald|麦当劳", HOME_A))
m("17", "delivery", "5 taro pies and 2 medium fries from McDonald's, to home",
  O(it("Taro Pie", 5) + it("French Fries (Medium)", 2), "McDonald|麦当劳", HOME_A))
m("18", "delivery", "Haidilao hot pot set for four right now to my office, spicy beef tallow broth, mild",
  CLOSED("order_delivery", "^2026-11-26T0[2-9]", "10:00|10 ?am|open|closed"))
m("19", "delivery", "Pharmacy run to home: 2 Fenbid ibuprofen, 1 pack of fever patches, 1 box of masks",
  O(like("Fenbid") + like("Fever") + like("Mask"), None, HOME_A))
m("20", "delivery", "Aishang: 19 red roses in the deluxe gift box with a handwritten card, to my office at 6pm today",
  O(it("Red Rose Bouquet (19 stems)", 1, "Deluxe|豪华", "Handwritten|手写"), "Aishang|爱尚", OFFICE_A,
    scheduledFor="^2026-11-26T10:00"))
m("21", "delivery", "Pizza Hut: 2 large pepperoni pizzas and garlic bread to my home", ASK("order_delivery"))
m("22", "delivery", "Holiland Black Swan cake, 8 inch, plus 4 cream puffs, deliver home tomorrow at 3pm",
  O(it("Black Swan Cake", 1, "8") + it("Cream Puff", 4), "Holiland|好利来", HOME_A, scheduledFor="^2026-11-27T07:00"))
m("23", "delivery", "Lawson to home: 2 karaage extra hot, 3 plum onigiri, 2 chilled Red Bull",
  O(it("Karaage Fried Chicken", 2, "Extra hot|特辣") + it("Plum Onigiri", 3) + it("Red Bull", 2, "Chilled|冰镇"),
    "Lawson|罗森", HOME_A))
m("24", "delivery", "Hema to the office: 2 Australian steaks, 1 salmon sashimi, 1 cherry tomatoes",
  O(it("Australian Steak 200 g", 2) + it("Salmon Sashimi 200 g", 1) + it("Cherry Tomatoes 500 g", 1),
    "Hema|盒马", OFFICE_A))
m("25", "delivery", "Hema to office: 4 whole wheat bread and 2 fresh milk", ASK("order_delivery"))
m("26", "delivery", "Real Kungfu to my office: 3 Taiwanese braised pork rice, extra rice", ASK("order_delivery"))
m("27", "delivery", "Real Kungfu to the office: 2 steamed pork ribs rice with extra rice and soy milk, plus 2 steamed egg custards",
  O(it("Steamed Pork Ribs Rice", 2, "Extra rice|加饭", "Soy milk|豆浆") + it("Steamed Egg Custard", 2),
    "Real Kungfu|真功夫", OFFICE_A))
m("28", "delivery", "HEYTEA at 10:30 to my office: 2 large Very Grape Cheezo less sugar and 1 hot Brown Sugar Boba Milk",
  O(it("Very Grape Cheezo", 2, "Large|大杯", "Less sugar|少糖") + it("Brown Sugar Boba Milk", 1, "Hot|热"),
    "HEYTEA|喜茶", OFFICE_A, scheduledFor="^2026-11-26T02:30"))
m("29", "delivery", "just 1 pack of iodine swabs from Dingdang to home, nothing else", ASK("order_delivery"))
m("30", "ride", "Premier car from the office to West Lake now, there are 3 of us",
  R("Premier|专车", status=None))

# ---------------------------------------------------------------- multi, conversations, zh (30)
m = lambda pid, intent, turns, expect: add("multi", "m13-zh-c" + pid, Z, intent, turns, expect)
m("01", "delivery", ["瑞幸来两杯生椰拿铁送到家", "改成大杯少冰"],
  O(it("生椰拿铁", 2, "大杯|Large", "少冰|Less ice"), "瑞幸|Luckin", HOME_X))
m("02", "delivery", ["肯德基香辣鸡腿堡2个，送家", "再加一份薯条"],
  O(it("香辣鸡腿堡", 2) + like("薯条"), "肯德基|KFC", HOME_X))
m("03", "delivery", ["CoCo珍珠奶茶3杯半糖，送到家", "去掉一杯，换成布丁奶茶"],
  O(it("珍珠奶茶", 2, "半糖|Half") + it("布丁奶茶", 1), "CoCo", HOME_X))
m("04", "ride", ["帮我叫车去杭州东站", "换成专车"], R("专车|Premier"))
# Jay Chou 29 Nov: Upper Stand sold out
m("05", "tickets", ["帮我看看周杰伦演唱会的票", "29号那场，看台二层两张"], ASK("buy_tickets"))
m("06", "transfer", ["给李华转点钱", "500"], P(50000, "李华|Li Hua"))
m("07", "status", ["瑞幸生椰拿铁一杯加一杯美式送到家", "/confirm", "我的咖啡到哪了"],
  {"tasks": 1, "task": task("order_delivery", status=CONFIRMED[:4]), "reply": ["制作|配送|骑手|送达|分钟|接单|商家"]})
m("08", "cancel", ["肯德基全家桶一个送家", "/confirm", "不要了，帮我取消刚才那单"],
  {"anyOf": [{"task": task("order_delivery", status=["cancelled"])}, {"task": task("cancel_order", status=CONFIRMED + ["completed"])}]})
m("09", "ride", ["明天早上8点叫个车从家去公司", "改到9点"], R(None, scheduledFor="^2026-11-27T01:00"))
m("10", "ride", ["叫个快车去灵隐寺", "升级成专车吧"], R("专车|Premier"))
m("11", "claim", ["瑞幸生椰拿铁两杯送到家", "/confirm", "/wait 60m", "咖啡送到了但是洒了一半"],
  {"reply": ["赔|退|补偿|理赔|售后|申请"]})
m("12", "delivery", ["点个外卖", "兰州拉面，牛肉面两碗，微辣，送家"],
  O(it("牛肉面", 2, "微辣|Mild"), "兰州|Lanzhou", HOME_X))
m("13", "delivery", ["想喝奶茶了，送到家", "就CoCo吧，鲜芋奶茶两杯，去冰"],
  O(it("鲜芋奶茶", 2, "去冰|No ice"), "CoCo", HOME_X))
m("14", "ride", ["买五月天12月5号内场2张", "/confirm", "演出开始前一个小时帮我叫车从家过去"],
  R(None, scheduledFor="^2026-12-05T(09|10)"))
m("15", "delivery", ["帮我买点水果", "西湖果园，红富士苹果一袋，橙子1kg", "橙子改成两份"],
  O(like("苹果") + it("橙子", 2, "1kg|1 kg"), "西湖果园|West Lake Orchard", HOME_X))
m("16", "delivery", ["杨国福招牌麻辣烫一份特辣，现在送到家", "那11点送吧"],
  O(it("招牌麻辣烫", 1, "特辣|Extra hot"), "杨国福|Yang Guofu", HOME_X, scheduledFor="^2026-11-26T03:00"))
m("17", "transfer", ["转200给李华", "等等，改成250"], P(25000, "李华|Li Hua"))
m("18", "tickets", ["这周日德云社相声，甲等两张", "换成乙等"],
  T(seats(2, "乙等|Standard", "甲等|Premium")))
m("19", "ride", ["明天天气怎么样", "那帮我叫个车，明早8点从家去公司"], R(None, scheduledFor="^2026-11-27T00:00"))
m("20", "delivery", ["肯德基老北京鸡肉卷2个，不辣", "送到公司，不是家"],
  O(it("老北京鸡肉卷", 2, "不辣|Not spicy"), "肯德基|KFC", OFFICE_X))
m("21", "delivery", ["帮我订束花", "花间集的香槟玫瑰花束，豪华礼盒", "送到家，下午5点到"],
  O(it("香槟玫瑰花束", 1, "豪华|Deluxe"), "花间集|Huajianji", HOME_X, scheduledFor="^2026-11-26T09:00"))
m("22", "delivery", ["买点药", "布洛芬和体温计", "要一心堂的，送家"],
  O(like("布洛芬") + like("体温计"), "一心堂|Yixintang", HOME_X))
m("23", "delivery", ["物美买一袋五常大米和一盒鸡蛋，送家", "再加两箱农夫山泉", "鸡蛋不要了"],
  O(like("五常大米") + it("农夫山泉 550ml×24（整箱）", 2) + no("鸡蛋"), "物美|Wumart", HOME_X))
m("24", "status", ["叫车去灵隐寺", "/confirm", "司机到哪了"],
  {"tasks": 1, "task": task("ride_hail", status=CONFIRMED[:4]), "reply": ["司机|车|分钟|公里|到达|接"]})
m("25", "transfer", ["给王大锤转100块", "就是王大锤啊"], ASK("payment"))
m("26", "delivery", ["瑞幸拿铁来3杯，送家", "两杯热的，一杯冰的"],
  O(it("拿铁", 2, "热|Hot") + it("拿铁", 1, "正常冰|少冰|Regular ice|Less ice"), "瑞幸|Luckin", HOME_X))
m("27", "delivery", ["附近有什么咖啡店", "Manner的燕麦拿铁来一杯大杯，送家"],
  O(it("燕麦拿铁", 1, "大杯|Large"), "Manner", HOME_X))
m("28", "ride", ["帮我叫个快车去西溪湿地", "算了不去了，取消吧"],
  {"anyOf": [{"task": task("ride_hail", status=["cancelled"])}, {"tasks": 0}]})
m("29", "delivery", ["鲍师傅肉松小贝2盒，送家", "要海苔的"],
  O(it("海苔肉松小贝", 2), "鲍师傅|Bao Shi Fu", HOME_X))
# claim window: the 24 Nov Luckin order is past the 24 h window
m("30", "claim", ["11月24号那单瑞幸拿铁有问题", "洒了一半，要赔偿"],
  {"reply": ["超过|已过|过了|超出|时限|期限|24|无法|不能"], "notReply": "已赔付|已退款|已到账"})

# ---------------------------------------------------------------- multi, conversations, en (30)
m = lambda pid, intent, turns, expect: add("multi", "m13-en-c" + pid, E, intent, turns, expect)
m("01", "delivery", ["a latte from Starbucks to the office", "make it two, large, oat milk"],
  O(it("Caffè Latte", 2, "Large|大杯", "Oat|燕麦"), "Starbucks|星巴克", OFFICE_A))
m("02", "delivery", ["McDonald's to home: 2 Big Macs", "make them meals", "and add a Coke"],
  O(it("Big Mac", 2, "Meal|套餐") + like("Coca-Cola"), "McDonald|麦当劳", HOME_A))
m("03", "ride", ["need a ride to West Lake", "actually make it a Premier"], R("Premier|专车"))
m("04", "tickets", ["any Eason Chan tickets?", "Dec 12, Lower Stand, 3 please"],
  T(seats(3, "Lower Stand|看台一层")))
m("05", "transfer", ["send some money to Bob", "¥66"], P(6600, "Bob"))
m("06", "status", ["2 Filet-O-Fish and a medium fries from McDonald's to home", "/confirm", "where's my food?"],
  {"tasks": 1, "task": task("order_delivery", status=CONFIRMED[:4]), "reply": ["prepar|deliver|rider|courier|min|way|restaurant|arriv"]})
m("07", "cancel", ["Lawson: 2 karaage and a swiss roll to home", "/confirm", "cancel that order please"],
  {"anyOf": [{"task": task("order_delivery", status=["cancelled"])}, {"task": task("cancel_order", status=CONFIRMED + ["completed"])}]})
m("08", "ride", ["car tomorrow at 7am from home to Hangzhou East Railway Station", "push it to 7:45"],
  R(None, scheduledFor="^2026-11-26T23:45"))
m("09", "ride", ["Express car to Lingyin Temple from home", "we're 6 now, upgrade to XL"], R("XL|六座"))
m("10", "claim", ["Hefu scallion oil noodles x2 to home", "/confirm", "/wait 60m", "the noodles came and the sauce spilled all over the bag"],
  {"reply": ["refund|compensat|claim|sorry|¥"]})
m("11", "delivery", ["I'm hungry", "Xijiade beef dumplings, 2 portions of 18, to my office"],
  O(it("Beef Dumplings", 2, "18"), "Xijiade|喜家德", OFFICE_A))
m("12", "delivery", ["what flowers can you send to my office?", "Aishang sunflower bouquet with a handwritten card"],
  O(it("Sunflower Bouquet", 1, "Handwritten|手写"), "Aishang|爱尚", OFFICE_A))
m("13", "ride", ["Mayday Dec 4, 2 Floor tickets", "/confirm", "get me a ride there from home an hour before it starts"],
  R(None, scheduledFor="^2026-12-04T(09|10)"))
m("14", "delivery", ["grapes and strawberries from Pagoda to home", "1kg of grapes", "add two blueberries"],
  O(it("Shine Muscat Grapes", 1, "1 kg|1kg") + like("Strawberries") + it("Blueberries 125 g", 2), "Pagoda|百果园", HOME_A))
m("15", "delivery", ["Hefu tomato beef brisket noodles, mild, to home", "change to extra hot with an egg"],
  O(it("Tomato Beef Brisket Noodles", 1, "Extra hot|特辣", "egg|加蛋"), "Hefu|和府", HOME_A))
m("16", "transfer", ["transfer 300 to Bob", "wait, make it 350"], P(35000, "Bob"))
m("17", "tickets", ["Deyunshe crosstalk this Sunday, 2 Premium", "switch to Standard"],
  T(seats(2, "Standard|乙等", "Premium|甲等")))
m("18", "ride", ["weather tomorrow?", "then book a car at 8:30 tomorrow morning from home to the office"],
  R(None, scheduledFor="^2026-11-27T00:30"))
m("19", "delivery", ["Real Kungfu steamed pork ribs rice x2 to home", "actually send it to my office"],
  O(it("Steamed Pork Ribs Rice", 2), "Real Kungfu|真功夫", OFFICE_A))
m("20", "delivery", ["Lawson to home: 2 Red Bulls and 3 plum onigiri", "remove the Red Bull and add a swiss roll"],
  O(it("Plum Onigiri", 3) + it("Swiss Roll", 1) + no("Red Bull|红牛"), "Lawson|罗森", HOME_A))
m("21", "transfer", ["send ¥500 to Xerxes Blomqvist", "yes that's the name"], ASK("payment"))
m("22", "delivery", ["3 Americanos from Tims to home", "two hot, one iced"],
  O(it("Americano", 2, "Hot|热") + it("Americano", 1, "Regular ice|Less ice|正常冰|少冰"), "Tims", HOME_A))
m("23", "status", ["book a car to Lingyin Temple", "/confirm", "how far away is the driver?"],
  {"tasks": 1, "task": task("ride_hail", status=CONFIRMED[:4]), "reply": ["driver|min|km|away|arriv|car"]})
m("24", "ride", ["car to Xixi Wetland please", "never mind, cancel it"],
  {"anyOf": [{"task": task("ride_hail", status=["cancelled"])}, {"tasks": 0}]})
m("25", "delivery", ["show me bubble tea near my office", "HEYTEA, 2 large Cheezo Mango, less sugar, at 11am"],
  O(it("Cheezo Mango", 2, "Large|大杯", "Less sugar|少糖"), "HEYTEA|喜茶", OFFICE_A, scheduledFor="^2026-11-26T03:00"))
m("26", "delivery", ["Haidilao hot pot set for two to the office", "ok then deliver it at noon"],
  O(it("Hot Pot Set for Two", 1), "Haidilao|海底捞", OFFICE_A, scheduledFor="^2026-11-26T04:00"))
m("27", "status", ["2 Filet-O-Fish meals to home", "what's the total?"],
  {"tasks": 1, "task": task("order_delivery", lines=it("Filet-O-Fish", 2, "Meal|套餐")), "reply": ["¥|yuan|total"]})
m("28", "claim", ["my Starbucks latte from yesterday arrived spilled", "about half of it was gone"],
  {"reply": ["refund|compensat|claim|¥|credit"]})
m("29", "delivery", ["2 oat lattes to my office", "from Manner"],
  O("(?=.*(Oat|燕麦))" + like("Latte|拿铁") + '(?=.*"qty":2)', "Manner", OFFICE_A))
m("30", "tickets", ["2 Standard tickets for Teahouse on Nov 27", "what time does it start?"],
  {"task": task("buy_tickets", lines=seats(2, "Standard|乙等")), "reply": ["19:30|7:30"]})

# ---------------------------------------------------------------- simple, zh (30)
s = lambda pid, intent, turns, expect: add("simple", "s13-zh-" + pid, Z, intent, turns, expect)
s("01", "delivery", "来杯瑞幸生椰拿铁", O(like("生椰拿铁"), "瑞幸|Luckin"))
s("02", "delivery", "kfc全家桶一个 送家", O(it("全家桶", 1), "肯德基|KFC", HOME_X))
s("03", "ride", "打车去西湖🚕", R())
s("04", "weather", "明天下雨吗", {"noTask": True, "reply": ["雨|阴|多云|晴|℃|度"]})
s("05", "transfer", "给李华转50", P(5000, "李华|Li Hua"))
s("06", "tickets", "周杰伦还有票吗", {"reply": ["周杰伦|Jay"]})
s("07", "delivery", "帮我买盒布洛芬", O(like("布洛芬")))
s("08", "delivery", "蜜雪冰城柠檬水3杯 送家", O(it("冰鲜柠檬水", 3), "蜜雪|Mixue", HOME_X))
# minimum: Shaxian ¥12, 拌面 ¥8
s("09", "delivery", "沙县 拌面 一份 送家", ASK("order_delivery"))
s("10", "status", "我的订单到哪了", {"noTask": True})
s("11", "transfer", "转0元给李华", ASK("payment"))
s("12", "ride", "叫个车 从公司回家", R())
s("13", "ride", "明早七点半叫车去萧山机场", R(None, scheduledFor="^2026-11-26T23:30"))
s("14", "places", "附近有啥好吃的火锅", {"reply": ["火锅|海底捞|呷哺"]})
s("15", "unsupported", "帮我订个酒店", {"noTask": True})
s("16", "weather", "西湖区后天天气", {"noTask": True, "reply": ["云|阴|晴|雨|℃|度"]})
s("17", "delivery", "一束玫瑰 今晚7点送到家", O(like("玫瑰"), None, HOME_X, scheduledFor="^2026-11-26T11:00"))
s("18", "delivery", "杨国福麻辣烫微辣 中午12点送家",
  O(like("麻辣烫"), "杨国福|Yang Guofu", HOME_X, scheduledFor="^2026-11-26T04:00"))
s("19", "tickets", "哪吒明晚那场 买两张", T(seats(2, "座|Standard|Best View")))
s("20", "transfer", "给李华转1000000", ASK("payment"))
s("21", "tickets", "宋城千古情 28号下午3点 贵宾席1张", T(seats(1, "贵宾席|VIP")))
# minimum: 1 kg bananas is ¥11.80-11.90 at every fruit shop or grocer reaching home (minimums ¥15-20)
s("22", "delivery", "香蕉来1kg 送家", ASK("order_delivery"))
s("23", "cancel", "取消订单", {"noTask": True})
s("24", "delivery", "沙县小吃 鸡腿饭一份 送家", O(it("鸡腿饭", 1), "沙县|Shaxian", HOME_X))
s("25", "delivery", "汉堡王 皇堡2个 送家", ASK("order_delivery"))
s("26", "delivery", "罗森借个充电宝，再来两瓶东方树叶，送家", O(like("充电宝") + it("东方树叶", 2), "罗森|Lawson", HOME_X))
s("27", "delivery", "老娘舅 来一份 送家", ASK("order_delivery"))
s("28", "ride", "6个人 打车去杭州东站", R("六座|XL"))
s("29", "places", "灵隐寺几点开门", {"noTask": True, "reply": ["灵隐寺"]})
s("30", "unsupported", "帮我买张去上海的高铁票", {"noTask": True})

# ---------------------------------------------------------------- simple, en (30)
s = lambda pid, intent, turns, expect: add("simple", "s13-en-" + pid, E, intent, turns, expect)
s("01", "delivery", "coffee pls, latte, luckin", O(it("Latte"), "Luckin|瑞幸"))
s("02", "delivery", "big mac meal to home 🍔", O(it("Big Mac", 1, "Meal|套餐"), "McDonald|麦当劳", HOME_A))
s("03", "ride", "uber to west lake", R())
s("04", "weather", "will it rain tmrw?", {"noTask": True, "reply": ["rain|cloud|overcast|sun|clear|°|℃"]})
s("05", "transfer", "send bob 20 bucks", P(2000, "Bob"))
s("06", "tickets", "any Lang Lang tickets left?", {"reply": ["Lang Lang"]})
s("07", "delivery", "need ibuprofen asap", O(like("Ibuprofen")))
s("08", "delivery", "2 bubble teas from coco, half sugar, to home",
  O(it("Bubble Milk Tea", None, "Half|半糖"), "CoCo", HOME_A))
s("09", "status", "where's my order", {"noTask": True})
s("10", "transfer", "transfer -20 to bob", ASK("payment"))
s("11", "ride", "taxi from office to home", R())
s("12", "ride", "cab to the airport at 6am tmrw", R(None, scheduledFor="^2026-11-26T22:00"))
s("13", "unsupported", "book me a hotel in shanghai", {"noTask": True})
s("14", "weather", "weather saturday in xihu?", {"noTask": True, "reply": ["cloud|overcast|sun|rain|clear|°|℃"]})
s("15", "delivery", "sunflowers to my office", O(like("Sunflower"), None, OFFICE_A))
# Dune: no session on 27 Nov
s("16", "tickets", "2 tix for dune tomorrow night", ASK("buy_tickets"))
s("17", "tickets", "Phantom of the Opera, 2 balcony seats on Dec 6", T(seats(2, "Balcony|丁等")))
s("18", "transfer", "pay bob 1,000,000", ASK("payment"))
# minimum: Hema ¥49
s("19", "delivery", "hema eggs and fresh milk to my office", ASK("order_delivery"))
s("20", "cancel", "cancel my order", {"noTask": True})
s("21", "delivery", "KFC family bucket to the office thx", O(it("Family Bucket", 1), "KFC|肯德基", OFFICE_A))
s("22", "delivery", "pizza hut pepperoni to home", ASK("order_delivery"))
s("23", "ride", "car for 10 ppl to the stadium", ASK("ride_hail"))
s("24", "delivery", "americano at 7:30 tomorrow morning to the office",
  O(like("Americano|美式"), None, OFFICE_A, scheduledFor="^2026-11-26T23:30"))
s("25", "delivery", "fruit platter from pagoda", O(like("Fruit Platter"), "Pagoda|百果园"))
s("26", "delivery", "2 plain bagels from tims, home", O(it("Plain Bagel", 2), "Tims", HOME_A))
s("27", "tickets", "teahouse play tickets friday", {"reply": ["Teahouse|茶馆"]})
s("28", "ride", "ride to hangzhou east station, premier", R("Premier|专车"))
s("29", "places", "is lingyin temple open today?", {"noTask": True, "reply": ["Lingyin"]})
s("30", "delivery", "2 cases of nongfu spring water to home", O(like("Nongfu") + '(?=.*"qty":2)', None, HOME_A))


def clean(e):
    if isinstance(e, dict):
        return {k: clean(v) for k, v in e.items() if v is not None}
    if isinstance(e, list):
        return [clean(v) for v in e]
    return e


for name, rows in probes.items():
    with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
        for p in rows:
            re.compile  # patterns are JS regexes; kept to the common subset
            f.write(json.dumps(clean(p), ensure_ascii=False) + "\n")
    print(name, len(rows), {l: sum(1 for p in rows if p["lang"] == l) for l in ("zh", "en")})
