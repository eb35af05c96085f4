"""holdout14 — 120 hard multi-constraint probes (outside tester t14, session 15).

Written from the seeded world only (node bin/dimple.js world seed; read with sqlite3). Clock of a
scripted run: Thu 2026-11-26 09:00 Asia/Shanghai = 01:00 UTC. Fri = 27th, Sat = 28th, Sun = 29th.
All scheduledFor checks are UTC (Beijing minus 8 h).

World facts the tricky probes lean on:
- Users: u_xiaoming home 西溪诚园 (Xihu), office 海康威视 阡陌路555号 (Binjiang); u_alice home 春江花月
  之江路1258号 (Shangcheng), office 华星时代广场 文三路478号 (Xihu). Payee: 李华 / Bob (other demo users).
- Ride products: 快车 Express (4 seats), 专车 Premier (4), 六座商务 XL (6 seats) -> no car for 7+ people.
- HEYTEA: only Wensan Rd (5.2 km from 西溪诚园, radius 5 km) and IoT St (Binjiang) -> none reaches
  xiaoming's home (z10).
- McDonald's Qianjiang New Town (24 h) does not reach alice's office (~7.6 km); Hushu South Rd does (ec04).
- 新白鹿 opens 10:30, 海底捞 10:00, HEYTEA 10:00, Tims 07:00 (e05: 05:30 is closed).
- Stock: KFC 西溪诚园 皮蛋瘦肉粥 0 (z14); 真功夫 华星时代 台式卤肉饭 2 (e09); McD Qianjiang 香芋派 3 (e02).
- Tickets: 周杰伦 看台二层 sold out both nights (z03); 周杰伦 Sat 至尊VIP 1 left (z17, e27);
  万能青年旅店 Fri 后排 4 left (z06, e26); 茶馆 only Thu/Fri/Sun 14:00 (z18, e10); 陈奕迅 only Dec 12/13,
  五月天 Dec 4-6 (z31, e24); 贝多芬九 甲等 680 (z22 budget 500); 脱口秀 前排 280 (e29 budget 250);
  万青 前排 480 (zc19 budget 400).
- Budgets unmeetable: KFC 2 香辣鸡腿堡套餐 + 薯条 = 81 > 80 before fees (z01); 朴朴 271.5 > 150 (z24);
  Pagoda 103.5 > 100 (e08).
- Claims: window 1440 min. alice's Starbucks order 2026-11-25 01:49 UTC is inside it (e07);
  xiaoming's latest Luckin order 2026-11-24 02:10 UTC is outside (z37).
- Past orders: xiaoming Luckin 拿铁 大杯/少冰/少糖; 兰州拉面 牛肉面 二细/微辣/加蛋; alice Starbucks 拿铁 大杯/燕麦奶.
- Weather: 2026-11-28 西湖区 多云; 2026-11-29 上城区 晴 Sunny.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

XM_HOME = "西溪诚园|紫金港路21号"
XM_OFF = "海康威视|阡陌路555"
AL_HOME = "春江花月|之江路1258"
AL_OFF = "华星时代|文三路478"
OLY = "奥体|飞虹路"
THEATRE = "杭州剧院|武林广场"
GRAND = "大剧院|新业路39"
HUANGLONG = "黄龙"
EAST = "杭州东站|天城路"
AIRPORT = "机场"
SRRS = "邵逸夫|庆春东路"
EXP = "快车|Express"
PREM = "专车|Premier"
XL = "六座|XL"
LIHUA = "李华|Li ?Hua"
BOB = "Bob"
QZ = "[?？]|吗|哪|请问|要不要|是否|还是"
QE = "\\?|which|would you|do you want|shall i|let me know"


def has(*parts, no=None):
    s = "^"
    if no:
        s += f"(?!.*(?:{no}))"
    return s + "".join(f"(?=.*(?:{p}))" for p in parts)


def q(n):
    return f'"qty":{n}\\b'


def seat_lines(tier, n):
    """Ticket cards list one line per seat (qty 1): exactly n seat lines of the tier, or one line of qty n.
    (Correction after the run: the first version asked for a single line with "qty":n.)"""
    one = '"qty":1\\b'
    return (f"^(?=.*(?:{tier}))(?:(?=.*{q(n)})|(?=(?:.*?{one}){{{n}}})(?!(?:.*?{one}){{{n + 1}}}))")


def T(kind, **kw):
    d = {"kind": kind}
    d.update(kw)
    return d


def order(**kw):
    return T("order_delivery", **kw)


def ride(**kw):
    return T("ride_hail", **kw)


VENUES = [("Jay Chou|周杰伦|Mayday|五月天", "奥体|Olympic"), ("Teahouse|茶馆|Deyunshe|德云社|麻花|Mahua|越剧|梁山伯|Butterfly", "杭州剧院|Hangzhou Theatre"),
          ("Beethoven|贝多芬|Lang Lang|郎朗|Phantom|剧院魅影", "大剧院|Grand Theatre"), ("Joker|薛之谦", "黄龙|Huanglong"),
          ("Zootopia|疯狂动物城", "UME"), ("Wandering Earth|流浪地球", "新远|Xinyuan"), ("Dune|沙丘", "卢米埃|Lumiere")]


def tix(**kw):
    """A ticket card; its merchant may be the event or its venue."""
    m = kw.get("merchant")
    if m:
        for events, venue in VENUES:
            if any(part in m for part in events.split("|")):
                kw["merchant"] = m + "|" + venue
                break
    return T("buy_tickets", **kw)


def ride_or_ask(r, lang):
    """Venues with no map entry (宋城, the Hive Theatre, MAO Livehouse): a ride card or a question."""
    return [{"task": r}, {"reply": [QZ if lang == "zh" else QE]}]


def pay(**kw):
    return T("payment", **kw)


def E(main=None, also=(), tasks=None, reply=None, any_of=None, not_reply=None):
    """main: one task; also: further tasks, each checked through a one-item anyOf."""
    e = {}
    if main:
        e["task"] = main
    if tasks is not None:
        e["tasks"] = tasks
    if reply:
        e["reply"] = reply
    if not_reply:
        e["notReply"] = not_reply
    alts = []
    for t in also:
        alts.append([{"task": t}])
    if any_of:
        alts.append(any_of)
    # several anyOf groups are folded: every group must hold -> nest them
    if alts:
        cur = None
        for group in reversed(alts):
            if cur is not None:
                group = [dict(g, anyOf=cur) for g in group]
            cur = group
        e["anyOf"] = cur
    return e


P = []


def add(id_, lang, intent, turns, expect, services):
    if len(turns) > 1:
        # Correction after the run: a revised card replaces the old one, which stays in the state as
        # cancelled, so an exact task count is too narrow in conversations; each kind's newest card is
        # still checked (awaiting confirmation).
        expect.pop("tasks", None)
    P.append({"id": f"{lang}-{id_}", "lang": lang, "intent": intent, "turns": turns, "expect": expect,
              "_services": services})


# ---------------------------------------------------------------- zh single-turn (40)
add("kfc-ride-budget", "zh", "order+ride",
    ["今晚7点帮我叫个快车从家去杭州剧院，对了出门前先从楼下肯德基点两个香辣鸡腿堡套餐再加一份中薯送到家，总共别超过80块"],
    E(ride(merchant=EXP, address=THEATRE, scheduledFor="2026-11-26T11:00"),
      any_of=[{"reply": ["预算|超出|超过|不够|80"]}]), 2)
add("teahouse-ride", "zh", "tickets+ride",
    ["帮我订明晚7点半《茶馆》两张乙等票，要挨着坐，每张不超过400，再叫个快车明晚6点半从家出发去杭州剧院"],
    E(tix(merchant="茶馆|Teahouse", lines=seat_lines("乙等|Standard", 2), maxUnitFen=40000),
      also=[ride(merchant=EXP, address=THEATRE, scheduledFor="2026-11-27T10:30")], tasks=2), 2)
add("jay-upper-soldout-ride", "zh", "tickets+ride",
    ["周六周杰伦演唱会给我来两张看台二层的，坐一起，顺便约个专车周六晚上6点从家去奥体中心"],
    E(ride(merchant=PREM, address=OLY, scheduledFor="2026-11-28T10:00"),
      reply=["售罄|卖完|没有|无票|已满|sold"]), 2)
add("luckin-office-split-transfer", "zh", "order+transfer",
    ["给我点三杯瑞幸拿铁送到公司，其中两杯大杯少冰，一杯中杯要热的；顺便给李华转200块，备注咖啡钱"],
    E(order(merchant="瑞幸|Luckin", address=XM_OFF, lines=has("拿铁|Latte", q(2), "大杯|[Ll]arge", "少冰|[Ll]ess ice", "热|[Hh]ot")),
      also=[pay(merchant=LIHUA, totalFen=20000)], tasks=2), 2)
add("football-seven-ride", "zh", "tickets+ride",
    ["周日下午去黄龙看浙江队踢申花，我们一共7个人，买7张北看台的票每张200以内，再叫一辆车下午2点把我们7个从家一起送过去"],
    E(tix(lines=seat_lines("北看台|North", 7), maxUnitFen=20000),
      reply=["6|六|坐不下|装不下|两辆|2辆|分开|超|座"]), 2)
add("omni-backrow-mixue", "zh", "tickets+order",
    ["周五晚上万能青年旅店的演出，帮我买6张后排连座，我们先在我家集合，所以再从蜜雪冰城点6杯冰鲜柠檬水送到家"],
    E(order(merchant="蜜雪|Mixue", address=XM_HOME, lines=has("柠檬水|Lemonade", q(6))),
      reply=["只剩|仅剩|不足|不够|4张|四张|剩余|余票"]), 2)
add("pharmacy-hospital-ride", "zh", "order+ride",
    ["我有点发烧，从家附近药店买一盒布洛芬缓释胶囊和一个电子体温计送到家，再帮我约个快车明早8点从家去邵逸夫医院"],
    E(order(address=XM_HOME, lines=has("布洛芬缓释|Ibuprofen SR", "体温计|[Tt]hermometer")),
      also=[ride(merchant=EXP, address=SRRS, scheduledFor="2026-11-27T00:00")], tasks=2), 2)
add("roses-office-transfer", "zh", "order+transfer",
    ["从西溪诚园那家西湖花语订一束9枝红玫瑰，要豪华礼盒，明天中午12点前送到我公司；另外给李华转520"],
    E(order(address=XM_OFF, lines=has("红玫瑰|Red Rose", "豪华|[Dd]eluxe"), scheduledFor="2026-11-27T0[0-4]"),
      also=[pay(merchant=LIHUA, totalFen=52000)], tasks=2), 2)
add("xinbailu-closed-ride", "zh", "order+ride",
    ["现在马上从新白鹿给我送两份东坡肉、一份西湖醋鱼和两碗米饭到家，再帮我叫个快车11点从家去断桥"],
    E(ride(merchant=EXP, address="断桥|北山街", scheduledFor="2026-11-26T03:00"),
      reply=["10:30|10点半|十点半|未营业|还没开|没开|营业时间|预订|预约"]), 2)
add("heytea-range-ride", "zh", "order+ride",
    ["从喜茶点两杯多肉葡萄少糖去冰送到家里，再给我叫个快车上午10点从家去公司"],
    E(ride(merchant=EXP, address=XM_OFF, scheduledFor="2026-11-26T02:00"),
      reply=["范围|太远|超出|送不到|配送不到|不在|距离|没有能送|附近没有"]), 2)  # correction: 附近没有能送到家的
add("yoshinoya-preorder-budget", "zh", "order",
    ["中午12点送到家：吉野家两份招牌牛肉饭都加饭，一份微辣一份不辣，再来两碗味增汤，总价80以内"],
    E(order(merchant="吉野家|Yoshinoya", address=XM_HOME, lines=has("牛肉饭|Beef Bowl", "加饭|[Ee]xtra", "味增汤|Miso", "微辣|[Mm]ild"),
            maxTotalFen=8000, scheduledFor="2026-11-26T0[2-4]")), 1)
add("deyunshe-reminder", "zh", "tickets+reminder",
    ["周日晚上德云社相声专场买3张乙等，三个人挨着，每张600以内；周日下午5点提醒我出门"],
    E(tix(merchant="德云社|Deyunshe", lines=seat_lines("乙等|Standard", 3), maxUnitFen=60000), reply=["提醒"]), 2)
add("lanzhou-repeat-office", "zh", "order",
    ["把上次那家兰州拉面的牛肉面再来两碗送到公司，一碗跟上次一样，一碗不要辣，另外加两个卤蛋"],
    E(order(merchant="兰州|Lanzhou", address=XM_OFF, lines=has("牛肉面|Beef Noodle", "卤蛋|Braised Egg"))), 1)
add("kfc-congee-soldout-ride", "zh", "order+ride",
    ["早饭从肯德基西溪诚园店点：两份皮蛋瘦肉粥、三根油条、一杯大杯K咖啡美式送到家，再叫个快车9点半从家去公司"],
    E(ride(merchant=EXP, address=XM_OFF, scheduledFor="2026-11-26T01:30"),
      reply=["售罄|卖完|没有了|缺货|无货|库存"]), 2)
add("zootopia-mixue", "zh", "tickets+order",
    ["今晚7点半疯狂动物城2，两张黄金区每张60以内；另外从蜜雪冰城点两杯珍珠奶茶到家，一杯大杯少糖加椰果，一杯中杯去冰"],
    E(tix(merchant="疯狂动物城|Zootopia", lines=seat_lines("黄金|Best View", 2), maxUnitFen=6000),
      also=[order(merchant="蜜雪|Mixue", address=XM_HOME, lines=has("珍珠奶茶|Bubble Milk Tea", "椰果|[Cc]oconut", "去冰|[Nn]o ice"))],
      tasks=2), 2)
add("transfer-xl-station", "zh", "transfer+ride",
    ["给李华转300块房租分摊；然后我们5个人带两个大箱子，现在从家去杭州东站，帮我叫辆坐得下的车"],
    E(ride(merchant=XL, address=EAST), also=[pay(merchant=LIHUA, totalFen=30000)], tasks=2), 2)
add("jay-premiumvip-one-left", "zh", "tickets+ride",
    ["周六晚周杰伦要两张至尊VIP，必须连座；再约辆快车周六下午6点从公司去奥体"],
    E(ride(merchant=EXP, address=OLY, scheduledFor="2026-11-28T10:00"),
      reply=["只剩|仅剩|1张|一张|不足|不够|余票|剩"]), 2)
add("teahouse-saturday-none", "zh", "tickets+ride",
    ["周六晚上北京人艺的《茶馆》两张甲等，再帮我叫个车周六6点半从家去杭州剧院"],
    E(reply=["没有|无|不演|周日|周五|29|27|场次"]), 2)
add("songcheng-xl", "zh", "tickets+ride",
    ["周六晚上7点的宋城千古情买4张甲等，每张不超过400，再约一辆六座车周六下午5点半从家出发去宋城"],
    E(tix(merchant="宋城|Songcheng", lines=seat_lines("甲等|Premium", 4), maxUnitFen=40000),
      any_of=ride_or_ask(ride(merchant=XL, scheduledFor="2026-11-28T09:30"), "zh")), 2)
add("two-shops-home", "zh", "order+order",
    ["两家一起点，都送到家：袁记云饺两份鲜肉水饺要18只煎的；朴朴超市买一箱农夫山泉和一盒10枚鸡蛋"],
    E(any_of=[{"tasks": 2, "anyOf": [{"task": order(merchant="袁记|Yuan Ji", address=XM_HOME, lines=has("鲜肉水饺|Pork Dumplings", q(2), "18|[Ee]ighteen", "煎|[Pp]an"))},
                                     {"task": order(merchant="朴朴|Pupu", address=XM_HOME, lines=has("农夫山泉|Nongfu", "鸡蛋|Eggs"))}]},
              # correction: one basket card over both shops is also right
              {"tasks": 1, "task": T("order_basket", address=XM_HOME, lines=has("鲜肉水饺|Pork Dumplings", "18|[Ee]ighteen", "农夫山泉|Nongfu", "鸡蛋|Eggs"))}]), 1)
add("cba-lower-transfer", "zh", "tickets+transfer",
    ["周六CBA广厦对辽宁，四张看台一层，连座，每张不超过300；顺便给李华转560块，是他们俩的票钱"],
    E(tix(lines=seat_lines("看台一层|Lower", 4), maxUnitFen=30000), also=[pay(merchant=LIHUA, totalFen=56000)], tasks=2), 2)
add("beethoven-premium-over", "zh", "tickets+ride",
    ["周六贝多芬第九交响曲要两张甲等，每张500以内，再叫个快车周六晚上7点从家去大剧院"],
    E(ride(merchant=EXP, address=GRAND, scheduledFor="2026-11-28T11:00"),
      reply=["680|预算|超|贵|500"]), 2)
add("weather-zootopia-ride", "zh", "weather+tickets+ride",
    ["帮我看下周六西湖区天气，再订两张周六晚上7点疯狂动物城2的普通座，然后叫个快车周六6点20从家去UME影城"],
    E(tix(lines=seat_lines("普通|Standard", 2)), also=[ride(merchant=EXP, address="UME|五常大道", scheduledFor="2026-11-28T10:20")],
      reply=["多云|云"]), 3)
add("pupu-budget-over", "zh", "order",
    ["朴朴超市买两箱伊利纯牛奶、一袋阿克苏苹果、两盒三文鱼切片，明早8点前送到家，总价控制在150以内"],
    E(reply=["预算|超出|超过|不够|150"]), 1)
add("luckin-repeat-home-transfer", "zh", "order+transfer",
    ["照上次那杯瑞幸拿铁（大杯少冰少糖）来两杯，这次送到家里不是公司；另外给李华转88块"],
    E(order(merchant="瑞幸|Luckin", address=XM_HOME, lines=has("拿铁|Latte", q(2), "大杯|[Ll]arge", "少冰|[Ll]ess ice")),
      also=[pay(merchant=LIHUA, totalFen=8800)], tasks=2), 2)
add("seven-family-ride", "zh", "ride",
    ["明早7点从家去杭州东站，我们一家7口还有行李，帮我叫车，要一辆车全装下"],
    E(reply=["6|六|坐不下|装不下|两辆|2辆|超|座"]), 1)
add("mahua-next-sat-reminder", "zh", "tickets+reminder",
    ["下周六晚上开心麻花《乌龙山伯爵》两张乙等要连座，再在前一天晚上8点提醒我"],
    E(tix(merchant="麻花|Mahua|乌龙山", lines=seat_lines("乙等|Standard", 2)), reply=["提醒"]), 2)
add("haidilao-tonight", "zh", "order",
    ["今晚6点送到家：海底捞四人火锅套餐鸳鸯锅微辣，加两份捞派肥牛和一份虾滑，预算600以内"],
    E(order(merchant="海底捞|Haidilao", address=XM_HOME, lines=has("四人|for Four", "鸳鸯|[Yy]uanyang", "肥牛|Beef Slices", "虾滑|Shrimp"),
            maxTotalFen=60000, scheduledFor="2026-11-26T(09|10):")), 1)
add("yueju-matinee-ride", "zh", "tickets+ride",
    ["12月12号下午越剧《梁山伯与祝英台》两张丙等，再约个快车那天下午1点从家去杭州剧院"],
    E(tix(merchant="越剧|梁山伯|Butterfly", lines=seat_lines("丙等|Economy", 2)),
      also=[ride(merchant=EXP, address=THEATRE, scheduledFor="2026-12-12T05:00")], tasks=2), 2)
add("eason-weekend-none-kfc", "zh", "tickets+order",
    ["这周末陈奕迅演唱会两张内场；另外从肯德基点两块吮指原味鸡和四个葡式蛋挞送到家"],
    E(order(merchant="肯德基|KFC", address=XM_HOME, lines=has("原味鸡|Original", "蛋挞|Egg Tart", q(4))),
      reply=["12月|12号|13号|没有|不在|周末没"]), 2)
add("ride-heytea-office", "zh", "order+ride",
    ["10点帮我叫个快车从家去公司，再让公司楼下物联网街的喜茶10点半送两杯芝芝芒芒少糖到公司"],
    E(ride(merchant=EXP, address=XM_OFF, scheduledFor="2026-11-26T02:00"),
      also=[order(merchant="喜茶|HEYTEA", address=XM_OFF, lines=has("芝芝芒芒|Cheezo Mango", q(2), "少糖|[Ll]ess sugar"))], tasks=2), 2)
add("langlang-flowers", "zh", "tickets+order",
    ["12月9号郎朗钢琴独奏会两张丁等；再订一束11枝白玫瑰标准包装，当天下午3点送到公司"],
    E(tix(merchant="郎朗|Lang Lang", lines=seat_lines("丁等|Balcony", 2)),
      also=[order(address=XM_OFF, lines=has("白玫瑰|White Rose"), scheduledFor="2026-12-09T0[5-7]")], tasks=2), 2)
add("standup-ride-home", "zh", "tickets+ride",
    ["明晚8点的周末脱口秀买3张前排，再帮我约个快车明晚10点从演出场地接我回家"],
    E(tix(lines=seat_lines("前排|Front", 3)), any_of=ride_or_ask(ride(merchant=EXP, address=XM_HOME, scheduledFor="2026-11-27T14:00"), "zh")), 2)
add("yuanji-split-transfer", "zh", "order+transfer",
    ["袁记云饺点三份酸汤水饺送到家，一份特辣两份不辣；然后给李华转38块，是他那两份的钱"],
    E(order(merchant="袁记|Yuan Ji", address=XM_HOME, lines=has("酸汤水饺|Sour Soup", "特辣|[Ee]xtra hot")),
      also=[pay(merchant=LIHUA, totalFen=3800)], tasks=2), 2)
add("kfc-bucket-exclusion", "zh", "order",
    ["肯德基点一个全家桶、4个葡式蛋挞、两杯中可乐要冰镇的，不要薯条，送到家，200以内"],
    E(order(merchant="肯德基|KFC", address=XM_HOME, lines=has("全家桶|Family Bucket", "蛋挞|Egg Tart", q(4), "冰镇|[Cc]hilled", no="薯条|Fries"),
            maxTotalFen=20000)), 1)
add("claim-expired-reorder", "zh", "claim+order",
    ["上周二那杯瑞幸拿铁洒了一半，帮我申请赔付；再重新点一杯一样的大杯少冰少糖拿铁送到公司"],
    E(order(merchant="瑞幸|Luckin", address=XM_OFF, lines=has("拿铁|Latte", "大杯|[Ll]arge", "少冰|[Ll]ess ice")),
      reply=["超过|时限|已过|过期|24小时|期限|时效"]), 2)
add("wandering-ride-reminder", "zh", "tickets+ride+reminder",
    ["明晚8点10分的《流浪地球3》两张黄金区，再帮我叫车明晚7点半从公司去湖滨的新远影城，对了顺便提醒我带充电宝"],
    E(tix(merchant="流浪地球|Wandering Earth", lines=seat_lines("黄金|Best View", 2)),
      also=[ride(address="新远|延安路233|湖滨", scheduledFor="2026-11-27T11:30")], reply=["提醒"]), 3)
add("phantom-matinee-ride", "zh", "tickets+ride",
    ["12月5号下午两点的《剧院魅影》两张乙等，每张700以内要连座，当天中午1点从家叫个快车去大剧院"],
    E(tix(merchant="剧院魅影|Phantom", lines=seat_lines("乙等|Standard", 2), maxUnitFen=70000),
      also=[ride(merchant=EXP, address=GRAND, scheduledFor="2026-12-05T05:00")], tasks=2), 2)
add("zhiweiguan-office-ride", "zh", "order+ride",
    ["公司附近的兰州拉面中午12点送到公司：两碗加肉牛肉面、一份凉拌牛肉；下午6点再帮我叫个快车从公司回家"],
    E(order(merchant="兰州|Lanzhou", address=XM_OFF, lines=has("加肉|Extra Beef", q(2), "凉拌牛肉|Cold Beef"), scheduledFor="2026-11-26T0[2-4]"),
      also=[ride(merchant=EXP, address=XM_HOME, scheduledFor="2026-11-26T10:00")], tasks=2), 2)
add("cba-upper-eight-ride", "zh", "tickets+ride",
    ["周六CBA广厦对辽宁，我们8个人，8张看台二层，再叫一辆车周六晚6点把8个人一起从家拉到奥体"],
    E(tix(lines=seat_lines("看台二层|Upper", 8)), reply=["6|六|坐不下|装不下|两辆|2辆|超|座"]), 2)

# ---------------------------------------------------------------- zh conversations (20)
add("c-jay-ride-premier", "zh", "tickets+ride",
    ["帮我订周六晚上周杰伦演唱会两张内场，连座，再叫个快车周六6点从家去奥体", "车改成专车吧"],
    E(ride(merchant=PREM, address=OLY, scheduledFor="2026-11-28T10:00"),
      also=[tix(merchant="周杰伦|Jay Chou", lines=seat_lines("内场|Floor", 2))], tasks=2), 2)
add("c-luckin-qty-transfer", "zh", "order+transfer",
    ["瑞幸两杯拿铁大杯少冰送到公司，再给李华转100", "拿铁改成三杯"],
    E(order(merchant="瑞幸|Luckin", address=XM_OFF, lines=has("拿铁|Latte", q(3), "大杯|[Ll]arge", "少冰|[Ll]ess ice")),
      also=[pay(merchant=LIHUA, totalFen=10000)], tasks=2), 2)
add("c-teahouse-three", "zh", "tickets+ride",
    ["明晚《茶馆》两张乙等连座，再叫个快车明晚6点半从家去杭州剧院", "票改成三张"],
    E(tix(merchant="茶馆|Teahouse", lines=seat_lines("乙等|Standard", 3)),
      also=[ride(merchant=EXP, address=THEATRE, scheduledFor="2026-11-27T10:30")], tasks=2), 2)
add("c-yoshinoya-time", "zh", "order",
    ["吉野家两份招牌牛肉饭加饭，再加两碗味增汤，中午12点送到家", "改成12点半送到"],
    E(order(merchant="吉野家|Yoshinoya", address=XM_HOME, lines=has("牛肉饭|Beef Bowl", "加饭|[Ee]xtra", "味增汤|Miso"),
            scheduledFor="2026-11-26T0[34]")), 1)
add("c-football-east", "zh", "tickets+ride",
    ["周日下午浙江队对申花，三张北看台，再叫个快车周日下午2点从家去黄龙体育中心", "票换成东看台"],
    E(tix(lines=seat_lines("东看台|East", 3)), also=[ride(merchant=EXP, address=HUANGLONG, scheduledFor="2026-11-29T06:00")], tasks=2), 2)
add("c-kfc-three-turns", "zh", "order",
    ["肯德基两个香辣鸡腿堡套餐，四个蛋挞，送到家", "再加一杯大杯K咖啡美式", "蛋挞改成两个"],
    E(order(merchant="肯德基|KFC", address=XM_HOME, lines=has("香辣鸡腿堡|Zinger", "套餐|[Mm]eal", "蛋挞|Egg Tart", "美式|Americano", "大杯|[Ll]arge",
                                                       no='"qty":4\\b'))), 1)
add("c-standup-ride-time", "zh", "tickets+ride",
    ["周六晚8点脱口秀两张中排，再叫个快车周六晚7点15从家出发去演出场地", "车改成7点出发"],
    E(tix(lines=seat_lines("中排|Middle", 2)), any_of=ride_or_ask(ride(merchant=EXP, scheduledFor="2026-11-28T11:00"), "zh")), 2)
add("c-roses-transfer-amount", "zh", "order+transfer",
    ["西湖花语9枝红玫瑰豪华礼盒，明天中午前送到公司，再给李华转520", "转账改成1314"],
    E(pay(merchant=LIHUA, totalFen=131400),
      also=[order(address=XM_OFF, lines=has("红玫瑰|Red Rose", "豪华|[Dd]eluxe"))], tasks=2), 2)
add("c-ride-five-people", "zh", "ride",
    ["明早8点从家去杭州东站，叫个快车", "我们有5个人"],
    E(ride(merchant=XL, address=EAST, scheduledFor="2026-11-27T00:00")), 1)
add("c-mixue-noice", "zh", "order",
    ["蜜雪冰城4杯柠檬水少糖，2杯珍珠奶茶，送到家", "柠檬水都去冰"],
    E(order(merchant="蜜雪|Mixue", address=XM_HOME, lines=has("柠檬水|Lemonade", q(4), "少糖|[Ll]ess sugar", "去冰|[Nn]o ice", "珍珠奶茶|Bubble Milk Tea"))), 1)
add("c-cba-upper-transfer", "zh", "tickets+transfer",
    ["周六CBA广厦对辽宁四张看台一层，每张300以内，再给李华转560", "票改成看台二层"],
    E(tix(lines=seat_lines("看台二层|Upper", 4)), also=[pay(merchant=LIHUA, totalFen=56000)], tasks=2), 2)
add("c-pharmacy-ride-early", "zh", "order+ride",
    ["药店买布洛芬缓释胶囊和电子体温计送到家，再约个快车明早8点去邵逸夫医院", "车改成明早7点半"],
    E(ride(merchant=EXP, address=SRRS, scheduledFor="2026-11-26T23:30"),
      also=[order(address=XM_HOME, lines=has("布洛芬缓释|Ibuprofen SR", "体温计|[Tt]hermometer"))], tasks=2), 2)
add("c-haidilao-broth", "zh", "order",
    ["海底捞四人套餐鸳鸯锅微辣，加两份捞派肥牛，今晚6点送到家", "锅底换成番茄锅"],
    E(order(merchant="海底捞|Haidilao", address=XM_HOME, lines=has("四人|for Four", "番茄|[Tt]omato", "肥牛|Beef Slices", q(2)),
            scheduledFor="2026-11-26T(09|10):")), 1)
add("c-beethoven-pickup", "zh", "tickets+ride",
    ["周六贝多芬第九两张乙等，再叫个快车周六晚6点半从家去大剧院", "改成从公司出发"],
    E(ride(merchant=EXP, address=GRAND, scheduledFor="2026-11-28T10:30"),
      also=[tix(merchant="贝多芬|Beethoven", lines=seat_lines("乙等|Standard", 2))], tasks=2), 2)
add("c-songcheng-vip", "zh", "tickets+ride",
    ["周六晚7点宋城千古情4张甲等，再约一辆六座车周六下午5点半从家去宋城", "票改成贵宾席"],
    E(tix(merchant="宋城|Songcheng", lines=seat_lines("贵宾|VIP", 4)), any_of=ride_or_ask(ride(merchant=XL, scheduledFor="2026-11-28T09:30"), "zh")), 2)
add("c-lanzhou-add", "zh", "order",
    ["兰州拉面两碗牛肉面微辣加两个卤蛋，送到公司", "再加一份凉拌牛肉"],
    E(order(merchant="兰州|Lanzhou", address=XM_OFF, lines=has("牛肉面|Beef Noodle", "卤蛋|Braised Egg", "凉拌牛肉|Cold Beef"))), 1)
add("c-zootopia-mixue-tier", "zh", "tickets+order",
    ["今晚7点半疯狂动物城2两张普通座，再从蜜雪冰城点两杯珍珠奶茶送到家", "电影票换成黄金区"],
    E(tix(merchant="疯狂动物城|Zootopia", lines=seat_lines("黄金|Best View", 2)),
      also=[order(merchant="蜜雪|Mixue", address=XM_HOME, lines=has("珍珠奶茶|Bubble Milk Tea", q(2)))], tasks=2), 2)
add("c-transfer-amount-luckin", "zh", "order+transfer",
    ["给李华转200，再点两杯瑞幸拿铁大杯送到公司", "不对，转150"],
    E(pay(merchant=LIHUA, totalFen=15000), also=[order(merchant="瑞幸|Luckin", address=XM_OFF, lines=has("拿铁|Latte", q(2), "大杯|[Ll]arge"))],
      tasks=2), 2)
add("c-omni-front-budget", "zh", "tickets+ride",
    ["周日晚万能青年旅店两张中排，每张不超过400，再约个快车周日晚7点从家过去", "改成前排"],
    E(any_of=[{"task": tix(lines=seat_lines("前排|Front", 2)), "reply": ["480|预算|超|400"]}, {"reply": [QZ]}]), 2)
add("c-xinbailu-time", "zh", "order",
    ["新白鹿中午12点送到家：两份东坡肉、一份蟹粉豆腐、两碗米饭", "改成12点半送"],
    E(order(merchant="新白鹿|Xin Bai Lu", address=XM_HOME, lines=has("东坡肉|Dongpo", q(2), "蟹粉豆腐|Crab Roe", "米饭|Rice"),
            scheduledFor="2026-11-26T0[34]")), 1)

# ---------------------------------------------------------------- en single-turn (40)
add("jay-floor-premier", "en", "tickets+ride",
    ["Two tickets for Saturday's Jay Chou concert, Floor, seats together, under 900 each, and a Premier car from home at 6pm to the Olympic Sports Centre"],
    E(tix(merchant="Jay Chou|周杰伦", lines=seat_lines("Floor|内场", 2), maxUnitFen=90000),
      also=[ride(merchant=PREM, address=OLY, scheduledFor="2026-11-28T10:00")], tasks=2), 2)
add("mcd-taro-stock-ride", "en", "order+ride",
    ["From McDonald's Qianjiang New Town: 2 Big Mac meals, 1 McSpicy single and 5 taro pies to my home, oh and an Express to the office at 10am"],
    E(ride(merchant=EXP, address=AL_OFF, scheduledFor="2026-11-26T02:00"),
      reply=["only|left|stock|sold out|3"]), 2)
add("tims-oat-transfer", "en", "order+transfer",
    ["Tims near home: 3 large oat lattes, one of them hot, plus 2 plain bagels, delivered home; and transfer 150 to Bob for lunch"],
    E(order(merchant="Tims", address=AL_HOME, lines=has("Oat Latte|燕麦拿铁", q(3) + '|"qty":1\\b', "[Ll]arge|大杯", "[Hh]ot|热", "Bagel|贝果")),  # correction: the hot one is its own line
      also=[pay(merchant=BOB, totalFen=15000)], tasks=2), 2)
add("teahouse-tonight-ride", "en", "tickets+ride",
    ["Teahouse tonight, 2 Premium seats together under 600 each, and an Express from my office at 6:45pm to Hangzhou Theatre"],
    E(tix(merchant="Teahouse|茶馆", lines=seat_lines("Premium|甲等", 2), maxUnitFen=60000),
      also=[ride(merchant=EXP, address=THEATRE, scheduledFor="2026-11-26T10:45")], tasks=2), 2)
add("airport-seven-tims-closed", "en", "ride+order",
    ["Friday 5:30am, 7 of us need one car from home to Xiaoshan airport, and have Tims deliver 7 americanos to my home at 5:30 before we leave"],
    E(reply=["6|six|seat|two cars|2 cars|fit"]), 2)
add("mayday-vip-reminder", "en", "tickets+reminder",
    ["Mayday on December 4th: 4 VIP Floor tickets together, max 1300 each, and remind me the day before at 8pm"],
    E(tix(merchant="Mayday|五月天", lines=seat_lines("VIP", 4), maxUnitFen=130000), reply=["remind"]), 2)
add("starbucks-repeat-claim", "en", "order+claim",
    ["The Starbucks latte I got yesterday arrived spilled, please file a claim for it; and order two of the same (large, oat milk) to my office this time"],
    E(order(merchant="Starbucks|星巴克", address=AL_OFF, lines=has("Latte|拿铁", q(2), "[Oo]at|燕麦", "[Ll]arge|大杯")),
      reply=["claim|refund|compensat|photo"]), 2)
add("pagoda-budget-transfer", "en", "order+transfer",
    ["Pagoda Fruit to my home: 1kg bananas, 1kg Fuji apples and a box of Chilean cherries, keep the total under 100; and send Bob 50"],
    E(pay(merchant=BOB, totalFen=5000), reply=["budget|over|exceed|100|more than"]), 2)
add("kungfu-stock-ride", "en", "order+ride",
    ["Real Kungfu at Huaxing Times Square: 3 Taiwanese braised pork rice with soy milk, to my office at noon; and an Express from the office to home at 6pm"],
    E(ride(merchant=EXP, address=AL_HOME, scheduledFor="2026-11-26T10:00"),
      reply=["only|left|stock|sold out|2"]), 2)
add("teahouse-saturday-none", "en", "tickets+ride",
    ["Two Premium tickets for Teahouse on Saturday evening and an Express from home to Hangzhou Theatre Saturday 6:30pm"],
    E(reply=["Sunday|Friday|29|27|no (show|session|performance)|not (on|playing|showing|available)|isn't"]), 2)
add("langlang-ride", "en", "tickets+ride",
    ["Lang Lang's recital on Dec 9: 2 Balcony tickets side by side, and an Express from home to the Grand Theatre at 6:45pm that day"],
    E(tix(merchant="Lang Lang|郎朗", lines=seat_lines("Balcony|丁等", 2)),
      also=[ride(merchant=EXP, address=GRAND, scheduledFor="2026-12-09T10:45")], tasks=2), 2)
add("cba-eight-ride", "en", "tickets+ride",
    ["Saturday's CBA game Guangsha vs Liaoning: 8 Upper Stand tickets together, and one car for all 8 of us from home at 6pm"],
    E(tix(lines=seat_lines("Upper|看台二层", 8)), reply=["6|six|seat|two cars|2 cars|fit"]), 2)
add("weather-teahouse-ride", "en", "weather+tickets+ride",
    ["What's the weather in Shangcheng on Sunday? Also book 2 Standard seats for Teahouse Sunday 2pm and an Express from home at 1:15pm to Hangzhou Theatre"],
    E(tix(merchant="Teahouse|茶馆", lines=seat_lines("Standard|乙等", 2)),
      also=[ride(merchant=EXP, address=THEATRE, scheduledFor="2026-11-29T05:15")], reply=["sunny|sun|clear"]), 3)
add("lamb-closed-ride", "en", "order+ride",
    ["Right now get me 20 lamb skewers from Long Ago Lamb Skewers near home, delivered home ASAP, and book an Express from home to Hefang Street at 1pm"],
    E(ride(merchant=EXP, address="河坊街", scheduledFor="2026-11-26T05:00"),
      reply=["11:00|11am|11 am|closed|open|not open|pre-?order|schedule"]), 2)
add("mcd-late-ride", "en", "order+ride",
    ["Tonight at 11pm deliver 2 McSpicy meals and a 10-piece McNuggets to my home, under 120 total, and book me an Express at 10:15pm from the office to home"],
    E(order(merchant="McDonald|麦当劳", address=AL_HOME, lines=has("McSpicy|麦辣鸡腿堡", q(2), "[Mm]eal|套餐", "10|十"), maxTotalFen=12000,
            scheduledFor="2026-11-26T1[45]"),
      also=[ride(merchant=EXP, address=AL_HOME, scheduledFor="2026-11-26T14:15")], tasks=2), 2)
add("tims-pagoda-two-orders", "en", "order+order",
    ["Two deliveries to my home please: from Tims 2 maple lattes large and a Timbits box; from Pagoda Fruit a fresh-cut fruit platter and 2 boxes of blueberries"],
    E(any_of=[{"tasks": 2, "anyOf": [{"task": order(merchant="Tims", address=AL_HOME, lines=has("Maple|枫糖", q(2), "Timbits"))},
                                     {"task": order(merchant="Pagoda|百果园", address=AL_HOME, lines=has("Platter|拼盘", "Blueberr|蓝莓", q(2)))}]},
              # correction: one basket card over both shops is also right
              {"tasks": 1, "task": T("order_basket", address=AL_HOME, lines=has("Maple|枫糖", "Timbits", "Platter|拼盘", "Blueberr|蓝莓"))}]), 1)
add("zootopia-kids-transfer", "en", "tickets+transfer",
    ["Zootopia 2 on Saturday at 1:40pm: 3 Standard seats together for me and my two kids; and transfer 45 to Bob for his ticket last time"],
    E(tix(merchant="Zootopia|疯狂动物城", lines=seat_lines("Standard|普通", 3)), also=[pay(merchant=BOB, totalFen=4500)], tasks=2), 2)
add("mahua-five-xl", "en", "tickets+ride",
    ["Mahua comedy on Dec 6: 5 Economy tickets for the five of us, seats together, and one car for all five from home to Hangzhou Theatre at 6:30pm that day"],
    E(tix(lines=seat_lines("Economy|丙等", 5)), also=[ride(merchant=XL, address=THEATRE, scheduledFor="2026-12-06T10:30")], tasks=2), 2)
add("deyunshe-flowers", "en", "tickets+order",
    ["Deyunshe crosstalk Sunday night: 2 Premium tickets under 1000 each; and send a 9-stem red rose bouquet with a deluxe gift box to my home by 5pm today"],
    E(tix(merchant="Deyunshe|德云社", lines=seat_lines("Premium|甲等", 2), maxUnitFen=100000),
      also=[order(address=AL_HOME, lines=has("Red Rose|红玫瑰", "[Dd]eluxe|豪华"))], tasks=2), 2)
add("phantom-three-services", "en", "tickets+transfer+ride",
    ["Phantom of the Opera Dec 4 evening: 2 Premium together, transfer 880 to Bob for his seat, and an Express from the office to the Grand Theatre at 6:40pm that day"],
    E(tix(merchant="Phantom|剧院魅影", lines=seat_lines("Premium|甲等", 2)),
      also=[pay(merchant=BOB, totalFen=88000), ride(merchant=EXP, address=GRAND, scheduledFor="2026-12-04T10:40")], tasks=3), 3)
add("eason-weekend-none-order", "en", "tickets+order",
    ["Eason Chan this weekend, 2 Floor tickets; and meanwhile 2 Big Mac meals from McDonald's Qianjiang New Town to my home"],
    E(order(merchant="McDonald|麦当劳", address=AL_HOME, lines=has("Big Mac|巨无霸", q(2), "[Mm]eal|套餐")),
      reply=["Dec|12|13|not this weekend|no "]), 2)
add("pharmacy-kids-ride", "en", "order+ride",
    ["My kid has a fever: children's ibuprofen suspension, a digital thermometer and band-aids from a pharmacy near home delivered home, and an Express to the Children's Hospital in Binjiang at 2pm"],
    E(order(address=AL_HOME, lines=has("Suspension|混悬液", "[Tt]hermometer|体温计", "Band|创可贴")),
      also=[ride(merchant=EXP, address="儿童医院|滨盛路", scheduledFor="2026-11-26T06:00")], tasks=2), 2)
add("omni-backrow-ride", "en", "tickets+ride",
    ["Omnipotent Youth Society on Friday: 6 Back seats together, and an Express from home at 7pm to the livehouse"],
    E(reply=["only|left|4|four|not enough"]), 2)
add("jay-premiumvip-ride", "en", "tickets+ride",
    ["2 Premium VIP tickets together for Jay Chou on Saturday, and a Premier car from my office to the Olympic Sports Centre at 5:30pm"],
    E(ride(merchant=PREM, address=OLY, scheduledFor="2026-11-28T09:30"), reply=["only|left|1|one|not enough"]), 2)
add("coco-office-transfer", "en", "order+transfer",
    ["CoCo at Huaxing Times Square: 4 bubble milk teas, large, less sugar, to my office at 3pm; and transfer 39 to Bob for his share"],
    E(order(merchant="CoCo", address=AL_OFF, lines=has("Bubble Milk Tea|珍珠奶茶", q(4), "[Ll]arge|大杯", "[Ll]ess sugar|少糖"), scheduledFor="2026-11-26T0[67]"),
      also=[pay(merchant=BOB, totalFen=3900)], tasks=2), 2)
add("standup-front-budget", "en", "tickets+ride",
    ["Saturday's stand-up comedy: 2 Front row seats, max 250 each, plus an Express from home at 7:15pm"],
    E(reply=["280|budget|over|exceed|250|more than"], any_of=ride_or_ask(ride(merchant=EXP, scheduledFor="2026-11-28T11:15"), "en")), 2)
add("pupu-tomorrow-ride", "en", "order+ride",
    ["From Pupu near home: a case of Nongfu Spring water, 10 eggs and 2 whole wheat toasts, arriving by 8am tomorrow at home; and an Express to the office at 9am tomorrow"],
    E(order(merchant="Pupu|朴朴", address=AL_HOME, lines=has("Nongfu|农夫山泉", "Eggs|鸡蛋", "Toast|吐司", q(2)), scheduledFor="2026-11-2[67]T(2[0-3]|00)"),
      also=[ride(merchant=EXP, address=AL_OFF, scheduledFor="2026-11-27T01:00")], tasks=2), 2)
add("songcheng-matinee-ride", "en", "tickets+ride",
    ["Romance of the Song Dynasty on Saturday at 3pm: 2 Standard tickets under 350 each, and an Express from home to Songcheng at 1:45pm"],
    E(tix(merchant="Song|宋城", lines=seat_lines("Standard|乙等", 2), maxUnitFen=35000),
      any_of=ride_or_ask(ride(merchant=EXP, scheduledFor="2026-11-28T05:45"), "en")), 2)
add("wandering-mcd-late", "en", "tickets+order",
    ["Wandering Earth 3 tonight at 7:30: 2 Best View seats; and have McDonald's deliver 2 Filet-O-Fish meals to my home at 10:30pm"],
    E(tix(merchant="Wandering Earth|流浪地球", lines=seat_lines("Best View|黄金", 2)),
      also=[order(merchant="McDonald|麦当劳", address=AL_HOME, lines=has("Filet|麦香鱼", q(2), "[Mm]eal|套餐"), scheduledFor="2026-11-26T1[34]")], tasks=2), 2)
add("cba-courtside-transfer", "en", "tickets+transfer",
    ["CBA Guangsha vs Guangdong on Dec 9: 2 Courtside VIP together, and transfer 880 to Bob, he's paying me back later"],
    E(tix(lines=seat_lines("Courtside|场边", 2)), also=[pay(merchant=BOB, totalFen=88000)], tasks=2), 2)
add("beethoven-economy-reminder", "en", "tickets+reminder",
    ["Beethoven's Ninth on Saturday: 3 Economy seats together, max 300 each, and remind me Saturday at 5pm to leave"],
    E(tix(merchant="Beethoven|贝多芬", lines=seat_lines("Economy|丙等", 3), maxUnitFen=30000), reply=["remind"]), 2)
add("xiha-tonight-ride", "en", "tickets+ride",
    ["Xiha crosstalk gala tonight: 2 Front seats, and an Express from the office at 6:45pm to the theatre"],
    E(tix(lines=seat_lines("Front|前排", 2)), any_of=ride_or_ask(ride(merchant=EXP, scheduledFor="2026-11-26T10:45"), "en")), 2)
add("yuanji-lunch-budget", "en", "order",
    ["Yuan Ji Dumplings to my home at 12:30: 2 pork dumplings, 18 pieces, pan-fried, and 1 shrimp wontons; under 80 in total"],
    E(order(merchant="Yuan Ji|袁记", address=AL_HOME, lines=has("Pork Dumplings|鲜肉水饺", q(2), "18|[Ee]ighteen", "[Pp]an|煎", "Shrimp|虾仁"),
            maxTotalFen=8000, scheduledFor="2026-11-26T0[34]")), 1)
add("joker-upper-ride", "en", "tickets+ride",
    ["Joker Xue this Saturday: 2 Upper Stand tickets together, and an Express from home to Huanglong Sports Centre at 6pm"],
    E(tix(merchant="Joker|薛之谦", lines=seat_lines("Upper|看台二层", 2)),
      also=[ride(merchant=EXP, address=HUANGLONG, scheduledFor="2026-11-28T10:00")], tasks=2), 2)
add("mcd-office-exclusion", "en", "order",
    ["McDonald's to my office by noon: 2 Big Mac meals, a 10-piece McNuggets and 2 chocolate sundaes, no strawberry ones"],
    E(order(merchant="McDonald|麦当劳", address=AL_OFF, lines=has("Big Mac|巨无霸", "Nuggets|麦乐鸡", "Chocolate|巧克力", no="Strawberry|草莓"))), 1)
add("football-west-ride", "en", "tickets+ride",
    ["Zhejiang vs Shenhua on Sunday: 3 West Stand tickets under 500 each, together, and an Express from home to Huanglong at 1:30pm"],
    E(tix(lines=seat_lines("West|西看台", 3), maxUnitFen=50000),
      also=[ride(merchant=EXP, address=HUANGLONG, scheduledFor="2026-11-29T05:30")], tasks=2), 2)
add("haidilao-office-budget", "en", "order",
    ["Haidilao to my office at 6:30pm: a hot pot set for two with tomato broth, mild, plus shrimp paste and beef tripe, keep it under 350"],
    E(order(merchant="Haidilao|海底捞", address=AL_OFF, lines=has("for Two|双人", "[Tt]omato|番茄", "Shrimp|虾滑", "Tripe|毛肚"),
            maxTotalFen=35000, scheduledFor="2026-11-26T(09|10):")), 1)
add("dune-transfer-ride", "en", "tickets+ride",
    ["Dune 3 on Saturday at 7pm: 2 Best View seats, and an Express from home to Lumiere Cinema Binjiang at 6:15pm"],
    E(tix(merchant="Dune|沙丘", lines=seat_lines("Best View|黄金", 2)),
      also=[ride(merchant=EXP, address="卢米埃|江汉路1515", scheduledFor="2026-11-28T10:15")], tasks=2), 2)
add("ride-and-order-at-dest", "en", "order+ride",
    ["Book an Express from home to my office at 9:30am, and have CoCo at Huaxing Times Square deliver 2 jasmine milk green teas, less sugar, to the office for 10am"],
    E(ride(merchant=EXP, address=AL_OFF, scheduledFor="2026-11-26T01:30"),
      also=[order(merchant="CoCo", address=AL_OFF, lines=has("Jasmine|茉香", q(2), "[Ll]ess sugar|少糖"))], tasks=2), 2)
add("flowers-min-order-transfer", "en", "order+transfer",
    ["Order a succulent pot from a florist to my home this afternoon, just the one, and also send 66 to Bob"],
    E(pay(merchant=BOB, totalFen=6600),
      reply=["minimum|at least|\\bmin\\b|top up|add more"]), 2)

# ---------------------------------------------------------------- en conversations (20)
add("c-jay-three", "en", "tickets+ride",
    ["Two Floor tickets for Jay Chou on Saturday, together, and a Premier from home at 6pm to the Olympic Sports Centre", "make it 3 tickets"],
    E(tix(merchant="Jay Chou|周杰伦", lines=seat_lines("Floor|内场", 3)),
      also=[ride(merchant=PREM, address=OLY, scheduledFor="2026-11-28T10:00")], tasks=2), 2)
add("c-tims-transfer", "en", "order+transfer",
    ["Tims: 3 large oat lattes and 2 plain bagels to my home, and transfer 150 to Bob", "change the transfer to 200"],
    E(pay(merchant=BOB, totalFen=20000),
      also=[order(merchant="Tims", address=AL_HOME, lines=has("Oat Latte|燕麦拿铁", q(3), "Bagel|贝果"))], tasks=2), 2)
add("c-teahouse-pickup", "en", "tickets+ride",
    ["Teahouse tonight, 2 Premium together, and an Express from my office at 6:45pm to Hangzhou Theatre", "actually pick me up at 6:30"],
    E(ride(merchant=EXP, address=THEATRE, scheduledFor="2026-11-26T10:30"),
      also=[tix(merchant="Teahouse|茶馆", lines=seat_lines("Premium|甲等", 2))], tasks=2), 2)
add("c-mcd-to-office", "en", "order",
    ["McDonald's Qianjiang New Town: 2 Big Mac meals and a 10-piece McNuggets to my home at 11pm", "send it to my office instead"],
    E(any_of=[{"task": order(merchant="McDonald|麦当劳", address=AL_OFF, lines=has("Big Mac|巨无霸", q(2), "Nuggets|麦乐鸡"))},
              {"reply": ["range|too far|deliver|distance|reach"]}]), 1)
add("c-ride-six", "en", "ride",
    ["Express from home to Hangzhou East Station tomorrow at 8am", "there'll be 6 of us"],
    E(ride(merchant=XL, address=EAST, scheduledFor="2026-11-27T00:00")), 1)
add("c-mayday-upper", "en", "tickets+reminder",
    ["Mayday Dec 4: 4 Lower Stand tickets, max 600 each, and remind me on Dec 3 at 8pm", "switch to Upper Stand"],
    E(tix(merchant="Mayday|五月天", lines=seat_lines("Upper|看台二层", 4), maxUnitFen=60000)), 2)
add("c-pagoda-platter", "en", "order",
    ["Pagoda Fruit to my home: 1kg bananas, 1kg Shine Muscat grapes and 2 boxes of blueberries", "add a fresh-cut fruit platter"],
    E(order(merchant="Pagoda|百果园", address=AL_HOME, lines=has("Banana|香蕉", "Shine Muscat|阳光玫瑰", "Blueberr|蓝莓", "Platter|拼盘"))), 1)
add("c-langlang-premier", "en", "tickets+ride",
    ["Lang Lang on Dec 9: 2 Balcony tickets, and an Express from home to the Grand Theatre at 6:45pm that day", "make the car a Premier"],
    E(ride(merchant=PREM, address=GRAND, scheduledFor="2026-12-09T10:45"),
      also=[tix(merchant="Lang Lang|郎朗", lines=seat_lines("Balcony|丁等", 2))], tasks=2), 2)
add("c-coco-large", "en", "order+transfer",
    ["CoCo at Huaxing Times Square: 4 bubble milk teas, less sugar, to my office, and send Bob 30", "make them all large"],
    E(order(merchant="CoCo", address=AL_OFF, lines=has("Bubble Milk Tea|珍珠奶茶", q(4), "[Ll]arge|大杯", "[Ll]ess sugar|少糖")),
      also=[pay(merchant=BOB, totalFen=3000)], tasks=2), 2)
add("c-deyunshe-ride-time", "en", "tickets+ride",
    ["Deyunshe on Sunday: 2 Standard tickets together, and an Express from home at 6:30pm to Hangzhou Theatre", "the car should come at 6:45 instead"],
    E(ride(merchant=EXP, address=THEATRE, scheduledFor="2026-11-29T10:45"),
      also=[tix(merchant="Deyunshe|德云社", lines=seat_lines("Standard|乙等", 2))], tasks=2), 2)
add("c-songcheng-express", "en", "tickets+ride",
    ["Songcheng show Saturday 7pm: 4 Premium tickets, and an XL car from home at 5:30pm to Songcheng", "we're only 4, a regular Express is fine"],
    E(tix(merchant="Song|宋城", lines=seat_lines("Premium|甲等", 4)),
      any_of=ride_or_ask(ride(merchant=EXP, scheduledFor="2026-11-28T09:30"), "en")), 2)
add("c-kungfu-sprite", "en", "order",
    ["Real Kungfu at Huaxing Times Square, to my office at noon: 2 mushroom chicken rice with extra rice and cola, plus 2 steamed egg custards", "make the drinks Sprite"],
    E(order(merchant="Real Kungfu|真功夫", address=AL_OFF, lines=has("Mushroom Chicken|冬菇鸡腿", "Sprite|雪碧", "[Ee]xtra|加饭", "Egg Custard|蒸蛋"),
            scheduledFor="2026-11-26T0[34]")), 1)
add("c-cba-five", "en", "tickets+transfer",
    ["CBA on Saturday, Guangsha vs Liaoning: 4 Lower Stand tickets together, and transfer 560 to Bob", "actually 5 tickets"],
    E(tix(lines=seat_lines("Lower|看台一层", 5)), also=[pay(merchant=BOB, totalFen=56000)], tasks=2), 2)
add("c-haidilao-seven", "en", "order",
    ["Haidilao to my office at 6pm: hot pot set for two, tomato broth, plus shrimp paste", "deliver at 7 instead"],
    E(order(merchant="Haidilao|海底捞", address=AL_OFF, lines=has("for Two|双人", "[Tt]omato|番茄", "Shrimp|虾滑"), scheduledFor="2026-11-26T1[01]:")), 1)
add("c-phantom-three", "en", "tickets+ride",
    ["Phantom on Dec 5 at 2pm: 2 Standard tickets, and an Express from home to the Grand Theatre at 1pm that day", "3 tickets please"],
    E(tix(merchant="Phantom|剧院魅影", lines=seat_lines("Standard|乙等", 3)),
      also=[ride(merchant=EXP, address=GRAND, scheduledFor="2026-12-05T05:00")], tasks=2), 2)
add("c-starbucks-muffin", "en", "order",
    ["Starbucks: 2 large oat lattes to my office", "add a blueberry muffin"],
    E(order(merchant="Starbucks|星巴克", address=AL_OFF, lines=has("Latte|拿铁", q(2), "[Oo]at|燕麦", "[Ll]arge|大杯", "Muffin|麦芬"))), 1)
add("c-omni-four", "en", "tickets+ride",
    ["Omnipotent Youth Society on Sunday: 2 Middle seats, max 400 each, and an Express from home at 7pm", "make it 4 tickets"],
    E(tix(lines=seat_lines("Middle|中排", 4), maxUnitFen=40000), any_of=ride_or_ask(ride(merchant=EXP, scheduledFor="2026-11-29T11:00"), "en")), 2)
add("c-standup-front", "en", "tickets+ride",
    ["Stand-up comedy tomorrow at 8pm: 2 Middle seats, and an Express from the office at 7:15pm", "Front row instead"],
    E(tix(lines=seat_lines("Front|前排", 2)), any_of=ride_or_ask(ride(merchant=EXP, scheduledFor="2026-11-27T11:15"), "en")), 2)
add("c-pharmacy-ride-later", "en", "order+ride",
    ["Children's ibuprofen suspension and a thermometer from a pharmacy to my home, and an Express to the Children's Hospital in Binjiang at 2pm", "push the ride to 3pm"],
    E(ride(merchant=EXP, address="儿童医院|滨盛路", scheduledFor="2026-11-26T07:00"),
      also=[order(address=AL_HOME, lines=has("Suspension|混悬液", "[Tt]hermometer|体温计"))], tasks=2), 2)
add("c-football-east", "en", "tickets+ride",
    ["Zhejiang vs Shenhua on Sunday: 3 West Stand tickets, and an Express from home to Huanglong at 1:30pm", "move us to the East Stand to save money", "and keep the car as it is"],
    E(tix(lines=seat_lines("East|东看台", 3)), also=[ride(merchant=EXP, address=HUANGLONG, scheduledFor="2026-11-29T05:30")], tasks=2), 2)


def main():
    assert len(P) == 120, len(P)
    ids = [p["id"] for p in P]
    assert len(set(ids)) == len(ids)
    with open(os.path.join(HERE, "multi.jsonl"), "w", encoding="utf-8") as f:
        for p in P:
            out = {k: v for k, v in p.items() if not k.startswith("_")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    meta = {p["id"]: {"services": p["_services"], "turns": len(p["turns"])} for p in P}
    with open("/tmp/t14-meta.json", "w") as f:
        json.dump(meta, f)
    conv = sum(1 for p in P if len(p["turns"]) > 1)
    two = sum(1 for p in P if p["_services"] >= 2)
    print(len(P), "probes;", conv, "conversations;", two, "span 2+ services;",
          sum(1 for p in P if p["lang"] == "zh"), "zh")


if __name__ == "__main__":
    main()
