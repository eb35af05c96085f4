#!/usr/bin/env python3
"""holdout6: writes simple.jsonl (100) and multi.jsonl (100), half zh (u_xiaoming), half en (u_alice).

Written by an outside tester from the seeded world only (`dimple world seed`, seed 20261126, and sqlite3
on it), never reading the brain, the NLU data or other probes. The world clock starts Thursday
2026-11-26 09:00 Asia/Shanghai (01:00Z). u_xiaoming's home: 西溪诚园 (Xihu, Zijingang Rd), office:
海康威视 (Binjiang, Qianmo Rd). u_alice's home: 春江花月 (Shangcheng, Zhijiang Rd), office: 华星时代广场
(Xihu, Wensan Rd). Reach = great-circle distance from the address under the branch's delivery radius
(borderline branches within ±15 % were avoided). Contacts are the other demo users: 小明, Alice Chen,
李华, Bob Miller. Wallets ¥2000. Claim windows 1440 min after delivery.

Comments marked WORLD: name the fact a tricky probe leans on.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def ln(name, qty=None, **opts):
    """Lookaheads: a line whose name matches `name`, with that qty and those option ids."""
    q = f'[^}}]*"qty":{qty},' if qty is not None else ""
    if not opts:
        return f"(?=.*{name}{q})"
    return "".join(f'(?=.*{name}{q}[^}}]*"{k}":"{v}")' for k, v in opts.items())


def lines(*parts, without=None):
    neg = f"(?!.*({without}))" if without else ""
    return "^" + neg + "".join(parts)


def order(lines_re=None, merchant=None, **kw):
    t = {"kind": "order_delivery"}
    if lines_re:
        t["lines"] = lines_re
    if merchant:
        t["merchant"] = merchant
    t.update(kw)
    return {"task": t}


def ride(address=None, merchant=None, **kw):
    t = {"kind": "ride_hail"}
    if address:
        t["address"] = address
    if merchant:
        t["merchant"] = merchant
    t.update(kw)
    return {"task": t}


def tickets(merchant=None, address=None, lines_re=None, **kw):
    t = {"kind": "buy_tickets"}
    if merchant:
        t["merchant"] = merchant
    if address:
        t["address"] = address
    if lines_re:
        t["lines"] = lines_re
    t.update(kw)
    return {"task": t}


def pay(merchant, fen):
    return {"task": {"kind": "payment", "merchant": merchant, "totalFen": fen}}


def no(*reply):
    e = {"noTask": True}
    if reply:
        e["reply"] = list(reply)
    return e


def info(*reply):
    return {"noTask": True, "reply": list(reply)}


def merge(*ds):
    out = {}
    for d in ds:
        for k, v in d.items():
            if k == "task" and "task" in out:
                out["task"].update(v)
            else:
                out[k] = v
    return out


def anyof(*alts, **top):
    e = dict(top)
    e["anyOf"] = list(alts)
    return e


ASK_ZH = "[？?]"
ASK_EN = r"\?"
NOT_SBUX = "^(?!.*(星巴克|Starbucks)).*$"

simple = []
multi = []


def S(id_, lang, intent, turns, expect):
    simple.append({"id": id_, "lang": lang, "intent": intent, "turns": turns, "expect": expect})


def M(id_, lang, intent, turns, expect):
    multi.append({"id": id_, "lang": lang, "intent": intent, "turns": turns, "expect": expect})


# ---------------------------------------------------------------------------------------------
# SIMPLE — zh (u_xiaoming, home 西溪诚园)
# ---------------------------------------------------------------------------------------------
# WORLD: 沙县小吃（西溪诚园店）285 m, 炒粉干 ¥13 ≥ min ¥12, spice mild=微辣.
S("zh-s-shaxian-fen", "zh", "order", ["沙县来份炒粉干 微辣"], order(lines(ln("炒粉干", 1, spice="mild")), "沙县"))
# WORLD: pharmacies in reach (一心堂 276 m, 叮当 899 m, 益丰 1410 m) all sell ibuprofen; min ¥10.
S("zh-s-ibuprofen", "zh", "order", ["家里退烧药吃完了，帮我买一盒布洛芬吧"], order(lines(ln("布洛芬", 1))))
# WORLD: 果多美（西溪诚园店）巨峰葡萄 ¥12.9/500g, one_kg option; 2斤 = 1 kg = ¥25.8 ≥ min ¥20.
S("zh-s-grapes-2jin", "zh", "order", ["果多美 巨峰葡萄要两斤"],
  anyof(order(lines(ln("巨峰葡萄", 1, weight="one_kg")), "果多美"), order(lines(ln("巨峰葡萄", 2, weight="half_kg")), "果多美")))
# WORLD: 蜜雪冰城（西溪诚园店）珍珠奶茶 ¥7, ice none=去冰, sugar half=半糖.
S("zh-s-mixue-3", "zh", "order", ["蜜雪冰城来3杯珍珠奶茶，去冰半糖"],
  order(lines(ln("珍珠奶茶", 3, ice="none", sugar="half")), "蜜雪"))
# WORLD: only 爱尚鲜花's 向日葵花束 has a card option (花点时间's has none); 爱尚（华星）3817 m < 5000.
S("zh-s-sunflower-card", "zh", "order", ["送一束向日葵到家里，要手写贺卡"], order(lines(ln("向日葵", 1, card="handwritten"))))
S("zh-s-kfc-zinger-meal", "zh", "order", ["肯德基 一个香辣鸡腿堡套餐"], order(lines(ln("香辣鸡腿堡", 1, combo="meal")), "肯德基"))
S("zh-s-mcd-bigmac-fries", "zh", "order", ["麦当劳来个巨无霸 再来份薯条"], order(lines(ln("巨无霸", 1), ln("薯条", 1)), "麦当劳"))
# WORLD: 袁记云饺 鲜肉水饺 portion eighteen (+¥7), cooking pan_fried (+¥2).
S("zh-s-yuanji-18", "zh", "order", ["袁记云饺 鲜肉水饺18只的 要煎的"],
  order(lines(ln("鲜肉水饺", 1, portion="eighteen", cooking="pan_fried")), "袁记"))
# WORLD: 物美（西溪诚园店）鲜鸡蛋 30枚 ¥25.9 ≥ min ¥20.
S("zh-s-wumart-eggs", "zh", "order", ["物美超市 买一盒30枚的鸡蛋"], order(lines(ln("鸡蛋", 1)), "物美"))
# WORLD: 朴朴（西溪诚园店）农夫山泉 550ml×24 ¥36.9 ≥ min ¥28.
S("zh-s-pupu-water", "zh", "order", ["朴朴超市 来一箱农夫山泉"], order(lines(ln("农夫山泉", 1)), "朴朴"))
# WORLD: 7-Eleven（西溪诚园店）关东煮 ¥12 ×2 ≥ min ¥15; spice medium=中辣.
S("zh-s-711-oden", "zh", "order", ["7-11的关东煮来两份 中辣"], order(lines(ln("关东煮", 2, spice="medium")), "7-Eleven"))
# WORLD: 兰州拉面（西溪店）546 m; noodle wide=大宽, spice mild.
S("zh-s-lanzhou-wide", "zh", "order", ["兰州拉面 牛肉面一碗 大宽 微辣"],
  order(lines(ln('"name":"牛肉面"', 1, noodle="wide", spice="mild")), "兰州"))
S("zh-s-yoshinoya-extra", "zh", "order", ["吉野家招牌牛肉饭 加饭"], order(lines(ln("招牌牛肉饭", 1, rice="extra")), "吉野家"))
# WORLD: 鲍师傅（西溪店）141 m, 海苔肉松小贝 ¥28 ≥ min ¥25.
S("zh-s-baoshifu", "zh", "order", ["鲍师傅的海苔肉松小贝来一盒"], order(lines(ln("海苔肉松小贝", 1)), "鲍师傅"))
S("zh-s-ride-xixi", "zh", "ride", ["打个车去西溪湿地"], ride("西溪"))
S("zh-s-ride-premier", "zh", "ride", ["叫个专车去杭州东站"], ride("杭州东站", "专车"))
# 明早 7:30 local = 2026-11-26T23:30Z.
S("zh-s-ride-airport-am", "zh", "ride", ["明早7点半叫车去萧山机场"], ride("机场", scheduledFor="2026-11-26T23:30"))
S("zh-s-ride-6seat", "zh", "ride", ["我们6个人去灵隐寺，叫辆六座的车"], ride("灵隐", "六座"))
# WORLD: weather xihu 2026-11-26 多云 14/7 ℃.
S("zh-s-weather-umbrella", "zh", "weather", ["今天出门要带伞不"], info("(多云|阴|雨|℃|度)"))
# WORLD: weather 2026-11-28 多云 (xihu 17/8).
S("zh-s-weather-sat", "zh", "weather", ["周六杭州天气咋样"], info("(多云|17)"))
# WORLD: binjiang 2026-11-27 多云, 15 % rain.
S("zh-s-weather-binjiang", "zh", "weather", ["滨江明天会下雨吗"], info("(多云|15|不会)"))
S("zh-s-balance", "zh", "balance", ["我钱包里还剩多少钱"], info("2,?000"))
# WORLD: 李华 is a contact.
S("zh-s-pay-lihua", "zh", "transfer", ["给李华转200块"], pay("李华", 20000))
S("zh-s-pay-bob", "zh", "transfer", ["转50给bob"], pay("Bob", 5000))
# WORLD: xiaoming's newest order ord_58rjyim46dzw 瑞幸拿铁, delivered 2026-11-24.
S("zh-s-last-order", "zh", "order_status", ["我上次点的外卖送到了没"], info("(送达|已送|拿铁|瑞幸)"))
# WORLD: 薛之谦 2026-11-28 19:30 黄龙体育中心体育馆, 看台二层 ¥380, 266 left.
S("zh-s-joker-upper", "zh", "tickets", ["帮我买一张周六薛之谦的票，看台二层"],
  tickets("薛之谦", "2026-11-28 19:30", lines(ln("看台二层")), totalFen=38000))
# WORLD: 流浪地球3 tonight 19:30 (新远国际影城), tiers ¥55 / ¥45.
S("zh-s-movie-tonight", "zh", "tickets", ["今晚流浪地球3，两张"],
  anyof(tickets("流浪地球", "2026-11-26 19:30", totalFen=11000), tickets("流浪地球", "2026-11-26 19:30", totalFen=9000),
        tickets("流浪地球", "2026-11-26 19:30", totalFen=10000)))
# WORLD: 茶馆 Sunday 2026-11-29 14:00, 乙等 ¥380, 28 left.
S("zh-s-teahouse-sun", "zh", "tickets", ["周日下午的话剧茶馆 买2张乙等"], tickets("茶馆", "2026-11-29 14:00", totalFen=76000))
# WORLD: 楼外楼(孤山路店) open 10:30-21:30.
S("zh-s-louwailou-hours", "zh", "places", ["楼外楼几点开门"], info("10[:：]30|十点半|10点半"))
# WORLD: 星巴克（浙大玉泉店）4098 m < 5000; 冷萃 大杯 ¥37 ≥ min ¥30.
S("zh-s-xingbake-pinyin", "zh", "order", ["xingbake 来杯冷萃 大杯"], order(lines(ln("冷萃", 1, size="large")), "星巴克"))
S("zh-s-dicos-emoji", "zh", "order", ["🍗🍗 德克士脆皮手枪腿两个"], order(lines(ln("手枪腿", 2)), "德克士"))
S("zh-s-tastien-duck", "zh", "order", ["塔斯汀 北京烤鸭中国汉堡 单点就行"], order(lines(ln("北京烤鸭", 1, combo="single")), "塔斯汀"))
S("zh-s-xijiade", "zh", "order", ["喜家德 虾仁三鲜水饺一份"], order(lines(ln("虾仁三鲜", 1)), "喜家德"))
# WORLD: 真功夫 drink option soy_milk=豆浆.
S("zh-s-zhengongfu-soy", "zh", "order", ["真功夫香汁排骨饭，饮料换成豆浆"],
  order(lines(ln("香汁排骨饭", 1, drink="soy_milk")), "真功夫"))
# WORLD: 西湖果园（西溪诚园店）火龙果（2个）¥15.9, min ¥15.
S("zh-s-dragonfruit", "zh", "order", ["西湖果园 火龙果来两盒"], order(lines(ln("火龙果", 2)), "西湖果园"))
# WORLD: 叮咚买菜（蒋村）鲈鱼 1条 ¥32.9 ≥ min ¥29.
S("zh-s-dingdong-fish", "zh", "order", ["叮咚买菜 来条鲈鱼"], order(lines(ln("鲈鱼", 1)), "叮咚"))
S("zh-s-lianhua-coke", "zh", "order", ["联华超市 可乐来一整箱"], order(lines(ln("可口可乐", 1)), "联华"))
# WORLD: 益丰（蒋村）医用外科口罩（10只）¥9.9 ×2 ≥ min ¥10.
S("zh-s-yifeng-masks", "zh", "order", ["益丰大药房 医用外科口罩两包"], order(lines(ln("口罩", 2)), "益丰"))
S("zh-s-hushang-sago", "zh", "order", ["沪上阿姨 杨枝甘露 大杯少糖"], order(lines(ln("杨枝甘露", 1, size="large", sugar="less")), "沪上阿姨"))
# WORLD: Manner（蒋村）澳白 ¥22 ≥ min ¥20; ice hot=热.
S("zh-s-manner-flatwhite", "zh", "order", ["manner 澳白 热的 一杯"], order(lines(ln("澳白", 1, ice="hot")), "Manner"))
S("zh-s-luckin-xl", "zh", "order", ["瑞幸生椰拿铁 超大杯 去冰"], order(lines(ln("生椰拿铁", 1, size="extra_large", ice="none")), "瑞幸"))
S("zh-s-fanglaoda-beef", "zh", "order", ["方老大 片儿川 加牛肉"], order(lines(ln("片儿川", 1, add_on="beef")), "方老大"))
S("zh-s-ride-office-home", "zh", "ride", ["从公司打车回家"], ride("(西溪诚园|紫金港|家)"))
# 下午3点 local = 07:00Z.
S("zh-s-ride-3pm", "zh", "ride", ["下午3点去浙大玉泉校区，帮我约个车"], ride("玉泉", scheduledFor="2026-11-26T07:00"))
S("zh-s-pay-alice", "zh", "transfer", ["给Alice转88.8"], pay("Alice", 8880))
# WORLD: 中超 浙江 vs 申花 2026-11-29 15:30, 北看台 ¥180, 65 left.
S("zh-s-football-north", "zh", "tickets", ["周日浙江队主场那场球 北看台 3张"], tickets("申花", "2026-11-29 15:30", totalFen=54000))
# WORLD: gongshu 2026-11-26 小雨 75 %.
S("zh-s-weather-gongshu", "zh", "weather", ["拱墅今天下雨不"], info("雨"))
S("zh-s-spending", "zh", "spending", ["这个月外卖一共花了多少"], info("(¥|元)"))
# WORLD: 罗森（蒋村）红牛 ¥6.5, temperature chilled=冰镇; 3 × 6.5 = 19.5 ≥ min ¥15.
S("zh-s-lawson-redbull", "zh", "order", ["罗森 红牛三罐 要冰的"], order(lines(ln("红牛", 3, temperature="chilled")), "罗森"))
# WORLD: 四季鲜果（蒋村）草莓 500g ¥35.9.
S("zh-s-strawberry", "zh", "order", ["四季鲜果 草莓来一盒"], order(lines(ln("草莓", 1)), "四季鲜果"))
# WORLD: 一心堂（西溪诚园店）电子体温计 ¥25.9.
S("zh-s-thermometer", "zh", "order", ["买个电子体温计 一心堂的"], order(lines(ln("体温计", 1)), "一心堂"))
# WORLD: 西湖花语（西溪诚园店）白玫瑰花束（11枝）¥139; deluxe +¥30.
S("zh-s-white-roses", "zh", "order", ["西湖花语 11枝白玫瑰 豪华礼盒装"], order(lines(ln("白玫瑰", 1, wrapping="deluxe")), "西湖花语"))

# ---------------------------------------------------------------------------------------------
# SIMPLE — en (u_alice, home 春江花月, Shangcheng)
# ---------------------------------------------------------------------------------------------
# WORLD: Tims（春江花月店）314 m; Oat Latte large ¥30 ≥ min ¥20.
S("en-s-tims-oat", "en", "order", ["tims oat latte, large pls"], order(lines(ln("Oat Latte", 1, size="large")), "Tims"))
S("en-s-tims-bagels", "en", "order", ["2 ham & cheese bagels from Tims"], order(lines(ln("Bagel", 2)), "Tims"))
# WORLD: KFC（近江家园店）Portuguese Egg Tart ¥8.
S("en-s-kfc-tarts", "en", "order", ["half a dozen egg tarts from KFC"], order(lines(ln("Egg Tart", 6)), "KFC"))
# WORLD: only 九州大药房（近江家园店）sells Cough Syrup in reach (¥18.9, min ¥10).
S("en-s-cough-syrup", "en", "order", ["need some cough syrup asap"], order(lines(ln("Cough Syrup", 1))))
# WORLD: LBX（浙江财富金融中心 2181 m / 东方郡 4003 m）Loratadine (Claritin) ¥32.8.
S("en-s-claritin", "en", "order", ["can u get me some claritin"], order(lines(ln("(Loratadine|Claritin)", 1))))
# WORLD: 花礼网（近江家园店）Pink Rose Bouquet (11 stems) ¥139 + deluxe ¥30 ≥ min ¥88.
S("en-s-pink-roses", "en", "order", ["send 11 pink roses home, deluxe gift box"], order(lines(ln("Pink Rose", 1, wrapping="deluxe"))))
# WORLD: FlowerPlus（城站店）Tulips (10 stems) ¥139 ≥ min ¥99; 花礼网 has 9-stem tulips.
S("en-s-tulips", "en", "order", ["tulips please, 10 stems, to my place"], order(lines(ln("Tulip", 1)), "FlowerPlus"))
# WORLD: Pagoda（钱江新城店）Chilean Cherries 500 g ¥69.9, stock 171.
S("en-s-cherries", "en", "order", ["a box of chilean cherries from Pagoda"], order(lines(ln("Cherries", 1)), "Pagoda"))
S("en-s-mango-1kg", "en", "order", ["1kg hainan mangoes from pagoda"],
  anyof(order(lines(ln("Mango", 1, weight="one_kg")), "Pagoda"), order(lines(ln("Mango", 2, weight="half_kg")), "Pagoda")))
# WORLD: Pupu（近江家园店 1637 m）Yili Whole Milk 250 ml × 24 ¥67.9.
S("en-s-pupu-yili", "en", "order", ["a case of Yili milk from Pupu"], order(lines(ln("Yili", 1)), "Pupu"))
S("en-s-pupu-salmon", "en", "order", ["pupu: sliced salmon x2"], order(lines(ln("Salmon", 2)), "Pupu"))
S("en-s-coco-bubble", "en", "order", ["CoCo bubble milk tea, large, half sugar, less ice"],
  order(lines(ln("Bubble Milk Tea", 1, size="large", sugar="half", ice="less")), "CoCo"))
# WORLD: Mixue Fresh Lemonade ¥4 ×4 = ¥16 ≥ min ¥8.
S("en-s-mixue-lemonade", "en", "order", ["4 mixue lemonades, no ice"], order(lines(ln("Lemonade", 4, ice="none")), "Mixue"))
S("en-s-mcd-meal-nuggets", "en", "order", ["Big Mac meal + 10pc nuggets from mcdonalds"],
  order(lines(ln("Big Mac", 1, combo="meal"), ln("McNuggets \\(10", 1)), "McDonald"))
S("en-s-xijiade-beef", "en", "order", ["Xijiade beef dumplings, 18 pcs, boiled"],
  order(lines(ln("Beef Dumplings", 1, portion="eighteen", cooking="boiled")), "Xijiade"))
S("en-s-yoshinoya-teriyaki", "en", "order", ["teriyaki chicken bowl from yoshinoya, less rice"],
  order(lines(ln("Teriyaki", 1, rice="less")), "Yoshinoya"))
# WORLD: Meet Noodles（近江家园店）Braised Beef Noodles ¥29 ≥ min ¥20.
S("en-s-meet-beef", "en", "order", ["Meet Noodles braised beef noodles, medium spicy"],
  order(lines(ln("Braised Beef Noodles", 1, spice="medium")), "Meet Noodles"))
S("en-s-xiaolongbao", "en", "order", ["two baskets of xiaolongbao from Zhiweiguan"], order(lines(ln("Xiaolongbao", 2)), "Zhiweiguan"))
# WORLD: FamilyMart（来福士中心店）1205 m: Umbrella ¥39.
S("en-s-familymart-umbrella", "en", "order", ["FamilyMart: one umbrella pls"], order(lines(ln("Umbrella", 1)), "FamilyMart"))
S("en-s-haagen", "en", "order", ["2 häagen-dazs vanilla from family mart"], order(lines(ln("H.agen", 2)), "FamilyMart"))
S("en-s-ride-east", "en", "ride", ["cab to Hangzhou East Station"], ride("东站"))
# tomorrow 6am local = 2026-11-26T22:00Z.
S("en-s-ride-airport-6am", "en", "ride", ["book a ride to the airport tomorrow at 6am"], ride("机场", scheduledFor="2026-11-26T22:00"))
S("en-s-ride-xl", "en", "ride", ["need an XL car to West Lake, 5 of us plus luggage"], ride("西湖", "(XL|六座)"))
# WORLD: alice office 华星时代广场, Wensan Rd.
S("en-s-ride-office", "en", "ride", ["take me to the office"], ride("(华星|文三路|公司)"))
S("en-s-ride-hyatt", "en", "ride", ["premier car to the Grand Hyatt"], ride("君悦", "(专车|Premier)"))
# WORLD: shangcheng 2026-11-26 overcast 14/8.
S("en-s-weather-today", "en", "weather", ["weather today?"], info("(overcast|cloud|14|8)"))
# WORLD: 2026-11-29 sunny, 5 % rain.
S("en-s-weather-sunday", "en", "weather", ["is it gonna rain on sunday"], info("(sunny|no\\b|5 ?%)"))
# WORLD: xihu 2026-11-27 cloudy 14/6.
S("en-s-weather-xihu", "en", "weather", ["how's the weather in Xihu district tomorrow"], info("cloud"))
S("en-s-balance", "en", "balance", ["how much money do I have left"], info("2,?000"))
S("en-s-pay-xiaoming", "en", "transfer", ["send xiaoming 100 rmb"], pay("小明|Xiaoming", 10000))
S("en-s-pay-lihua", "en", "transfer", ["transfer ¥36.50 to Li Hua for lunch"], pay("李华|Li ?Hua", 3650))
# WORLD: alice's newest order ord_obb0q1nrka0s Starbucks latte, delivered 2026-11-25.
S("en-s-last-order", "en", "order_status", ["where's my last order"], info("(deliver|Starbucks|Latte)"))
# WORLD: Jay Chou Sunday 2026-11-29 19:30, Floor ¥880, 56 left.
S("en-s-jay-floor", "en", "tickets", ["2 tickets for Jay Chou on Sunday, floor"],
  tickets("Jay Chou", "2026-11-29 19:30", lines(ln("Floor")), totalFen=176000))
# WORLD: stand-up Friday 2026-11-27 20:00, Back ¥120, 11 left.
S("en-s-standup-back", "en", "tickets", ["stand-up comedy friday night, 1 ticket, back row"],
  tickets("Stand-up", "2026-11-27 20:00", totalFen=12000))
# WORLD: Zootopia 2 tomorrow 2026-11-27 20:10.
S("en-s-zootopia-3", "en", "tickets", ["zootopia 2 tomorrow evening x3"],
  tickets("Zootopia", "2026-11-27 20:10", r'(\{[^{}]*"qty":1[^{}]*\}.*){3}'))
# (corrected after the run: the first version anchored this at ^, but the lines JSON starts with "[")
# WORLD: Beethoven 9 Saturday 2026-11-28 19:30, Balcony ¥180, 40 left.
S("en-s-beethoven-balcony", "en", "tickets", ["Beethoven 9 on saturday, 2 balcony seats"],
  tickets("Beethoven", "2026-11-28 19:30", totalFen=36000))
# WORLD: 杭州大剧院 新业路39号.
S("en-s-grand-theatre-addr", "en", "places", ["what's the address of Hangzhou Grand Theatre"], info("(Xinye|新业路|39)"))
S("en-s-spending", "en", "spending", ["how much did I spend on delivery this month"], info("¥"))
# WORLD: Lao Xiang Ji（望江家园店）Feixi Hen Soup ¥18 ×2.
S("en-s-hen-soup", "en", "order", ["Lao Xiang Ji hen soup x2"], order(lines(ln("Hen Soup", 2)), "Lao Xiang Ji"))
S("en-s-kfc-typo", "en", "order", ["kfc zingr burger meal"], order(lines(ln("Zinger", 1, combo="meal")), "KFC"))
# WORLD: Starbucks (Southern Song / Dongfang Jun) Flat White: ice hot, size large.
S("en-s-sbux-flatwhite", "en", "order", ["starbucks flat white, hot, large"], order(lines(ln("Flat White", 1, size="large", ice="hot")), "Starbucks"))
# WORLD: Cotti（望江家园店）Americano ¥9.9 ×3 ≥ min ¥10.
S("en-s-cotti-americano", "en", "order", ["cotti americano x3"], order(lines(ln("Americano", 3)), "Cotti"))
# WORLD: Ningji min ¥15 > Hand-pounded Lemon Tea ¥13 (corrected after the run: first expected a card).
S("en-s-ningji-nosugar", "en", "order", ["Ningji hand-pounded lemon tea, no sugar"], no("(minimum|min\\.?|at least|short)"))
# WORLD: Shuyi min ¥15 > Signature Grass Jelly Milk Tea ¥14 (corrected after the run: first expected a card).
S("en-s-shuyi-hot", "en", "order", ["shuyi signature grass jelly milk tea, hot"], no("(minimum|min\\.?|at least|short)"))
# WORLD: Holiland（城站店）Black Swan Cake, eight_inch +¥60.
S("en-s-holiland-8inch", "en", "order", ["Holiland black swan cake, 8 inch"], order(lines(ln("Black Swan", 1, size="eight_inch")), "Holiland"))
S("en-s-wallace-double", "en", "order", ["wallace double beef burger x2"], order(lines(ln("Double Beef", 2)), "Wallace"))
# WORLD: Yonghui（近江家园店）Northeast Rice 10 kg ¥69.9.
S("en-s-yonghui-rice", "en", "order", ["10kg bag of rice from Yonghui"], order(lines(ln("Rice 10", 1)), "Yonghui"))
# WORLD: Xianfeng（望江家园店）Avocados ×4 ¥24.9 ≥ min ¥20.
S("en-s-avocados", "en", "order", ["pack of avocados from xianfeng fruit"], order(lines(ln("Avocado", 1)), "Xianfeng"))
# WORLD: 7-Eleven（浙江财富金融中心店）Disposable Raincoat ¥10 ×2 ≥ min ¥15.
# WORLD: alice's home 春江花月, Zhijiang Rd.
S("en-s-ride-home", "en", "ride", ["grab me a taxi home from work"], ride("(春江花月|之江路|home|家)"))
S("en-s-711-raincoat", "en", "order", ["2 disposable raincoats from 7-eleven"], order(lines(ln("Raincoat", 2)), "7-Eleven"))

# ---------------------------------------------------------------------------------------------
# MULTI — zh
# ---------------------------------------------------------------------------------------------
# several items, own quantity and options, one shop
M("zh-m-shaxian-three", "zh", "order", ["沙县小吃：鸡腿饭一份要中辣，拌面两份不辣，再加三个卤蛋"],
  order(lines(ln("鸡腿饭", 1, spice="medium"), ln('"name":"拌面"', 2, spice="none"), ln("卤蛋", 3)), "沙县"))
# WORLD: 麦当劳（蒋村）可口可乐（中）temperature chilled, stock 37.
M("zh-m-mcd-three", "zh", "order", ["麦当劳 巨无霸套餐1个，10块麦乐鸡1份，中杯可乐两杯要冰的"],
  order(lines(ln("巨无霸", 1, combo="meal"), ln("麦乐鸡（10", 1), ln("可口可乐", 2, temperature="chilled")), "麦当劳"))
M("zh-m-dingdang-two", "zh", "order", ["叮当快药 布洛芬片一盒 退热贴两盒"],
  order(lines(ln('"name":"布洛芬片"', 1), ln("退热贴", 2)), "叮当"))
# WORLD: 果多美 苹果（红富士）/香蕉 per 500 g, 猕猴桃（8个）box.
M("zh-m-guoduomei-fruit", "zh", "order", ["果多美：苹果两斤，香蕉一斤，猕猴桃一盒"],
  anyof(order(lines(ln('"name":"苹果（红富士）"', 1, weight="one_kg"), ln("香蕉", 1, weight="half_kg"), ln("猕猴桃", 1)), "果多美"),
        order(lines(ln('"name":"苹果（红富士）"', 2, weight="half_kg"), ln("香蕉", 1, weight="half_kg"), ln("猕猴桃", 1)), "果多美")))
M("zh-m-zhiweiguan-three", "zh", "order", ["知味观点一碗片儿川加蛋 两笼小笼包 一份葱包桧"],
  order(lines(ln("片儿川", 1, add_on="egg"), ln("小笼包", 2), ln("葱包桧", 1)), "知味观"))
M("zh-m-sbux-oat-muffin", "zh", "order", ["星巴克：燕麦拿铁两杯 大杯少糖，再要一个蓝莓麦芬"],
  order(lines(ln("燕麦拿铁", 2, size="large", sugar="less"), ln("蓝莓麦芬", 1)), "星巴克"))
M("zh-m-yangguofu-later", "zh", "order", ["杨国福麻辣烫 番茄汤的一份不辣 麻辣拌一份特辣 加个米饭，十点开门就送"],
  merge(order(lines(ln("番茄汤", 1, spice="none"), ln("麻辣拌", 1, spice="hot"), ln("米饭", 1)), "杨国福"),
        {"task": {"scheduledFor": "2026-11-26T0[2-9]"}}))
M("zh-m-micun-two", "zh", "order", ["米村拌饭 石锅拌饭少饭微辣一份，韩式炸鸡半只不辣，中午12点送到家"],
  merge(order(lines(ln("石锅拌饭", 1, rice="less", spice="mild"), ln("韩式炸鸡", 1, spice="none")), "米村"),
        {"task": {"scheduledFor": "2026-11-26T0[34]"}}))
# splits
M("zh-m-luckin-split-ice", "zh", "order", ["瑞幸拿铁三杯，两杯热的一杯正常冰"],
  order(lines(ln('"name":"拿铁"', 2, ice="hot"), ln('"name":"拿铁"', 1, ice="regular")), "瑞幸"))
M("zh-m-mixue-split-sugar", "zh", "order", ["蜜雪冰城 珍珠奶茶四杯，两杯全糖两杯无糖"],
  order(lines(ln("珍珠奶茶", 2, sugar="standard"), ln("珍珠奶茶", 2, sugar="none")), "蜜雪"))
M("zh-m-yoshinoya-family", "zh", "order", ["我们家三口人，来三份吉野家招牌牛肉饭，其中一份少饭"],
  order(lines(ln("招牌牛肉饭", 2, rice="regular"), ln("招牌牛肉饭", 1, rice="less")), "吉野家"))
M("zh-m-xijiade-split", "zh", "order", ["喜家德 猪肉酸菜水饺3份：两份水煮 一份煎饺，都要18只的"],
  order(lines(ln("猪肉酸菜", 2, cooking="boiled", portion="eighteen"), ln("猪肉酸菜", 1, cooking="pan_fried", portion="eighteen")), "喜家德"))
# group order to the office
# WORLD: 古茗（物联网街店）168 m from xiaoming's office.
M("zh-m-office-goodme-5", "zh", "order", ["办公室五个人每人一杯古茗珍珠奶茶，送到公司"],
  order(lines(ln("珍珠奶茶", 5)), "古茗", address="(阡陌路|海康)"))
# exclusions
M("zh-m-latte-not-sbux", "zh", "order", ["来杯拿铁，不要星巴克的"], order(lines(ln("拿铁", 1)), NOT_SBUX))
M("zh-m-burger-not-mk", "zh", "order", ["想吃汉堡，麦当劳肯德基都不要"],
  order(lines(ln("堡", None)), "^(?!.*(麦当劳|肯德基|McDonald|KFC)).*$"))
M("zh-m-noodles-not-lanzhou", "zh", "order", ["来碗面当早饭，不要辣，别给我兰州拉面"],
  order(None, "^(?!.*(兰州|Lanzhou)).*$", lines="^(?!.*\"spice\":\"(mild|medium|hot)\")(?=.*面)"))
# budgets
M("zh-m-kfc-budget", "zh", "order", ["肯德基来两个汉堡 总共不超过60"],
  anyof(order(lines(ln("堡", 2)), "肯德基", maxTotalFen=6000), order(lines("(?=.*堡.*堡)"), "肯德基", maxTotalFen=6000)))
M("zh-m-flowers-200", "zh", "order", ["送束花到家，预算200以内"], order(None, "(花|Flower|Florist)", maxTotalFen=20000))
M("zh-m-milktea-per-cup", "zh", "order", ["奶茶来三杯 每杯别超过10块"],
  anyof(order(lines(ln("", 3)), None, maxUnitFen=1000), order(None, None, maxUnitFen=1000, lines='(\\{.*){3}'),
        no(ASK_ZH)))
M("zh-m-cold-medicine-30", "zh", "order", ["感冒了，买点感冒药，30块以内"], order(lines(ln("感冒")), None, maxTotalFen=3000))
# pre-orders
# WORLD: 袁记云饺（彩虹城店）1610 m from the office.
M("zh-m-preorder-office-lunch", "zh", "order", ["明天中午12点送两份袁记鲜肉水饺到公司"],
  order(lines(ln("鲜肉水饺", 2)), "袁记", address="(阡陌路|海康)", scheduledFor="2026-11-27T0[34]"))
M("zh-m-preorder-roses-7pm", "zh", "order", ["今晚7点送一束9枝的红玫瑰到家"],
  order(lines(ln("玫瑰", 1)), None, scheduledFor="2026-11-26T1[01]"))
# WORLD: 霸王茶姬（西溪店）opens 10:00; the user asks for after opening.
M("zh-m-preorder-chagee", "zh", "order", ["霸王茶姬两杯伯牙绝弦，等它十点开门了再送"],
  order(lines(ln("伯牙绝弦", 2)), "霸王茶姬", scheduledFor="2026-11-26T0[2-9]"))
# scheduled rides
# (corrected after the run: the sentence names no ride, so "route or ride?" is a fair question)
M("zh-m-ride-dayafter", "zh", "ride", ["后天上午10点从家去杭州西站"],
  anyof(ride("杭州西站", scheduledFor="2026-11-28T02:00"), no("(打车|路线)")))
M("zh-m-ride-tonight-home", "zh", "ride", ["今晚11点半从公司回家，叫个快车"], ride("(西溪诚园|紫金港|家)", "快车", scheduledFor="2026-11-26T15:30"))
M("zh-m-ride-monday", "zh", "ride", ["下周一早上8:15叫车去公司"], ride("(阡陌路|海康|公司)", scheduledFor="2026-11-30T00:15"))
# tickets then ride
# WORLD: 薛之谦 Sat 19:30 at 黄龙体育中心; 看台一层 ¥580, 41 left.
M("zh-m-joker-then-ride", "zh", "tickets+ride", ["买两张周六晚上薛之谦的看台一层", "再帮我约个车过去，开场前半小时到"],
  merge(ride("黄龙", scheduledFor="2026-11-28T(0[89]|10|11:0)"), {"tasks": 2}))
# WORLD: 德云社 Sun 2026-11-29 19:30 at 杭州剧院 (gongshu), 丙等 ¥380.
M("zh-m-deyunshe-then-ride", "zh", "tickets+ride", ["周日的德云社相声买一张丙等", "到时候叫个车送我过去"],
  merge(ride("杭州剧院", scheduledFor="2026-11-29T(0[89]|1[01])"), {"tasks": 2}))
# WORLD: 万能青年旅店 Fri 2026-11-27 20:00 MAO Livehouse, 中排 ¥380, 11 left.
M("zh-m-omni-then-ride-7pm", "zh", "tickets+ride", ["明晚万青的演出 中排两张", "然后帮我叫个车，晚上7点出发去现场"],
  merge(ride("(MAO|Livehouse)", scheduledFor="2026-11-27T11:00"), {"tasks": 2}))
# follow-up edits
M("zh-m-edit-size", "zh", "order", ["瑞幸来杯拿铁", "换成大杯"], order(lines(ln('"name":"拿铁"', 1, size="large")), "瑞幸"))
M("zh-m-edit-qty", "zh", "order", ["沙县来份蒸饺和扁肉", "蒸饺改成两份"], order(lines(ln("蒸饺", 2), ln("扁肉", 1)), "沙县"))
M("zh-m-edit-add", "zh", "order", ["肯德基 葡式蛋挞4个", "再加一个老北京鸡肉卷，微辣"],
  order(lines(ln("蛋挞", 4), ln("老北京鸡肉卷", 1, spice="mild")), "肯德基"))
M("zh-m-edit-pay", "zh", "transfer", ["给李华转100", "不对，改成150"], pay("李华", 15000))
M("zh-m-edit-ride-time", "zh", "ride", ["明天早上8点打车去杭州东站", "改成7点"], ride("杭州东站", scheduledFor="2026-11-26T23:00"))
# ordinals after a list (sessions listed in time order)
# WORLD: 宋城千古情 sessions: Sat 15:00, Sat 19:00, Sun 19:00; 乙等 ¥310.
M("zh-m-ordinal-songcheng", "zh", "tickets", ["宋城千古情有哪几场", "第三场，乙等两张"],
  tickets("宋城", "2026-11-29 19:00", totalFen=62000))
# WORLD: 流浪地球3 sessions: 11-26 19:30, 11-27 20:10, 11-28 13:40, 11-28 19:00, 11-29 19:20.
M("zh-m-ordinal-movie", "zh", "tickets", ["流浪地球3都有哪些场次", "第二个，一张"], tickets("流浪地球", "2026-11-27 20:10"))
M("zh-m-ordinal-joker-first", "zh", "tickets", ["薛之谦什么时候在杭州演", "第一场 内场一张"],
  tickets("薛之谦", "2026-11-28 19:30", totalFen=88000))
# what the world cannot do
# WORLD: 好利来 nearest branch 武林广场 7424 m > 5000 from home, 城站 6622 m from the office.
# (corrected after the run: the regex missed "没有能送到家的", a right decline)
M("zh-m-oor-holiland", "zh", "order", ["好利来的半熟芝士送一盒到家"], no("(范围|太远|送不到|送到|不在|距离|配送)"))
# WORLD: 和府捞面 branches all > 3000 m radius from xiaoming's home.
M("zh-m-oor-hefu", "zh", "order", ["和府捞面 草本汤番茄牛腩面 送到家里"], no("(范围|太远|送不到|不在|距离|配送)"))
# WORLD: 新白鹿（西溪诚园店）opens 10:30.
M("zh-m-closed-xinbailu", "zh", "order", ["新白鹿 东坡肉一份 糖醋里脊一份 现在就要"],
  anyof(no("(10[:：]30|十点半|10点半|营业|开门|未开)"),
        merge(order(None, "新白鹿", scheduledFor="2026-11-26T0[2-9]"), {"reply": ["(10[:：]30|十点半|10点半|营业|开门)"]})))
# WORLD: 很久以前羊肉串（华星）opens 11:00 (all branches).
M("zh-m-closed-skewers", "zh", "order", ["很久以前 羊肉串10串 特辣 马上送"],
  anyof(no("(11[:：]00|11点|十一点|营业|开门|未开)"),
        merge(order(None, "很久以前", scheduledFor="2026-11-26T0[3-9]"), {"reply": ["(11[:：]00|11点|十一点|营业|开门)"]})))
# WORLD: 叮咚买菜 min ¥29; 西红柿 500g ¥5.9 + 黄瓜 500g ¥4.9 = ¥10.8.
M("zh-m-minorder-dingdong", "zh", "order", ["叮咚买菜 西红柿一斤 黄瓜一斤"], no("(起送|最低|还差|凑)"))
# WORLD: 花间集 单枝玫瑰 ¥15, min ¥69.
M("zh-m-minorder-single-rose", "zh", "order", ["花间集 单枝玫瑰 一枝就行"], no("(起送|最低|还差|凑)"))
# WORLD: CoCo（西溪诚园店）柠檬养乐多 stock 0; the other CoCo is out of reach.
M("zh-m-oos-coco", "zh", "order", ["CoCo来杯柠檬养乐多 少冰"], no("(售罄|卖完|没货|缺货|库存|卖光)"))
# WORLD: 麦当劳（蒋村）麦香鱼 stock 1.
M("zh-m-oos-filetofish", "zh", "order", ["麦当劳麦香鱼来3个"],
  anyof(no("(只剩|仅剩|库存|只有|不够|剩)"), merge(order(lines(ln("麦香鱼", 1))), {"reply": ["(只剩|仅剩|库存|只有|不够|剩)"]})))
# WORLD: 周杰伦 Sat 至尊VIP: 1 seat left.
M("zh-m-seats-jay-vip", "zh", "tickets", ["周六周杰伦 至尊VIP 两张 要挨着的"], no("(只剩|仅剩|1 ?张|一张|不足|不够|剩)"))
# WORLD: 沙丘3 sessions only Sat 11-28 and Sun 11-29.
M("zh-m-nosession-dune", "zh", "tickets", ["明天（周五）晚上的沙丘3 两张"], no("(没有|无|周六|周日|28|29)"))
# WORLD: 王小二 is not a contact.
# (corrected after the run: a who-question was meant to pass — "是谁" — but "给谁" was not matched)
M("zh-m-payee-unknown", "zh", "transfer", ["给王小二转100块"], no("(联系人|找不到|没有|不认识|通讯录|谁)"))
M("zh-m-pay-negative", "zh", "transfer", ["给李华转-50"], no("(金额|负|无效|大于|不能)"))
# WORLD: wallet ¥2000 < ¥3000.
M("zh-m-pay-over-balance", "zh", "transfer", ["给Bob转3000块"], {"reply": ["(余额|不足|不够)"]})
# WORLD: 瑞幸 order delivered 2026-11-24 10:26; claim window 1440 min → closed at 09:00 on 11-26.
M("zh-m-claim-late", "zh", "claim", ["24号那杯瑞幸拿铁送来是洒的，帮我申请赔偿"], {"reply": ["(超过|超出|已过|过了|时限|24 ?小时|期限|无法|不能)"]})
# mixed constraints
M("zh-m-pharmacy-budget-two", "zh", "order", ["药店买一盒板蓝根和一瓶藿香正气水，一心堂的"],
  order(lines(ln("板蓝根", 1), ln("藿香正气", 1)), "一心堂"))
M("zh-m-lianhua-mixed", "zh", "order", ["联华超市：光明鲜牛奶两瓶，青菜一斤，农夫山泉5L的一桶"],
  order(lines(ln("光明鲜牛奶", 2), ln("青菜", 1), ln("农夫山泉 5L", 1)), "联华"))
M("zh-m-tastien-two-meals", "zh", "order", ["塔斯汀 两个香辣鸡腿中国汉堡 一个套餐一个单点"],
  order(lines(ln("香辣鸡腿", 1, combo="meal"), ln("香辣鸡腿", 1, combo="single")), "塔斯汀"))
M("zh-m-luckin-then-two", "zh", "order", ["瑞幸 生椰拿铁 少糖", "来两杯吧"], order(lines(ln("生椰拿铁", 2, sugar="less")), "瑞幸"))
M("zh-m-edit-remove", "zh", "order", ["7-11 烤肠两根 鸡肉饭团一个 布丁一个", "布丁不要了"],
  order(lines(ln("烤肠", 2), ln("饭团", 1), without="布丁"), "7-Eleven"))

# ---------------------------------------------------------------------------------------------
# MULTI — en
# ---------------------------------------------------------------------------------------------
M("en-m-kfc-three", "en", "order", ["KFC: 2 zinger burgers (one meal, one on its own), 6 egg tarts and a mashed potato"],
  order(lines(ln("Zinger", 1, combo="meal"), ln("Zinger", 1, combo="single"), ln("Egg Tart", 6), ln("Mashed", 1)), "KFC"))
M("en-m-hefu-three", "en", "order", ["from Hefu: tomato beef brisket noodles mild, one scallion oil noodles, and 2 sour plum drinks"],
  order(lines(ln("Brisket", 1, spice="mild"), ln("Scallion", 1), ln("Sour Plum", 2)), "Hefu"))
M("en-m-lianhua-three", "en", "order", ["Lianhua: a case of coke, 2 bags of greens and a pack of dried noodles"],
  order(lines(ln("Coca-Cola", 1), ln("Green Vegetables", 2), ln("Dried Noodles", 1)), "Lianhua"))
M("en-m-zhiweiguan-three", "en", "order", ["Zhiweiguan please - dongpo pork, longjing tea shrimp, and two cat ear soups"],
  order(lines(ln("Dongpo", 1), ln("Longjing", 1), ln("Cat Ear", 2)), "Zhiweiguan"))
M("en-m-pagoda-three", "en", "order", ["Pagoda: 2 boxes of strawberries, 1kg of fuji apples and a pack of kiwis"],
  anyof(order(lines(ln("Strawberr", 2), ln("Fuji", 1, weight="one_kg"), ln("Kiwi", 1)), "Pagoda"),
        order(lines(ln("Strawberr", 2), ln("Fuji", 2, weight="half_kg"), ln("Kiwi", 1)), "Pagoda")))
M("en-m-mcd-breakfast", "en", "order", ["McDonald's breakfast: 2 sausage & egg mcmuffins, 2 hot soy milks and a hash... no, make the last one a pineapple pie"],
  order(lines(ln("McMuffin", 2), ln("Soy Milk", 2, temperature="hot"), ln("Pineapple Pie", 1)), "McDonald"))
M("en-m-tims-mixed", "en", "order", ["Tims: 1 maple latte hot, 1 iced capp large, and a box of timbits"],
  order(lines(ln("Maple Latte", 1, ice="hot"), ln("Iced Capp", 1, size="large"), ln("Timbits", 1)), "Tims"))
M("en-m-xiabu-later", "en", "order", ["Xiabu Xiabu hot pot set for two with tomato broth plus a veggie platter, deliver at 6:30pm"],
  order(lines(ln("for Two", 1, broth="tomato"), ln("Vegetable", 1)), "Xiabu", scheduledFor="2026-11-26T10:[0-3]"))
# splits
M("en-m-luckin-split-size", "en", "order", ["4 luckin americanos: 2 large, 2 medium"],
  order(lines(ln('"nameEn":"Americano"', 2, size="large"), ln('"nameEn":"Americano"', 2, size="medium")), "Luckin"))
# WORLD: Yuan Ji also sells a separate 煎饺 "Pan-fried Dumplings" (¥18 = ¥16 + ¥2), so either reading is faithful
# (corrected after the run: the first version accepted only the cooking option).
M("en-m-yuanji-split", "en", "order", ["Yuan Ji pork dumplings x3 - two boiled, one pan-fried"],
  anyof(order(lines(ln('"nameEn":"Pork Dumplings"', 2, cooking="boiled"), ln('"nameEn":"Pork Dumplings"', 1, cooking="pan_fried")), "Yuan Ji"),
        order(lines(ln('"nameEn":"Pork Dumplings"', 2, cooking="boiled"), ln('"nameEn":"Pan-fried Dumplings"', 1)), "Yuan Ji")))
M("en-m-coco-taro-split", "en", "order", ["4 fresh taro milk teas from coco, two of them with no sugar, the rest standard"],
  order(lines(ln("Taro Milk Tea", 2, sugar="none"), ln("Taro Milk Tea", 2, sugar="standard")), "CoCo"))
M("en-m-hushang-split", "en", "order", ["Hu Shang A Yi mango pomelo sago x3: one hot, two with less ice"],
  order(lines(ln("Mango Pomelo", 1, ice="hot"), ln("Mango Pomelo", 2, ice="less")), "Hu Shang"))
# group order
# WORLD: Tastien（华星时代广场店）373 m from alice's office (out of reach from home).
M("en-m-team-tastien", "en", "order", ["team lunch to the office: 6 spicy chicken chinese burgers, all as meals"],
  order(lines(ln("Spicy Chicken Chinese Burger", 6, combo="meal")), "Tastien", address="(华星|文三路)"))
# exclusions
M("en-m-boba-not-mixue", "en", "order", ["bubble tea but not from Mixue - large, less sugar"],
  order(lines(ln("", 1, size="large", sugar="less")), "^(?!.*(蜜雪|Mixue)).*$"))
M("en-m-burger-not-mcd", "en", "order", ["burger for lunch, anywhere but McDonald's"],
  order(lines(ln("Burger")), "^(?!.*(麦当劳|McDonald)).*$"))
M("en-m-lattes-not-sbux-luckin", "en", "order", ["2 lattes from anywhere except Starbucks and Luckin"],
  order(lines(ln("Latte", 2)), "^(?!.*(星巴克|Starbucks|瑞幸|Luckin)).*$"))
# budgets
M("en-m-lunch-under-30", "en", "order", ["lunch under 30 yuan total, something with rice"], order(None, None, maxTotalFen=3000))
M("en-m-coffees-per-item", "en", "order", ["3 coffees, none over 20 each"],
  anyof(order(None, None, maxUnitFen=2000, lines='"qty":3,'), order(None, None, maxUnitFen=2000, lines='(\\{.*){3}'), no(ASK_EN)))
M("en-m-xijiade-under-80", "en", "order", ["dinner for two from Xijiade, keep it under ¥80"], order(None, "Xijiade", maxTotalFen=8000))
M("en-m-flowers-under-150", "en", "order", ["flowers for my mom, budget ¥150 max, card please"], order(lines(ln("", 1, card="handwritten")), None, maxTotalFen=15000))
# pre-orders
M("en-m-preorder-tims-8am", "en", "order", ["tomorrow 8am deliver 2 oat lattes from Tims"],
  order(lines(ln("Oat Latte", 2)), "Tims", scheduledFor="2026-11-2[67]T(23|00):"))
# WORLD: Yoshinoya（华星时代广场店）402 m from the office.
M("en-m-preorder-office-lunch", "en", "order", ["lunch at 12:30 today at my office: 2 yoshinoya signature beef bowls"],
  order(lines(ln("Signature Beef Bowl", 2)), "Yoshinoya", address="(华星|文三路)", scheduledFor="2026-11-26T04:[0-3]"))
M("en-m-preorder-cake-sat", "en", "order", ["I need a 6 inch fruit birthday cake from Holiland delivered Saturday at 5pm"],
  order(lines(ln("Fruit Birthday Cake", 1, size="six_inch")), "Holiland", scheduledFor="2026-11-28T0[89]"))
# scheduled rides
M("en-m-ride-south-545", "en", "ride", ["schedule a ride to Hangzhou South Station at 5:45pm today"],
  ride("杭州南站", scheduledFor="2026-11-26T09:45"))
M("en-m-ride-noon-hefang", "en", "ride", ["tomorrow at noon get me a cab from the office to Hefang Street"],
  ride("河坊街", scheduledFor="2026-11-27T04:00"))
M("en-m-ride-sat-premier", "en", "ride", ["saturday morning at 9, a premier car to Lingyin Temple"],
  ride("灵隐", "(专车|Premier)", scheduledFor="2026-11-28T01:00"))
# tickets then ride
# WORLD: Beethoven 9 Sat 19:30 at 杭州大剧院; Standard ¥480, 38 left.
M("en-m-beethoven-then-ride", "en", "tickets+ride", ["Beethoven 9 on Saturday, 2 standard seats", "and a car there so we arrive half an hour early"],
  merge(ride("大剧院", scheduledFor="2026-11-28T(0[89]|10|11:0)"), {"tasks": 2}))
# WORLD: CBA 广厦 vs 辽宁 Sat 2026-11-28 19:35 at 杭州奥体中心体育馆; Lower Stand ¥280.
M("en-m-cba-then-xl", "en", "tickets+ride", ["2 lower stand tickets for the CBA game on Saturday", "then book me an XL car at 6pm to get there"],
  merge(ride("奥体", "(XL|六座)", scheduledFor="2026-11-28T10:00"), {"tasks": 2}))
# WORLD: Phantom 2026-12-05 14:00 matinee at 杭州大剧院; Balcony ¥280.
M("en-m-phantom-then-ride", "en", "tickets+ride", ["Phantom of the Opera, the Dec 5 matinee, 1 balcony seat", "get me a ride there leaving at 1pm that day"],
  merge(ride("大剧院", scheduledFor="2026-12-05T05:00"), {"tasks": 2}))
# follow-up edits
M("en-m-edit-two", "en", "order", ["luckin coconut latte", "make it two"], order(lines(ln("Coconut Latte", 2)), "Luckin"))
M("en-m-edit-meal", "en", "order", ["mcdonald's big mac", "actually make it a meal"], order(lines(ln("Big Mac", 1, combo="meal")), "McDonald"))
M("en-m-edit-swap", "en", "order", ["pagoda: 1kg bananas", "scrap the bananas, 500g of shine muscat grapes instead"],
  order(lines(ln("Shine Muscat", 1, weight="half_kg"), without="Banana"), "Pagoda"))
M("en-m-edit-premier", "en", "ride", ["ride to the airport", "make it a premier car"], ride("机场", "(专车|Premier)"))
M("en-m-edit-tier", "en", "tickets", ["2 tickets for joker xue on saturday", "upper stand please"],
  tickets("Joker Xue", "2026-11-28 19:30", lines(ln("Upper Stand")), totalFen=76000))
# ordinals after a list
# WORLD: Teahouse sessions 11-26 19:30, 11-27 19:30, 11-29 14:00; Standard ¥380.
M("en-m-ordinal-teahouse-last", "en", "tickets", ["what sessions does Teahouse have", "the last one, 2 standard tickets"],
  tickets("Teahouse", "2026-11-29 14:00", totalFen=76000))
M("en-m-ordinal-zootopia-first", "en", "tickets", ["what Zootopia 2 showtimes are there", "the first one, 2 seats"],
  tickets("Zootopia", "2026-11-26 19:30"))
M("en-m-ordinal-songcheng-second", "en", "tickets", ["list the Romance of the Song Dynasty shows", "book the second one, 1 VIP"],
  tickets("Song Dynasty", "2026-11-28 19:00", totalFen=48000))
# what the world cannot do
# WORLD: M Stand nearest branches > 3000 m radius from alice's home (and office).
M("en-m-oor-mstand", "en", "order", ["M Stand latte to my home"], no("(deliver|range|far|reach|distance)"))
# WORLD: Bao Shi Fu only branch (Xixi) far from alice's home.
M("en-m-oor-baoshifu", "en", "order", ["Bao Shi Fu pork floss rolls delivered home"], no("(deliver|range|far|reach|distance)"))
# WORLD: Xiabu（望江家园店）opens 10:30.
M("en-m-closed-xiabu-now", "en", "order", ["Xiabu beef hot pot for one, right now"],
  anyof(no("(10:30|10\\.30|open|closed)"), merge(order(None, "Xiabu", scheduledFor="2026-11-26T0[2-9]"), {"reply": ["(10:30|open)"]})))
# WORLD: CHAGEE（江南大道店）opens 10:00.
M("en-m-closed-chagee-now", "en", "order", ["CHAGEE jasmine milk tea asap"],
  anyof(no("(10:00|10 ?am|open|closed)"), merge(order(None, "CHAGEE", scheduledFor="2026-11-26T0[2-9]"), {"reply": ["(10:00|10 ?am|open)"]})))
# WORLD: Meet Noodles min ¥20; Chongqing Noodles ¥16.
M("en-m-minorder-meet", "en", "order", ["just one bowl of chongqing noodles from Meet Noodles"], no("(minimum|min\\.?|at least|short|more)"))
# WORLD: Huajianji Single Rose ¥15, min ¥69.
M("en-m-minorder-single-rose", "en", "order", ["one single rose from Huajianji"], no("(minimum|min\\.?|at least|short|more)"))
# WORLD: Yixintang（近江家园店）Yunnan Baiyao Band-Aids stock 0, the only branch in reach.
M("en-m-oos-bandaids", "en", "order", ["Yixintang: yunnan baiyao band-aids"], no("(sold out|out of stock|stock|unavailable|none left)"))
# WORLD: Cotti（望江家园店）Caramel Latte stock 1.
M("en-m-oos-caramel", "en", "order", ["3 caramel lattes from Cotti"],
  anyof(no("(only|left|stock)"), merge(order(lines(ln("Caramel Latte", 1))), {"reply": ["(only|left|stock)"]})))
# WORLD: Omnipotent Youth Society Fri 11-27 Back: 4 seats left.
M("en-m-seats-omni-back", "en", "tickets", ["6 back-row tickets for Omnipotent Youth Society tomorrow"], no("(only|left|not enough|4)"))
# WORLD: Lang Lang only 2026-12-09.
M("en-m-nosession-langlang", "en", "tickets", ["Lang Lang recital this Saturday, 2 tickets"], no("(no |only|Dec|December|9)"))
M("en-m-payee-unknown", "en", "transfer", ["send 20 bucks to Tom"], no("(contact|who|don't know|not found|can't find|couldn't find|no one)"))
M("en-m-pay-negative", "en", "transfer", ["transfer -100 to Bob"], no("(amount|positive|negative|greater|invalid)"))
# WORLD: Starbucks order delivered 2026-11-25 10:11, within the 1440-min window, but the seeded orders have no
# payment_intent_id (not paid through the wallet), so no refund is possible: a decline naming that, not "expired"
# (corrected after the run: the first version expected a refund; it passed only because the decline says "claim").
M("en-m-claim-in-time", "en", "claim", ["the latte from starbucks yesterday arrived spilled, I want a refund"],
  {"noTask": True, "reply": ["(wallet|can't|cannot|unable)"], "notReply": "(expired|too late|window has|past the)"})
# WORLD: McDonald's order delivered 2026-11-18; window closed, and not paid through the wallet either
# (corrected after the run: a decline for the wallet reason is also true of the world).
M("en-m-claim-late", "en", "claim", ["the big mac I ordered last week was cold, I want compensation"],
  {"reply": ["(24|window|expired|too late|within|past|wallet|can't|cannot)"]})
# mixed
M("en-m-pharmacy-two", "en", "order", ["LBX pharmacy: vitamin C effervescent tablets and 2 boxes of band-aids"],
  order(lines(ln("Vitamin C", 1), ln("Band-Aids", 2)), "LBX"))
M("en-m-yonghui-two", "en", "order", ["from Yonghui get a live sea bass and 2 packs of pork belly"],
  order(lines(ln("Sea Bass", 1), ln("Pork Belly", 2)), "Yonghui"))
M("en-m-goodme-then-less", "en", "order", ["Good Me super cheese grape", "less sugar, and make it 3"],
  order(lines(ln("Cheese Grape", 3, sugar="less")), "Good Me"))


# Trimmed to 50 per language and file (kept in the file above for the record, not written).
DROP = {
    "zh-s-strawberry", "zh-s-xijiade",
    "zh-m-tastien-two-meals", "zh-m-oor-hefu", "zh-m-minorder-single-rose", "zh-m-pharmacy-budget-two",
    "zh-m-lianhua-mixed", "zh-m-closed-skewers",
    "en-m-minorder-single-rose", "en-m-oor-baoshifu", "en-m-yonghui-two", "en-m-mcd-breakfast",
}
simple = [p for p in simple if p["id"] not in DROP]
multi = [p for p in multi if p["id"] not in DROP]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    ids = [p["id"] for p in simple + multi]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for group in (simple, multi):
        for lang in ("zh", "en"):
            n = sum(1 for p in group if p["lang"] == lang)
            print(("simple" if group is simple else "multi"), lang, n)
    write("simple.jsonl", simple)
    write("multi.jsonl", multi)
