#!/usr/bin/env python3
"""Writes holdout5/{simple,multi}.jsonl: held-out probes grounded in the seeded world.

World facts used (seed 20261126, clock Thu 2026-11-26 09:00 Asia/Shanghai):
- u_xiaoming: home 西溪诚园 (xihu), office 海康威视 (binjiang); u_alice: home 春江花月 (shangcheng),
  office 华星时代广场 (xihu). Reach, opening hours, minimum orders and stock were read from the
  seeded merchants and SKUs (`dimple world seed` then sqlite3).
- Closed at 09:00: 喜茶 (10:00), 海底捞 (10:00), 新白鹿 (10:30). Out of reach: 喜茶 from either home.
- Low stock: 麦香鱼 1 (McD 蒋村花园, the only McD reaching xiaoming's home), 兰州拉面西溪 蛋炒饭 3,
  库迪望江家园 焦糖拿铁 1, 7-Eleven 西溪诚园 雪碧 0, 肯德基西溪诚园 皮蛋瘦肉粥 0 (文三路店 has it).
- Minimum orders: 星巴克 30, Manner 20, 蜜雪冰城 8, 便利店 15, 盒马 49, 新白鹿 40, 百果园 20.
- Seats: 周杰伦 11-28 至尊VIP 1 left; 万能青年旅店 11-27 后排 4 left. Payees: the contacts are the other
  demo users only (李华, Bob Miller, 小明, Alice); 杨婷, Liam Smith (simulated users), 王大锤, Jonathan Reyes are not.
- Claims: window 24 h; alice's Starbucks order 11-25 09:49 is inside it, xiaoming's newest (11-24) is not.
Run: python3 data/probes/holdout5/gen.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(name):
    out = ""
    for ch in name:
        out += "\\" + ch if ch in ".*+?()[]{}|^$\\/" else ch
    return out


def L(name, qty=None, *opts, raw=False):
    """A quote line: exact zh name (or a raw pattern), quantity, option words in optionsText."""
    n = name if raw else esc(name)
    s = f'"name":"{n}"'
    if qty is not None:
        s += f',"nameEn":"[^"]*","qty":{qty},'
    if opts:
        s += '[^{}]*\\{[^}]*\\},"optionsText":"' + "".join(f'(?=[^"]*(?:{o}))' for o in opts)
    return s


def lines(*parts):
    if len(parts) == 1:
        return parts[0]
    return "".join(f"(?=.*{p})" for p in parts)


def card(kind, **kw):
    t = {"kind": kind}
    for k in ("status", "address", "merchant", "totalFen", "maxTotalFen", "maxUnitFen", "scheduledFor"):
        if k in kw:
            t[k] = kw[k]
    if "lines" in kw:
        t["lines"] = kw["lines"]
    return t


ZQ = "[？?]|请问|哪|要不要|是否|确认|还是|无法|不能|没法|没有|暂无|暂不|抱歉|不好意思|不支持|可以吗|吗"
EQ = r"\?|which|would you|do you|could you|can't|cannot|unable|sorry|not |no |only|don't|isn't"


def asked(kind, reason):
    """A question or a plain decline (no card, or one still waiting for information) saying why."""
    return {
        "anyOf": [
            {"noTask": True, "reply": [reason]},
            {"task": {"kind": kind, "status": ["needs_info"]}, "reply": [reason]},
        ]
    }


def either(card_expect, kind, reason):
    """Ambiguous: the right card, or a question."""
    alts = [{"task": card_expect}] + asked(kind, reason)["anyOf"]
    return {"anyOf": alts}


ZREASON = {
    "range": "范围|配送|送不到|不在|超出|太远|距离|附近没有|没有找到|找不到|不送|无法|不能",
    "closed": "营业|10[:：]00|10点|十点|打烊|未营业|还没开|没开|休息|关门|预订|预约",
    "min": "起送|最低|起步|满|差|不够|凑|至少|门槛",
    "stock": "库存|不足|只剩|仅剩|只有|售罄|卖完|没货|缺货|不够",
    "seats": "只剩|仅剩|只有|余票|不足|不够|剩|售罄|卖完",
    "payee": "找不到|没有|联系人|不认识|哪位|是谁|确认|无法|未找到|不存在",
    "qty": "数量|确认|无法|不能|有效|正数|至少|大于|负|不支持|库存|不足|只剩|太多|上限|最多",
    "claim": "超过|过期|时限|期限|24|无法|不能|已过|超出|不支持|不在",
    "session": "没有|无|周六|周日|28|29|场次|不是|日期|哪",
    "budget": "预算|超|1160|1,160|超出|不够|高于",
    "amount": "金额|多少|有效|正数|大于|负|无法|不能|[？?]",
}
EREASON = {
    "range": "range|deliver|reach|too far|far|area|not available|no .*nearby|outside|distance|can't|cannot",
    "closed": "closed|open|10:00|10 ?am|not open|later|schedule|pre-?order",
    "min": "minimum|at least|min\\.|add|more|threshold|¥ ?\\d",
    "stock": "stock|only|left|sold out|not enough|available|too many|maximum|limit",
    "seats": "only|left|remaining|not enough|sold out|available",
    "payee": "find|who|contact|don't know|not sure|which|unknown|no one|nobody|couldn't|can't",
    "qty": "quantity|positive|at least|can't|cannot|invalid|how many|negative|stock|only|too many|limit|maximum|left",
    "claim": "window|expired|too late|24|hours|can't|cannot|past|no longer",
    "session": "no |not |isn't|only|saturday|sunday|28|29|date|which|dates",
    "budget": "budget|over|exceed|1,?160|more than|too expensive",
    "amount": "amount|how much|positive|negative|invalid|can't|cannot|\\?",
}


def reason(lang, key):
    return (ZREASON if lang == "zh" else EREASON)[key]


def ask(lang, kind, key):
    return asked(kind, reason(lang, key))


def anyask(lang):
    return ZQ if lang == "zh" else EQ


ZHOME = "紫金港|西溪诚园"
ZOFFICE = "阡陌路|海康"
EHOME = "之江路|春江花月"
EOFFICE = "文三路|华星"

WEATHER_ZH = "阴|多云|晴|雨|雪|度|℃|°"
WEATHER_EN = "overcast|cloud|sun|clear|rain|shower|°|degrees"
STATUS_DONE = ["completed", "processing", "in_fulfilment", "awaiting_confirmation", "scheduled"]
ORDER = "order_delivery"
# Luckin sells both 美式咖啡 (with a 热 choice) and 标准美式（热） (Hot Americano): either is a hot americano.
HOT_AMERICANO = "(?:" + L("美式咖啡", 1, "热") + "|" + L("标准美式（热）", 1) + ")"


def od(**kw):
    return card(ORDER, **kw)


simple = []
multi = []


def P(lst, pid, lang, intent, turns, expect):
    lst.append({"id": pid, "lang": lang, "intent": intent, "turns": turns, "expect": expect})


# ---------------------------------------------------------------- simple, zh (u_xiaoming)
z = "zh"
S = lambda pid, intent, turns, expect: P(simple, f"h5s-zh-{pid}", z, intent, turns, expect)
S("luckin-coco", "order", ["来杯瑞幸的生椰拿铁"], {"task": od(merchant="瑞幸|luckin", lines=L("生椰拿铁", 1))})
S("luckin-office-2", "order", ["瑞幸美式 两杯 送公司"], {"task": od(merchant="瑞幸|luckin", address=ZOFFICE, lines=L("美式咖啡", 2))})
S("kfc-combo", "order", ["kfc香辣鸡腿堡套餐来一个"], {"task": od(merchant="肯德基|KFC", lines=L("香辣鸡腿堡", 1, "套餐"))})
S("lamian-options", "order", ["兰州拉面，牛肉面一碗，微辣加个蛋"], {"task": od(merchant="兰州", lines=L("牛肉面", 1, "微辣", "加蛋"))})
S("shaxian-home", "order", ["沙县小吃 拌面+扁肉套餐 送到家里"], {"task": od(merchant="沙县", address=ZHOME, lines=L("拌面+扁肉套餐", 1))})
S("goodme-office", "order", ["古茗珍珠奶茶 大杯少糖 送到公司🙏"], {"task": od(merchant="古茗|Good ?Me", address=ZOFFICE, lines=L("珍珠奶茶", 1, "大杯", "少糖"))})
S("mixue-2", "order", ["蜜雪柠檬水 x2"], {"task": od(merchant="蜜雪", lines=L("冰鲜柠檬水", 2))})
S("starbucks-slang", "order", ["星爸爸燕麦拿铁，大杯，要热的"], {"task": od(merchant="星巴克|Starbucks", lines=L("燕麦拿铁", 1, "大杯", "热"))})
S("mcd-bigmac", "order", ["麦当劳巨无霸套餐一份谢谢"], {"task": od(merchant="麦当劳|McDonald", lines=L("巨无霸", 1, "套餐"))})
S("ibuprofen", "order", ["头疼，帮我买盒布洛芬送家里"], either(od(address=ZHOME, lines="布洛芬"), ORDER, ZQ))
S("heytea-home-range", "decline", ["喜茶多肉葡萄一杯送到家"], ask(z, ORDER, "range"))
S("haidilao-closed", "decline", ["现在给我点个海底捞外卖送家里"], ask(z, ORDER, "closed"))
S("ride-east", "ride", ["打车去杭州东站"], {"task": card("ride_hail", address="杭州东站")})
S("ride-premier-airport", "ride", ["叫个专车去萧山机场"], {"task": card("ride_hail", merchant="专车|Premier", address="萧山.*机场")})
S("ride-tomorrow-7", "ride", ["明早7点叫车 从家去公司"], {"anyOf": [
    {"task": card("ride_hail", address=ZOFFICE + "|公司", scheduledFor="2026-11-26T2[23]:")},
    {"task": card("ride_hail", address="07[:：]00")}]})
S("weather-today", "weather", ["今天杭州天气咋样"], {"reply": [WEATHER_ZH]})
S("weather-umbrella", "weather", ["明天出门要带伞不"], {"reply": ["雨|伞|降水|不用|不需要|概率|%|多云|晴|阴"]})
S("pharmacy-near", "place", ["家附近有啥药店"], {"reply": ["药"]})
S("route-xixi", "place", ["从家去西溪湿地怎么走"], {"reply": ["公里|分钟|地铁|公交|步行|驾车|打车|km|米"]})
S("pay-lihua", "payment", ["给李华转200块"], {"task": card("payment", merchant="李华", totalFen=20000)})
S("pay-unknown", "decline", ["转50给王大锤"], ask(z, "payment", "payee"))
S("jay-floor-2", "tickets", ["买两张周六周杰伦演唱会内场票"], {"task": card("buy_tickets", merchant="周杰伦", totalFen=176000)})
S("movie-tonight", "tickets", ["今晚流浪地球3 来一张"], either(card("buy_tickets", merchant="流浪地球"), "buy_tickets", ZQ))
S("deyunshe-2", "tickets", ["德云社相声 这周日 乙等 两张"], {"task": card("buy_tickets", merchant="德云社", totalFen=116000)})
S("remind-3pm", "reminder", ["提醒我下午三点开会"], {"reply": ["提醒|15[:：]00|3点|三点"]})
S("claim-late", "decline", ["前天那杯瑞幸洒了一半，我要赔偿"], ask(z, "after_sale", "claim"))
S("luckin-1000", "decline", ["瑞幸拿铁 1000杯 送公司"], ask(z, ORDER, "qty"))
S("yuanji-fried", "order", ["袁记 鲜肉水饺 18只 要煎的"], {"task": od(merchant="袁记", lines=L("鲜肉水饺", 1, "18只", "煎饺"))})
S("xijiade-shrimp", "order", ["喜家德虾仁三鲜水饺来一份"], {"task": od(merchant="喜家德", lines=L("虾仁三鲜水饺", 1))})
S("snickers-min", "decline", ["便利店帮我买条士力架送到家"], ask(z, ORDER, "min"))
S("hema-eggs-min", "decline", ["盒马买一盒土鸡蛋送公司"], ask(z, ORDER, "min"))
S("roses-home", "order", ["订一束红玫瑰送回家💐"], either(od(address=ZHOME, lines="玫瑰"), ORDER, ZQ))
S("ride-westlake-uni", "ride", ["帮我叫个快车去西湖大学"], {"task": card("ride_hail", address="西湖大学")})
S("ride-lingyin", "ride", ["我要去灵隐寺 打个车"], {"task": card("ride_hail", address="灵隐")})
S("weather-weekend", "weather", ["这周末杭州天气怎么样"], {"reply": [WEATHER_ZH]})
S("weather-binjiang-rain", "weather", ["滨江明天会下雨吗"], {"reply": ["雨|多云|晴|阴|降水|%"]})
S("coffee-near", "place", ["公司附近有啥咖啡店"], {"reply": ["咖啡|瑞幸|星巴克|Manner|库迪|luckin"]})
S("pay-dad", "decline", ["给我爸转1000"], ask(z, "payment", "payee"))
S("pay-not-contact", "decline", ["转账给杨婷 88元"], ask(z, "payment", "payee"))
S("teahouse-tmr", "tickets", ["订明晚七点半的话剧茶馆，丙等一张"], {"task": card("buy_tickets", merchant="茶馆", totalFen=18000)})
S("omnipotent-5", "decline", ["万青 周五那场 后排来5张"], ask(z, "buy_tickets", "seats"))
S("songcheng-2", "tickets", ["宋城千古情 周六晚上7点 甲等两张"], {"task": card("buy_tickets", merchant="宋城", totalFen=76000)})
S("nezha-matinee", "tickets", ["哪吒2 周六下午那场 黄金区2张"], {"task": card("buy_tickets", merchant="哪吒", totalFen=11000)})
S("ride-xl", "ride", ["叫个六座车去杭州南站，人多"], {"task": card("ride_hail", merchant="六座|XL", address="杭州南站")})
S("metro-near", "place", ["离我家最近的地铁站是哪个"], {"reply": ["地铁|站"]})
S("tastien-combo", "order", ["塔斯汀 香辣鸡腿中国汉堡 要套餐"], {"task": od(merchant="塔斯汀", lines=L("香辣鸡腿中国汉堡", 1, "套餐"))})
S("zhengongfu-rice", "order", ["真功夫香汁排骨饭 加饭"], {"task": od(merchant="真功夫", lines=L("香汁排骨饭", 1, "加饭"))})
S("fanglaoda-beef", "order", ["方老大 片儿川一碗 加牛肉"], {"task": od(merchant="方老大", lines=L("片儿川", 1, "加牛肉"))})
S("coffee-vague", "order", ["来杯咖啡"], either(od(), ORDER, ZQ))
S("manner-min", "decline", ["Manner 美式一杯 送公司"], ask(z, ORDER, "min"))

# ---------------------------------------------------------------- simple, en (u_alice)
e = "en"
S = lambda pid, intent, turns, expect: P(simple, f"h5s-en-{pid}", e, intent, turns, expect)
S("tims-home", "order", ["grab me a Tims maple latte, home pls"], {"task": od(merchant="Tims", address=EHOME, lines=L("枫糖拿铁", 1))})
S("mickeyds", "order", ["mickey d's big mac meal"], {"task": od(merchant="麦当劳|McDonald", lines=L("巨无霸", 1, "套餐"))})
S("sbux-oat-office", "order", ["One large oat latte from Starbucks to the office"], {"task": od(merchant="Starbucks|星巴克", address=EOFFICE, lines=L("燕麦拿铁", 1, "大杯"))})
S("luckin-2-less-ice", "order", ["2 luckin americanos, less ice"], {"task": od(merchant="luckin|瑞幸", lines=L("美式咖啡", 2, "少冰"))})
S("kfc-single", "order", ["KFC zinger burger, just the burger no meal"], {"task": od(merchant="KFC|肯德基", lines=L("香辣鸡腿堡", 1, "单点"))})
S("cotti-home", "order", ["cotti coconut latte to my place"], {"task": od(merchant="Cotti|库迪", address=EHOME, lines=L("生椰拿铁", 1))})
S("coco-half", "order", ["CoCo pearl milk tea half sugar, deliver to work"], {"task": od(merchant="CoCo", address=EOFFICE, lines=L("珍珠奶茶", 1, "半糖"))})
S("piaerchuan", "order", ["I want a pian'er chuan noodle soup at the office"], {"task": od(address=EOFFICE, lines=L("片儿川", 1))})
S("xijiade-18", "order", ["Order shrimp dumplings from Xijiade, the 18-piece one"], {"task": od(merchant="Xijiade|喜家德", lines=L("虾仁三鲜水饺", 1, "18只"))})
S("heytea-home-range", "decline", ["Heytea very grape cheezo delivered home"], ask(e, ORDER, "range"))
S("haidilao-closed", "decline", ["order haidilao to my office right now"], ask(e, ORDER, "closed"))
S("sbux-min", "decline", ["just one starbucks americano to my home"], ask(e, ORDER, "min"))
S("ride-east", "ride", ["Taxi to Hangzhou East Railway Station"], {"task": card("ride_hail", address="杭州东站")})
S("ride-premier", "ride", ["premier car to the airport plz"], {"task": card("ride_hail", merchant="Premier|专车", address="萧山.*机场")})
S("ride-tmr-8", "ride", ["book a ride tomorrow at 8am from home to the office"], {"anyOf": [
    {"task": card("ride_hail", address=EOFFICE + "|公司|办公", scheduledFor="2026-11-2(6T23|7T00):")},
    {"task": card("ride_hail", address="08[:：]00")}]})
S("weather-today", "weather", ["what's the weather like today?"], {"reply": [WEATHER_EN]})
S("weather-sat", "weather", ["will it rain on Saturday"], {"reply": ["rain|cloud|sun|clear|dry|%|precipitation|umbrella|shower"]})
S("pharmacy-office", "place", ["any pharmacies near my office?"], {"reply": ["pharmac|drug|Neptunus|海王星辰"]})
S("route-hefang", "place", ["how do i get from home to Hefang Street"], {"reply": ["km|min|metro|subway|bus|walk|driv|taxi"]})
S("pay-bob", "payment", ["send Bob 150 yuan"], {"task": card("payment", merchant="Bob", totalFen=15000)})
S("pay-not-contact", "decline", ["transfer 300 to Liam Smith"], ask(e, "payment", "payee"))
S("pay-unknown", "decline", ["pay Jonathan Reyes 20 bucks"], ask(e, "payment", "payee"))
S("jay-floor", "tickets", ["2 floor tickets for Jay Chou this Saturday"], {"task": card("buy_tickets", merchant="Jay Chou|周杰伦", totalFen=176000)})
S("zootopia-tonight", "tickets", ["one ticket for Zootopia 2 tonight"], either(card("buy_tickets", merchant="Zootopia|疯狂动物城"), "buy_tickets", EQ))
S("langlang", "tickets", ["Lang Lang recital, 2 balcony seats please"], {"task": card("buy_tickets", merchant="Lang Lang|郎朗", totalFen=56000)})
S("remind-mom", "reminder", ["remind me to call mom at 8 tonight"], {"reply": ["remind|20:00|8(:00)? ?pm|8 tonight"]})
S("claim-spilled", "claim", ["my starbucks latte yesterday arrived spilled, i want compensation"], {"anyOf": [
    {"task": card("after_sale", status=["needs_info", "awaiting_confirmation", "processing", "completed", "in_fulfilment"])},
    {"reply": ["photo|picture|image|upload"]}]})
S("mcflurry-500", "decline", ["order 500 McFlurries"], ask(e, ORDER, "qty"))
S("yuanji-wonton", "order", ["Yuan Ji pork wontons please, to work"], {"task": od(merchant="Yuan ?Ji|袁记", address=EOFFICE, lines=L("鲜肉云吞", 1))})
S("snickers-min", "decline", ["7-Eleven, one Snickers to the office"], ask(e, ORDER, "min"))
S("roses", "order", ["Order red roses for my wife, to home"], either(od(address=EHOME, lines="玫瑰"), ORDER, EQ))
S("apples-min", "decline", ["1kg of fuji apples from Pagoda to my home"], ask(e, ORDER, "min"))
S("ride-westlake", "ride", ["cab to West Lake"], {"task": card("ride_hail", address="西湖")})
S("ride-lingyin", "ride", ["uber to lingyin temple"], {"task": card("ride_hail", address="灵隐")})
S("weather-weekend", "weather", ["weather this weekend?"], {"reply": [WEATHER_EN]})
S("weather-binjiang", "weather", ["is it gonna be cold tomorrow in binjiang"], {"reply": ["°|degree|cold|cool|mild|chilly|warm|cloud"]})
S("coffee-rec", "place", ["recommend a coffee shop near me"], {"reply": ["coffee|cafe|café|Luckin|Starbucks|Manner|Tims|Cotti"]})
S("pay-lihua-zh-name", "payment", ["Send 88 to 李华 for dinner"], {"task": card("payment", merchant="李华|Li ?Hua", totalFen=8800)})
S("teahouse-tmr", "tickets", ["Teahouse play tomorrow night, one economy seat"], {"task": card("buy_tickets", merchant="Teahouse|茶馆", totalFen=18000)})
S("omnipotent-5", "decline", ["Omnipotent Youth Society on Friday, 5 back-row tickets"], ask(e, "buy_tickets", "seats"))
S("mayday-dec5", "tickets", ["Mayday Dec 5, 2 upper stand"], {"task": card("buy_tickets", merchant="Mayday|五月天", totalFen=76000)})
S("nezha-sat-7", "tickets", ["Ne Zha 2 saturday 7pm, 3 standard seats"], {"task": card("buy_tickets", merchant="Ne ?Zha|哪吒", totalFen=13500)})
S("ride-xl", "ride", ["need an XL car to Hangzhou South station, 5 of us"], {"task": card("ride_hail", merchant="XL|六座", address="杭州南站")})
S("metro-office", "place", ["nearest metro station to my office?"], {"reply": ["metro|station|subway|地铁"]})
S("tastien-combo", "order", ["Tastien spicy chicken chinese burger combo to the office"], {"task": od(merchant="Tastien|塔斯汀", address=EOFFICE, lines=L("香辣鸡腿中国汉堡", 1, "套餐"))})
S("kungfu-extra-rice", "order", ["real kungfu steamed pork ribs rice w/ extra rice, office"], {"task": od(merchant="Kung ?fu|真功夫", address=EOFFICE, lines=L("香汁排骨饭", 1, "加饭"))})
S("drink-vague", "order", ["get me something to drink"], either(od(), ORDER, EQ))
S("lamian-wide", "order", ["lanzhou beef noodles, extra wide, not spicy, to the office"], {"task": od(merchant="Lanzhou|兰州", address=EOFFICE, lines=L("牛肉面", 1, "大宽", "不辣"))})
S("mixue-min", "decline", ["mixue lemonade x1 to the office"], ask(e, ORDER, "min"))
S("kfc-bucket", "order", ["I'd like a family bucket from KFC"], {"task": od(merchant="KFC|肯德基", lines=L("全家桶", 1))})

# ---------------------------------------------------------------- multi, zh
M = lambda pid, intent, turns, expect, lang="zh": P(multi, f"h5m-{lang}-{pid}", lang, intent, turns, expect)
M("luckin-mix", "order", ["瑞幸：生椰拿铁两杯 大杯少冰，再来一杯热美式，送公司"],
  {"task": od(merchant="瑞幸|luckin", address=ZOFFICE, lines=lines(L("生椰拿铁", 2, "大杯", "少冰"), HOT_AMERICANO))})
M("kfc-tarts", "order", ["肯德基 香辣鸡腿堡套餐1个 葡式蛋挞4个 送家"],
  {"task": od(merchant="肯德基|KFC", address=ZHOME, lines=lines(L("香辣鸡腿堡", 1, "套餐"), L("葡式蛋挞", 4)))})
M("tea-no-mixue", "order", ["来杯奶茶 半糖 别给我点蜜雪冰城"],
  either(od(merchant="^(?!.*(蜜雪|Mixue)).*$", lines=L('[^"]*奶茶[^"]*', None, "半糖", raw=True)), ORDER, ZQ))
M("latte-no-sbux", "order", ["想喝拿铁，大杯，不要星巴克的"],
  either(od(merchant="^(?!.*(星巴克|Starbucks)).*$", lines=L('[^"]*拿铁[^"]*', None, "大杯", raw=True)), ORDER, ZQ))
M("lunch-budget-noon", "order", ["帮我点个午饭 30块以内 中午12点送到公司"],
  either(od(address=ZOFFICE, maxTotalFen=3000, scheduledFor="2026-11-26T0[34]:"), ORDER, ZQ))
M("lamian-two-spice", "order", ["11点半送到家：兰州拉面牛肉面两碗，一碗不辣一碗特辣"],
  {"task": od(merchant="兰州", address=ZHOME, scheduledFor="2026-11-26T0[23]:", lines=lines(L("牛肉面", 1, "不辣"), L("牛肉面", 1, "特辣")))})
M("luckin-make-two", "edit", ["瑞幸拿铁一杯", "改成两杯"], {"task": od(merchant="瑞幸|luckin", lines=L("拿铁", 2))})
M("goodme-large-noice", "edit", ["古茗珍珠奶茶送公司", "换成大杯 去冰"], {"task": od(merchant="古茗|Good ?Me", lines=L("珍珠奶茶", 1, "大杯", "去冰"))})
M("ordinal-latte", "ordinal", ["瑞幸有哪些拿铁", "第一个来一杯"],
  either(od(merchant="瑞幸|luckin", lines=L('[^"]*拿铁[^"]*', 1, raw=True)), ORDER, ZQ))
M("jay-then-ride", "tickets+ride", ["周六周杰伦内场两张", "/confirm", "再帮我叫个车从家出发，开场前一小时到奥体"],
  {"anyOf": [
      {"task": card("ride_hail", scheduledFor="2026-11-28T(09|10):")},
      {"task": card("ride_hail", address="1[78][:：][0-5]\\d")},
      {"task": card("ride_hail", status=["needs_info"]), "reply": [ZQ]},
  ]})
M("deyunshe-budget", "decline", ["德云社周日两张乙等，预算1000以内"],
  {"anyOf": ask(z, "buy_tickets", "budget")["anyOf"] + [{"task": card("buy_tickets"), "reply": [reason(z, "budget")]}]})
M("jay-vip-seats", "decline", ["周六周杰伦 至尊VIP 要2张"], ask(z, "buy_tickets", "seats"))
M("pay-note", "payment", ["给李华转500，备注房租"], {"task": card("payment", merchant="李华", totalFen=50000, lines="房租")})
M("pay-edit", "edit", ["给李华转200", "不对 改成300"], {"task": card("payment", merchant="李华", totalFen=30000)})
M("ride-tmr-8-express", "ride", ["明早8点 快车 从家去杭州东站"],
  {"anyOf": [{"task": card("ride_hail", merchant="快车|Express", address="东站", scheduledFor="2026-11-2(6T23|7T00):")},
             {"task": card("ride_hail", merchant="快车|Express", address="08[:：]00")}]})
M("earth-best-2", "tickets", ["今晚流浪地球3 黄金区 两张"], {"task": card("buy_tickets", merchant="流浪地球", totalFen=11000)})
M("filet-stock", "decline", ["麦当劳 麦香鱼3个 送家里"], ask(z, ORDER, "stock"))
M("friedrice-stock", "decline", ["兰州拉面 蛋炒饭5份 送到家"], ask(z, ORDER, "stock"))
M("negative-qty", "decline", ["瑞幸生椰拿铁 -2杯"], ask(z, ORDER, "qty"))
M("kfc-congee", "order", ["肯德基早餐 皮蛋瘦肉粥一份 油条两根 送家"],
  either(od(merchant="肯德基|KFC", lines=lines(L("皮蛋瘦肉粥", 1), L("油条", 2))), ORDER, reason(z, "stock") + "|" + ZQ))
M("shaxian-3", "order", ["沙县：拌面两份微辣 扁肉一份 卤蛋俩 送家"],
  {"task": od(merchant="沙县", address=ZHOME, lines=lines(L("拌面", 2, "微辣"), L("扁肉", 1), L("卤蛋", 2)))})
M("heytea-preorder", "order", ["两杯喜茶多肉葡萄 10点半送到公司"],
  {"anyOf": [{"task": od(merchant="喜茶|HEYTEA", address=ZOFFICE, scheduledFor="2026-11-26T0[12]:", lines=L("多肉葡萄", 2))}]
   + ask(z, ORDER, "closed")["anyOf"]})
M("xinbailu-noon", "order", ["中午12点新白鹿送到家：东坡肉、蟹粉豆腐各一份，米饭两碗"],
  {"task": od(merchant="新白鹿", address=ZHOME, scheduledFor="2026-11-26T0[34]:", lines=lines(L("东坡肉", 1), L("蟹粉豆腐", 1), L("米饭", 2)))})
M("mixue-min", "decline", ["蜜雪冰城 柠檬水一杯 冰淇淋一个"], ask(z, ORDER, "min"))
M("three-coffees-budget", "order", ["给我和同事点三杯咖啡送公司，每杯不超过15块，总共50以内"],
  either(od(address=ZOFFICE, maxUnitFen=1500, maxTotalFen=5000), ORDER, ZQ))
M("ordinal-last-tea", "ordinal", ["公司附近有什么奶茶店", "就最后一个吧 来杯招牌"], either(od(), ORDER, ZQ))
M("add-tiramisu", "edit", ["瑞幸拿铁一杯送家", "再加个提拉米苏"],
  {"task": od(merchant="瑞幸|luckin", lines=lines(L("拿铁", 1), L("提拉米苏", 1)))})
M("kfc-swap", "edit", ["肯德基香辣鸡腿堡两个", "算了 改成一个，再加份薯条"],
  {"task": od(merchant="肯德基|KFC", lines=lines(L("香辣鸡腿堡", 1), L('薯条[^"]*', 1, raw=True)))})
M("mahua-3", "tickets", ["开心麻花 12月5号 甲等3张"], {"task": card("buy_tickets", merchant="麻花|乌龙山", totalFen=144000)})
M("cba-4", "tickets", ["12月9号CBA 广厦打广东那场，看台一层4张"], {"task": card("buy_tickets", merchant="广东|CBA", totalFen=112000)})
M("songcheng-vip", "tickets", ["宋城千古情 周六下午3点场 贵宾席2张"], {"task": card("buy_tickets", merchant="宋城", totalFen=96000)})
M("pay-negative", "decline", ["给李华转 -50"], ask(z, "payment", "amount"))
M("ride-evening-premier", "ride", ["下午5点半从公司打车回家 要专车"],
  {"anyOf": [{"task": card("ride_hail", merchant="专车|Premier", address=ZHOME + "|家", scheduledFor="2026-11-26T09:")},
             {"task": card("ride_hail", merchant="专车|Premier", address="17[:：]30")}]})
M("jay-tomorrow", "decline", ["明天周杰伦演唱会 两张票"], ask(z, "buy_tickets", "session"))
M("yueju-sat", "decline", ["这周六越剧梁祝 3张"], ask(z, "buy_tickets", "session"))
M("hema-office", "order", ["盒马买：纯牛奶一箱、土鸡蛋两盒、西兰花两颗，送公司"],
  {"task": od(merchant="盒马|Freshippo|Hema", address=ZOFFICE, lines=lines(L("纯牛奶 250ml×12", 1), L("土鸡蛋 10枚", 2), L("西兰花", 2)))})
M("pharmacy-two", "order", ["一心堂 布洛芬缓释胶囊一盒 电子体温计一个 送家"],
  {"task": od(merchant="一心堂", address=ZHOME, lines=lines(L("布洛芬缓释胶囊", 1), L("电子体温计", 1)))})
M("flowers-budget", "order", ["买束花送女朋友 200以内 送到家"], either(od(address=ZHOME, maxTotalFen=20000), ORDER, ZQ))
M("ride-upgrade", "edit", ["叫车去杭州东站", "换成专车"], {"task": card("ride_hail", merchant="专车|Premier", address="东站")})
M("songcheng-three", "edit", ["订两张周六晚上的宋城千古情", "改成3张"],
  {"anyOf": [{"task": card("buy_tickets", merchant="宋城", totalFen=t)} for t in (93000, 114000, 144000)]
   + asked("buy_tickets", ZQ)["anyOf"]})
M("cheap-not-spicy", "order", ["点个外卖 20块以内 不要辣的"], either(od(maxTotalFen=2000), ORDER, ZQ))
M("goodme-two", "order", ["古茗 杨梅冰冰和桂花龙井各一杯 都少冰 送公司"],
  {"task": od(merchant="古茗|Good ?Me", address=ZOFFICE, lines=lines(L("杨梅冰冰", 1, "少冰"), L("桂花龙井", 1, "少冰")))})
M("manner-pair", "order", ["Manner 美式一杯 可颂一个 送公司"],
  {"task": od(merchant="Manner", address=ZOFFICE, lines=lines(L("美式", 1), L("可颂", 1)))})
M("sbux-same-again", "edit", ["星巴克拿铁 大杯", "再来一杯一样的"],
  {"anyOf": [{"task": od(merchant="星巴克|Starbucks", lines=L("拿铁", 2, "大杯"))},
             {"task": od(merchant="星巴克|Starbucks", lines='"name":"拿铁".*"name":"拿铁"')}]})
M("whats-on-tonight", "tickets", ["今晚有啥演出或者电影"], {"reply": ["茶馆|嘻哈|流浪地球|疯狂动物城|相声|话剧|电影"]})
M("sprite-soldout", "decline", ["7-11 雪碧两瓶 鸡肉饭团两个 送家"],
  {"anyOf": ask(z, ORDER, "stock")["anyOf"]})
M("seven-eleven-ok", "order", ["7-11 鸡肉饭团两个 烤肠一根 乌龙茶一瓶冰的 送家"],
  {"task": od(merchant="7-Eleven|7-11", address=ZHOME, lines=lines(L("鸡肉饭团", 2), L("烤肠", 1), L("三得利乌龙茶", 1, "冰镇")))})
M("ride-then-time", "edit", ["帮我叫车去杭州西站", "晚上6点再走"],
  {"anyOf": [{"task": card("ride_hail", address="西站", scheduledFor="2026-11-26T(09|10):")},
             {"task": card("ride_hail", address="18[:：]00")}]})
M("dumplings-two-lines", "order", ["袁记云饺：玉米鲜肉水饺12只水煮，韭菜鸡蛋水饺18只煎的，送家里"],
  {"task": od(merchant="袁记", address=ZHOME, lines=lines(L("玉米鲜肉水饺", 1, "12只", "水煮"), L("韭菜鸡蛋水饺", 1, "18只", "煎饺")))})
M("weather-then-ride", "weather", ["明天滨江天气怎么样", "那明早8点半帮我叫个车从家去公司"],
  {"anyOf": [{"task": card("ride_hail", scheduledFor="2026-11-27T00:")},
             {"task": card("ride_hail", address="08[:：]30")}]})

# ---------------------------------------------------------------- multi, en
E = lambda pid, intent, turns, expect: M(pid, intent, turns, expect, lang="en")
E("luckin-mix", "order", ["Luckin: 2 large coconut lattes less ice + 1 hot americano, to the office"],
  {"task": od(merchant="luckin|瑞幸", address=EOFFICE, lines=lines(L("生椰拿铁", 2, "大杯", "少冰"), HOT_AMERICANO))})
E("mcd-home", "order", ["McDonald's to home: 2 Big Mac meals, 1 Oreo McFlurry and a coke"],
  {"task": od(merchant="McDonald|麦当劳", address=EHOME, lines=lines(L("巨无霸", 2, "套餐"), L("麦旋风（奥利奥）", 1), L("可口可乐（中）", 1)))})
E("flatwhite-no-luckin", "order", ["flat white, anywhere but Luckin"],
  either(od(merchant="^(?!.*(luckin|瑞幸)).*$", lines='"name":"(馥芮白|澳白)"'), ORDER, EQ))
E("tea-no-coco", "order", ["bubble tea to the office, less sugar, anything but CoCo"],
  either(od(merchant="^(?!.*(CoCo|都可)).*$", lines=L('[^"]*奶茶[^"]*', None, "少糖", raw=True)), ORDER, EQ))
E("lunch-budget", "order", ["lunch under 40 yuan delivered to the office at 12:30"],
  either(od(address=EOFFICE, maxTotalFen=4000, scheduledFor="2026-11-26T0[34]:"), ORDER, EQ))
E("xijiade-noon", "order", ["Xijiade to the office at noon: beef dumplings 18 pcs and a smashed cucumber"],
  {"task": od(merchant="Xijiade|喜家德", address=EOFFICE, scheduledFor="2026-11-26T0[34]:", lines=lines(L("牛肉水饺", 1, "18只"), L("拍黄瓜", 1)))})
E("tims-make-two", "edit", ["a Tims latte to home", "make it two"], {"task": od(merchant="Tims", lines=L("拿铁", 2))})
E("coco-large-noice", "edit", ["CoCo bubble milk tea to the office", "make it large, no ice"],
  {"task": od(merchant="CoCo", lines=L("珍珠奶茶", 1, "大杯", "去冰"))})
E("ordinal-sbux", "ordinal", ["what coffee does starbucks have", "the last one please, to the office"],
  either(od(merchant="Starbucks|星巴克"), ORDER, EQ))
E("jay-then-ride", "tickets+ride", ["2 floor seats for Jay Chou on Saturday", "/confirm", "and get me a car from home so I'm there an hour before it starts"],
  {"anyOf": [
      {"task": card("ride_hail", scheduledFor="2026-11-28T(09|10):")},
      {"task": card("ride_hail", address="1[78][:：][0-5]\\d")},
      {"task": card("ride_hail", status=["needs_info"]), "reply": [EQ]},
  ]})
E("deyunshe-budget", "decline", ["Deyunshe crosstalk Sunday, 2 standard seats, budget 1000"],
  {"anyOf": ask(e, "buy_tickets", "budget")["anyOf"] + [{"task": card("buy_tickets"), "reply": [reason(e, "budget")]}]})
E("jay-vip-seats", "decline", ["Jay Chou Saturday, 2 premium VIP please"], ask(e, "buy_tickets", "seats"))
E("pay-note", "payment", ["send Bob 200 with the note 'concert'"], {"task": card("payment", merchant="Bob", totalFen=20000, lines="concert")})
E("pay-edit", "edit", ["send Lihua 100", "actually make it 120"], {"task": card("payment", merchant="李华|Li ?Hua", totalFen=12000)})
E("ride-730", "ride", ["tomorrow 7:30am, express ride from home to Hangzhou East"],
  {"anyOf": [{"task": card("ride_hail", merchant="Express|快车", address="东站", scheduledFor="2026-11-26T23:")},
             {"task": card("ride_hail", merchant="Express|快车", address="07[:：]30")}]})
E("zootopia-best", "tickets", ["tonight's Zootopia 2, two best-view seats"], {"task": card("buy_tickets", merchant="Zootopia|疯狂动物城", totalFen=11000)})
E("kfc-chicken-3", "order", ["3 pieces of KFC original recipe chicken to my home"],
  either(od(merchant="KFC|肯德基", address=EHOME, lines=L("吮指原味鸡", 3)), ORDER, reason(e, "stock") + "|" + EQ))
E("cotti-stock", "decline", ["2 cotti caramel lattes to home"], ask(e, ORDER, "stock"))
E("negative-qty", "decline", ["order -3 lattes from luckin"], ask(e, ORDER, "qty"))
E("tarts-10000", "decline", ["KFC egg tarts, 10000 of them"], ask(e, ORDER, "qty"))
E("shaxian-office", "order", ["Shaxian to the office: 2 peanut noodles mild, 1 wonton soup, 2 braised eggs"],
  {"task": od(merchant="Shaxian|沙县", address=EOFFICE, lines=lines(L("拌面", 2, "微辣"), L("扁肉", 1), L("卤蛋", 2)))})
E("heytea-preorder", "order", ["2 heytea very grape cheezo to the office at 10:30"],
  {"anyOf": [{"task": od(merchant="HEYTEA|喜茶", address=EOFFICE, scheduledFor="2026-11-26T0[12]:", lines=L("多肉葡萄", 2))}]
   + ask(e, ORDER, "closed")["anyOf"]})
E("xinbailu-noon", "order", ["Xin Bai Lu to the office at noon: dongpo pork, crab roe tofu, 2 rice"],
  {"task": od(merchant="Xin ?Bai ?Lu|新白鹿", address=EOFFICE, scheduledFor="2026-11-26T0[34]:", lines=lines(L("东坡肉", 1), L("蟹粉豆腐", 1), L("米饭", 2)))})
E("xinbailu-min", "decline", ["just one dongpo pork from xin bai lu to the office at noon"], ask(e, ORDER, "min"))
E("mixue-min", "decline", ["Mixue: 1 lemonade and 1 soft serve to the office"], ask(e, ORDER, "min"))
E("team-coffee", "order", ["3 coffees for the team to the office, under 15 each, 50 max total"],
  either(od(address=EOFFICE, maxUnitFen=1500, maxTotalFen=5000), ORDER, EQ))
E("ordinal-tea-shop", "ordinal", ["show me tea shops near the office", "the second one, a bubble milk tea"], either(od(), ORDER, EQ))
E("add-tiramisu", "edit", ["luckin latte to home", "add a tiramisu"],
  {"task": od(merchant="luckin|瑞幸", lines=lines(L("拿铁", 1), L("提拉米苏", 1)))})
E("kfc-swap", "edit", ["KFC zinger x2", "just one actually, and add medium fries"],
  {"task": od(merchant="KFC|肯德基", lines=lines(L("香辣鸡腿堡", 1), L('薯条[^"]*', 1, raw=True)))})
E("mahua-3", "tickets", ["Mahua comedy on Dec 6, 3 premium seats"], {"task": card("buy_tickets", merchant="Wulong|Mahua|麻花", totalFen=144000)})
E("cba-upper-4", "tickets", ["CBA Guangsha vs Liaoning this Saturday, 4 upper stand"], {"task": card("buy_tickets", merchant="Liaoning|辽宁", totalFen=72000)})
E("phantom-matinee", "tickets", ["Phantom of the Opera, the Dec 5 matinee, 2 economy"], {"task": card("buy_tickets", merchant="Phantom|剧院魅影", totalFen=96000)})
E("pay-negative", "decline", ["pay lihua -20"], ask(e, "payment", "amount"))
E("ride-6pm-premier", "ride", ["premier car from the office to home at 6pm"],
  {"anyOf": [{"task": card("ride_hail", merchant="Premier|专车", address=EHOME + "|家|home", scheduledFor="2026-11-26T(09|10):")},
             {"task": card("ride_hail", merchant="Premier|专车", address="18[:：]00")}]})
E("jay-tomorrow", "decline", ["Jay Chou tomorrow, 2 tickets"], ask(e, "buy_tickets", "session"))
E("yueju-sun", "decline", ["Butterfly Lovers yue opera this Sunday, 2 tix"], ask(e, "buy_tickets", "session"))
E("hema-min", "decline", ["Freshippo to the office: 1 fresh milk 950ml, 2 broccoli, 1 tofu"], ask(e, ORDER, "min"))
E("hema-ok", "order", ["Freshippo to the office: a 12-pack of milk, 2 boxes of free-range eggs, cherry tomatoes"],
  {"task": od(merchant="Freshippo|盒马|Hema", address=EOFFICE, lines=lines(L("纯牛奶 250ml×12", 1), L("土鸡蛋 10枚", 2), L("小番茄 500g", 1)))})
E("pharmacy-office", "order", ["ibuprofen tablets and band-aids to the office"],
  either(od(address=EOFFICE, lines=lines("布洛芬", "创可贴")), ORDER, EQ))
E("flowers-mum", "order", ["flowers for my mum, under 150, to home"], either(od(address=EHOME, maxTotalFen=15000), ORDER, EQ))
E("ride-upgrade", "edit", ["ride to Hangzhou East", "make it a premier"], {"task": card("ride_hail", merchant="Premier|专车", address="东站")})
E("songcheng-three", "edit", ["2 tickets Song Dynasty show saturday evening", "make it three"],
  {"anyOf": [{"task": card("buy_tickets", merchant="Song|宋城", totalFen=t)} for t in (93000, 114000, 144000)]
   + asked("buy_tickets", EQ)["anyOf"]})
E("cheap-not-spicy", "order", ["something to eat under 20, nothing spicy"], either(od(maxTotalFen=2000), ORDER, EQ))
E("goodme-two", "order", ["Good Me bayberry ice tea and osmanthus longjing, both less ice, office"],
  {"task": od(merchant="Good ?Me|古茗", address=EOFFICE, lines=lines(L("杨梅冰冰", 1, "少冰"), L("桂花龙井", 1, "少冰")))})
E("manner-pair", "order", ["Manner americano + a croissant to the office"],
  {"task": od(merchant="Manner", address=EOFFICE, lines=lines(L("美式", 1), L("可颂", 1)))})
E("sbux-same-again", "edit", ["starbucks large latte to the office", "another one, same"],
  {"anyOf": [{"task": od(merchant="Starbucks|星巴克", lines=L("拿铁", 2, "大杯"))},
             {"task": od(merchant="Starbucks|星巴克", lines='"name":"拿铁".*"name":"拿铁"')}]})
E("whats-on", "tickets", ["what's on tonight?"], {"reply": ["Teahouse|Xiha|Wandering|Zootopia|crosstalk|film|movie|play|show"]})
E("noodle-ordinal", "ordinal", ["find me a noodle place near the office", "pork chop noodles from the first one"],
  either(od(lines="面"), ORDER, EQ))
E("mcd-breakfast", "order", ["breakfast to home: 2 sausage & egg mcmuffins and 2 hot soy milks"],
  {"task": od(merchant="McDonald|麦当劳", address=EHOME, lines=lines(L("猪柳蛋麦满分", 2), L("豆浆", 2, "热")))})
E("address-switch", "edit", ["luckin coconut latte to the office", "actually send it home instead"],
  {"task": od(merchant="luckin|瑞幸", address=EHOME, lines=L("生椰拿铁", 1))})

for name, lst in (("simple", simple), ("multi", multi)):
    ids = [p["id"] for p in lst]
    assert len(ids) == len(set(ids)), name
    zh = sum(1 for p in lst if p["lang"] == "zh")
    print(name, len(lst), "zh", zh, "en", len(lst) - zh)
    with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for p in lst:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
