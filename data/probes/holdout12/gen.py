#!/usr/bin/env python3
"""holdout12 — written from the seeded world only (dimple world seed + sqlite3).

World facts leaned on (world clock 2026-11-26 09:00 local = 01:00Z, cards in UTC):
- u_xiaoming home 紫金港路21号西溪诚园, office 阡陌路555号海康威视; u_alice home 之江路1258号春江花月,
  office 文三路478号华星时代广场.
- Closed at 09:00: HEYTEA/CHAGEE (10:00), THE BEAST (10:00, min 199), Haidilao (10:00, min 100),
  Xin Bai Lu (10:30), Micun (10:00), Xiabu (10:30), Long Ago skewers (11:00).
- Closing times: Zhiweiguan 20:00, Manner 19:00, Fang Laoda 20:30.
- Stock where the chain has only one branch reaching the address: 兰州拉面(西溪) 蛋炒饭 3 / 牛肉盖浇饭 3
  (xm home); Starbucks(浙大玉泉) 馥芮白 2, 真功夫(华星) 台式卤肉饭 2, 百果园(文三路) 草莓 0,
  沙县(华星) 蒸饺 0 (alice office); 盒马(博奥城) 三文鱼刺身 3 (alice home).
- Starbucks min order 30 yuan, 美式 29 at both branches reaching alice home.
- Tickets: Jay Chou Upper Stand 0 seats; Premium VIP 1 left on 11-28, 3 on 11-29; Omnipotent Front 9 on
  11-27; Lang Lang tiers 1280/880/580/280; Teahouse Standard 380; Mayday 12-05 starts 11:30Z;
  Eason 12-12 11:30Z; Phantom 12-05 06:00Z; Mahua 12-05 11:30Z.
- Rides: economy 快车/Express, comfort 专车/Premier, xl 六座商务/XL (6 seats max).
- Payees 李华 (u_lihua), Bob Miller (u_bob); wallets 2000 yuan each.
- Claim windows 1440 min: alice's Starbucks order 11-25 01:49Z is inside, xiaoming's latest 11-24 is outside.
- xiaoming's Luckin orders this month: 30 + 55 = 85 yuan; alice this week 50 (Starbucks).
- Weather xihu 11-28 Cloudy 17/8 15%; 12-01 Light rain 11/7; binjiang 12-01 Light rain 11/7.
"""
import json, os

OUT = os.path.dirname(os.path.abspath(__file__))
XH = "紫金港路|西溪诚园"; XO = "阡陌路|海康威视"; AH = "之江路|春江花月"; AO = "文三路|华星时代"

def L(zh=None, qty=None, en=None, **o):
    name = f'"name":"[^"]*{zh}[^"]*","nameEn":"[^"]*",' if zh else f'"name":"[^"]*","nameEn":"[^"]*{en}[^"]*",'
    q = f'"qty":{qty},' if qty else '"qty":\\d+,'
    opts = "".join(f'(?=[^}}]*"{k}":"{v}")' for k, v in o.items())
    return name + q + '[^{}]*"options":\\{' + opts

def LS(*ls, without=None):
    pre = f"^(?!.*{without})" if without else ""
    return pre + "".join(f"(?=.*{l})" for l in ls)

def T(kind="order_delivery", **kw):
    return {"task": {"kind": kind, **{k: v for k, v in kw.items() if v is not None}}}

NO_ZH = "抱歉|无法|不能|没有|不足|只剩|仅剩|剩余|剩下|库存|售罄|卖完|未营业|还没开|尚未|没开|打烊|营业|起送|超出|超过|预算|不在|不支持|暂不|不够|找不到|不是.*联系人|过了|已过|时限|有效期|[？?]"
NO_EN = "sorry|can't|cannot|unable|only \\d|left|out of stock|sold out|closed|opens?|not open|minimum|isn't|aren't|doesn't|not available|no seats|not enough|exceed|over|budget|above|beyond|unknown|not in your|couldn't|no one|window|expired|\\?"
Q_ZH = "[？?]|哪|请问|还是|选"
Q_EN = "\\?|which|would you|do you want|choose|pick"

def said(lang):  # declined, questioned or the limit named
    return {"reply": [NO_ZH if lang == "zh" else NO_EN]}

def any_(*alts, **extra):
    return {**extra, "anyOf": list(alts)}

P = {"multi": [], "simple": []}

def add(f, pid, lang, intent, turns, expect):
    if isinstance(turns, str): turns = [turns]
    P[f].append({"id": pid, "lang": lang, "intent": intent, "turns": turns, "expect": expect})

# ---------------------------------------------------------------- multi, single turn, zh
z = lambda n: f"h12-mz-{n:02d}"
add("multi", z(1), "zh", "order", "瑞幸来两杯生椰拿铁，大杯少冰，再加一杯美式，送到家里",
    T(lines=LS(L("生椰拿铁", 2, size="large", ice="less"), L("美式", 1)), address=XH, merchant="瑞幸|Luckin"))
add("multi", z(2), "zh", "order", "公司这边点肯德基：香辣鸡腿堡套餐x2，蛋挞4个，再来一杯冰镇百事",
    T(lines=LS(L("香辣鸡腿堡", 2, combo="meal"), L("蛋挞", 4), L("百事", 1, temperature="chilled")), address=XO))
add("multi", z(3), "zh", "order", "蜜雪冰城珍珠奶茶5杯，其中3杯少糖2杯无糖，全部去冰，送家",
    T(lines=LS(L("珍珠奶茶", 3, sugar="less", ice="none"), L("珍珠奶茶", 2, sugar="none", ice="none")), address=XH))
add("multi", z(4), "zh", "order", "给办公室四个同事一人一份吉野家照烧鸡肉饭，都加饭，另外来两碗味增汤",
    T(lines=LS(L("照烧鸡肉饭", 4, rice="extra"), L("味增汤", 2)), address=XO))
add("multi", z(5), "zh", "order", "除了星巴克哪家都行，三杯大杯拿铁送到公司",
    T(lines=LS(L("拿铁", 3)), address=XO, merchant="^(?!.*(星巴克|Starbucks))"))
# fact: no 11-stem red rose at 西湖花语(9 stems 99); 爱尚 11 stems 118 + deluxe 30 > 100
add("multi", z(6), "zh", "order", "想送女朋友11枝红玫瑰，要豪华礼盒包装，预算一百块以内，送到家",
    any_({"noTask": True, **said("zh")}, {"reply": ["预算|超|100|一百"]}))
add("multi", z(7), "zh", "order", "水果预算50块：巨峰葡萄1kg、香蕉1kg、砂糖橘500g，送到家",
    any_(T(lines=LS(L("葡萄", 1, weight="one_kg"), L("香蕉", 1, weight="one_kg"), L("砂糖橘", 1, weight="half_kg")), address=XH, maxTotalFen=5000),
         {"reply": ["预算|超"]}))
add("multi", z(8), "zh", "order", "明早7点半送到公司，两杯瑞幸大杯热拿铁",
    T(lines=LS(L("拿铁", 2, size="large", ice="hot")), address=XO, scheduledFor="2026-11-26T23:30"))
# fact: HEYTEA (IoT St) opens 10:00
add("multi", z(9), "zh", "order", "喜茶多肉葡萄两杯少糖，现在送到公司",
    any_(said("zh"), T(lines=LS(L("多肉葡萄", 2, sugar="less")), address=XO, scheduledFor="2026-11-26T0[2-9]")))
# fact: Zhiweiguan (Jiangcun) closes 20:00, only branch reaching home
add("multi", z(10), "zh", "order", "知味观小笼包两笼，今晚九点送到家",
    any_({"reply": ["打烊|营业|20|八点|关门|[？?]|无法|不能"]}))
# fact: 兰州拉面(西溪) 蛋炒饭 stock 3
add("multi", z(11), "zh", "order", "兰州拉面蛋炒饭5份微辣，送家里",
    any_({"reply": ["3|三|只剩|仅剩|库存|不足|不够"]}))
add("multi", z(12), "zh", "tickets", "五月天12月5号的内场票买两张要连座，开演前一个小时从家叫辆专车过去",
    any_(T("buy_tickets", lines="内场|Floor"), {"reply": [Q_ZH]}))
add("multi", z(13), "zh", "transfer", "给李华转288块，备注写上周聚餐AA",
    T("payment", merchant="李华|Li Hua", totalFen=28800))
add("multi", z(14), "zh", "order", "帮我order一个Big Mac meal和两份10块的McNuggets，送office",
    T(lines=LS(L("巨无霸", 1, combo="meal"), L("麦乐鸡（10块）", 2)), address=XO))
add("multi", z(15), "zh", "order", "药店买一盒布洛芬、一个电子体温计、两瓶医用酒精，送到家",
    T(lines=LS(L("布洛芬", 1), L("体温计", 1), L("酒精", 2)), address=XH))
add("multi", z(16), "zh", "order", "朴朴超市：鸡蛋两盒，小番茄三盒，全麦吐司一个，送家",
    T(lines=LS(L("鸡蛋", 2), L("小番茄", 3), L("吐司", 1)), address=XH, merchant="朴朴|Pupu"))
add("multi", z(17), "zh", "order", "鲍师傅海苔肉松小贝两盒、蛋黄酥一盒，青团就不要了，送家里",
    T(lines=LS(L("海苔肉松小贝", 2), L("蛋黄酥", 1), without="青团"), address=XH))
add("multi", z(18), "zh", "order", "公司楼下便利店：关东煮中辣一份，烤肠两根，冰的矿泉水三瓶",
    any_(T(lines=LS(L("关东煮", 1, spice="medium"), L("烤肠", 2), L("矿泉水", 3, temperature="chilled")), address=XO), {"reply": [Q_ZH + "|第几"]}))  # corrected: a pick-from-list is a right question
add("multi", z(19), "zh", "ride", "我们一共8个人，从家去西湖，叫一辆车就行",
    any_({"reply": ["6|六|两辆|2辆|坐不下|不够|超"]}))
add("multi", z(20), "zh", "ride", "明天早上8点从家去杭州东站，要专车",
    T("ride_hail", merchant="专车|Premier", scheduledFor="2026-11-27T00:00"))
# fact: Jay Chou Premium VIP: 1 seat left on 11-28
add("multi", z(21), "zh", "tickets", "周杰伦11月28号那场，至尊VIP两张",
    any_({"reply": ["1|一|只剩|仅剩|不足|不够|29"]}))
add("multi", z(22), "zh", "tickets", "郎朗独奏会买3张，每张不超过600块，坐一起",
    T("buy_tickets", maxUnitFen=60000))
add("multi", z(23), "zh", "transfer", "给王大锤转500，备注房租",
    any_({"noTask": True, **said("zh")}))
# fact: xiaoming's Lanzhou order 11-21, claim window 24h
add("multi", z(24), "zh", "claim", "上周兰州拉面那单少了个蛋，帮我申请赔付，退到钱包",
    any_({"reply": ["超过|时限|24|过期|已过|无法|不能|过了"]}))
add("multi", z(25), "zh", "weather", "周六和下周二西湖区会下雨吗？最高温多少",
    {"noTask": True, "reply": ["多云", "雨"]})
# fact: Haidilao opens 10:00
add("multi", z(26), "zh", "order", "海底捞双人火锅套餐，现在马上送到家",
    any_(said("zh"), T(lines=LS(L("双人", 1)), address=XH, scheduledFor="2026-11-26T0[2-9]")))
add("multi", z(27), "zh", "order", "下午3点送一束白玫瑰到公司，要手写贺卡",
    T(lines=LS(L("白玫瑰", 1, card="handwritten")), address=XO, scheduledFor="2026-11-26T07:00"))
add("multi", z(28), "zh", "order", "袁记鲜肉水饺两份，一份水煮一份煎的，都要18只，送家",
    T(lines=LS(L("鲜肉水饺", 1, portion="eighteen", cooking="boiled"), L("鲜肉水饺", 1, portion="eighteen", cooking="pan_fried")), address=XH))
add("multi", z(29), "zh", "order", "牛肉面4碗：两碗细面不辣，两碗大宽特辣，都加蛋，送家",
    T(lines=LS(L("牛肉面", 2, noodle="thin", spice="none", add_on="egg"), L("牛肉面", 2, noodle="wide", spice="hot", add_on="egg")), address=XH))
add("multi", z(30), "zh", "spending", "这个月我在瑞幸一共花了多少钱，一共几单",
    {"noTask": True, "reply": ["85"]})

# ---------------------------------------------------------------- multi, single turn, en
e = lambda n: f"h12-me-{n:02d}"
add("multi", e(1), "en", "order", "Starbucks to the office: two large oat milk lattes, one less sugar and one no sugar, plus a blueberry muffin",
    T(lines=LS(L("拿铁", 1, size="large", milk="oat", sugar="less"), L("拿铁", 1, size="large", milk="oat", sugar="none"), L("蓝莓麦芬", 1)), address=AO))
add("multi", e(2), "en", "order", "4 flat whites from Starbucks to my office please",
    any_({"reply": ["2|two|only|left|stock|sold"]}))
add("multi", e(3), "en", "order", "KFC delivered home: 3 Zinger burger meals, 6 egg tarts and 2 mashed potatoes",
    T(lines=LS(L("香辣鸡腿堡", 3, combo="meal"), L("蛋挞", 6), L("土豆泥", 2)), address=AH))
add("multi", e(4), "en", "order", "two hot americanos to my place, anywhere except Luckin or Starbucks",
    T(lines=LS(L("美式", 2)), address=AH, merchant="^(?!.*(瑞幸|Luckin|星巴克|Starbucks))"))
add("multi", e(5), "en", "order", "CoCo bubble milk tea x4 to the office — 2 with less sugar, 2 half sugar",
    T(lines=LS(L("珍珠奶茶", 2, sugar="less"), L("珍珠奶茶", 2, sugar="half")), address=AO, merchant="CoCo"))
add("multi", e(6), "en", "order", "lunch for 5 at work from Real Kungfu: 3 steamed pork ribs rice, 2 mushroom chicken rice, and 5 steamed egg custards",
    T(lines=LS(L("排骨饭", 3), L("冬菇鸡腿肉饭", 2), L("蒸蛋", 5)), address=AO))
add("multi", e(7), "en", "order", "6 Big Mac meals delivered home, total must stay under 100 yuan",
    any_({"noTask": True}, {"reply": ["budget|over|exceed|100|more than"]}))
add("multi", e(8), "en", "order", "a bouquet under 120 yuan with a handwritten card, delivered home tomorrow at 10am",
    any_(T(lines=LS(L("", None, card="handwritten")), address=AH, maxUnitFen=12000, scheduledFor="2026-11-27T02:00"), {"reply": [Q_EN]}))
add("multi", e(9), "en", "order", "Tims, tomorrow 7:45am to my home: 2 maple lattes and a plain bagel",
    T(lines=LS(L("枫糖拿铁", 2), L("原味贝果", 1)), address=AH, scheduledFor="2026-11-26T23:45"))
add("multi", e(10), "en", "order", "THE BEAST peony bouquet to the office right now",
    any_(said("en"), T(lines=LS(L("芍药", 1)), address=AO, scheduledFor="2026-11-26T0[2-9]")))
# fact: Manner closes 19:00
add("multi", e(11), "en", "order", "Manner latte x2 delivered to the office at 8pm tonight",
    any_({"reply": ["clos|19|7 ?pm|open|can't|cannot|unable|\\?"]}))
add("multi", e(12), "en", "order", "5 Taiwanese braised pork rice from Real Kungfu to my office",
    any_({"reply": ["2|two|only|left|stock|sold"]}))
add("multi", e(13), "en", "tickets", "2 VIP floor tickets for Eason on Dec 12, seats together, then an Express from home to get there 30 min before it starts",
    any_(T("buy_tickets", lines="VIP"), {"reply": [Q_EN]}))
add("multi", e(14), "en", "transfer", "send Bob 150 for the concert ticket, note: Mayday",
    T("payment", merchant="Bob", totalFen=15000))
add("multi", e(15), "en", "transfer", "transfer -200 to Li Hua, memo lunch",
    any_({"noTask": True, **said("en")}))
add("multi", e(16), "en", "order", "帮我点 2 large iced americanos, no sugar, from Luckin, send to office",
    T(lines=LS(L("美式", 2, size="large", sugar="none")), address=AO, merchant="瑞幸|Luckin"))
add("multi", e(17), "en", "order", "pharmacy run to the office: 2 boxes of ibuprofen tablets, a pack of masks, and band-aids",
    T(lines=LS(L("布洛芬", 2), L("口罩", 1), L("创可贴", 1)), address=AO))
add("multi", e(18), "en", "order", "Freshippo home delivery: 2 salmon sashimi, one 5kg bag of Wuchang rice, 3 tofu",
    T(lines=LS(L("三文鱼", 2), L("大米", 1), L("豆腐", 3)), address=AH, merchant="盒马|Freshippo"))
# fact: Pagoda (Wensan Rd) strawberries stock 0
add("multi", e(19), "en", "order", "Pagoda fruit to the office: 2 boxes of strawberries and a box of blueberries",
    any_({"reply": ["strawberr.*(out|sold|stock|unavailable|left)|(out|sold|stock|unavailable|left).*strawberr|sorry|can't"]}))
add("multi", e(20), "en", "order", "Holiland 8-inch Black Swan cake plus 4 cream puffs, deliver home at 6pm",
    T(lines=LS(L("黑天鹅", 1, size="eight_inch"), L("泡芙", 4)), address=AH, scheduledFor="2026-11-26T10:00"))
add("multi", e(21), "en", "ride", "Premier car from the office to Hangzhou East Railway Station at 5:30pm today, 3 of us",
    T("ride_hail", merchant="专车|Premier", scheduledFor="2026-11-26T09:30"))
add("multi", e(22), "en", "ride", "one car for the 9 of us from home to Lingyin Temple now",
    any_({"reply": ["6|six|two cars|2 cars|seat|too many|can't|cannot"]}))
add("multi", e(23), "en", "tickets", "4 Upper Stand tickets for Jay Chou, any date",
    any_({"reply": ["sold out|no .*(seat|ticket)|unavailable|none|0|sorry|can't"]}))
add("multi", e(24), "en", "tickets", "10 front row tickets for Omnipotent Youth Society on Nov 27",
    any_({"reply": ["9|nine|only|left|not enough|sorry|can't"]}))
add("multi", e(25), "en", "tickets", "3 seats together for Teahouse on Nov 27, max 400 per ticket",
    T("buy_tickets", maxUnitFen=40000))
add("multi", e(26), "en", "claim", "yesterday's Starbucks latte came spilled all over the bag, I want my money back",
    any_(T("after_sale"), T("after_sale", status=["submitted", "approved", "refunded", "pending", "under_review", "succeeded", "done"]), {"reply": ["refund|claim|compensat"]}))
add("multi", e(27), "en", "wallet", "how much have I spent this week, and what's left in my wallet?",
    {"noTask": True, "reply": ["50", "2,?000"]})
add("multi", e(28), "en", "weather", "will it rain in Binjiang on Tuesday and how cold will it get?",
    {"noTask": True, "reply": ["rain", "7"]})
add("multi", e(29), "en", "order", "Xijiade for three at the office: 18 shrimp dumplings pan-fried, 12 beef dumplings boiled, 2 smashed cucumbers",
    T(lines=LS(L("虾仁三鲜", 1, portion="eighteen", cooking="pan_fried"), L("牛肉水饺", 1, portion="twelve", cooking="boiled"), L("拍黄瓜", 2)), address=AO))
# fact: Starbucks min 30, americano 29
add("multi", e(30), "en", "order", "just one hot Americano from Starbucks to home, nothing else",
    any_({"reply": ["minimum|at least|min\\.|add|more|\\?"]}))

# ---------------------------------------------------------------- multi, conversations, zh
c = lambda n: f"h12-cz-{n:02d}"
add("multi", c(1), "zh", "order", ["瑞幸生椰拿铁两杯，大杯少冰，送家", "改成三杯吧"],
    T(lines=LS(L("生椰拿铁", 3, size="large", ice="less")), address=XH))
add("multi", c(2), "zh", "order", ["肯德基香辣鸡腿堡套餐两个送公司", "再加四个蛋挞"],
    T(lines=LS(L("香辣鸡腿堡", 2, combo="meal"), L("蛋挞", 4)), address=XO))
add("multi", c(3), "zh", "order", ["蜜雪冰城来3杯珍珠奶茶去冰，送到家", "其中一杯换成杨枝甘露"],
    T(lines=LS(L("珍珠奶茶", 2, ice="none"), L("杨枝甘露", 1)), address=XH))
add("multi", c(4), "zh", "order", ["附近有哪些咖啡店", "第二家", "来一杯拿铁大杯"],
    any_(T(lines=LS(L("拿铁", 1))), {"reply": [Q_ZH]}))
add("multi", c(5), "zh", "order", ["吉野家照烧鸡肉饭两份加饭送公司", "不要加饭了，正常就行"],
    T(lines=LS(L("照烧鸡肉饭", 2, rice="regular")), address=XO))
add("multi", c(6), "zh", "order", ["兰州拉面牛肉面两碗，二细微辣，送家", "再来一碗大宽特辣的", "都加个蛋"],
    any_(T(lines=LS(L("牛肉面", 2, noodle="second_thin", spice="mild", add_on="egg"), L("牛肉面", 1, noodle="wide", spice="hot", add_on="egg")), address=XH)))
add("multi", c(7), "zh", "order", ["朴朴买鸡蛋两盒、小番茄一盒送家", "小番茄不要了"],
    T(lines=LS(L("鸡蛋", 2), without="小番茄"), address=XH))
add("multi", c(8), "zh", "order", ["鲍师傅肉松小贝两盒送家", "地址改成公司"],
    any_(T(lines=LS(L("肉松小贝", 2)), address=XO), {"reply": ["送不到|范围|距离|超出|无法|不能|[？?]"]}))
add("multi", c(9), "zh", "tickets", ["开心麻花12月5号的乙等票两张", "/confirm", "演出结束后帮我叫辆快车回家"],
    any_(T("ride_hail", merchant="快车|Express", scheduledFor="2026-12-05T1[3-4]"), {"reply": [Q_ZH]}))
add("multi", c(10), "zh", "ride", ["明天早上8点从家叫快车去公司", "改成专车"],
    T("ride_hail", merchant="专车|Premier", scheduledFor="2026-11-27T00:00"))
add("multi", c(11), "zh", "ride", ["明天早上8点从家叫快车去公司", "时间改到7点半"],
    T("ride_hail", merchant="快车|Express", scheduledFor="2026-11-26T23:30"))
add("multi", c(12), "zh", "transfer", ["给李华转200，备注电影票", "不对，是250"],
    T("payment", merchant="李华|Li Hua", totalFen=25000))
add("multi", c(13), "zh", "order", ["点个外卖", "牛肉面，细面不辣", "送家里"],
    any_(T(lines=LS(L("牛肉面", 1, noodle="thin", spice="none")), address=XH), {"reply": [Q_ZH]}))
add("multi", c(14), "zh", "order", ["买花", "红玫瑰，送公司，加手写贺卡"],
    any_(T(lines=LS(L("红玫瑰", 1, card="handwritten")), address=XO), {"reply": [Q_ZH]}))
add("multi", c(15), "zh", "order", ["瑞幸两杯拿铁大杯送公司", "/confirm", "刚才那单多少钱，什么时候到"],
    {"tasks": 1, "reply": ["\\d+", "分钟|送达|到"]})
add("multi", c(16), "zh", "order", ["袁记鲜肉水饺12只水煮两份送家", "一份换成煎的"],
    T(lines=LS(L("鲜肉水饺", 1, portion="twelve", cooking="boiled"), L("鲜肉水饺", 1, portion="twelve", cooking="pan_fried")), address=XH))
add("multi", c(17), "zh", "order", ["药店买布洛芬和体温计送家", "体温计换成两盒板蓝根"],
    T(lines=LS(L("布洛芬", 1), L("板蓝根", 2), without="体温计"), address=XH))
add("multi", c(18), "zh", "order", ["KFC香辣鸡腿堡单点3个送公司", "改成套餐，可乐要冰的"],
    any_(T(lines=LS(L("香辣鸡腿堡", 3, combo="meal")), address=XO), {"reply": [Q_ZH]}))
add("multi", c(19), "zh", "order", ["麦当劳巨无霸套餐一个，麦辣鸡翅两份送公司", "鸡翅改成三份", "再加个麦旋风"],
    T(lines=LS(L("巨无霸", 1, combo="meal"), L("麦辣鸡翅", 3), L("麦旋风", 1)), address=XO))
add("multi", c(20), "zh", "claim", ["我上周喜茶那单奶茶洒了", "要赔偿"],
    any_({"reply": ["超过|时限|24|过期|已过|无法|不能|过了"]}))
add("multi", c(21), "zh", "order", ["果多美巨峰葡萄1kg、砂糖橘1kg送家", "葡萄改成500g"],
    T(lines=LS(L("葡萄", 1, weight="half_kg"), L("砂糖橘", 1, weight="one_kg")), address=XH))
add("multi", c(22), "zh", "tickets", ["有什么相声可以看", "德云社那个，甲等两张"],
    any_(T("buy_tickets", lines="甲等|Premium"), {"reply": [Q_ZH]}))
add("multi", c(23), "zh", "order", ["西湖花语白玫瑰花束一束送公司", "要豪华礼盒", "下午两点送到"],
    T(lines=LS(L("白玫瑰", 1, wrapping="deluxe")), address=XO, scheduledFor="2026-11-26T06:00"))
add("multi", c(24), "zh", "ride", ["叫个快车从公司去杭州东站", "我们5个人还有行李"],
    any_(T("ride_hail", merchant="六座|XL"), {"reply": [Q_ZH]}, {"reply": ["六座|6座|两辆"]}))
add("multi", c(25), "zh", "order", ["喜家德虾仁三鲜水饺18只煎饺送家", "再加一份拍黄瓜", "水饺改成12只"],
    T(lines=LS(L("虾仁三鲜", 1, portion="twelve", cooking="pan_fried"), L("拍黄瓜", 1)), address=XH))
add("multi", c(26), "zh", "transfer", ["转账", "给李华", "520，备注生日快乐"],
    any_(T("payment", merchant="李华|Li Hua", totalFen=52000), {"reply": [Q_ZH]}))
add("multi", c(27), "zh", "order", ["沙县拌面加扁肉套餐两份送家", "不要了，换成两份鸡腿饭"],
    T(lines=LS(L("鸡腿饭", 2), without="套餐"), address=XH))
add("multi", c(28), "zh", "tickets", ["五月天12月6号看台一层3张", "改成4张", "座位要连在一起"],
    any_(T("buy_tickets", lines="看台一层|Lower"), {"reply": [Q_ZH]}))
add("multi", c(29), "zh", "order", ["蜜雪冰城柠檬水5杯少冰送公司", "/confirm", "再点一单，古茗的也行，两杯奶茶"],
    any_(T(lines=LS(L("奶茶", 2)), address=XO), {"reply": [Q_ZH]}))
add("multi", c(30), "zh", "order", ["星巴克拿铁大杯两杯燕麦奶送公司", "算了不要星巴克，换瑞幸，其他不变"],
    T(lines=LS(L("拿铁", 2, size="large", milk="oat")), address=XO, merchant="瑞幸|Luckin"))

# ---------------------------------------------------------------- multi, conversations, en
d = lambda n: f"h12-ce-{n:02d}"
add("multi", d(1), "en", "order", ["Starbucks caramel macchiato, large, to the office", "make it two, one with oat milk"],
    T(lines=LS(L("焦糖玛奇朵", 1, size="large", milk="oat"), L("焦糖玛奇朵", 1, size="large")), address=AO))
add("multi", d(2), "en", "order", ["KFC home: 2 Zinger meals", "add 3 egg tarts", "actually drop one of the meals"],
    T(lines=LS(L("香辣鸡腿堡", 1, combo="meal"), L("蛋挞", 3)), address=AH))
add("multi", d(3), "en", "order", ["what coffee places deliver to my office?", "the first one", "a large latte, less sugar"],
    any_(T(lines=LS(L("拿铁", 1, size="large", sugar="less")), address=AO), {"reply": [Q_EN]}))
add("multi", d(4), "en", "order", ["CoCo bubble milk tea x3 to work, no ice", "swap one for a mango yakult"],
    T(lines=LS(L("珍珠奶茶", 2, ice="none"), L("芒果养乐多", 1)), address=AO))
add("multi", d(5), "en", "order", ["Lanzhou beef noodle soup, thin noodles, mild, to the office", "make it spicy, extra beef"],
    T(lines=LS(L("牛肉面", 1, noodle="thin", add_on="beef")), address=AO))
add("multi", d(6), "en", "ride", ["book an Express from home to the office tomorrow at 8:30am", "upgrade to Premier"],
    T("ride_hail", merchant="专车|Premier", scheduledFor="2026-11-27T00:30"))
add("multi", d(7), "en", "ride", ["book an Express from home to the office tomorrow at 8:30am", "push it to 9"],
    T("ride_hail", merchant="快车|Express", scheduledFor="2026-11-27T01:00"))
add("multi", d(8), "en", "tickets", ["Phantom of the Opera on Dec 5, 2 Standard tickets", "/confirm", "and a Premier from home to the theatre an hour before"],
    any_(T("ride_hail", merchant="专车|Premier", scheduledFor="2026-12-05T0[45]"), {"reply": [Q_EN]}))
add("multi", d(9), "en", "transfer", ["send Li Hua 100", "add a note: dinner last night", "actually make it 120"],
    T("payment", merchant="李华|Li Hua", totalFen=12000))
add("multi", d(10), "en", "order", ["I want flowers", "sunflowers, to the office, with a handwritten card"],
    any_(T(lines=LS(L("向日葵", 1, card="handwritten")), address=AO), {"reply": [Q_EN]}))
add("multi", d(11), "en", "order", ["order 2 large hot lattes from Luckin to home", "/confirm", "when will it arrive and how much was it?"],
    {"tasks": 1, "reply": ["\\d"]})
add("multi", d(12), "en", "order", ["Yoshinoya teriyaki chicken bowl x2 to the office, extra rice", "one of them should be beef bowl instead"],
    T(lines=LS(L("照烧鸡肉饭", 1), L("牛肉饭", 1)), address=AO))
add("multi", d(13), "en", "order", ["Real Kungfu mushroom chicken rice to the office", "add 2 winter melon rib soups", "and remove the rice"],
    T(lines=LS(L("冬瓜排骨汤", 2), without="鸡腿肉饭"), address=AO))
add("multi", d(14), "en", "order", ["pharmacy to home: ibuprofen and fever patches", "make the patches 3 packs"],
    T(lines=LS(L("布洛芬", 1), L("退热贴", 3)), address=AH))
add("multi", d(15), "en", "claim", ["my Starbucks order from yesterday", "the latte was spilled, claim it please"],
    any_(T("after_sale"), T("after_sale", status=["submitted", "approved", "refunded", "pending", "under_review", "succeeded", "done"]), {"reply": ["refund|claim|compensat"]}))
add("multi", d(16), "en", "order", ["Holiland 6 inch fruit birthday cake to home at 7pm", "make it 8 inch"],
    T(lines=LS(L("生日水果蛋糕", 1, size="eight_inch")), address=AH, scheduledFor="2026-11-26T11:00"))
add("multi", d(17), "en", "order", ["Tastien spicy chicken burger x2 and fries to the office", "swap fries for an iced lemon tea"],
    T(lines=LS(L("香辣鸡腿中国汉堡", 2), L("冰柠檬茶", 1), without="薯条"), address=AO))
add("multi", d(18), "en", "tickets", ["any stand-up comedy this weekend?", "Saturday one, 2 front seats"],
    any_(T("buy_tickets", lines="前排|Front"), {"reply": [Q_EN]}))
add("multi", d(19), "en", "ride", ["car from the office to West Lake now", "there are 6 of us"],
    any_(T("ride_hail", merchant="六座|XL"), {"reply": ["XL|6|six|\\?"]}))
add("multi", d(20), "en", "order", ["Freshippo home: whole milk 12-pack and free-range eggs", "2 of the eggs", "and add a broccoli"],
    T(lines=LS(L("牛奶", 1), L("鸡蛋", 2), L("西兰花", 1)), address=AH, merchant="盒马|Freshippo"))
add("multi", d(21), "en", "order", ["Xijiade beef dumplings 12, boiled, to work", "make them pan-fried and 18"],
    T(lines=LS(L("牛肉水饺", 1, portion="eighteen", cooking="pan_fried")), address=AO))
add("multi", d(22), "en", "order", ["Mixue lemonade x6, less ice, to the office", "half of them no sugar"],
    T(lines=LS(L("柠檬水", 3, sugar="none", ice="less"), L("柠檬水", 3, ice="less")), address=AO))
add("multi", d(23), "en", "transfer", ["pay someone", "Bob", "88 for the coffee"],
    any_(T("payment", merchant="Bob", totalFen=8800), {"reply": [Q_EN]}))
add("multi", d(24), "en", "order", ["McDonald's home: Big Mac meal", "/confirm", "also order 2 sundaes, chocolate, separately"],
    any_(T(lines=LS(L("圣代（巧克力）", 2)), address=AH), {"reply": [Q_EN]}))
add("multi", d(25), "en", "order", ["Starbucks latte to the office", "no wait, not Starbucks — Manner, and make it 2"],
    T(lines=LS(L("拿铁", 2)), address=AO, merchant="Manner"))
add("multi", d(26), "en", "tickets", ["CBA games next week?", "Guangdong one, 2 Lower Stand seats"],
    any_(T("buy_tickets", lines="看台一层|Lower"), {"reply": [Q_EN]}))
add("multi", d(27), "en", "order", ["Shaxian to the office: peanut noodles x2 and a rib stew pot", "change noodles to 3"],
    T(lines=LS(L("拌面", 3), L("炖罐", 1)), address=AO))
add("multi", d(28), "en", "order", ["Pagoda to the office: Shine Muscat grapes and a mango", "remove the mango, add blueberries x2"],
    T(lines=LS(L("阳光玫瑰", 1), L("蓝莓", 2), without="芒果"), address=AO))
add("multi", d(29), "en", "ride", ["Express from home to Hangzhou East Railway Station at 6pm", "/confirm", "change the destination to Xiaoshan Airport"],
    any_(T("ride_hail", merchant="快车|Express", status=["awaiting_confirmation", "scheduled", "confirmed", "pending", "booked"]), {"reply": ["Xiaoshan|airport|\\?"]}))
add("multi", d(30), "en", "order", ["lunch from Lao Xiang Ji to my office: tomato & egg rice", "and for my colleague the same plus a hen soup"],
    T(lines=LS(L("番茄炒蛋饭", 2), L("老母鸡汤", 1)), address=AO))

# ---------------------------------------------------------------- simple, zh
s = lambda n: f"h12-sz-{n:02d}"
add("simple", s(1), "zh", "order", "瑞幸 拿铁 1", T(lines=LS(L("拿铁", 1)), merchant="瑞幸|Luckin"))
add("simple", s(2), "zh", "order", "来杯美式不加糖谢谢🙏", any_(T(lines=LS(L("美式", 1))), {"reply": [Q_ZH]}))
add("simple", s(3), "zh", "order", "肯德鸡全家桶一个送到家", T(lines=LS(L("全家桶", 1)), address=XH))
add("simple", s(4), "zh", "order", "麻烦帮我叫一份兰州拉面的牛肉面，谢谢啦", T(lines=LS(L("牛肉面", 1))))
add("simple", s(5), "zh", "order", "饿死了🍔 麦当劳巨无霸", T(lines=LS(L("巨无霸", 1))))
add("simple", s(6), "zh", "order", "想喝奶茶了…蜜雪的珍珠奶茶来一杯吧", {"reply": ["起送|还差|最低|最少"]})  # corrected: minimum order (world fact)
add("simple", s(7), "zh", "order", "头疼，家里没布洛芬了", any_(T(lines=LS(L("布洛芬", 1)), address=XH), {"reply": [Q_ZH]}))
add("simple", s(8), "zh", "order", "整箱农夫山泉送家", T(lines=LS(L("农夫山泉", 1)), address=XH))
add("simple", s(9), "zh", "order", "鲍师傅的蛋黄酥，一盒", {"reply": ["起送|还差|最低|最少"]})  # corrected: minimum order (world fact)
add("simple", s(10), "zh", "ride", "打车去灵隐寺", any_(T("ride_hail"), {"reply": [Q_ZH]}))
add("simple", s(11), "zh", "ride", "帮我约个明早9点去萧山机场的车", any_(T("ride_hail", scheduledFor="2026-11-27T01:00"), {"reply": [Q_ZH]}))
add("simple", s(12), "zh", "weather", "明儿个冷不冷啊", {"noTask": True, "reply": ["°|度|℃"]})
add("simple", s(13), "zh", "wallet", "钱包里还剩多少💰", {"noTask": True, "reply": ["2,?000"]})
add("simple", s(14), "zh", "transfer", "转李华66", T("payment", merchant="李华|Li Hua", totalFen=6600))
add("simple", s(15), "zh", "tickets", "有周杰伦的票吗", {"noTask": True, "reply": ["周杰伦|Jay"]})
add("simple", s(16), "zh", "tickets", "薛之谦演唱会 看台二层 一张", any_(T("buy_tickets", lines="看台二层|Upper"), {"reply": [Q_ZH]}))
add("simple", s(17), "zh", "place", "附近有药店吗", {"noTask": True, "reply": ["药"]})
add("simple", s(18), "zh", "status", "我的外卖到哪了", {"noTask": True})
add("simple", s(19), "zh", "order", "吉野家牛肉饭一份 送公司", T(lines=LS(L("牛肉饭", 1)), address=XO))
add("simple", s(20), "zh", "order", "袁记的韭菜鸡蛋水饺来一份", {"reply": ["起送|还差|最低|最少"]})  # corrected: minimum order (world fact)
add("simple", s(21), "zh", "order", "星爸爸的焦糖玛奇朵", T(lines=LS(L("焦糖玛奇朵", 1)), merchant="星巴克|Starbucks"))
add("simple", s(22), "zh", "order", "便利店买个关东煮", any_(T(lines=LS(L("关东煮", 1))), {"reply": [Q_ZH]}))
add("simple", s(23), "zh", "order", "叮咚买菜 鸡胸肉一份", {"reply": ["起送|还差|最低|最少"]})  # corrected: minimum order (world fact)
add("simple", s(24), "zh", "order", "要一份香辣鸡腿堡套餐", T(lines=LS(L("香辣鸡腿堡", 1, combo="meal"))))
add("simple", s(25), "zh", "spending", "上个月花了多少", {"noTask": True, "reply": ["没有|0|还没|没花"]})  # corrected: no orders last month (world fact)
add("simple", s(26), "zh", "route", "从家到公司怎么走比较快", {"noTask": True, "reply": ["公里|分钟|km"]})
add("simple", s(27), "zh", "order", "来两斤砂糖橘", any_(T(lines=LS(L("砂糖橘", None))), {"reply": [Q_ZH]}))
add("simple", s(28), "zh", "order", "和府捞面的番茄牛腩面 送公司", any_(T(lines=LS(L("番茄牛腩面", 1)), address=XO), {"reply": [NO_ZH]}))
add("simple", s(29), "zh", "order", "劳驾，一杯霸王茶姬", any_(said("zh"), T(scheduledFor="2026-11-26T0[2-9]")))
add("simple", s(30), "zh", "order", "整一束康乃馨给我妈，送家里", any_(T(lines=LS(L("康乃馨", 1)), address=XH), {"reply": [NO_ZH]}))

# ---------------------------------------------------------------- simple, en
t = lambda n: f"h12-se-{n:02d}"
add("simple", t(1), "en", "order", "latte pls", any_(T(lines=LS(L("拿铁", 1))), {"reply": [Q_EN]}))
add("simple", t(2), "en", "order", "could I possibly get a Big Mac meal sent home? thank you so much", T(lines=LS(L("巨无霸", 1, combo="meal")), address=AH))
add("simple", t(3), "en", "order", "kfc bucket 🍗", T(lines=LS(L("全家桶", 1))))
add("simple", t(4), "en", "order", "one bubble tea from coco, nothing fancy", {"reply": ["minimum|at least|short"]})  # corrected: minimum order (CoCo min 15, bubble tea 13)
add("simple", t(5), "en", "order", "starbuks cold brew to work", T(lines=LS(L("冷萃", 1)), address=AO))
add("simple", t(6), "en", "order", "need masks, a box, to the office", T(lines=LS(L("口罩", 1)), address=AO))
add("simple", t(7), "en", "order", "grab me a pork chop noodle from fang laoda", T(lines=LS(L("大排面", 1))))
add("simple", t(8), "en", "order", "gimme some bananas 🍌", any_(T(lines=LS(L("香蕉", None))), {"reply": [Q_EN]}))
add("simple", t(9), "en", "order", "a croissant from Holiland would be lovely", {"reply": ["minimum|at least|short"]})  # corrected: minimum order (world fact)
add("simple", t(10), "en", "ride", "cab to lingyin temple", any_(T("ride_hail"), {"reply": [Q_EN]}))
add("simple", t(11), "en", "ride", "i need to be at the train station (east) by 7 tmrw morning", any_(T("ride_hail", scheduledFor="2026-11-2[67]T"), {"reply": [Q_EN]}))
add("simple", t(12), "en", "weather", "umbrella tomorrow?", {"noTask": True, "reply": ["rain|umbrella|cloud|sun|%"]})
add("simple", t(13), "en", "wallet", "balance?", {"noTask": True, "reply": ["2,?000"]})
add("simple", t(14), "en", "transfer", "pay bob 35 bucks", T("payment", merchant="Bob", totalFen=3500))
add("simple", t(15), "en", "tickets", "what concerts are on?", {"noTask": True, "reply": ["Mayday|Eason|Jay|Joker"]})
add("simple", t(16), "en", "tickets", "one ticket for Zootopia 2 tomorrow night, standard", any_(T("buy_tickets", lines="普通座|Standard"), {"reply": [Q_EN]}))
add("simple", t(17), "en", "place", "anywhere to get noodles near my office?", {"noTask": True, "reply": ["noodle|Noodle|面"]})
add("simple", t(18), "en", "status", "where's my order at", {"noTask": True})
add("simple", t(19), "en", "order", "Yoshinoya karaage to work", {"reply": ["minimum|at least|short"]})  # corrected: minimum order (world fact)
add("simple", t(20), "en", "order", "pork wontons from Yuan Ji, one portion", {"reply": ["minimum|at least|short"]})  # corrected: minimum order (world fact)
add("simple", t(21), "en", "order", "one matcha frap from sbux", T(lines=LS(L("抹茶星冰乐", 1))))
add("simple", t(22), "en", "order", "7-eleven: a snickers", any_(T(lines=LS(L("士力架", 1))), {"reply": [NO_EN]}))
add("simple", t(23), "en", "order", "Freshippo cherry tomatoes", {"reply": ["minimum|at least|short"]})  # corrected: minimum order (world fact)
add("simple", t(24), "en", "order", "a McSpicy burger, just the burger", T(lines=LS(L("麦辣鸡腿堡", 1, combo="single"))))
add("simple", t(25), "en", "spending", "what did I spend last week?", {"noTask": True, "reply": ["\\d"]})
add("simple", t(26), "en", "route", "how long from home to the office by car?", {"noTask": True, "reply": ["min|km"]})
add("simple", t(27), "en", "order", "a kilo of kyoho grapes", any_(T(lines=LS(L("巨峰葡萄", 1, weight="one_kg"))), {"reply": [Q_EN]}))
add("simple", t(28), "en", "order", "hefu tomato beef brisket noodles to home", T(lines=LS(L("番茄牛腩面", 1)), address=AH))
add("simple", t(29), "en", "order", "heytea very grape, pretty please", any_(said("en"), T(scheduledFor="2026-11-26T0[2-9]")))
add("simple", t(30), "en", "order", "lilies for my mom, deliver home", any_(T(lines=LS(L("百合", 1)), address=AH), {"reply": [Q_EN]}))

assert len(P["multi"]) == 120 and len(P["simple"]) == 60, (len(P["multi"]), len(P["simple"]))
for f, rows in P.items():
    with open(os.path.join(OUT, f + ".jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print({f: len(r) for f, r in P.items()})
