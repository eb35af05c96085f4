#!/usr/bin/env python3
"""holdout11: conversations (multi.jsonl, 100) and single needs phrased unusually (simple.jsonl, 60).

Written from the seeded world only (`dimple world seed`, read with sqlite3), never from the brain.
World facts used (world clock 2026-11-26 09:00 Asia/Shanghai = 01:00Z, a Thursday):
- u_xiaoming home 西湖区紫金港路21号西溪诚园 (zh), office 滨江区阡陌路555号海康威视; u_alice home
  上城区之江路1258号春江花月 (en), office 西湖区文三路478号华星时代广场.
- Near xiaoming's home and open at 09:00: 瑞幸(西溪诚园) 生椰拿铁2900/美式2000/拿铁2500/提拉米苏1800,
  CoCo(西溪诚园, opens 09:00) 珍珠奶茶1300 (柠檬养乐多 stock 0), 蜜雪冰城 冰鲜柠檬水400 (min 800),
  肯德基(西溪诚园) 香辣鸡腿堡2200 combo single/meal, 葡式蛋挞800, 皮蛋瘦肉粥 stock 0,
  兰州拉面(西溪) 牛肉面1600 noodle thin/second_thin/leek_leaf/wide, spice none/mild/medium/hot,
  add_on none/egg/beef; 蛋炒饭 stock 3 (only 兰州拉面 near home sells it), 袁记云饺 鲜肉水饺 portion
  twelve/eighteen cooking boiled/pan_fried, 吉野家 招牌牛肉饭2600/照烧鸡肉饭 rice regular/extra/less,
  7-Eleven 烤肠600/鸡肉饭团700/三得利乌龙茶550 (雪碧 stock 0), 果多美 香蕉/砂糖橘 weight half_kg/one_kg
  (min 2000), 朴朴 农夫山泉箱3690/鸡蛋1990 (min 2800), 鲍师傅 海苔肉松小贝2800/蛋黄酥2400 (min 2500),
  一心堂 布洛芬缓释胶囊/电子体温计, 花间集(西溪诚园) 洋桔梗花束/香槟玫瑰花束 wrapping standard/deluxe.
  Still closed at 09:00: 霸王茶姬(西溪, 10:00), 新白鹿(西溪诚园, 10:30, min 4000, 东坡肉3200 糖醋里脊3800
  油焖春笋2800 米饭200), 杨国福(10:00).
- Near xiaoming's office: 古茗(物联网街) 珍珠奶茶, 瑞幸(江南大道)/Manner 美式, 喜茶(物联网街) opens 10:00,
  florists 爱尚/西湖花语/花间集 (roses, deluxe wrapping).
- Near alice's home: Tims (315 m, min 2000) 燕麦拿铁2700/美式1900/拿铁2400, 麦当劳(钱江新城, 24h) 巨无霸
  combo single/meal, 麦乐鸡, 麦香鱼, 可口可乐 temperature room/chilled, 百果园(钱江新城) 香蕉/草莓,
  和府捞面 番茄牛腩面 spice/add_on, 海王星辰 布洛芬片/口罩/美林, 花礼网(近江家园) 粉玫瑰(11枝) 13900 card
  none/handwritten (min 8800), 全家(来福士) 雨伞3900/农夫山泉, 好利来 半熟芝士3200/牛角包, 古茗(华润)
  超A芝士葡萄, 永辉 鸡蛋15枚/农夫山泉1.5L箱 (min 2500), 真功夫 香汁排骨饭 rice, drink cola/sprite/soy_milk,
  喜家德(望江家园) 虾仁三鲜水饺 portion/cooking, 吉野家 招牌牛肉饭. Closed at 09:00: 新白鹿/呷哺/米村
  (米村 opens 10:00, 石锅拌饭2600, min 2000). Florist 花礼网 near alice's office (翠苑一区) also sells
  粉玫瑰(11枝).
- Rides: products 快车 Express, 专车 Premier, 六座商务 XL (6 seats). A ride card's address is its
  destination (zh); a scheduled card's scheduledFor is UTC.
- Tickets (one card line per seat; address holds venue and local date): 周杰伦 11-28 & 11-29 19:30
  (内场 88000; VIP内场 128000 18 left on 11-28; 至尊VIP 168000, only 3 left on 11-29); 薛之谦 11-28
  (看台一层 58000); 万能青年旅店 11-27 20:00 (后排 only 4 left, 中排 38000 11 left); 周末脱口秀 11-27
  20:00 (中排 18000); 茶馆 tonight 11-26 19:30 (乙等 38000, 丙等 18000); 疯狂动物城2 11-27 20:10
  (黄金区 5500, 普通座 4500); 德云社 11-29 19:30 (丙等 38000); 五月天 no session on 11-27, 12-05
  (看台一层 58000).
- Wallets 200000 fen each; payees 李华 (u_lihua) and Bob (u_bob); no contact named 王大锤/Charlie.
- Claims: 24 h window. alice's Starbucks latte (11-25 01:49Z) is inside it; alice's McDonald's
  (11-18) and all xiaoming's orders (latest 11-24) are outside. xiaoming's last Luckin order: 拿铁 大杯
  少冰 少糖 ×1; alice's last McDonald's: 巨无霸 套餐 ×1; last 百果园: 香蕉 1kg + 奇异果（6个）.
- Weather: 16-day horizon from 11-26.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def has(name, qty=None, **opts):
    s = '"name":"[^"]*' + name + '[^"]*"'
    if qty is not None:
        s += '[^}]*"qty":%d,' % qty
    for k, v in opts.items():
        s += '[^}]*"%s":"%s"' % (k, v)
    return '(?=.*' + s + ')'

def no(name):
    return '(?!.*"name":"[^"]*' + name + ')'

def L(*parts):
    return '^' + ''.join(parts)

def order(lines=None, status=None, **kw):
    t = {"kind": "order_delivery"}
    if status: t["status"] = status
    if lines: t["lines"] = lines
    t.update(kw)
    return {"task": t}

XM_HOME = "紫金港路21号"
XM_OFFICE = "阡陌路555号"
AL_HOME = "之江路1258号"
AL_OFFICE = "文三路478号"
HOT_AMERICANO_LARGE = '(?=.*"name":"[^"]*美式[^"]*"[^}]*"qty":1,[^}]*"size":"large"[^}]*"(ice|temperature)":"hot")'
PAID = ["processing", "in_fulfilment", "completed", "scheduled"]
ZH_NO = "抱歉|无法|不能|没法|不支持|不够|只剩|仅剩|售罄|卖完|没有|不足|超过|超出|过了|已过|找不到|未找到|不在"
EN_NO = "sorry|can't|cannot|unable|not |only|no |sold out|isn't|aren't|doesn't|don't|too |exceed|past|expired|couldn't|won't"

multi, simple = [], []

def M(id, lang, intent, turns, expect, user=None):
    p = {"id": "h11-m-" + id, "lang": lang, "intent": intent, "turns": turns, "expect": expect}
    if user: p["user"] = user
    multi.append(p)

def S(id, lang, intent, turns, expect, user=None):
    p = {"id": "h11-s-" + id, "lang": lang, "intent": intent, "turns": turns if isinstance(turns, list) else [turns], "expect": expect}
    if user: p["user"] = user
    simple.append(p)

# ---------------------------------------------------------------- multi, zh (u_xiaoming)
M("zh-coffee-hot", "zh", "order_delivery", ["帮我点两杯生椰拿铁，大杯，少冰", "算了天冷，换成热的吧"],
  order(L(has("生椰拿铁", 2, size="large", ice="hot")), address=XM_HOME))
M("zh-americano-add", "zh", "order_delivery", ["瑞幸美式一杯 不要糖", "顺便加个提拉米苏"],
  order(L(has("美式", 1, sugar="none"), has("提拉米苏", 1)), merchant="瑞幸|Luckin"))
M("zh-milktea-qty", "zh", "order_delivery", ["coco的珍珠奶茶来三杯 半糖", "emmm 改成四杯"],
  # fact: CoCo 西溪诚园 opens 09:00 = world time
  order(L(has("珍珠奶茶", 4, sugar="half")), merchant="CoCo"))
M("zh-latte-office-home", "zh", "order_delivery", ["点杯拿铁送到公司", "要燕麦奶的", "哦不对 我今天在家 送家里吧"],
  order(L(has("拿铁", 1, milk="oat")), address=XM_HOME))
M("zh-chagee-preorder", "zh", "order_delivery", ["霸王茶姬 伯牙绝弦两杯 少糖", "那就十点半送到吧"],
  # fact: 霸王茶姬(西溪) opens 10:00; 10:30 local = 02:30Z
  order(L(has("伯牙绝弦", 2, sugar="less")), status=["awaiting_confirmation"], scheduledFor="2026-11-26T02:30"))
M("zh-ride-upgrade", "zh", "ride_hail", ["叫个车去杭州东站", "换成专车吧 舒服点"],
  {"task": {"kind": "ride_hail", "address": "杭州东站", "merchant": "专车|Premier"}})
M("zh-ride-sched-change", "zh", "ride_hail", ["明天早上8点 从家打车去萧山机场", "改到七点半出发"],
  # 07:30 local on 11-27 = 2026-11-26T23:30Z
  {"task": {"kind": "ride_hail", "address": "机场", "scheduledFor": "2026-11-26T23:30"}})
M("zh-ride-six", "zh", "ride_hail", ["我们一共6个人 要去灵隐寺", "对 现在就走 帮我叫车"],
  # fact: only 六座商务 seats 6
  {"task": {"kind": "ride_hail", "address": "灵隐寺", "merchant": "六座|XL"}})
M("zh-jay-then-ride", "zh", "ride_hail", ["周六周杰伦演唱会 内场两张", "/confirm", "再帮我叫个车过去"],
  {"task": {"kind": "ride_hail", "address": "奥体"}})
M("zh-joker-qty", "zh", "buy_tickets", ["薛之谦演唱会 看台一层 来3张", "还是两张就够了"],
  # 看台一层 58000 ×2
  {"task": {"kind": "buy_tickets", "merchant": "薛之谦", "totalFen": 116000}})
M("zh-omni-toofew", "zh", "buy_tickets", ["万青周五那场 后排要五张", "那中排吧"],
  # fact: 后排 only 4 left; 中排 38000, 11 left
  {"task": {"kind": "buy_tickets", "merchant": "万能青年", "totalFen": 190000}})
M("zh-transfer-fix", "zh", "payment", ["给李华转200", "不对不对 是250"],
  {"task": {"kind": "payment", "merchant": "李华", "totalFen": 25000}})
M("zh-transfer-unknown", "zh", "payment", ["转账给王大锤 100块", "就是我同事啊"],
  # fact: no contact 王大锤
  {"noTask": True, "reply": ["王大锤|联系人|好友|找不到|没有|无法"]})
M("zh-claim-old", "zh", "after_sale", ["上次瑞幸那单拿铁洒了一半 能退钱吗", "对 就是前天那单"],
  # fact: xiaoming's latest order 11-24 02:10Z, claim window 24 h
  {"noTask": True, "reply": [ZH_NO + "|24|时限|期限"]})
M("zh-cancel-after-pay", "zh", "cancel_order", ["兰州拉面 牛肉面一碗 微辣 加蛋", "/confirm", "算了不想吃了 取消吧"],
  {"anyOf": [order(status=["cancelled"]), {"task": {"kind": "cancel_order", "status": ["completed", "awaiting_confirmation"]}}]})
M("zh-what-did-i-order", "zh", "order_status", ["吉野家招牌牛肉饭 加饭", "/confirm", "我刚才点的啥来着"],
  {"reply": ["牛肉饭"], "task": {"kind": "order_delivery", "status": PAID}})
M("zh-same-but-two", "zh", "order_delivery", ["跟上次一样的瑞幸拿铁 不过这次要两杯"],
  # last Luckin order: 拿铁 大杯 少冰 少糖
  order(L(has("拿铁", 2, size="large", ice="less", sugar="less")), merchant="瑞幸|Luckin"))
M("zh-kfc-add-single", "zh", "order_delivery", ["肯德基 香辣鸡腿堡套餐一个", "再来两个蛋挞", "鸡腿堡不要套餐了 单点就行"],
  order(L(has("香辣鸡腿堡", 1, combo="single"), has("蛋挞", 2))))
M("zh-711-remove", "zh", "order_delivery", ["7-11 来两根烤肠 一个饭团 一瓶乌龙茶", "饭团不要了"],
  # 1200+550 = 1750 >= min 1500
  order(L(has("烤肠", 2), has("乌龙茶", 1), no("饭团"))))
M("zh-fruit-add", "zh", "order_delivery", ["果多美 香蕉来一公斤", "再加一公斤砂糖橘"],
  order(L(has("香蕉", 1, weight="one_kg"), has("砂糖橘", 1, weight="one_kg")), merchant="果多美"))
M("zh-flowers-office-deluxe", "zh", "order_delivery", ["订一束红玫瑰 送到公司", "包装要豪华礼盒那种"],
  order(L(has("玫瑰", 1, wrapping="deluxe")), address=XM_OFFICE))
M("zh-pharmacy-add", "zh", "order_delivery", ["买盒布洛芬", "家里体温计也坏了 再来一个"],
  order(L(has("布洛芬"), has("体温计", 1))))
M("zh-pupu-water", "zh", "order_delivery", ["朴朴买一箱农夫山泉 加一盒鸡蛋", "水要两箱"],
  order(L(has("农夫山泉", 2), has("鸡蛋", 1)), merchant="朴朴"))
M("zh-baoshifu-add", "zh", "order_delivery", ["鲍师傅海苔肉松小贝 两盒", "再加一盒蛋黄酥"],
  order(L(has("海苔肉松小贝", 2), has("蛋黄酥", 1))))
M("zh-noodle-spice", "zh", "order_delivery", ["兰州拉面 牛肉面 大宽 特辣", "还是别太辣了 微辣就行"],
  order(L(has("牛肉面", 1, noodle="wide", spice="mild"))))
M("zh-friedrice-stock", "zh", "order_delivery", ["兰州拉面的蛋炒饭来五份", "那就三份吧"],
  # fact: 蛋炒饭 stock 3 at 兰州拉面(西溪)
  order(L(has("蛋炒饭", 3))))
M("zh-dumpling-two", "zh", "order_delivery", ["袁记 鲜肉水饺 18只的 要煎的", "来两份"],
  order(L(has("鲜肉水饺", 2, portion="eighteen", cooking="pan_fried"))))
M("zh-xinbailu-preorder", "zh", "order_delivery", ["新白鹿 东坡肉 糖醋里脊各一份 米饭两碗 中午12点送到家", "再加个油焖春笋"],
  # fact: 新白鹿 opens 10:30; 12:00 local = 04:00Z; min 4000
  order(L(has("东坡肉", 1), has("糖醋里脊", 1), has("米饭", 2), has("油焖春笋", 1)), scheduledFor="2026-11-26T04:00"))
M("zh-weather-followup", "zh", "weather", ["明天天气咋样", "那后天呢 用带伞不"],
  # 11-28 多云, 15% rain
  {"noTask": True, "reply": ["多云|云|伞|晴|雨"]})
M("zh-route-taxi", "zh", "route", ["从家到西湖怎么走", "打车大概多久"],
  {"noTask": True, "reply": ["分钟"]})
M("zh-ride-dest-change", "zh", "ride_hail", ["叫车去杭州东站", "不去东站了 改去城站"],
  {"task": {"kind": "ride_hail", "address": "杭州站|城站"}})
M("zh-teahouse-ride", "zh", "ride_hail", ["今晚《茶馆》两张乙等", "/confirm", "再叫个车送我去剧院"],
  {"task": {"kind": "ride_hail", "address": "杭州剧院"}})
M("zh-zootopia-tier", "zh", "buy_tickets", ["明天疯狂动物城2 黄金区两张", "换成普通座吧 省点"],
  # 普通座 4500 ×2
  {"task": {"kind": "buy_tickets", "merchant": "疯狂动物城", "totalFen": 9000}})
M("zh-group-goodme", "zh", "order_delivery", ["给办公室同事点5杯古茗珍珠奶茶 少糖 送公司", "再加2杯 全部去冰"],
  order(L(has("珍珠奶茶", 7, sugar="less", ice="none")), address=XM_OFFICE, merchant="古茗|Good Me"))
M("zh-flower-swap", "zh", "order_delivery", ["花间集 香槟玫瑰花束一束", "太贵了 换成洋桔梗的"],
  order(L(has("洋桔梗", 1), no("香槟"))))
M("zh-answer-question", "zh", "order_delivery", ["帮我点个外卖", "牛肉面吧", "兰州拉面那家 不要辣"],
  order(L(has("牛肉面", 1, spice="none"))))
M("zh-ride-answer-dest", "zh", "ride_hail", ["帮我叫辆车", "去西溪湿地"],
  {"task": {"kind": "ride_hail", "address": "西溪"}})
M("zh-deyunshe", "zh", "buy_tickets", ["这周末有什么相声", "德云社那场 丙等两张"],
  # 德云社 11-29 丙等 38000 ×2
  {"task": {"kind": "buy_tickets", "merchant": "德云社", "totalFen": 76000}})
M("zh-ride-cancel", "zh", "ride_hail", ["叫车去杭州东站", "/confirm", "不用了 取消"],
  {"task": {"kind": "ride_hail", "status": ["cancelled"]}})
M("zh-transfer-check", "zh", "payment", ["给李华转50 午饭钱", "/confirm", "刚才转了多少钱"],
  {"reply": ["50"], "task": {"kind": "payment", "status": ["completed", "processing"], "totalFen": 5000}})
M("zh-preorder-office-coffee", "zh", "order_delivery", ["明早8点送杯美式到公司 热的", "要大杯"],
  # 08:00 local 11-27 = 00:00Z
  order(L(HOT_AMERICANO_LARGE), address=XM_OFFICE, scheduledFor="2026-11-27T00:00"))
M("zh-yoshinoya-same-again", "zh", "order_delivery", ["吉野家照烧鸡肉饭 少饭", "再来一份一样的"],
  order(L(has("照烧鸡肉饭", 2, rice="less"))))
M("zh-mixed-latte", "zh", "order_delivery", ["帮我order两杯latte 燕麦奶 iced", "还是换hot的吧"],
  order(L(has("拿铁", 2, ice="hot", milk="oat"))))
M("zh-heytea-office", "zh", "order_delivery", ["喜茶多肉葡萄一杯 送公司", "十点半送到就行"],
  # fact: 喜茶(物联网街) opens 10:00, reaches the office; 10:30 local = 02:30Z
  order(L(has("多肉葡萄", 1)), address=XM_OFFICE, scheduledFor="2026-11-26T02:30"))
M("zh-weather-then-ride", "zh", "ride_hail", ["明天滨江下雨吗", "那帮我约明早九点的车 从家去公司"],
  # 09:00 local 11-27 = 01:00Z
  {"task": {"kind": "ride_hail", "address": "海康|阡陌路", "scheduledFor": "2026-11-27T01:00"}})
M("zh-mixue-min", "zh", "order_delivery", ["蜜雪冰城 柠檬水一杯", "那再来一杯珍珠奶茶凑一下"],
  # fact: 冰鲜柠檬水 400 < min 800; with 珍珠奶茶 700 it reaches 1100
  order(L(has("柠檬水", 1), has("珍珠奶茶", 1)), merchant="蜜雪"))
M("zh-coco-oos", "zh", "order_delivery", ["coco 柠檬养乐多一杯", "那换芒果养乐多"],
  # fact: 柠檬养乐多 stock 0 at CoCo 西溪诚园
  order(L(has("芒果养乐多", 1), no("柠檬养乐多"))))
M("zh-wait-status", "zh", "order_status", ["一心堂 布洛芬缓释胶囊一盒", "/confirm", "/wait 20m", "药到哪了"],
  {"task": {"kind": "order_delivery", "status": PAID}, "reply": ["送|骑手|配送|到|分钟"]})
M("zh-ordinal-coffee", "zh", "order_delivery", ["家附近有哪些咖啡店", "第二家吧 来杯拿铁 少糖"],
  order(L(has("拿铁", 1, sugar="less"))))
M("zh-yuanji-split", "zh", "order_delivery", ["袁记鲜肉水饺两份", "一份水煮一份煎的"],
  order(L(has("鲜肉水饺", 1, cooking="boiled"), has("鲜肉水饺", 1, cooking="pan_fried"))))

# ---------------------------------------------------------------- multi, en (u_alice)
M("en-tims-three", "en", "order_delivery", ["grab me 2 oat lattes from tims", "actually make it three"],
  order(L(has("燕麦拿铁", 3)), merchant="Tims"))
M("en-americano-hot", "en", "order_delivery", ["large iced americano pls", "hmm switch it to hot"],
  order(L(HOT_AMERICANO_LARGE)))
M("en-bigmac-drop", "en", "order_delivery", ["Big Mac meal + 10 piece nuggets from mcd", "drop the nuggets"],
  order(L(has("巨无霸", 1, combo="meal"), no("麦乐鸡")), merchant="McDonald"))
M("en-fish-coke", "en", "order_delivery", ["mcdonald's: 2 filet-o-fish and a mcflurry", "add a coke too, chilled"],
  order(L(has("麦香鱼", 2), has("麦旋风", 1), has("可口可乐", 1, temperature="chilled"))))
M("en-fruit-not-pagoda", "en", "order_delivery", ["1kg of bananas from pagoda", "not that shop, some other fruit place pls"],
  order(L(has("香蕉")), merchant="^(?!.*(百果园|Pagoda)).*\\S"))
M("en-roses-card-office", "en", "order_delivery", ["11 pink roses with a handwritten card", "deliver them to my office instead"],
  # fact: 花礼网 (翠苑一区) reaches the office and sells 粉玫瑰花束（11枝）
  order(L(has("粉玫瑰", 1, card="handwritten")), address=AL_OFFICE))
M("en-pharmacy-masks", "en", "order_delivery", ["ibuprofen and a pack of surgical masks", "make the masks 2 packs"],
  order(L(has("布洛芬"), has("口罩", 2))))
M("en-xinbailu-preorder", "en", "order_delivery", ["Xin Bai Lu for lunch: dongpo pork, sweet and sour pork, 2 rice, deliver at 12:30", "add the crab roe tofu"],
  # fact: 新白鹿 opens 10:30; 12:30 local = 04:30Z
  order(L(has("东坡肉", 1), has("糖醋里脊", 1), has("米饭", 2), has("蟹粉豆腐", 1)), scheduledFor="2026-11-26T04:30"))
M("en-ride-premier", "en", "ride_hail", ["cab to hangzhou east station", "make it a premier car"],
  {"task": {"kind": "ride_hail", "address": "杭州东站", "merchant": "专车|Premier"}})
M("en-ride-airport-change", "en", "ride_hail", ["book me a ride to the airport tomorrow 6am", "6:30 actually"],
  # 06:30 local 11-27 = 2026-11-26T22:30Z
  {"task": {"kind": "ride_hail", "address": "机场", "scheduledFor": "2026-11-26T22:30"}})
M("en-ride-six", "en", "ride_hail", ["need a car to Lingyin Temple", "there are 6 of us btw"],
  {"task": {"kind": "ride_hail", "address": "灵隐寺", "merchant": "六座|XL"}})
M("en-jay-vip", "en", "buy_tickets", ["2 floor tickets for Jay Chou on saturday", "actually go VIP floor"],
  # VIP内场 128000 ×2, 18 left on 11-28
  {"task": {"kind": "buy_tickets", "merchant": "Jay Chou|周杰伦", "totalFen": 256000, "address": "2026-11-28"}})
M("en-jay-premium-few", "en", "buy_tickets", ["4 premium VIP tickets for the sunday jay chou show", "fine, 3 then"],
  # fact: 至尊VIP only 3 left on 11-29; 168000 ×3
  {"task": {"kind": "buy_tickets", "totalFen": 504000, "address": "2026-11-29"}})
M("en-standup-ride", "en", "ride_hail", ["2 middle-row tickets for the stand-up comedy tomorrow", "/confirm", "and a taxi there please"],
  {"task": {"kind": "ride_hail", "address": "蜂巢|Hive"}})
M("en-transfer-fix", "en", "payment", ["send bob 80", "oops make it 120"],
  {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 12000}})
M("en-transfer-unknown", "en", "payment", ["pay charlie 50 bucks", "he's my roommate"],
  {"noTask": True, "reply": ["charlie|contact|find|don't|can't|not"]})
M("en-transfer-over", "en", "payment", ["send bob 5000 yuan", "ok just 500 then"],
  # fact: wallet 2000 yuan
  {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 50000}})
M("en-claim-starbucks", "en", "after_sale", ["the latte from starbucks yesterday leaked everywhere", "yeah basically the whole cup spilled"],
  # fact: 11-25 01:49Z order, inside the 24 h window
  {"task": {"kind": "after_sale", "merchant": "星巴克|Starbucks", "lines": "拿铁|Latte"}})
M("en-claim-old-mcd", "en", "after_sale", ["my big mac from mcdonald's last week was missing the fries", "the one on the 18th"],
  # fact: 11-18 order, outside the 24 h window
  {"noTask": True, "reply": [EN_NO + "|24|window|time"]})
M("en-cancel-tims", "en", "cancel_order", ["tims latte, oat milk", "/confirm", "cancel that, changed my mind"],
  {"anyOf": [order(status=["cancelled"]), {"task": {"kind": "cancel_order", "status": ["completed", "awaiting_confirmation"]}}]})
M("en-same-mcd-fries", "en", "order_delivery", ["same mcdonald's order as last time but add an extra fries"],
  # last: 巨无霸 套餐 ×1
  order(L(has("巨无霸", 1, combo="meal"), has("薯条", 1)), merchant="McDonald"))
M("en-same-pagoda-double", "en", "order_delivery", ["reorder my last pagoda fruit order", "double the bananas"],
  order(L(has("香蕉", 2, weight="one_kg"), has("奇异果", 1)), merchant="Pagoda|百果园"))
M("en-hefu-answer", "en", "order_delivery", ["i want noodles", "the tomato beef brisket one from Hefu", "not spicy, add an egg"],
  order(L(has("番茄牛腩面", 1, spice="none", add_on="egg"))))
M("en-weather-sat", "en", "weather", ["weather tomorrow?", "and saturday? do I need an umbrella"],
  {"noTask": True, "reply": ["cloud|sun|rain|umbrella|°"]})
M("en-route-taxi", "en", "route", ["how do i get from home to west lake", "how long by taxi"],
  {"noTask": True, "reply": ["min"]})
M("en-yonghui-water", "en", "order_delivery", ["yonghui: a box of eggs and a case of water", "make it 2 cases of water"],
  order(L(has("鸡蛋", 1), has("农夫山泉", 2)), merchant="Yonghui|永辉"))
M("en-holiland-add", "en", "order_delivery", ["2 boxes of the half-baked cheese tarts from holiland", "and one croissant"],
  order(L(has("半熟芝士", 2), has("牛角包", 1))))
M("en-familymart-umbrella", "en", "order_delivery", ["familymart: an umbrella and 2 cold waters", "actually skip the water"],
  order(L(has("雨伞", 1), no("农夫山泉"))))
M("en-xijiade-split", "en", "order_delivery", ["xijiade shrimp dumplings, 18 pcs, pan-fried", "make it 2 portions — one boiled, one pan-fried"],
  order(L(has("虾仁三鲜水饺", 1, portion="eighteen", cooking="boiled"), has("虾仁三鲜水饺", 1, portion="eighteen", cooking="pan_fried"))))
M("en-zhengongfu-drink", "en", "order_delivery", ["real kungfu pork ribs rice, extra rice, with sprite", "change the drink to soy milk"],
  order(L(has("排骨饭", 1, rice="extra", drink="soy_milk"))))
M("en-budget-yoshinoya", "en", "order_delivery", ["lunch under 40 kuai from yoshinoya", "beef bowl"],
  order(L(has("牛肉饭")), maxTotalFen=4000))
M("en-office-lattes-split", "en", "order_delivery", ["6 lattes to the office, oat milk", "make 2 of them skim instead"],
  order(L(has("拿铁", 4, milk="oat"), has("拿铁", 2, milk="skim")), address=AL_OFFICE))
M("en-micun-preorder", "en", "order_delivery", ["stone pot bibimbap from micun, mild", "deliver at 11:30"],
  # fact: 米村 opens 10:00; 11:30 local = 03:30Z
  order(L(has("石锅拌饭", 1, spice="mild")), scheduledFor="2026-11-26T03:30"))
M("en-ride-dest-change", "en", "ride_hail", ["taxi to hangzhou east station", "no wait, the west station"],
  {"task": {"kind": "ride_hail", "address": "杭州西站"}})
M("en-ride-office-home", "en", "ride_hail", ["get me a car from the office to home at 6pm", "express is fine"],
  # 18:00 local = 10:00Z
  {"task": {"kind": "ride_hail", "merchant": "快车|Express", "scheduledFor": "2026-11-26T10:00"}})
M("en-teahouse-cheaper", "en", "buy_tickets", ["Teahouse tonight, 2 standard tickets", "cheaper?"],
  # 丙等 18000 ×2
  {"task": {"kind": "buy_tickets", "totalFen": 36000, "address": "2026-11-26"}})
M("en-mayday-nosession", "en", "buy_tickets", ["mayday tickets for tomorrow", "ok what about dec 5th, 2 lower stand"],
  # fact: no Mayday session on 11-27; 12-05 看台一层 58000 ×2
  {"task": {"kind": "buy_tickets", "totalFen": 116000, "address": "2026-12-05"}})
M("en-what-ordered", "en", "order_status", ["goodme super cheese grape, less ice", "/confirm", "remind me what I just ordered?"],
  {"reply": ["cheese grape|芝士葡萄"], "task": {"kind": "order_delivery", "status": PAID}})
M("en-motrin", "en", "order_delivery", ["kid has a fever, need children's ibuprofen", "the motrin one"],
  order(L(has("美林", 1))))
M("en-wait-status", "en", "order_status", ["tims latte, hot", "/confirm", "/wait 25m", "where's my coffee?"],
  {"task": {"kind": "order_delivery", "status": PAID}, "reply": ["rider|deliver|way|arriv|min|picked"]})
M("en-mixed-latte", "en", "order_delivery", ["get me a 拿铁 from tims, 少糖", "oat milk pls"],
  order(L(has("拿铁", 1, sugar="less", milk="oat")), merchant="Tims"))
M("en-goodme-split", "en", "order_delivery", ["3 super cheese grape from good me, less ice", "one of them no ice"],
  order(L(has("芝士葡萄", 2, ice="less"), has("芝士葡萄", 1, ice="none"))))
M("en-flowers-home", "en", "order_delivery", ["baby's breath bouquet to my office", "actually send it home"],
  order(L(has("满天星", 1)), address=AL_HOME))
M("en-luckin-sizes", "en", "order_delivery", ["two coconut lattes from luckin, one large one medium", "both less sugar"],
  order(L(has("生椰拿铁", 1, size="large", sugar="less"), has("生椰拿铁", 1, size="medium", sugar="less"))))
M("en-hefu-nevermind", "en", "order_delivery", ["hefu scallion oil noodles", "never mind, forget it"],
  {"anyOf": [{"noTask": True}, order(status=["cancelled"])]})
M("en-balance-transfer", "en", "payment", ["how much is in my wallet?", "ok send 300 to bob"],
  {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 30000}})
M("en-ordinal-tea", "en", "order_delivery", ["what bubble tea shops deliver to me?", "the first one. something with less sugar, medium"],
  {"anyOf": [order(L(has("", 1, size="medium", sugar="less"))), {"reply": ["\\?"]}]})
M("en-kfc-far", "en", "order_delivery", ["kfc zinger burger meal", "and 2 egg tarts"],
  order(L(has("香辣鸡腿堡", 1, combo="meal"), has("蛋挞", 2))))
M("en-mcmuffin-soy", "en", "order_delivery", ["sausage egg mcmuffin for breakfast", "w/ a soy milk, hot"],
  # 猪柳蛋麦满分 1600 + 豆浆 700 >= min 2000
  order(L(has("猪柳蛋麦满分", 1), has("豆浆", 1, temperature="hot"))))
M("en-xiabu-preorder", "en", "order_delivery", ["xiabu beef hot pot set for one, tomato broth", "ok 11am then"],
  # fact: 呷哺 (望江家园) opens 10:30; 7800 >= min 5000; 11:00 local = 03:00Z
  order(L(has("单人肥牛火锅套餐", 1)), scheduledFor="2026-11-26T03:00"))

# ---------------------------------------------------------------- simple, zh (u_xiaoming)
S("zh-coffee-terse", "zh", "order_delivery", "瑞幸 生椰 大杯 去冰 x1",
  order(L(has("生椰拿铁", 1, size="large", ice="none"))))
S("zh-water-case", "zh", "order_delivery", "朴朴搬一箱农夫山泉上来",
  order(L(has("农夫山泉", 1)), merchant="朴朴"))
S("zh-noodle-dialect", "zh", "order_delivery", "整碗牛肉面 二细 加牛肉 不要辣哈",
  order(L(has("牛肉面", 1, noodle="second_thin", spice="none", add_on="beef"))))
S("zh-dumpling-12", "zh", "order_delivery", "袁记 韭菜鸡蛋水饺 12只 水煮的 来两份",
  # 1500 < min 1800, so two portions
  order(L(has("韭菜鸡蛋水饺", 2, portion="twelve", cooking="boiled"))))
S("zh-fever-med", "zh", "order_delivery", "发烧了 送盒布洛芬来 急",
  order(L(has("布洛芬"))))
S("zh-ride-now", "zh", "ride_hail", "打个快车去杭州西站",
  {"task": {"kind": "ride_hail", "address": "杭州西站", "merchant": "快车|Express"}})
S("zh-ride-sched", "zh", "ride_hail", "下午三点 帮我约个车去西湖文化广场",
  # 15:00 local = 07:00Z
  {"task": {"kind": "ride_hail", "address": "西湖文化广场", "scheduledFor": "2026-11-26T07:00"}})
S("zh-weather", "zh", "weather", "周日西湖区天气如何",
  # 11-29 xihu
  {"noTask": True, "reply": ["晴|云|雨|阴|℃|度"]})
S("zh-transfer", "zh", "payment", "v李华88",
  {"task": {"kind": "payment", "merchant": "李华", "totalFen": 8800}})
S("zh-transfer-neg", "zh", "payment", "给李华转-50",
  {"noTask": True})
S("zh-tickets-cba", "zh", "buy_tickets", "周六广厦打辽宁的球 看台二层来两张",
  # CBA 11-28 看台二层 18000 ×2
  {"task": {"kind": "buy_tickets", "totalFen": 36000}})
S("zh-tickets-football", "zh", "buy_tickets", "周日浙江队vs申花 南看台4张",
  # 南看台 10000 ×4
  {"task": {"kind": "buy_tickets", "totalFen": 40000}})
S("zh-kfc-bucket", "zh", "order_delivery", "肯德基全家桶一个 送家",
  order(L(has("全家桶", 1)), address=XM_HOME))
S("zh-oden", "zh", "order_delivery", "7-11关东煮 中辣 两份",
  order(L(has("关东煮", 2, spice="medium"))))
S("zh-sprite-oos", "zh", "order_delivery", "711 雪碧三瓶",
  # fact: 雪碧 stock 0 at 7-Eleven 西溪诚园 (only 7-Eleven near home)
  {"noTask": True, "reply": [ZH_NO + "|缺货"]})
S("zh-grapes", "zh", "order_delivery", "果多美巨峰葡萄两斤",
  # 两斤 = 1 kg
  order(L(has("巨峰葡萄")), merchant="果多美"))
S("zh-flower-single", "zh", "order_delivery", "花间集 单枝玫瑰 5枝",
  # 1500×5 = 7500 >= min 6900
  order(L(has("单枝玫瑰", 5))))
S("zh-bakery", "zh", "order_delivery", "鲍师傅 雪媚娘 青团 各一盒",
  order(L(has("雪媚娘", 1), has("青团", 1))))
S("zh-malatang-closed", "zh", "order_delivery", "杨国福麻辣烫现在能送吗",
  # fact: 杨国福 opens 10:00
  {"reply": ["10|十点|未营业|没开|还没|休息|营业"]})
S("zh-luckin-croissant", "zh", "order_delivery", "瑞幸的火腿芝士可颂来俩",
  order(L(has("火腿芝士可颂", 2))))
S("zh-claim-none", "zh", "after_sale", "前天兰州拉面送来的面坨了 我要赔偿",
  # 11-21 order, out of window
  {"noTask": True, "reply": [ZH_NO + "|24|时限|期限"]})
S("zh-cancel-nothing", "zh", "cancel_order", "把我刚下的单取消掉",
  {"noTask": True})
S("zh-spend", "zh", "spending", "这个月外卖花了多少钱",
  {"noTask": True, "reply": ["¥|元|\\d"]})
S("zh-wallet", "zh", "balance", "我钱包还剩多少",
  {"noTask": True, "reply": ["2000|2,000"]})
S("zh-yoshinoya-extra", "zh", "order_delivery", "吉野家咖喱鸡排饭 加饭 微辣",
  order(L(has("咖喱鸡排饭", 1, rice="extra", spice="mild"))))
S("zh-phantom", "zh", "buy_tickets", "下周五 剧院魅影 丁等 两张",
  # 12-04 丁等 28000 ×2
  {"task": {"kind": "buy_tickets", "totalFen": 56000}})
S("zh-xl", "zh", "ride_hail", "叫个六座的车去杭州东站",
  {"task": {"kind": "ride_hail", "address": "杭州东站", "merchant": "六座|XL"}})
S("zh-route", "zh", "route", "从家去西溪湿地坐地铁方便吗",
  {"noTask": True})
S("zh-teahouse-over", "zh", "buy_tickets", "今晚茶馆 甲等 30张",
  # fact: 甲等 only 23 left tonight... check (ses_teahouse_1)
  {"noTask": True, "reply": [ZH_NO]})
S("zh-lisianthus-deluxe", "zh", "order_delivery", "花间集 洋桔梗 豪华礼盒包装",
  order(L(has("洋桔梗", 1, wrapping="deluxe"))))

# ---------------------------------------------------------------- simple, en (u_alice)
S("en-tims-bagel", "en", "order_delivery", "tims: ham n cheese bagel + plain bagel",
  order(L(has("火腿芝士贝果", 1), has("原味贝果", 1))))
S("en-mcd-nuggets", "en", "order_delivery", "20 mcnuggets (2x the 10 piece)",
  order(L(has("麦乐鸡（10块）", 2))))
S("en-pagoda-cherries", "en", "order_delivery", "a box of chilean cherries from pagoda, 500g",
  order(L(has("车厘子", 1)), merchant="Pagoda|百果园"))
S("en-hefu-pork", "en", "order_delivery", "hefu pork chop noodles, medium spicy",
  order(L(has("大排面", 1, spice="medium"))))
S("en-masks", "en", "order_delivery", "need covid antigen tests x3",
  order(L(has("抗原", 3))))
S("en-pink-roses", "en", "order_delivery", "pink roses (the 11 stem one) in the deluxe gift box",
  order(L(has("粉玫瑰", 1, wrapping="deluxe"))))
S("en-umbrella", "en", "order_delivery", "it's pouring — can someone bring me an umbrella from familymart",
  order(L(has("雨伞", 1))))
S("en-cake", "en", "order_delivery", "holiland black swan cake, 8 inch",
  order(L(has("黑天鹅", 1, size="eight_inch"))))
S("en-ride-station", "en", "ride_hail", "uber to hangzhou railway station",
  {"task": {"kind": "ride_hail", "address": "杭州站"}})
S("en-ride-sched", "en", "ride_hail", "car to the airport at 5 tomorrow morning",
  # 05:00 local 11-27 = 2026-11-26T21:00Z
  {"task": {"kind": "ride_hail", "address": "机场", "scheduledFor": "2026-11-26T21:00"}})
S("en-weather", "en", "weather", "is it gonna rain on the 5th?",
  # 12-05 moderate rain 90%
  {"noTask": True, "reply": ["rain|yes"]})
S("en-transfer", "en", "payment", "venmo bob ¥66",
  {"task": {"kind": "payment", "merchant": "Bob", "totalFen": 6600}})
S("en-transfer-zero", "en", "payment", "send bob 0 yuan",
  {"noTask": True})
S("en-eason", "en", "buy_tickets", "eason chan dec 12, upper stand, 2 seats",
  # 看台二层 38000 ×2
  {"task": {"kind": "buy_tickets", "totalFen": 76000, "address": "2026-12-12"}})
S("en-langlang", "en", "buy_tickets", "1 ticket for the lang lang recital, cheapest tier",
  {"task": {"kind": "buy_tickets", "merchant": "Lang Lang|郎朗"}})
S("en-yonghui-pork", "en", "order_delivery", "yonghui pork belly 500g x2 and a live sea bass",
  order(L(has("五花肉", 2), has("鲈鱼", 1))))
S("en-zhengongfu-egg-oos", "en", "order_delivery", "real kungfu: 5 steamed egg custards",
  # fact: 蒸蛋 stock 3 at 真功夫(近江家园); other 真功夫 near home (金色海岸) checked in gen comments
  {"anyOf": [{"reply": [EN_NO + "|left|stock|3"]}, order(L(has("蒸蛋", 5)), merchant="Golden Coast|金色海岸")]})
S("en-goodme-bubble", "en", "order_delivery", "good me bubble milk tea, large, no sugar, hot",
  # fact: 珍珠奶茶 1200 + large 200 = 1400 < Good Me's min 1500 (corrected: the premise broke on the minimum)
  {"noTask": True, "reply": ["minimum|at least|short|15"]})
S("en-laoxiangji", "en", "order_delivery", "lao xiang ji for breakfast, whatever's popular, just one dish",
  {"anyOf": [order(), {"reply": ["\\?"]}]})
S("en-haidilao-closed", "en", "order_delivery", "haidilao delivery right now",
  # fact: 海底捞 opens 10:00
  {"reply": ["10|open|closed|later|schedul"]})
S("en-claim-starbucks", "en", "after_sale", "starbucks got my order wrong yesterday — I asked for oat milk and it wasn't",
  {"task": {"kind": "after_sale", "merchant": "星巴克|Starbucks"}})
S("en-spend", "en", "spending", "how much did I spend on food delivery this month?",
  {"noTask": True, "reply": ["¥|\\d"]})
S("en-balance", "en", "balance", "wallet balance pls",
  {"noTask": True, "reply": ["2,?000"]})
S("en-cotti", "en", "order_delivery", "cotti coffee latte x2, half sugar",
  order(L(has("拿铁", 2, sugar="half")), merchant="Cotti|库迪"))
S("en-dicos", "en", "order_delivery", "dicos — whatever their spicy chicken burger is, one",
  {"anyOf": [order(merchant="Dicos|德克士"), {"reply": ["\\?"]}]})
S("en-nowhere", "en", "order_delivery", "send me a pizza from pizza hut",
  # pizza hut branches: none reaches alice's home
  {"reply": [EN_NO + "|deliver|range|far"]})
S("en-xl", "en", "ride_hail", "we're 6 ppl going to hefang street, need a big car",
  {"task": {"kind": "ride_hail", "address": "河坊街", "merchant": "六座|XL"}})
S("en-route", "en", "route", "walking distance from home to City Balcony?",
  {"noTask": True})
S("en-fruit-platter", "en", "order_delivery", "fresh-cut fruit platter from pagoda",
  order(L(has("水果拼盘", 1))))
S("en-shaxian", "en", "order_delivery", "shaxian snacks — a bowl of wontons and peanut noodles",
  order(merchant="沙县|Shaxian"))

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    assert len(multi) == 100, len(multi)
    assert len(simple) == 60, len(simple)
    assert sum(p["lang"] == "zh" for p in multi) == 50
    assert sum(p["lang"] == "zh" for p in simple) == 30
    ids = [p["id"] for p in multi + simple]
    assert len(ids) == len(set(ids))
    write("multi.jsonl", multi)
    write("simple.jsonl", simple)
    print(len(multi), len(simple))
