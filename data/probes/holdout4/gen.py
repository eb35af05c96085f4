import json

def AND(*pats):
    return "^" + "".join(f"(?=[\\s\\S]*({p}))" for p in pats)
def NOT(p, *pats):
    return "^" + f"(?![\\s\\S]*({p}))" + "".join(f"(?=[\\s\\S]*({q}))" for q in pats)
QTY2 = '"qty":2'
TWO_LINES = '"qty":1[\\s\\S]*"qty":1'
THREE_LINES = '"qty":1[\\s\\S]*"qty":1[\\s\\S]*"qty":1'

XM_HOME = "西溪诚园"; XM_OFF = "海康威视|阡陌路"
AL_HOME = "春江花月|之江路"; AL_OFF = "华星|文三路"
ASK_ADDR_ZH = "送到哪|送哪|哪个地址|什么地址|地址[？?]|家里还是公司|家还是公司|送到家还是|收货地址"
ASK_ADDR_EN = "which address|what address|where (should|do|would|shall)|home or (the |your )?(office|work)|office or home|deliver (it )?to\\?|address\\?"
ASK_FROM_ZH = "从哪|出发地|上车地点|在哪上车|哪里出发|起点"
ASK_FROM_EN = "where (are you|will you be|should .*pick|to pick|from)|pick(ed)? ?up (from|location|point)|starting point|from where|where from|origin"
Q_ZH = "[？?]"; Q_EN = "\\?"

def task(kind, **kw):
    t = {"kind": kind}
    for k, v in kw.items():
        if v is not None:
            t[k] = v
    return t

def T(kind, **kw):
    return {"task": task(kind, **kw)}

def ask(kind, pat):
    """An honest question or refusal instead of a card: no task at all, or a task still needing info / failed."""
    return [
        {"noTask": True, "reply": [pat]},
        {"task": {"kind": kind, "status": ["needs_info", "failed", "cancelled"]}, "reply": [pat]},
    ]

def honest_no(kind, pat):
    return {"anyOf": ask(kind, pat)}

def card_or_ask(kind, pat, **kw):
    return {"anyOf": [T(kind, **kw)] + ask(kind, pat)}

probes = {"simple": [], "multi": []}
def P(file, pid, lang, intent, turns, expect):
    if isinstance(turns, str): turns = [turns]
    probes[file].append({"id": pid, "lang": lang, "intent": intent, "turns": turns, "expect": expect})

D = "order_delivery"; R = "ride_hail"; K = "buy_tickets"; PAY = "payment"; AS = "after_sale"

# ---------------- simple zh (u_xiaoming) ----------------
s = "simple"
P(s,"h4s-zh-01","zh","delivery","帮我点杯瑞幸生椰拿铁 送到公司 少冰",
  T(D, merchant="瑞幸|Luckin", lines=AND("生椰拿铁","少冰"), address=XM_OFF))
P(s,"h4s-zh-02","zh","delivery","来两杯蜜雪冰城珍珠奶茶，半糖去冰，送家里",
  T(D, merchant="蜜雪|Mixue", lines=AND("珍珠奶茶",QTY2,"半糖","去冰"), address=XM_HOME))
P(s,"h4s-zh-03","zh","delivery","kfc 老北京鸡肉卷 微辣 一个 到家",
  T(D, merchant="肯德基|KFC", lines=AND("老北京鸡肉卷","微辣"), address=XM_HOME))
P(s,"h4s-zh-04","zh","delivery","麦当劳巨无霸套餐来一个",
  card_or_ask(D, ASK_ADDR_ZH, merchant="麦当劳|McDonald", lines=AND("巨无霸","套餐")))
P(s,"h4s-zh-05","zh","delivery","帮我定一份兰州拉面的牛肉面 大宽 加蛋 送到公斯",
  card_or_ask(D, ASK_ADDR_ZH, merchant="兰州|Lanzhou", lines=AND("牛肉面","大宽","加蛋"), address=XM_OFF))
P(s,"h4s-zh-06","zh","delivery","家里布洛芬吃完了，帮忙买一盒送到家",
  T(D, lines="布洛芬", address=XM_HOME))
P(s,"h4s-zh-07","zh","delivery","订一束向日葵花束送到公司，要手写贺卡",
  T(D, lines=AND("向日葵","手写贺卡"), address=XM_OFF))
P(s,"h4s-zh-08","zh","delivery","叮咚买菜：西红柿两斤、鸡蛋一盒，送家",
  T(D, merchant="叮咚|Dingdong", lines=AND("西红柿",QTY2,"鸡蛋"), address=XM_HOME))
P(s,"h4s-zh-09","zh","delivery","买两份砂糖橘，每份1kg，送家里",
  T(D, lines=AND("砂糖橘",QTY2,"1kg|1 kg"), address=XM_HOME))
P(s,"h4s-zh-10","zh","delivery","☕️☕️ 两杯manner拿铁 燕麦奶 送公司 thx",
  T(D, merchant="Manner", lines=AND("拿铁",QTY2,"燕麦"), address=XM_OFF))
P(s,"h4s-zh-11","zh","delivery","整杯冰美式 瑞幸的 送公司",
  T(D, merchant="瑞幸|Luckin", lines="美式", address=XM_OFF))
P(s,"h4s-zh-12","zh","delivery","中午想吃个盖饭 30块以内 送公司",
  {"anyOf":[T(D, maxTotalFen=3000, address=XM_OFF)] + ask(D, Q_ZH)})
P(s,"h4s-zh-13","zh","delivery","来杯奶茶 不要蜜雪冰城的 送家",
  {"anyOf":[T(D, merchant=NOT("蜜雪|Mixue"), address=XM_HOME)] + ask(D, Q_ZH)})
P(s,"h4s-zh-14","zh","delivery","袁记云饺 鲜肉水饺 18只 要煎的 送家里",
  T(D, merchant="袁记|Yuan Ji", lines=AND("鲜肉水饺","18只","煎"), address=XM_HOME))
P(s,"h4s-zh-15","zh","delivery","杨国福麻辣烫 招牌的 不辣 送到家",
  {"anyOf":[T(D, merchant="杨国福|Yang Guofu", lines=AND("招牌麻辣烫","不辣"), address=XM_HOME),
            {"reply":["10[:：点]|营业|开门|未开|没开|休息"]}]})
P(s,"h4s-zh-16","zh","delivery","7-11的关东煮来两份 中辣 送家",
  T(D, merchant="7-Eleven|7-11", lines=AND("关东煮",QTY2,"中辣"), address=XM_HOME))
P(s,"h4s-zh-17","zh","ride","叫个车去杭州东站",
  card_or_ask(R, ASK_FROM_ZH, address="杭州东站"))
P(s,"h4s-zh-18","zh","ride","明早7点半从家打车去萧山机场",
  T(R, address="机场", scheduledFor="2026-11-26T23:30|2026-11-27T07:30"))
P(s,"h4s-zh-19","zh","ride","叫个专车 从公司回家",
  T(R, merchant="专车|Premier", address="西溪诚园|家"))
P(s,"h4s-zh-20","zh","ride","打车 西湖 现在",
  card_or_ask(R, ASK_FROM_ZH, address="西湖"))
P(s,"h4s-zh-21","zh","ride","帮我叫辆六座的车，公司到杭州西站，我们5个人",
  T(R, merchant="六座|XL", address="杭州西站"))
P(s,"h4s-zh-22","zh","tickets","周杰伦演唱会 周六 两张看台一层",
  T(K, merchant="周杰伦|Jay Chou", lines=AND("看台一层",TWO_LINES), totalFen=116000))
P(s,"h4s-zh-23","zh","tickets","明晚的茶馆话剧还有票吗 要一张乙等",
  T(K, merchant="茶馆|Teahouse", lines="乙等", totalFen=38000))
P(s,"h4s-zh-24","zh","tickets","周日晚上流浪地球3 黄金区 3张",
  T(K, merchant="流浪地球|Wandering Earth", lines=AND("黄金区",THREE_LINES), totalFen=16500))
P(s,"h4s-zh-25","zh","transfer","给李华转200块 备注饭钱",
  T(PAY, merchant="李华|Li ?Hua", totalFen=20000))
P(s,"h4s-zh-26","zh","transfer","转500给alice",
  T(PAY, merchant="Alice", totalFen=50000))
P(s,"h4s-zh-27","zh","balance","我钱包里还剩多少钱",
  {"noTask":True, "reply":["2,?000"]})
P(s,"h4s-zh-28","zh","spending","这个月外卖一共花了多少",
  {"noTask":True, "reply":["\\d"]})
P(s,"h4s-zh-29","zh","order-status",["来杯瑞幸拿铁送公司","/confirm","/wait 10m","到哪了"],
  {"tasks":1, "task":task(D, status=["processing","in_fulfilment","completed"]), "reply":["骑手|配送|制作|送达|分钟|接单|商家|路上|出餐"]})
P(s,"h4s-zh-30","zh","cancel",["帮我点一份沙县小吃鸡腿饭送家里","/confirm","算了 取消这单"],
  {"anyOf":[T(D, status=["cancelled"]), {"reply":["确定|确认|是否"]}]})
P(s,"h4s-zh-31","zh","after-sale","上周那碗兰州拉面太咸了 能退钱吗",
  honest_no(AS, "24|超过|已过|过了|时限|期限|无法|不能|不支持|抱歉"))
P(s,"h4s-zh-32","zh","reminder","提醒我下午三点开会",
  {"noTask":True, "reply":["15[:：]00|3点|三点|下午3|15点"]})
P(s,"h4s-zh-33","zh","reminder","每天晚上10点提醒我吃药",
  {"noTask":True, "reply":["每天","22[:：]00|10点|十点|22点"]})
P(s,"h4s-zh-34","zh","weather","明天杭州下雨吗",
  {"noTask":True, "reply":["多云|阴|不会|不下|没有雨|15%"]})
P(s,"h4s-zh-35","zh","weather","周末出门要带伞不",
  {"noTask":True, "reply":["不用|不需要|不必|晴|多云|没雨|不会下"]})
P(s,"h4s-zh-36","zh","places","西溪诚园附近有啥好吃的",
  {"noTask":True, "reply":["店|餐厅|馆|小吃"]})
P(s,"h4s-zh-37","zh","places","从家到杭州东站坐地铁要多久",
  {"noTask":True, "reply":["分钟|小时"]})
P(s,"h4s-zh-38","zh","out-of-scope","帮我订张明天去北京的机票",
  {"noTask":True, "reply":["机票|航班|不支持|暂不|没法|无法|不能|抱歉"]})
P(s,"h4s-zh-39","zh","out-of-scope","你是谁呀",
  {"noTask":True, "reply":["Dimple|助手|我"]})
P(s,"h4s-zh-40","zh","delivery","便利蜂 现磨美式 两杯 热的 送公司",
  T(D, merchant="便利蜂|Bianlifeng", lines=AND("美式",QTY2,"热"), address=XM_OFF))
P(s,"h4s-zh-41","zh","delivery","明天中午12点送一份真功夫香汁排骨饭到公司",
  T(D, merchant="真功夫|Real Kungfu", lines="排骨饭", address=XM_OFF, scheduledFor="2026-11-27"))
P(s,"h4s-zh-42","zh","delivery","叮当快药 连花清瘟 一盒 送公司",
  T(D, merchant="叮当|Dingdang", lines="连花清瘟", address=XM_OFF))
P(s,"h4s-zh-43","zh","delivery","order一杯 luckin 的 latte，large size，少糖，送office",
  T(D, merchant="瑞幸|Luckin", lines=AND("拿铁","大杯","少糖"), address=XM_OFF))
P(s,"h4s-zh-44","zh","delivery","盒马 三文鱼刺身 一盒 送公司",
  T(D, merchant="盒马|Freshippo|Hema", lines="三文鱼刺身", address=XM_OFF))
P(s,"h4s-zh-45","zh","delivery","果切拼盘来一份 送家里",
  T(D, lines="果切|拼盘", address=XM_HOME))
P(s,"h4s-zh-46","zh","delivery","海底捞 双人套餐 鸳鸯锅 送家",
  {"anyOf":[T(D, merchant="海底捞|Haidilao", lines=AND("双人","鸳鸯"), address=XM_HOME),
            {"reply":["10[:：点]|营业|开门|未开|没开|休息"]}]})
P(s,"h4s-zh-47","zh","delivery","丝绒拿铁 热的 中杯",
  card_or_ask(D, ASK_ADDR_ZH, merchant="瑞幸|Luckin", lines=AND("丝绒拿铁","热")))
P(s,"h4s-zh-48","zh","order-status","我上一单花了多少钱",
  {"noTask":True, "reply":["30"]})
P(s,"h4s-zh-49","zh","ride","晚上6点半从公司打车回家",
  T(R, address="西溪诚园|家", scheduledFor="2026-11-26T10:30|2026-11-26T18:30"))
P(s,"h4s-zh-50","zh","tickets","郎朗钢琴独奏会 最便宜的票 1张",
  T(K, merchant="郎朗|Lang Lang", lines="丁等", totalFen=28000))

# ---------------- simple en (u_alice) ----------------
P(s,"h4s-en-01","en","delivery","can u get me a luckin coconut latte to the office, less ice pls",
  T(D, merchant="瑞幸|Luckin", lines=AND("生椰拿铁|Coconut Latte","少冰|Less ice"), address=AL_OFF))
P(s,"h4s-en-02","en","delivery","Two Starbucks flat whites, home",
  T(D, merchant="星巴克|Starbucks", lines=AND("馥芮白|Flat White",QTY2), address=AL_HOME))
P(s,"h4s-en-03","en","delivery","McD: a Big Mac meal + 10pc nuggets to my office",
  T(D, merchant="麦当劳|McDonald", lines=AND("巨无霸|Big Mac","套餐|Meal","10块|10 pc"), address=AL_OFF))
P(s,"h4s-en-04","en","delivery","bubble tea from CHAGEE - Boya Juexian, half sugar, no ice, large",
  {"anyOf":[T(D, merchant="霸王茶姬|CHAGEE", lines=AND("伯牙绝弦|Boya","半糖|Half sugar","去冰|No ice","大杯|Large")),
            {"reply":["10(:00)? ?(am|a\\.m)|10:00|open|closed"]}] + ask(D, ASK_ADDR_EN)})
P(s,"h4s-en-05","en","delivery","need ibuprofen delivered home asap",
  T(D, lines="布洛芬|Ibuprofen", address=AL_HOME))
P(s,"h4s-en-06","en","delivery","order a bouquet of 11 red roses to the office",
  T(D, lines=AND("红玫瑰|Red Rose","11"), address=AL_OFF))
P(s,"h4s-en-07","en","delivery","from Pagoda: 1kg of shine muscat grapes and 1kg of bananas, to the office",
  T(D, merchant="百果园|Pagoda", lines=AND("阳光玫瑰|Shine Muscat","香蕉|Banana","1kg|1 kg"), address=AL_OFF))
P(s,"h4s-en-08","en","delivery","KFC - 2 egg tarts and a zinger burger, home",
  T(D, merchant="肯德基|KFC", lines=AND("蛋挞|Egg Tart","香辣鸡腿堡|Zinger"), address=AL_HOME))
P(s,"h4s-en-09","en","delivery","order a lattee from manner to hoem",
  card_or_ask(D, ASK_ADDR_EN, merchant="Manner", lines="拿铁|Latte", address=AL_HOME))
P(s,"h4s-en-10","en","delivery","🍜 lanzhou beef noodles, extra wide noodles, medium spicy 🌶️ to the office",
  T(D, merchant="兰州|Lanzhou", lines=AND("牛肉面|Beef Noodle","大宽|Extra wide","中辣|Medium spicy"), address=AL_OFF))
P(s,"h4s-en-11","en","delivery","gimme a venti iced americano from starbucks, home",
  T(D, merchant="星巴克|Starbucks", lines=AND("美式|Americano","超大杯|Extra large"), address=AL_HOME))
P(s,"h4s-en-12","en","delivery","lunch under 40 yuan delivered to work, something with rice",
  {"anyOf":[T(D, maxTotalFen=4000, address=AL_OFF)] + ask(D, Q_EN)})
P(s,"h4s-en-13","en","delivery","coffee, anything but Luckin, to the office",
  {"anyOf":[T(D, merchant=NOT("瑞幸|Luckin"), address=AL_OFF)] + ask(D, Q_EN)})
P(s,"h4s-en-14","en","delivery","Xijiade shrimp dumplings, pan fried please, deliver home",
  T(D, merchant="喜家德|Xijiade", lines=AND("虾仁三鲜|Shrimp","煎|Pan-fried"), address=AL_HOME))
P(s,"h4s-en-15","en","delivery","a pack of band-aids to my home",
  {"anyOf":[T(D, lines="创可贴|Band-Aid", address=AL_HOME)] + ask(D, "minimum|at least|min\\.? order|add")})
P(s,"h4s-en-16","en","delivery","Hema: 2 Australian steaks and a box of cherry tomatoes, home",
  T(D, merchant="盒马|Freshippo|Hema", lines=AND("牛排|Steak",QTY2,"小番茄|Cherry Tomato"), address=AL_HOME))
P(s,"h4s-en-17","en","ride","get me a cab to hangzhou east station",
  card_or_ask(R, ASK_FROM_EN, address="杭州东站"))
P(s,"h4s-en-18","en","ride","book a ride tomorrow 8am from home to Xiaoshan airport",
  T(R, address="机场", scheduledFor="2026-11-27T00:00|2026-11-27T08:00"))
P(s,"h4s-en-19","en","ride","Premier car from the office to home, now",
  T(R, merchant="专车|Premier", address="春江花月|之江路|家"))
P(s,"h4s-en-20","en","ride","taxi to west lake from the office pls",
  T(R, address="西湖"))
P(s,"h4s-en-21","en","ride","need an XL car for 6 ppl, home to Hangzhou Grand Theatre",
  T(R, merchant="六座|XL", address="杭州大剧院"))
P(s,"h4s-en-22","en","ride","pick me up from work at 6:15pm and take me home",
  T(R, address="春江花月|之江路|家", scheduledFor="2026-11-26T10:15|2026-11-26T18:15"))
P(s,"h4s-en-23","en","tickets","2 tickets for Mayday on Dec 5, floor",
  T(K, merchant="五月天|Mayday", lines=AND("内场|Floor",TWO_LINES), totalFen=176000))
P(s,"h4s-en-24","en","tickets","one ticket to Beethoven 9 this Saturday, balcony",
  T(K, merchant="贝多芬|Beethoven", lines="丁等|Balcony", totalFen=18000))
P(s,"h4s-en-25","en","tickets","Zootopia 2 tonight, 2 standard seats",
  T(K, merchant="疯狂动物城|Zootopia", lines=AND("普通座|Standard",TWO_LINES), totalFen=9000))
P(s,"h4s-en-26","en","tickets","cheapest seat for Eason Chan on the 13th",
  T(K, merchant="陈奕迅|Eason", lines="看台二层|Upper Stand", totalFen=38000))
P(s,"h4s-en-27","en","transfer","send Bob 88 yuan for dinner",
  T(PAY, merchant="Bob", totalFen=8800))
P(s,"h4s-en-28","en","transfer","pay xiaoming back 150",
  T(PAY, merchant="小明|Xiaoming", totalFen=15000))
P(s,"h4s-en-29","en","balance","what's my wallet balance?",
  {"noTask":True, "reply":["2,?000"]})
P(s,"h4s-en-30","en","spending","how much did I spend on delivery this month?",
  {"noTask":True, "reply":["\\d"]})
P(s,"h4s-en-31","en","order-status",["Starbucks caffe latte to the office please","/confirm","/wait 15m","where's my coffee?"],
  {"tasks":1, "task":task(D, status=["processing","in_fulfilment","completed"]), "reply":["rider|courier|on (its|the) way|prepar|deliver|minutes|min|arriv|picked"]})
P(s,"h4s-en-32","en","cancel",["KFC family bucket to home","/confirm","actually cancel that order"],
  {"anyOf":[T(D, status=["cancelled"]), {"reply":["sure|confirm|fee|want to cancel"]}]})
P(s,"h4s-en-33","en","after-sale","my starbucks latte from yesterday arrived all spilled, can I get a refund?",
  # Changed after the one run (world fact missed when writing): seeded orders were not paid through the
  # wallet (no payment intent), so commerce refuses any claim on them; an honest refusal is correct.
  {"anyOf":[T(AS, status=["needs_info","awaiting_confirmation","processing","in_fulfilment","completed"]), {"noTask":True, "reply":["photo|picture|image"]},
            {"noTask":True, "reply":["can't|cannot|unable|not be refunded|can't be refunded|wallet"]}]})
P(s,"h4s-en-34","en","order-status","did my Pagoda fruit order arrive?",
  {"noTask":True, "reply":["deliver|arriv"]})
P(s,"h4s-en-35","en","reminder","remind me to call mom at 7pm",
  {"noTask":True, "reply":["7|19:00"]})
P(s,"h4s-en-36","en","reminder","remind me every Monday at 9 to submit the timesheet",
  {"noTask":True, "reply":["Monday","9"]})
P(s,"h4s-en-37","en","weather","weather tomorrow?",
  {"noTask":True, "reply":["cloud|overcast","\\d"]})
P(s,"h4s-en-38","en","weather","is it going to rain on Dec 5?",
  {"noTask":True, "reply":["rain","yes|90|likely|moderate|expect"]})
P(s,"h4s-en-39","en","places","any hospitals near my home?",
  {"noTask":True, "reply":["hospital|医院"]})
P(s,"h4s-en-40","en","places","how do I get from the office to Hangzhou East Railway Station by metro?",
  {"noTask":True, "reply":["metro|line|subway|地铁|min"]})
P(s,"h4s-en-41","en","out-of-scope","book me a room at the Four Seasons tonight",
  {"noTask":True, "reply":["hotel|room|can't|cannot|not able|unable|don't|do not|sorry"]})
P(s,"h4s-en-42","en","out-of-scope","tell me a joke",
  {"noTask":True})
P(s,"h4s-en-43","en","delivery","one Good Me 杨梅冰冰 (the bayberry ice tea), less sugar, to the office",
  T(D, merchant="古茗|Good Me", lines=AND("杨梅冰冰|Bayberry","少糖|Less sugar"), address=AL_OFF))
P(s,"h4s-en-44","en","delivery","Yoshinoya teriyaki chicken bowl, extra rice, home",
  T(D, merchant="吉野家|Yoshinoya", lines=AND("照烧鸡肉饭|Teriyaki","加饭|Extra rice"), address=AL_HOME))
P(s,"h4s-en-45","en","delivery","deliver a Holiland fruit birthday cake, 8 inch, to my home tomorrow at 6pm",
  T(D, merchant="好利来|Holiland", lines=AND("生日水果蛋糕|Fruit Birthday Cake","8寸|8 inch"), address=AL_HOME, scheduledFor="2026-11-27"))
P(s,"h4s-en-46","en","delivery","Lawson: 2 karaage + 2 red bull to the office",
  T(D, merchant="罗森|Lawson", lines=AND("炸鸡块|Karaage","红牛|Red Bull"), address=AL_OFF))
P(s,"h4s-en-47","en","delivery","West Lake Florist hydrangea bouquet with a handwritten card, to home",
  T(D, merchant="西湖花语|West Lake Florist", lines=AND("绣球|Hydrangea","手写|Handwritten"), address=AL_HOME))
P(s,"h4s-en-48","en","delivery","Pizza Hut super supreme, 12 inch, to my home",
  honest_no(D, "Pizza Hut|必胜客|deliver|range|reach|far|nearby|can't|cannot|unavailable|not available"))
P(s,"h4s-en-49","en","delivery","hot pearl milk tea from Mixue x3, to home",
  T(D, merchant="蜜雪|Mixue", lines=AND("珍珠奶茶|Bubble Milk Tea",'"qty":3',"热|Hot"), address=AL_HOME))
P(s,"h4s-en-50","en","delivery","2x shaxian peanut noodles + wonton combo, mild, to the office",
  T(D, merchant="沙县|Shaxian", lines=AND("拌面\\+扁肉|Peanut Noodles \\+ Wonton",QTY2,"微辣|Mild"), address=AL_OFF))

# ---------------- multi zh (u_xiaoming) ----------------
m = "multi"
RIDE_OR_ASK_ZH = {"anyOf":[T(R, status=["needs_info","awaiting_confirmation","scheduled"]), {"reply":["车|打车"]}]}
RIDE_OR_ASK_EN = {"anyOf":[T(R, status=["needs_info","awaiting_confirmation","scheduled"]), {"reply":["ride|car|taxi|cab"]}]}
P(m,"h4m-zh-01","zh","delivery","瑞幸 两杯生椰拿铁 一杯少冰一杯去冰 再来个提拉米苏 送公司",
  T(D, merchant="瑞幸|Luckin", lines=AND("生椰拿铁","少冰","去冰","提拉米苏"), address=XM_OFF))
P(m,"h4m-zh-02","zh","delivery","咖啡来三杯，不要星巴克，一杯美式两杯拿铁，总共别超过60，送公司",
  {"anyOf":[T(D, merchant=NOT("星巴克|Starbucks"), lines=AND("美式","拿铁"), maxTotalFen=6000, address=XM_OFF),
            {"task":task(D, merchant=NOT("星巴克|Starbucks"), lines=AND("美式","拿铁")), "reply":["60|预算|超"]}] + ask(D, "60|预算|超")})
P(m,"h4m-zh-03","zh","delivery","别用叮咚，帮我买一斤五花肉和一盒鸡蛋，送家里",
  {"anyOf": ask(D, "五花肉") + [{"task":task(D, merchant=NOT("叮咚|Dingdong")), "reply":["五花肉[\\s\\S]*(没|只有|无|不|找不到)|(没|只有|无|找不到)[\\s\\S]*五花肉"]}]})
P(m,"h4m-zh-04","zh","delivery","麦当劳：一个麦辣鸡腿堡套餐，两份5块麦乐鸡，一杯可乐要冰镇的，送公司",
  T(D, merchant="麦当劳|McDonald", lines=AND("麦辣鸡腿堡","套餐",'麦乐鸡（5块）[^{}]*"qty":2|"qty":2[^{}]*麦乐鸡（5块）',"冰镇"), address=XM_OFF))
P(m,"h4m-zh-05","zh","tickets+ride","买两张周六晚上薛之谦的内场票，再帮我叫个车从家过去",
  dict(T(K, merchant="薛之谦|Joker", lines=AND("内场",TWO_LINES), totalFen=176000), **RIDE_OR_ASK_ZH))
P(m,"h4m-zh-06","zh","weather+ride","明天早上要是下雨就帮我叫车去公司，不下就算了",
  {"noTask":True, "reply":["不下|不会下|多云|没雨|无雨|不用"]})
P(m,"h4m-zh-07","zh","delivery",["瑞幸拿铁一杯送公司","改成两杯，其中一杯换燕麦奶"],
  T(D, merchant="瑞幸|Luckin", lines=AND("燕麦",TWO_LINES), address=XM_OFF))
P(m,"h4m-zh-08","zh","delivery",["家附近有什么奶茶店","第二家吧，来两杯珍珠奶茶 少糖 送家里"],
  {"anyOf":[T(D, lines=AND("珍珠奶茶","少糖"), address=XM_HOME)] + ask(D, "没有|不卖|[？?]")})
P(m,"h4m-zh-09","zh","delivery","帮我点三杯奶茶送公司，每杯不超过15块：一杯珍珠奶茶、一杯杨枝甘露、一杯带芋圆的",
  {"anyOf":[T(D, lines=AND("珍珠奶茶","杨枝甘露","芋圆"), maxUnitFen=1500, address=XM_OFF)] + ask(D, "15|超|预算")})
P(m,"h4m-zh-10","zh","delivery","一杯瑞幸生椰拿铁，再来一个肯德基香辣鸡腿堡，都送公司",
  {"anyOf":[T("order_basket", lines=AND("生椰拿铁","香辣鸡腿堡"), address=XM_OFF),
            {"tasks":2, "task":task(D, lines="生椰拿铁|香辣鸡腿堡", address=XM_OFF)},
            {"task":task(D, lines="生椰拿铁|香辣鸡腿堡", address=XM_OFF), "reply":["肯德基|瑞幸|另|分开|两"]}]})
P(m,"h4m-zh-11","zh","delivery","明天早上8点前送到公司：两杯manner美式，一个可颂",
  T(D, merchant="Manner", lines=AND("美式",QTY2,"可颂"), address=XM_OFF, scheduledFor="2026-11-2[67]"))
P(m,"h4m-zh-12","zh","delivery","帮我从海底捞点个四人套餐送到公司",
  honest_no(D, "海底捞|范围|太远|不送|无法|没有|不在|距离"))
ZH13 = "看台二层[\\s\\S]*(没|售|无|卖完|不)|(没|售罄|无|卖完)[\\s\\S]*看台二层"
P(m,"h4m-zh-13","zh","tickets","帮我订两张周六周杰伦的看台二层票",
  {"anyOf":[{"noTask":True, "reply":[ZH13]},
            {"task":task(K, status=["needs_info","failed","cancelled"]), "reply":[ZH13]},
            {"task":task(K), "reply":["看台二层[\\s\\S]*(没|售|无|卖完|不)|(没|售罄|无|卖完)[\\s\\S]*看台二层"]}]})
P(m,"h4m-zh-14","zh","tickets","周杰伦 周六 至尊VIP 两张",
  {"anyOf":[{"noTask":True, "reply":["只剩|仅剩|不足|不够|只有|1张|一张"]},
            {"task":task(K, status=["needs_info","failed","cancelled"]), "reply":["只剩|仅剩|不足|不够|只有|1张|一张"]},
            {"task":task(K), "reply":["只剩|仅剩|不足|不够|只有"]}]})
P(m,"h4m-zh-15","zh","transfer","给Bob转账1000，备注房租，顺便告诉我余额还剩多少",
  dict(T(PAY, merchant="Bob", totalFen=100000), reply=["余额|剩|1,?000|2,?000"]))
P(m,"h4m-zh-16","zh","transfer","给王五转300",
  honest_no(PAY, "王五|找不到|没有|联系人|不认识|是谁"))
P(m,"h4m-zh-17","zh","transfer","给李华转10万",
  honest_no(PAY, "余额|不足|上限|超|限额|不够"))
P(m,"h4m-zh-18","zh","weather+ride","看看明天天气，然后帮我约明早8点从家到公司的快车",
  dict(T(R, merchant="快车|Express", address=XM_OFF+"|公司", scheduledFor="2026-11-27T00:00|2026-11-27T08:00"), reply=["多云|阴|℃|°|度"]))
P(m,"h4m-zh-19","zh","ride",["明天早上7点从家打车去杭州东站","改成7点半"],
  T(R, address="杭州东站", scheduledFor="2026-11-26T23:30|2026-11-27T07:30"))
P(m,"h4m-zh-20","zh","ride",["帮我叫车从公司回家","/confirm","不去了 取消吧"],
  {"anyOf":[T(R, status=["cancelled"]), {"reply":["确定|确认|取消费|是否"]}]})
P(m,"h4m-zh-21","zh","delivery","古茗：一杯超A芝士葡萄大杯少冰，一杯桂花龙井热的无糖，送公司",
  T(D, merchant="古茗|Good Me", lines=AND("芝士葡萄","大杯","少冰","桂花龙井","热","无糖"), address=XM_OFF))
P(m,"h4m-zh-22","zh","delivery","方老大 两碗片儿川 一碗加蛋微辣 一碗不辣 送家里",
  T(D, merchant="方老大|Fang Laoda", lines=AND("片儿川","加蛋","微辣","不辣"), address=XM_HOME))
P(m,"h4m-zh-23","zh","delivery","明天下午3点送一束香槟玫瑰到公司，要手写贺卡",
  T(D, lines=AND("香槟玫瑰","手写"), address=XM_OFF, scheduledFor="2026-11-27"))
P(m,"h4m-zh-24","zh","delivery","感冒了，帮我买一盒999感冒灵和一个电子体温计，送家",
  T(D, lines=AND("感冒灵","体温计"), address=XM_HOME))
P(m,"h4m-zh-25","zh","delivery","如果瑞幸生椰拿铁低于30块就帮我点一杯送公司，不然就算了",
  {"anyOf":[T(D, merchant="瑞幸|Luckin", lines="生椰拿铁", address=XM_OFF), {"noTask":True, "reply":["30|超"]}]})
P(m,"h4m-zh-26","zh","delivery","来两份吉野家招牌牛肉饭，一份不辣一份特辣，送公司",
  T(D, merchant="吉野家|Yoshinoya", lines=AND("牛肉饭","不辣","特辣"), address=XM_OFF))
P(m,"h4m-zh-27","zh","delivery","朴朴超市：一箱特仑苏，两盒小番茄，送家里",
  T(D, merchant="朴朴|Pupu", lines=AND("特仑苏","小番茄",QTY2), address=XM_HOME))
P(m,"h4m-zh-28","zh","delivery","帮我点一杯喜茶多肉葡萄送到家",
  honest_no(D, "喜茶|范围|太远|不送|无法|没有|不在|距离"))
P(m,"h4m-zh-29","zh","transfer","查下我还有多少钱，够的话给李华转1500",
  T(PAY, merchant="李华|Li ?Hua", totalFen=150000))
P(m,"h4m-zh-30","zh","tickets",["这周末有什么相声","德云社那个，两张乙等"],
  T(K, merchant="德云社|Deyunshe", lines=AND("乙等",TWO_LINES), totalFen=116000))
P(m,"h4m-zh-31","zh","tickets",["今晚有什么电影","第二个，两张普通座"],
  T(K, merchant="流浪地球|疯狂动物城|Wandering|Zootopia", lines=AND("普通座",TWO_LINES), totalFen=9000))
P(m,"h4m-zh-32","zh","delivery","给办公室同事点6杯奶茶，总共不超过100，送公司",
  {"anyOf":[T(D, maxTotalFen=10000, address=XM_OFF)] + ask(D, Q_ZH)})
P(m,"h4m-zh-33","zh","delivery","来-2杯瑞幸拿铁送公司",
  honest_no(D, Q_ZH))
P(m,"h4m-zh-34","zh","tickets+ride","买明晚茶馆两张丙等，再约个车6点50从公司出发去剧院",
  dict(T(K, merchant="茶馆|Teahouse", lines=AND("丙等",TWO_LINES), totalFen=36000), **RIDE_OR_ASK_ZH))
P(m,"h4m-zh-35","zh","delivery",["星巴克燕麦拿铁一杯送公司","换成大杯，再加一个蓝莓麦芬"],
  T(D, merchant="星巴克|Starbucks", lines=AND("燕麦拿铁","大杯","蓝莓麦芬"), address=XM_OFF))
P(m,"h4m-zh-36","zh","delivery",["肯德基全家桶送公司","还是送家里吧"],
  T(D, merchant="肯德基|KFC", lines="全家桶", address=XM_HOME))
P(m,"h4m-zh-37","zh","delivery",["麦当劳 巨无霸 薯条 可乐各一份 送公司","可乐不要了"],
  T(D, merchant="麦当劳|McDonald", lines=NOT("可口可乐","巨无霸","薯条"), address=XM_OFF))
P(m,"h4m-zh-38","zh","weather+tickets","周六要是晴天就帮我买两张宋城千古情下午场的乙等票",
  honest_no(K, "多云|阴|不是晴"))
P(m,"h4m-zh-39","zh","delivery","一杯蜜雪冰城柠檬水送家",
  honest_no(D, "起送|最低|满|凑|不够|差"))
P(m,"h4m-zh-40","zh","delivery","很久以前 羊肉串10串 一个烤茄子 中辣 现在就送到家",
  {"reply":["11[:：点]|营业|开门|未开|没开|还没|休息"]})
P(m,"h4m-zh-41","zh","delivery","沪上阿姨三杯：一杯杨枝甘露少冰，一杯暴打柠檬茶无糖，一杯血糯米奶茶加珍珠，送公司",
  T(D, merchant="沪上阿姨|Hu Shang", lines=AND("杨枝甘露","少冰","暴打柠檬茶","无糖","血糯米奶茶","珍珠"), address=XM_OFF))
P(m,"h4m-zh-42","zh","delivery","我之前常点的那个拿铁，再来两杯，送公司",
  {"anyOf":[T(D, merchant="瑞幸|Luckin", lines=AND("拿铁",QTY2,"大杯"), address=XM_OFF)] + ask(D, Q_ZH)})
P(m,"h4m-zh-43","zh","delivery","帮我买点水果送公司，预算50，一定要有车厘子",
  {"anyOf":[{"task":task(D), "reply":["车厘子[\\s\\S]*(超|69|预算)|(超|预算)[\\s\\S]*车厘子"]}] + ask(D, "超|69|预算|50")})
P(m,"h4m-zh-44","zh","ride","打车去萧山机场，5个人还有3个大箱子，从家走",
  T(R, merchant="六座|XL", address="机场"))
P(m,"h4m-zh-45","zh","delivery","帮我送一束向日葵到浙大一院，探病用",
  {"anyOf":[T(D, lines="向日葵", address="医院|浙大|浙一"), {"noTask":True, "reply":["医院|地址|病房|范围"]}]})
P(m,"h4m-zh-46","zh","tickets","陈奕迅12号的票来两张，每张不超过600",
  T(K, merchant="陈奕迅|Eason", lines=AND("看台",TWO_LINES), maxUnitFen=60000))
P(m,"h4m-zh-47","zh","delivery",["帮我点杯瑞幸美式送公司","/confirm","再来一杯一样的送家里"],
  {"tasks":2, "task":task(D, merchant="瑞幸|Luckin", lines="美式", address=XM_HOME)})
P(m,"h4m-zh-48","zh","reminder","我现在有哪些提醒？把明天的都删了",
  {"noTask":True, "reply":["没有|暂无|无"]})
P(m,"h4m-zh-49","zh","transfer","昨天聚餐一共600，4个人AA，李华先垫的，把我那份转给他",
  T(PAY, merchant="李华|Li ?Hua", totalFen=15000))
P(m,"h4m-zh-50","zh","ride","打个车从公司回家，超过80块就别叫了",
  {"anyOf":[T(R, address="西溪诚园|家", maxTotalFen=8000), {"noTask":True, "reply":["80|超"]}]})

# ---------------- multi en (u_alice) ----------------
P(m,"h4m-en-01","en","delivery","Luckin: 2 coconut lattes (one large, one medium) and 1 hot velvet latte, all less sugar, to the office",
  T(D, merchant="瑞幸|Luckin", lines=AND("生椰拿铁|Coconut Latte","丝绒拿铁|Velvet","大杯|Large","热|Hot","少糖|Less sugar"), address=AL_OFF))
P(m,"h4m-en-02","en","delivery","3 coffees, not from Starbucks: two lattes (one with oat milk) and an americano, under 80 total, deliver home",
  {"anyOf":[T(D, merchant=NOT("星巴克|Starbucks"), lines=AND("拿铁|Latte","燕麦|Oat","美式|Americano"), maxTotalFen=8000, address=AL_HOME),
            {"task":task(D, merchant=NOT("星巴克|Starbucks"), lines=AND("拿铁|Latte","美式|Americano")), "reply":["80|budget|over"]}] + ask(D, "80|budget|over")})
P(m,"h4m-en-03","en","delivery","don't use Hema. two dozen eggs and 1L of skim milk to my home",
  T(D, merchant=NOT("盒马|Freshippo|Hema"), lines=AND("鸡蛋|Eggs",QTY2,"脱脂|Skim"), address=AL_HOME))
P(m,"h4m-en-04","en","delivery","McDonald's to the office: McSpicy meal, a Filet-O-Fish on its own, and 2 apple pies",
  {"anyOf":[{"task":task(D, merchant="麦当劳|McDonald", lines=AND("麦辣|McSpicy","麦香鱼|Filet")), "reply":["apple"]}] + ask(D, "apple")})
P(m,"h4m-en-05","en","tickets+ride","2 tickets for Phantom of the Opera on Dec 6, Standard tier, and a car there from home",
  dict(T(K, merchant="剧院魅影|Phantom", lines=AND("乙等|Standard",TWO_LINES), totalFen=136000), **RIDE_OR_ASK_EN))
P(m,"h4m-en-06","en","weather+ride","if it's raining tomorrow morning, book me a Premier from home to the office at 8:30; otherwise don't bother",
  {"noTask":True, "reply":["not|no rain|n't|overcast|cloud|dry"]})
P(m,"h4m-en-07","en","delivery",["Starbucks caffe latte to the office","make it 2, one with oat milk"],
  T(D, merchant="星巴克|Starbucks", lines=AND("燕麦|Oat",TWO_LINES), address=AL_OFF))
P(m,"h4m-en-08","en","delivery",["which bubble tea shops deliver to my office?","the first one - 2 bubble milk teas, half sugar"],
  {"anyOf":[T(D, lines=AND("珍珠奶茶|Bubble Milk Tea","半糖|Half sugar"), address=AL_OFF)] + ask(D, "doesn't|does not|no |not |\\?")})
P(m,"h4m-en-09","en","delivery","3 milk teas to home, each under 15 yuan: something with taro, a mango pomelo sago and a lemon tea",
  {"anyOf":[T(D, lines=AND("芋|Taro","杨枝甘露|Mango Pomelo","柠檬|Lemon"), maxUnitFen=1500, address=AL_HOME)] + ask(D, "15|budget|over|\\?")})
P(m,"h4m-en-10","en","delivery","a Manner latte and a box of Holiland half-baked cheese tarts, both to my home",
  {"anyOf":[T("order_basket", lines=AND("拿铁|Latte","半熟芝士|Cheese Tart"), address=AL_HOME),
            {"tasks":2, "task":task(D, lines="拿铁|Latte|半熟芝士|Cheese Tart", address=AL_HOME)},
            {"task":task(D, lines="拿铁|Latte|半熟芝士|Cheese Tart", address=AL_HOME), "reply":["Holiland|Manner|separate|second|two"]}]})
P(m,"h4m-en-11","en","delivery","tomorrow 12:30 to the office: Lao Xiang Ji farmhouse pork rice with less rice, and a hen soup",
  T(D, merchant="老乡鸡|Lao Xiang Ji", lines=AND("小炒肉|Farmhouse","少饭|Less rice","母鸡汤|Hen Soup"), address=AL_OFF, scheduledFor="2026-11-27"))
P(m,"h4m-en-12","en","delivery","Peet's cold brew to my home please",
  honest_no(D, "Peet|range|deliver|reach|far|nearby|can't|cannot|unavailable|not available"))
EN13 = "(upper stand|看台二层)[\\s\\S]*(sold|not|unavailable|no )|(sold out|no |not |unavailable)[\\s\\S]*(upper stand|看台二层)"
P(m,"h4m-en-13","en","tickets","Jay Chou this Saturday, 2 upper stand tickets",
  {"anyOf":[{"noTask":True, "reply":[EN13]},
            {"task":task(K, status=["needs_info","failed","cancelled"]), "reply":[EN13]},
            {"task":task(K), "reply":["(upper stand|看台二层)[\\s\\S]*(sold|not|unavailable|no )|(sold out|no |not |unavailable)[\\s\\S]*(upper stand|看台二层)"]}]})
P(m,"h4m-en-14","en","tickets","4 Premium VIP tickets for Jay Chou on Sunday",
  {"anyOf":[{"noTask":True, "reply":["only|left|not enough|remaining|3"]},
            {"task":task(K, status=["needs_info","failed","cancelled"]), "reply":["only|left|not enough|remaining|3"]},
            {"task":task(K), "reply":["only|not enough|remaining"]}]})
P(m,"h4m-en-15","en","transfer","send Li Hua 300 for the concert ticket and tell me what I'll have left",
  dict(T(PAY, merchant="李华|Li ?Hua", totalFen=30000), reply=["1,?700|balance|left"]))
P(m,"h4m-en-16","en","transfer","transfer 200 to Jessica",
  honest_no(PAY, "Jessica|contact|find|don't|who"))
P(m,"h4m-en-17","en","transfer","send bob 0 yuan",
  honest_no(PAY, "amount|how much|zero|\\?"))
P(m,"h4m-en-18","en","weather+ride","what's the weather like Saturday? also book a car for Saturday 2pm from home to West Lake",
  dict(T(R, address="西湖", scheduledFor="2026-11-28T06:00|2026-11-28T14:00"), reply=["cloud|°|16|overcast"]))
P(m,"h4m-en-19","en","ride",["book a ride from home to Hangzhou South Railway Station tomorrow at 9am","actually make it 10"],
  T(R, address="杭州南站", scheduledFor="2026-11-27T02:00|2026-11-27T10:00"))
P(m,"h4m-en-20","en","ride",["taxi from the office to home now","/confirm","cancel the ride, plans changed"],
  {"anyOf":[T(R, status=["cancelled"]), {"reply":["sure|confirm|fee|want to cancel"]}]})
P(m,"h4m-en-21","en","delivery","Good Me to the office: one large crème brûlée milk tea with extra pearls, and one jasmine white tea, no sugar, hot",
  T(D, merchant="古茗|Good Me", lines=AND("布蕾|Brûlée|Brulee","珍珠|pearls","大杯|Large","茉莉白|Jasmine White","无糖|No sugar","热|Hot"), address=AL_OFF))
P(m,"h4m-en-22","en","delivery","Hefu noodles to home: tomato beef brisket noodles with an egg added, plus a sour plum drink",
  T(D, merchant="和府|Hefu", lines=AND("番茄牛腩面|Tomato Beef Brisket","加蛋|egg","酸梅汤|Sour Plum"), address=AL_HOME))
P(m,"h4m-en-23","en","delivery","send 19 red roses from Aishang to the office tomorrow at 5pm, with a handwritten card",
  T(D, merchant="爱尚|Aishang", lines=AND("19","红玫瑰|Red Rose","手写|Handwritten"), address=AL_OFF, scheduledFor="2026-11-27"))
P(m,"h4m-en-24","en","delivery","I've got a cold: Lianhua Qingwen, a digital thermometer and a box of 50 masks, deliver home",
  T(D, lines=AND("连花清瘟|Lianhua","体温计|Thermometer","口罩|Mask"), address=AL_HOME))
P(m,"h4m-en-25","en","delivery","if a Starbucks oat latte is under 40 get me one at the office, otherwise get a Manner oat latte",
  {"anyOf":[T(D, merchant="星巴克|Starbucks", lines="燕麦拿铁|Oat Latte", address=AL_OFF),
            {"task":task(D, merchant="Manner", lines="燕麦拿铁|Oat Latte", address=AL_OFF), "reply":["40|fee|delivery|total"]}]})
P(m,"h4m-en-26","en","delivery","2 Yoshinoya beef bowls, one not spicy and one extra hot, to home",
  T(D, merchant="吉野家|Yoshinoya", lines=AND("牛肉饭|Beef Bowl","不辣|Not spicy","特辣|Extra hot"), address=AL_HOME))
P(m,"h4m-en-27","en","delivery","from Pupu: a case of Deluxe milk, 2 boxes of cherry tomatoes and the sliced salmon, home",
  T(D, merchant="朴朴|Pupu", lines=AND("特仑苏|Deluxe","小番茄|Cherry",QTY2,"三文鱼|Salmon"), address=AL_HOME))
P(m,"h4m-en-28","en","delivery","HEYTEA very grape cheezo to my home",
  honest_no(D, "HEYTEA|喜茶|range|deliver|reach|far|nearby|can't|cannot|unavailable|not available"))
P(m,"h4m-en-29","en","transfer","if I have more than 1000 in my wallet, send 500 to Xiaoming",
  T(PAY, merchant="小明|Xiaoming", totalFen=50000))
P(m,"h4m-en-30","en","tickets",["any comedy shows this weekend?","the stand-up on Saturday, 2 middle-row seats"],
  T(K, merchant="脱口秀|Stand-up", lines=AND("中排|Middle",TWO_LINES), totalFen=36000))
P(m,"h4m-en-31","en","tickets",["what films are on tomorrow night?","the second one, 3 best-view seats"],
  T(K, merchant="电影|film", lines=AND("黄金区|Best View",THREE_LINES), totalFen=16500))
P(m,"h4m-en-32","en","delivery","get 5 bubble teas for my team, any flavour, total under 80, to the office",
  {"anyOf":[T(D, maxTotalFen=8000, address=AL_OFF)] + ask(D, Q_EN)})
P(m,"h4m-en-33","en","delivery","order 1e9 lattes to the office",
  honest_no(D, "how many|number|quantity|\\?"))
P(m,"h4m-en-34","en","tickets+ride","Teahouse on Sunday afternoon, 2 Premium seats, plus a car from home that gets me there on time",
  dict(T(K, merchant="茶馆|Teahouse", lines=AND("甲等|Premium",TWO_LINES), totalFen=116000), **RIDE_OR_ASK_EN))
P(m,"h4m-en-35","en","delivery",["Manner flat white to the office","switch to oat milk and add a croissant"],
  T(D, merchant="Manner", lines=AND("澳白|Flat White","燕麦|Oat","可颂|Croissant"), address=AL_OFF))
P(m,"h4m-en-36","en","delivery",["Lao Xiang Ji mushroom chicken rice to the office","send it home instead"],
  T(D, merchant="老乡鸡|Lao Xiang Ji", lines="香菇滑鸡|Mushroom Chicken", address=AL_HOME))
P(m,"h4m-en-37","en","delivery",["KFC: zinger burger, fries and a pepsi to home","drop the pepsi"],
  T(D, merchant="肯德基|KFC", lines=NOT("百事|Pepsi","香辣鸡腿堡|Zinger","薯条|Fries"), address=AL_HOME))
P(m,"h4m-en-38","en","weather+tickets","if Sunday is sunny, get 2 South Stand tickets for Zhejiang vs Shenhua",
  T(K, merchant="申花|Shenhua", lines=AND("南看台|South Stand",TWO_LINES), totalFen=20000))
P(m,"h4m-en-39","en","delivery","just one Mixue lemonade to home",
  honest_no(D, "minimum|min\\.?|at least|add"))
P(m,"h4m-en-40","en","delivery","Haidilao hot pot set for two delivered home right now",
  {"reply":["10(:00)?|open|closed|pre-?order|later"]})
P(m,"h4m-en-41","en","delivery","CoCo to home: milk tea trio with less ice, passion fruit double pop with no sugar, and a large mango yakult",
  T(D, merchant="CoCo", lines=AND("三兄弟|Trio","少冰|Less ice","百香|Passion","无糖|No sugar","芒果养乐多|Mango Yakult","大杯|Large"), address=AL_HOME))
P(m,"h4m-en-42","en","delivery","same Starbucks order as yesterday, but to my home this time",
  T(D, merchant="星巴克|Starbucks", lines=AND("拿铁|Latte","大杯|Large","燕麦|Oat"), address=AL_HOME))
P(m,"h4m-en-43","en","delivery","flowers for my mom under 50 yuan, delivered to my home",
  # Changed after the one run (world fact missed when writing): every flower under 50 near home is below
  # its shop's minimum order (69+), so naming the minimum is also the honest answer.
  {"anyOf":[{"task":task(D), "reply":["50|budget|over|cheapest"]}] + ask(D, "50|budget|over|cheapest|minimum|at least")})
P(m,"h4m-en-44","en","ride","need a 6-seater from home to Hangzhou East station at 3pm today",
  T(R, merchant="六座|XL", address="杭州东站", scheduledFor="2026-11-26T07:00|2026-11-26T15:00"))
P(m,"h4m-en-45","en","delivery","send a get-well fruit & flower basket to Sir Run Run Shaw Hospital",
  {"anyOf":[T(D, lines="探病|Get-well", address="邵逸夫|医院"), {"noTask":True, "reply":["hospital|address|ward|range|deliver"]}]})
P(m,"h4m-en-46","en","tickets","2 Mayday tickets on Dec 4, under 700 each",
  T(K, merchant="五月天|Mayday", lines=AND("看台|Stand",TWO_LINES), maxUnitFen=70000))
P(m,"h4m-en-47","en","delivery",["Luckin americano to the office","/confirm","and one more to home for my husband"],
  {"tasks":2, "task":task(D, merchant="瑞幸|Luckin", lines="美式|Americano", address=AL_HOME)})
P(m,"h4m-en-48","en","reminder","what reminders do I have? delete the one about the dentist",
  {"noTask":True, "reply":["no |don't|none|not"]})
P(m,"h4m-en-49","en","transfer","Bob paid 480 for the four of us at dinner, send him my share",
  T(PAY, merchant="Bob", totalFen=12000))
P(m,"h4m-en-50","en","ride","cab from home to the airport, but only if it's under 100",
  {"anyOf":[T(R, address="机场", maxTotalFen=10000), {"noTask":True, "reply":["100|over|exceed|more than"]}]})

import collections
for f, ps in probes.items():
    ids = [p["id"] for p in ps]
    assert len(ids) == len(set(ids)), f
    with open(f"/work/wt/holdout4/data/probes/holdout4/{f}.jsonl", "w") as out:
        for p in ps:
            out.write(json.dumps(p, ensure_ascii=False) + "\n")
    c = collections.Counter((p["lang"], p["intent"]) for p in ps)
    print(f, len(ps), collections.Counter(p["lang"] for p in ps))
    for k, v in sorted(c.items()): print("  ", k, v)
