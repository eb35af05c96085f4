#!/usr/bin/env python3
"""holdout10: 120 multi-constraint probes (multi.jsonl) and 60 simple probes (simple.jsonl).

Written by an outside tester from the seeded world alone (`dimple world seed`, sqlite3), never reading
the brain, the NLU data or other probes. Half zh as u_xiaoming, half en as u_alice.

World facts used (seed 20261126, world clock Thu 2026-11-26 09:00 Asia/Shanghai = 01:00Z; card times UTC):
- u_xiaoming: home 西溪诚园 (Xihu), office 海康威视 (Binjiang). u_alice: home 春江花月 (Shangcheng),
  office 华星时代广场 (Xihu). Wallets ¥2000.00 each. Payees: 李华 (Li Hua), Bob, Alice, 小明.
- Reach/open at 09:00 (haversine <= radius): xiaoming home: Luckin, Mixue, CoCo, KFC, Dicos, Fang Laoda,
  Shaxian, Lanzhou, Yuan Ji, Yoshinoya, Xijiade, Yixintang, Guoduomei, Xianfeng, Four Seasons, West Lake
  Orchard, Pupu, Wumart, Bao Shi Fu, Bianlifeng, McDonald's (Jiangcun), Aishang; closed at 09:00: CHAGEE
  (10:00), Micun (10:00), Xin Bai Lu (10:30). xiaoming office: Good Me, Manner (closes 19:00), HEYTEA
  (opens 10:00), 85°C, Lao Xiang Ji, Lanzhou (Jiangnan Ave), Hema (min ¥49), Sushi Express (opens 10:00),
  Tastien, McDonald's, Luckin. alice home: Tims, McDonald's, KFC, Pagoda, Holiland, Meet Noodles, Hefu,
  Huali, Neptunus, FamilyMart, Yoshinoya, Manner. alice office: CoCo, 7-Eleven, Tastien, Aishang,
  Guoduomei, Real Kungfu, Neptunus, Lianhua, Manner, Starbucks, Luckin, Shaxian, Xijiade, Yoshinoya,
  HEYTEA (10:00), Xin Bai Lu (10:30, min ¥40), Long Ago Lamb Skewers (11:00, min ¥50), THE BEAST (10:00,
  min ¥199, cheapest item ¥299).
- Stock: CoCo Xixi 柠檬养乐多 0; Lao Xiang Ji 番茄炒蛋饭 3; Good Me (IoT St) 椰椰奶冻 2; Real Kungfu Huaxing
  台式卤肉饭 2; Manner Cuiyuan 燕麦拿铁 2; Starbucks ZJU 馥芮白 2.
- Minimums: Mixue ¥8 (lemonade ¥4), KFC ¥20 (egg tart ¥8), Xin Bai Lu ¥40 (Dongpo pork ¥32), Long Ago
  ¥50 (lamb skewers ¥48), florists ¥59+ (so no bouquet under ¥50).
- Burger King's only branch is in Qiantang (reaches neither saved address).
- Tickets: Jay Chou 11-28/11-29 19:30, Upper Stand has 0 seats left; 11-28 Premium VIP 1 left; Omnipotent
  11-27 Back 4 left; Mayday cheapest ¥380; Teahouse sessions 11-26, 11-27, 11-29 (none on 11-28);
  Songcheng 11-28 15:00/19:00, 11-29 19:00 (none on 11-27), VIP ¥480; Eason 12-13 Lower Stand ¥580;
  Phantom 12-05 14:00 Standard ¥680; Deyunshe 11-29 19:30 at 杭州剧院; Mayday 12-06 19:00; Ne Zha 11-28
  19:00 (Lumiere Binjiang); Lang Lang 12-09 Balcony ¥280 cheapest; stand-up 11-27 20:00 at Hive Theatre.
- Rides: Express/快车, Premier/专车, XL/六座商务 (6 seats max).
- Saved orders: xiaoming's last: Luckin (Jiangnan Ave) 拿铁 ×1 大杯/少冰/少糖 to office (11-24); Lanzhou 牛肉面
  二细/微辣/加蛋 to office (11-21); all his orders are past the 24h claim window. alice: Starbucks Caffè Latte
  large oat 11-25 09:49 (claim window 24h still open), Pagoda bananas 11-22 (past), McDonald's Big Mac meal
  11-18. Spending this week: xiaoming ¥30.00, alice ¥50.00.
- Weather: xihu 11-27 cloudy 15%, 11-28 cloudy, 11-30 sunny; shangcheng 11-27 overcast 35%, 11-28 cloudy,
  11-30 sunny.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def L(zh=None, en=None, qty=None, **opts):
    """A regex for one card line: name (zh or en pattern), qty, and option ids (any order)."""
    s = r'\{"name":"%s","nameEn":"%s","qty":%s,' % (zh or '[^"]*', en or '[^"]*', qty or r'\d+')
    if opts:
        s += r'[^{]*\{' + ''.join(r'(?=[^}]*"%s":"%s")' % (k, v) for k, v in opts.items())
    return s


def ALL(*lines, no=None, maxlines=None):
    s = '^' + ''.join('(?=.*%s)' % l for l in lines)
    if no:
        s += '(?!.*(?:%s))' % no
    if maxlines:
        s += '(?!(?:.*"nameEn"){%d})' % (maxlines + 1)
    return s


def T(kind='order_delivery', **kw):
    return {'kind': kind, **kw}


def D(lines=None, merchant=None, address=None, **kw):
    t = T('order_delivery', **kw)
    if lines: t['lines'] = lines
    if merchant: t['merchant'] = merchant
    if address: t['address'] = address
    return t


XM_HOME, XM_OFFICE = '西溪诚园', '海康威视'
AL_HOME, AL_OFFICE = '春江花月', '华星时代'
PAID = ['scheduled', 'processing', 'in_fulfilment', 'completed']
# a question or a decline: no card awaiting confirmation
NOCARD = [{'noTask': True}, {'task': {'kind': 'order_delivery', 'status': ['needs_info', 'cancelled', 'failed']}}]
ZH_STOCK = '只剩|仅剩|剩|库存|不足|不够|售罄|卖完|没有那么多|缺货|只有'
EN_STOCK = r'only|left|stock|sold out|not enough|short|available|remaining'
ZH_CLOSED = '营业|开门|打烊|关门|未开|还没开|休息|来不及|不能|无法'
EN_CLOSED = r'open|close|shut|can.?t|cannot|not (?:yet )?open|too (?:early|late)'
ZH_MIN = '起送|最低|起步|凑|差'
EN_MIN = r'minimum|min\.? order|at least|short of|add'
ZH_Q = '？|\\?|吗|哪|什么|几|多少|请问'
EN_Q = r'\?|which|what|how many'

multi, simple = [], []


def M(id, lang, intent, turns, expect, user=None):
    p = {'id': id, 'lang': lang, 'intent': intent, 'turns': turns if isinstance(turns, list) else [turns], 'expect': expect}
    if user: p['user'] = user
    multi.append(p)


def S(id, lang, intent, turns, expect):
    simple.append({'id': id, 'lang': lang, 'intent': intent, 'turns': turns if isinstance(turns, list) else [turns], 'expect': expect})


def stock(lang, lines_ok, merchant):
    """Quantity above one branch's stock: say so (or ask), or a card with the full quantity from another branch."""
    pat = ZH_STOCK if lang == 'zh' else EN_STOCK
    return {'anyOf': [{'reply': [pat]}, {'task': D(lines_ok, merchant)}]}


def decline(lang, pat, kind='order_delivery'):
    return {'reply': [pat], 'anyOf': [{'noTask': True}, {'task': {'kind': kind, 'status': ['needs_info', 'cancelled', 'failed']}}]}

# ---------------------------------------------------------------- multi, zh (u_xiaoming)
M('mz-luckin-split-ice', 'zh', 'order_food', '瑞幸生椰拿铁来3杯送到家，两杯少冰一杯热的，都要大杯',
  {'task': D(ALL(L('生椰拿铁', qty=2, size='large', ice='less'), L('生椰拿铁', qty=1, size='large', ice='hot')), '瑞幸', XM_HOME)})
M('mz-mixue-two-items', 'zh', 'order_food', '蜜雪冰城 柠檬水x2 去冰无糖；珍珠奶茶x1 大杯加椰果 送家',
  {'task': D(ALL(L('冰鲜柠檬水', qty=2, ice='none', sugar='none'), L('珍珠奶茶', qty=1, size='large', topping='coconut_jelly')), '蜜雪', XM_HOME)})
# fact: CoCo Xixi 柠檬养乐多 stock 0, the only CoCo reaching home
M('mz-coco-soldout', 'zh', 'order_food', 'coco的柠檬养乐多两杯少冰送家里',
  {'anyOf': [{'reply': [ZH_STOCK + '|没有|暂无|换']}, {'task': D(L('柠檬养乐多', qty=2, ice='less'), 'CoCo')}]})
M('mz-kfc-budget', 'zh', 'order_food', '肯德基送到家：香辣鸡腿堡套餐2个+葡式蛋挞4个，总共别超过120',
  {'task': D(ALL(L('香辣鸡腿堡', qty=2, combo='meal'), L('葡式蛋挞', qty=4)), '肯德基', XM_HOME, maxTotalFen=12000)})
M('mz-goodme-office-group', 'zh', 'order_food', '给办公室同事点古茗：珍珠奶茶5杯，其中3杯半糖2杯无糖；再来杨梅冰冰2杯大杯',
  {'task': D(ALL(L('珍珠奶茶', qty=3, sugar='half'), L('珍珠奶茶', qty=2, sugar='none'), L('杨梅冰冰', qty=2, size='large')), '古茗', XM_OFFICE)})
# fact: HEYTEA IoT St opens 10:00
M('mz-heytea-preorder-noon', 'zh', 'order_food', '喜茶多肉葡萄两杯少糖，中午12点送到公司',
  {'task': D(L('多肉葡萄', qty=2, sugar='less'), '喜茶', XM_OFFICE, scheduledFor='^2026-11-26T04:00')})
M('mz-heytea-too-early', 'zh', 'order_food', '喜茶芝芝莓莓一杯，九点半之前送到公司，急',
  {'reply': ['10[:：]00|10点|十点|' + ZH_CLOSED]})
# fact: Manner closes 19:00
M('mz-manner-after-close', 'zh', 'order_food', '今晚8点Manner拿铁两杯大杯送公司',
  {'reply': ['19[:：]00|19点|7点|七点|' + ZH_CLOSED]})
M('mz-lanzhou-two-bowls', 'zh', 'order_food', '兰州拉面两碗牛肉面送公司，一碗大宽特辣加牛肉，一碗细面不辣加蛋',
  {'task': D(ALL(L('牛肉面', qty=1, noodle='wide', spice='hot', add_on='beef'), L('牛肉面', qty=1, noodle='thin', spice='none', add_on='egg')), '兰州', XM_OFFICE)})
# fact: Lao Xiang Ji Dongfang Jun 番茄炒蛋饭 stock 3
M('mz-laoxiangji-stock', 'zh', 'order_food', '老乡鸡番茄炒蛋饭来5份送公司，都加饭',
  stock('zh', L('番茄炒蛋饭', qty=5, rice='extra'), '老乡鸡'))
# fact: Good Me IoT St 椰椰奶冻 stock 2
M('mz-goodme-stock', 'zh', 'order_food', '古茗椰椰奶冻要4杯，送到公司，少冰',
  stock('zh', L('椰椰奶冻', qty=4, ice='less'), '古茗'))
M('mz-yuanji-cooking-split', 'zh', 'order_food', '袁记云饺 鲜肉水饺3份 2份煎的1份水煮 都要18只的 送家',
  {'task': D(ALL(L('鲜肉水饺', qty=2, portion='eighteen', cooking='pan_fried'), L('鲜肉水饺', qty=1, portion='eighteen', cooking='boiled')), '袁记', XM_HOME)})
M('mz-xijiade-three', 'zh', 'order_food', '喜家德：虾仁三鲜水饺一份18只，牛肉水饺一份12只要煎的，再加个拍黄瓜，送到家',
  {'task': D(ALL(L('虾仁三鲜水饺', qty=1, portion='eighteen'), L('牛肉水饺', qty=1, portion='twelve', cooking='pan_fried'), L('拍黄瓜', qty=1)), '喜家德', XM_HOME)})
M('mz-yoshinoya-per-item-cap', 'zh', 'order_food', '吉野家，三份饭，每份不超过27块，都要微辣，送到家',
  {'anyOf': [{'task': D(L(qty=r'\d', spice='mild'), '吉野家', XM_HOME, maxUnitFen=2700)}, {'reply': [ZH_Q]}]})
# fact: every florist reaching home has a minimum of ¥59 or more
M('mz-flowers-budget-impossible', 'zh', 'order_flowers', '买束花送家里，预算50块以内，包邮那种',
  decline('zh', '预算|起送|最低|超|不够|50'))
M('mz-yixintang-three', 'zh', 'order_medicine', '一心堂买布洛芬缓释胶囊2盒、电子体温计1个、医用酒精1瓶，送到家',
  {'task': D(ALL(L('[^"]*布洛芬[^"]*', qty=2), L('[^"]*体温计', qty=1), L('[^"]*酒精[^"]*', qty=1)), '一心堂', XM_HOME)})
M('mz-guoduomei-weights', 'zh', 'order_fruit', '果多美：巨峰葡萄1kg的两份，香蕉要500g一份，到家',
  {'task': D(ALL(L('巨峰葡萄', qty=2, weight='one_kg'), L('香蕉', qty=1, weight='half_kg')), '果多美', XM_HOME)})
M('mz-baoshifu-afternoon', 'zh', 'order_food', '鲍师傅海苔肉松小贝2盒+蛋黄酥1盒，下午3点送到家',
  {'task': D(ALL(L('海苔肉松小贝', qty=2), L('蛋黄酥', qty=1)), '鲍师傅', XM_HOME, scheduledFor='^2026-11-26T07:00')})
M('mz-bianlifeng-three', 'zh', 'order_convenience', '便利蜂：关东煮两份中辣，冰镇农夫山泉3瓶，肉松饭团1个，送家',
  {'task': D(ALL(L('关东煮[^"]*', qty=2, spice='medium'), L('农夫山泉[^"]*', qty=3, temperature='chilled'), L('饭团[^"]*', qty=1)), '便利蜂', XM_HOME)})
# fact: CHAGEE Xixi opens 10:00
M('mz-chagee-preorder-split', 'zh', 'order_food', '霸王茶姬伯牙绝弦3杯，2杯少糖去冰，1杯热的，十点半送到家',
  {'task': D(ALL(L('伯牙绝弦', qty=2, sugar='less', ice='none'), L('伯牙绝弦', qty=1, ice='hot')), '霸王茶姬', XM_HOME, scheduledFor='^2026-11-26T02:30')})
# fact: Micun opens 10:00
M('mz-micun-preorder', 'zh', 'order_food', '米村拌饭 石锅拌饭两份 加饭 中辣，再来一份大酱汤，11:45送到家',
  {'task': D(ALL(L('石锅拌饭', qty=2, rice='extra', spice='medium'), L('大酱汤', qty=1)), '米村', XM_HOME, scheduledFor='^2026-11-26T03:45')})
# fact: Xin Bai Lu min ¥40, Dongpo pork ¥32
M('mz-xinbailu-minimum', 'zh', 'order_food', '新白鹿的东坡肉一份，中午12点送家里',
  {'anyOf': [{'reply': [ZH_MIN]}, {'reply': [ZH_Q], 'noTask': True}]})
M('mz-followup-qty-keep', 'zh', 'order_food', ['瑞幸拿铁2杯 大杯 燕麦奶 送公司', '改成3杯吧，别的不变'],
  {'task': D(L('拿铁', qty=3, size='large', milk='oat'), '瑞幸', XM_OFFICE)})
M('mz-followup-address', 'zh', 'order_food', ['麦当劳巨无霸套餐2个送家', '算了，送到公司吧'],
  {'task': D(L('巨无霸', qty=2, combo='meal'), '麦当劳', XM_OFFICE)})
M('mz-followup-remove', 'zh', 'order_food', ['沙县：拌面2份微辣，扁肉1份，卤蛋2个，送家', '卤蛋不要了'],
  {'task': D(ALL(L('拌面', qty=2, spice='mild'), L('扁肉', qty=1), no='卤蛋'), '沙县', XM_HOME)})
M('mz-followup-option', 'zh', 'order_food', ['CoCo珍珠奶茶2杯大杯半糖送家', '改成少冰，甜度不变'],
  {'task': D(L('珍珠奶茶', qty=2, size='large', sugar='half', ice='less'), 'CoCo', XM_HOME)})
# fact: last Luckin order: 拿铁 ×1 大杯/少冰/少糖 to the office
M('mz-same-as-last-two', 'zh', 'reorder', '跟上次一样的瑞幸，这次来2杯',
  {'anyOf': [{'task': D(L('拿铁', qty=2, size='large', ice='less', sugar='less'), '瑞幸')}, {'reply': [ZH_Q]}]})
# fact: last Lanzhou order: 牛肉面 二细/微辣/加蛋 to the office
M('mz-same-lanzhou-hotter', 'zh', 'reorder', '还是上次那家兰州拉面，一样的面，但这次要特辣，送公司',
  {'task': D(L('牛肉面', qty=1, noodle='second_thin', spice='hot', add_on='egg'), '兰州', XM_OFFICE)})
M('mz-ordinal-menu', 'zh', 'order_food', ['方老大面馆有什么面？', '第二个来两碗，微辣'],
  {'task': D(L(qty=2, spice='mild'), '方老大')})
M('mz-ticket-floor-cap', 'zh', 'buy_tickets', '买周杰伦11月29号的票，2张内场连座，每张不超过900',
  {'task': T('buy_tickets', lines='^(?=(?:.*"name":"内场){2})', maxUnitFen=90000, address='2026-11-29')})
# fact: Jay Chou Upper Stand 0 seats left on both dates
M('mz-ticket-tier-soldout', 'zh', 'buy_tickets', '周杰伦28号那场 看台二层来两张',
  decline('zh', '售罄|没有|无|卖完|已满|不足|没票', 'buy_tickets'))
# fact: 11-28 Premium VIP only 1 left
M('mz-ticket-too-few', 'zh', 'buy_tickets', '28号周杰伦至尊VIP要2张，挨着坐',
  decline('zh', '只剩|仅剩|1张|一张|不足|不够|只有', 'buy_tickets'))
# fact: Mayday cheapest tier ¥380
M('mz-ticket-budget-impossible', 'zh', 'buy_tickets', '五月天12月5号，3张票，每张300以内',
  decline('zh', '380|最便宜|预算|超|没有', 'buy_tickets'))
M('mz-ticket-then-ride', 'zh', 'buy_tickets', ['买两张德云社11月29号乙等的票', '/confirm', '那天晚上6点半从家打车去杭州剧院'],
  {'task': T('ride_hail', address='杭州剧院', scheduledFor='^2026-11-29T10:30'),
   'anyOf': [{'task': T('buy_tickets', status=PAID, lines='^(?=(?:.*"name":"乙等){2})')}]})
M('mz-ride-premier-tomorrow', 'zh', 'ride', '明早8点从家到杭州东站，叫个专车',
  {'task': T('ride_hail', merchant='专车|Premier', address='杭州东站', scheduledFor='^2026-11-27T00:00')})
M('mz-ride-seven-people', 'zh', 'ride', '我们7个人从公司去奥体中心，叫一辆车就行',
  {'reply': ['6|六|坐不下|两辆|2辆|超']})
M('mz-ride-followup-xl', 'zh', 'ride', ['打车从公司回家', '换成六座的'],
  {'task': T('ride_hail', merchant='六座|XL', address='西溪诚园|家')})
M('mz-transfer-note', 'zh', 'transfer', '给李华转520，备注生日快乐🎂',
  {'task': T('payment', merchant='李华|Li Hua', totalFen=52000)})
# corrected after the run: each user also has a linked debit card (pay_payment_methods), so an amount over
# the wallet can be paid; a card for the full amount that says the wallet is short is right too
M('mz-transfer-over-wallet', 'zh', 'transfer', '转5000块给Bob，今天就要',
  {'anyOf': [decline('zh', '余额|不足|不够|2000|超', 'payment'),
             {'task': T('payment', merchant='Bob', totalFen=500000), 'reply': ['余额|不足|不够|2000|超|银行卡']}]})
M('mz-transfer-unknown', 'zh', 'transfer', '给王建国转200块 饭钱',
  decline('zh', '找不到|没有|联系人|谁|不认识|哪位|王建国', 'payment'))
M('mz-mixed-americano', 'zh', 'order_food', '帮我order两杯iced americano from 瑞幸, large, no sugar, 送office',
  {'task': D(ALL(L('[^"]*美式[^"]*', qty=2, size='large', sugar='none'), no='"ice":"hot"|"temperature":"hot"'), '瑞幸', XM_OFFICE)})
M('mz-fastfood-exclude-budget', 'zh', 'order_food', '来份快餐送公司，不要肯德基也不要麦当劳，40块以内',
  {'anyOf': [{'task': D(merchant='^(?!.*(?:肯德基|麦当劳|KFC|McDonald)).+', address=XM_OFFICE, maxTotalFen=4000)}, {'reply': [ZH_Q], 'noTask': True}]})
M('mz-flowers-card-tomorrow', 'zh', 'order_flowers', '给我妈订一束康乃馨，豪华礼盒，再加张手写贺卡，明天上午10点送到家',
  {'task': D(L('康乃馨[^"]*', qty=1, wrapping='deluxe', card='handwritten'), address=XM_HOME, scheduledFor='^2026-11-27T02:00')})
M('mz-hema-evening', 'zh', 'order_groceries', '盒马送公司：澳洲牛排两份，西兰花两个，土鸡蛋一盒，下午5点到',
  {'task': D(ALL(L('澳洲牛排[^"]*', qty=2), L('西兰花', qty=2), L('土鸡蛋[^"]*', qty=1)), '盒马', XM_OFFICE, scheduledFor='^2026-11-26T09:00')})
M('mz-85c-two', 'zh', 'order_food', '85度C 蛋挞6个 海盐咖啡两杯大杯少冰 送公司',
  {'task': D(ALL(L('葡式蛋挞', qty=6), L('海盐咖啡', qty=2, size='large', ice='less')), '85', XM_OFFICE)})
M('mz-goodme-topping-3way', 'zh', 'order_food', '古茗珍珠奶茶6杯送公司：2杯加椰果、2杯加芋圆、2杯不加料，全部少糖',
  {'task': D(ALL(L('珍珠奶茶', qty=2, topping='coconut_jelly', sugar='less'), L('珍珠奶茶', qty=2, topping='taro_balls', sugar='less'), L('珍珠奶茶', qty=2, topping='none', sugar='less')), '古茗', XM_OFFICE)})
# fact: Sushi Express opens 10:00
M('mz-sushi-too-early', 'zh', 'order_food', '争鲜 加州卷两份 9点半前送到公司',
  {'reply': ['10[:：]00|10点|十点|' + ZH_CLOSED]})
M('mz-laoxiangji-mixed-stock', 'zh', 'order_food', '老乡鸡：香菇滑鸡饭2份少饭，番茄炒蛋饭4份，送公司',
  stock('zh', ALL(L('香菇滑鸡饭', qty=2, rice='less'), L('番茄炒蛋饭', qty=4)), '老乡鸡'))
M('mz-followup-add-keep', 'zh', 'order_food', ['瑞幸生椰拿铁2杯大杯少冰，拿铁1杯热的燕麦奶，送家', '生椰拿铁再加一杯'],
  {'task': D(ALL(L('生椰拿铁', qty=3, size='large', ice='less'), L('拿铁', qty=1, ice='hot', milk='oat')), '瑞幸', XM_HOME)})
M('mz-pupu-budget', 'zh', 'order_groceries', '朴朴买菜：三文鱼切片1份、牛腱子1份、小番茄2盒，总价控制在150以内，送家',
  {'task': D(ALL(L('三文鱼[^"]*', qty=1), L('牛腱子[^"]*', qty=1), L('小番茄[^"]*', qty=2)), '朴朴', XM_HOME, maxTotalFen=15000)})
# fact: Guoduomei Xixi is nearest; Xianfeng Jiangcun has 青提 and 丑橘 with 1kg
M('mz-fruit-exclude-shop', 'zh', 'order_fruit', '到家送点水果，葡萄和橘子各1kg，别从果多美买',
  {'anyOf': [{'task': D(ALL(L('[^"]*(?:葡萄|提)[^"]*', weight='one_kg'), L('[^"]*(?:橘|柑|橙)[^"]*', weight='one_kg')), '^(?!.*果多美).+', XM_HOME)}, {'reply': [ZH_Q], 'notReply': '果多美.*确认'}]})
M('mz-ride-express-saturday', 'zh', 'ride', '后天下午两点从公司打快车去杭州西站',
  {'task': T('ride_hail', merchant='快车|Express', address='杭州西站', scheduledFor='^2026-11-28T06:00')})
M('mz-movie-then-ride', 'zh', 'buy_tickets', ['订两张哪吒11月28号晚上7点那场，黄金区', '/confirm', '开场前40分钟从家叫车过去'],
  {'task': T('ride_hail', address='卢米埃|影城', scheduledFor='^2026-11-28T10:20'),
   'anyOf': [{'task': T('buy_tickets', status=PAID, lines='^(?=(?:.*"name":"黄金区){2})')}]})
# fact: the Lanzhou order (11-21) is far past the 24h claim window
M('mz-claim-out-of-window', 'zh', 'claim', '上周兰州拉面那单少送了一个蛋，我要赔偿',
  decline('zh', '超过|已过|过了|时效|24|期限|时限', 'after_sale'))
M('mz-tastien-per-person', 'zh', 'order_food', '公司8个人，每人一份塔斯汀香辣鸡腿中国汉堡套餐，另外加4份薯条',
  {'task': D(ALL(L('香辣鸡腿中国汉堡', qty=8, combo='meal'), L('薯条', qty=4)), '塔斯汀', XM_OFFICE)})
M('mz-langlang-cheapest-three', 'zh', 'buy_tickets', '郎朗独奏会最便宜的票买3张，要挨着坐',
  {'task': T('buy_tickets', lines='^(?=(?:.*"name":"丁等){3})', totalFen=84000)})
M('mz-transfer-followup-amount', 'zh', 'transfer', ['给李华转100', '不对，是150，备注饭钱'],
  {'task': T('payment', merchant='李华|Li Hua', totalFen=15000)})
M('mz-ride-followup-dest', 'zh', 'ride', ['下午3点从公司打车回家', '目的地改成杭州西站，时间不变'],
  {'task': T('ride_hail', address='杭州西站', scheduledFor='^2026-11-26T07:00')})
M('mz-wumart-exclude-brand-multi', 'zh', 'order_groceries', '物美：一箱牛奶不要伊利，鸡蛋30枚一盒，西红柿2斤，送家',
  {'anyOf': [{'task': D(ALL(L('[^"]*牛奶[^"]*', qty=1), L('[^"]*鸡蛋[^"]*', qty=1), L('西红柿[^"]*', qty=2), no='伊利'), '物美', XM_HOME)}, {'reply': [ZH_Q]}]})
M('mz-songcheng-no-session', 'zh', 'buy_tickets', '明晚宋城千古情，两张甲等',
  decline('zh', '没有|无|28|29|不演|场次', 'buy_tickets'))

# ---------------------------------------------------------------- multi, en (u_alice)
M('me-tims-split-milk', 'en', 'order_food', '3 lattes from Tims to home: 2 hot with oat milk, 1 iced with skim, all large',
  {'task': D(ALL(L(en='Latte', qty=2, size='large', ice='hot', milk='oat'), L(en='Latte', qty=1, size='large', milk='skim')), 'Tims', AL_HOME)})
M('me-mcd-home-three', 'en', 'order_food', "McDonald's to my place - 2 Big Mac meals, 1 McFlurry Oreo, 2 cokes chilled",
  {'task': D(ALL(L(en='Big Mac', qty=2, combo='meal'), L(en='McFlurry[^"]*', qty=1), L(en='Coca-Cola[^"]*', qty=2, temperature='chilled')), 'McDonald', AL_HOME)})
M('me-coco-office-group', 'en', 'order_food', 'team order to the office from CoCo: 4 bubble milk teas half sugar, 3 taro milk teas no ice, 2 large mango yakult',
  {'task': D(ALL(L(en='Bubble Milk Tea', qty=4, sugar='half'), L(en='Fresh Taro Milk Tea', qty=3, ice='none'), L(en='Mango Yakult', qty=2, size='large')), 'CoCo', AL_OFFICE)})
# fact: Real Kungfu Huaxing 台式卤肉饭 stock 2
M('me-kungfu-stock', 'en', 'order_food', 'Real Kungfu, 4 Taiwanese braised pork rice to the office, extra rice on all',
  stock('en', L(en='Taiwanese Braised Pork Rice', qty=4, rice='extra'), 'Kungfu|真功夫'))
# fact: Manner Cuiyuan Oat Latte stock 2
M('me-manner-oat-stock', 'en', 'order_food', '5 large oat lattes from Manner to work pls',
  stock('en', L(en='Oat Latte', qty=5, size='large'), 'Manner'))
# fact: Starbucks ZJU Flat White stock 2
M('me-starbucks-flatwhite-stock', 'en', 'order_food', '3 flat whites with oat milk from Starbucks, office',
  stock('en', L(en='Flat White', qty=3, milk='oat'), 'Starbucks'))
# fact: Xin Bai Lu opens 10:30, min ¥40
M('me-xinbailu-preorder', 'en', 'order_food', 'Xin Bai Lu to the office at 12:15 today: dongpo pork, west lake vinegar fish and 2 steamed rice',
  {'task': D(ALL(L(en='Dongpo Pork', qty=1), L(en='West Lake Vinegar Fish', qty=1), L(en='Steamed Rice', qty=2)), 'Xin Bai Lu', AL_OFFICE, scheduledFor='^2026-11-26T04:15')})
M('me-xinbailu-too-early', 'en', 'order_food', 'sweet and sour pork + crab roe tofu from Xin Bai Lu, need it at the office by 10am',
  {'reply': ['10:30|' + EN_CLOSED]})
# fact: Long Ago min ¥50, lamb skewers ¥48
M('me-longago-minimum', 'en', 'order_food', 'one lamb skewers (10) medium spicy from Long Ago for 7pm at the office',
  {'anyOf': [{'reply': [EN_MIN]}, {'reply': [EN_Q], 'noTask': True}]})
M('me-longago-evening', 'en', 'order_food', 'Long Ago Lamb Skewers for tonight 7pm to the office: 2 lamb skewers extra hot, 1 grilled eggplant mild, 4 chilled Tsingtao',
  {'task': D(ALL(L(en='Lamb Skewers[^"]*', qty=2, spice='hot'), L(en='Grilled Eggplant', qty=1, spice='mild'), L(en='Tsingtao[^"]*', qty=4, temperature='chilled')), 'Long Ago', AL_OFFICE, scheduledFor='^2026-11-26T11:00')})
M('me-heytea-preorder', 'en', 'order_food', 'HEYTEA at 10:30 to the office: 2 very grape cheezo less sugar, 1 large cheezo mango no ice',
  {'task': D(ALL(L(en='Very Grape Cheezo', qty=2, sugar='less'), L(en='Cheezo Mango', qty=1, size='large', ice='none')), 'HEYTEA', AL_OFFICE, scheduledFor='^2026-11-26T02:30')})
M('me-beast-budget-preorder', 'en', 'order_flowers', 'THE BEAST hydrangea bouquet in the deluxe gift box, deliver to the office at 2pm, budget 350',
  {'task': D(L(en='Hydrangea Bouquet', qty=1, wrapping='deluxe'), 'BEAST|野兽派', AL_OFFICE, scheduledFor='^2026-11-26T06:00', maxTotalFen=35000)})
# fact: THE BEAST cheapest item ¥299, min order ¥199
M('me-beast-impossible', 'en', 'order_flowers', 'anything from THE BEAST under 200 yuan to the office?',
  decline('en', r'299|cheapest|budget|over|exceed|nothing|minimum|no '))
M('me-huali-card-tomorrow', 'en', 'order_flowers', 'Huali: pink roses, the 11-stem one, with a handwritten card, tomorrow 6pm to home',
  {'task': D(L(en='Pink Rose Bouquet[^"]*', qty=1, card='handwritten'), 'Huali', AL_HOME, scheduledFor='^2026-11-27T10:00')})
M('me-neptunus-three', 'en', 'order_medicine', 'Neptunus to home: 2 boxes ibuprofen tablets, 1 pack surgical masks, 1 covid test',
  {'task': D(ALL(L(en='Ibuprofen Tablets', qty=2), L(en='Surgical Masks[^"]*', qty=1), L(en='COVID Antigen Test', qty=1)), 'Neptunus', AL_HOME)})
M('me-pharmacy-exclude', 'en', 'order_medicine', 'need cold granules and band-aids delivered home, but not from Neptunus',
  {'anyOf': [{'task': D(ALL(L(en='[^"]*Cold Granules[^"]*'), L(en='[^"]*Band-Aids[^"]*')), '^(?!.*(?:Neptunus|海王星辰)).+', AL_HOME)}, {'reply': [EN_Q]}]})
M('me-pagoda-weights', 'en', 'order_fruit', 'Pagoda: 1kg of shine muscat, 2 boxes of chilean cherries, 1 blueberries, to home',
  {'task': D(ALL(L(en='Shine Muscat Grapes', qty=1, weight='one_kg'), L(en='Chilean Cherries[^"]*', qty=2), L(en='Blueberries[^"]*', qty=1)), 'Pagoda', AL_HOME)})
M('me-fruit-budget-exclude', 'en', 'order_fruit', 'fruit to home under 60 bucks - mangoes and kiwis, no durian pls',
  {'task': D(ALL(L(en='[^"]*Mango[^"]*'), L(en='Kiwi[^"]*'), no='Durian'), address=AL_HOME, maxTotalFen=6000)})
M('me-holiland-cake-tomorrow', 'en', 'order_food', 'Holiland black swan cake, 8 inch, for tomorrow 7pm at home, plus 4 cream puffs',
  {'task': D(ALL(L(en='Black Swan Cake', qty=1, size='eight_inch'), L(en='Cream Puff', qty=4)), 'Holiland', AL_HOME, scheduledFor='^2026-11-27T11:00')})
# fact: Holiland 8-inch cakes are ¥258 and ¥358
M('me-holiland-budget-impossible', 'en', 'order_food', 'birthday cake from Holiland, 8 inch, under 200 total',
  decline('en', r'258|budget|over|exceed|cheapest|more than|above'))
M('me-kfc-budget', 'en', 'order_food', 'KFC to home: 2 zinger meals + 3 egg tarts, keep it under 120',
  {'task': D(ALL(L(en='Zinger Burger', qty=2, combo='meal'), L(en='Portuguese Egg Tart', qty=3)), 'KFC', AL_HOME, maxTotalFen=12000)})
M('me-meetnoodles-options', 'en', 'order_food', 'Meet Noodles: 2 chongqing noodles, one extra hot with egg, one not spicy with beef, plus wontons in chili oil, mild',
  {'task': D(ALL(L(en='Chongqing Noodles', qty=1, spice='hot', add_on='egg'), L(en='Chongqing Noodles', qty=1, spice='none', add_on='beef'), L(en='Wontons in Chili Oil', qty=1, spice='mild')), 'Meet Noodles', AL_HOME)})
M('me-hefu-home', 'en', 'order_food', 'hefu noodles to home - tomato beef brisket noodles x2 mild with egg, 1 scallion oil noodles, 2 sour plum drinks',
  {'task': D(ALL(L(en='Tomato Beef Brisket Noodles', qty=2, spice='mild', add_on='egg'), L(en='Scallion Oil Noodles', qty=1), L(en='Sour Plum Drink', qty=2)), 'Hefu', AL_HOME)})
M('me-familymart-three', 'en', 'order_convenience', 'FamilyMart to my place: 2 tuna onigiri, 3 chilled cokes, 1 umbrella',
  {'task': D(ALL(L(en='Tuna Onigiri', qty=2), L(en='Coca-Cola[^"]*', qty=3, temperature='chilled'), L(en='Umbrella', qty=1)), 'FamilyMart', AL_HOME)})
M('me-711-office', 'en', 'order_convenience', '7-Eleven to the office: 4 oden medium spicy, 6 chilled sprites, 2 puddings',
  {'task': D(ALL(L(en='Oden', qty=4, spice='medium'), L(en='Sprite[^"]*', qty=6, temperature='chilled'), L(en='Pudding', qty=2)), '7-Eleven', AL_OFFICE)})
M('me-followup-qty-keep', 'en', 'order_food', ['2 cheese lattes from Luckin to the office, large, less sugar', 'make it 4 but keep everything else'],
  {'task': D(L(en='Cheese Latte', qty=4, size='large', sugar='less'), 'Luckin', AL_OFFICE)})
M('me-followup-remove', 'en', 'order_food', ['Tastien to the office: 2 Peking duck burgers as meals, 1 juicy chicken cutlet mild, 2 iced lemon teas', 'drop the lemon teas'],
  {'task': D(ALL(L(en='Peking Duck Chinese Burger', qty=2, combo='meal'), L(en='Juicy Chicken Cutlet', qty=1, spice='mild'), no='Lemon Tea'), 'Tastien', AL_OFFICE)})
M('me-followup-address', 'en', 'order_food', ['Yoshinoya beef bowl x2 with extra rice to the office', 'actually send it home instead'],
  {'task': D(L(en='Signature Beef Bowl', qty=2, rice='extra'), 'Yoshinoya', AL_HOME)})
M('me-followup-swap', 'en', 'order_food', ['Shaxian at the office: 2 peanut sauce noodles mild, 1 wonton soup', 'swap the wonton soup for a pork rib stew pot'],
  {'task': D(ALL(L(en='Peanut Sauce Noodles', qty=2, spice='mild'), L(en='Pork Rib Stew Pot', qty=1), no='Shaxian Wonton Soup'), 'Shaxian', AL_OFFICE)})
# fact: last Starbucks order: Caffè Latte large oat to the office
M('me-same-starbucks-hot', 'en', 'reorder', 'same Starbucks order as yesterday but make it two, and hot',
  {'task': D(L(en='Caff[^"]*Latte', qty=2, size='large', milk='oat', ice='hot'), 'Starbucks', AL_OFFICE)})
# fact: last McDonald's order: Big Mac meal to home
M('me-same-mcd-single', 'en', 'reorder', 'reorder my last McDonald\'s but no meal this time, just the burger, 3 of them',
  {'task': D(L(en='Big Mac', qty=3, combo='single'), 'McDonald', AL_HOME)})
M('me-ordinal-flowers', 'en', 'order_flowers', ['what bouquets does Aishang have', 'the third one, with a handwritten card, to the office'],
  {'task': D(L(qty=1, card='handwritten'), 'Aishang', AL_OFFICE)})
M('me-ticket-eason-cap', 'en', 'buy_tickets', '2 Eason tickets Dec 13, lower stand, seats together, max 600 each',
  {'task': T('buy_tickets', lines='^(?=(?:.*"name":"看台一层){2})', maxUnitFen=60000, address='2026-12-13')})
M('me-ticket-phantom-matinee', 'en', 'buy_tickets', '4 tickets to Phantom, the Dec 5 afternoon show, standard tier, under 700 each',
  {'task': T('buy_tickets', lines='^(?=(?:.*"name":"乙等){4})', maxUnitFen=70000, address='2026-12-05 14:00')})
# fact: Omnipotent 11-27 Back row only 4 left
M('me-ticket-too-few', 'en', 'buy_tickets', '5 back-row tickets for Omnipotent Youth Society on the 27th',
  decline('en', r'only|left|4|four|not enough|remaining', 'buy_tickets'))
# fact: Teahouse has no session on 11-28
M('me-ticket-no-session', 'en', 'buy_tickets', 'Teahouse tickets for Nov 28, 2 premium',
  decline('en', r'no (?:show|session|performance)|not on|27|29|isn.?t|doesn.?t', 'buy_tickets'))
# corrected after the run: "a car ... an hour before it starts" also reads as arriving an hour before (pick-up 17:30-18:00 local)
M('me-ticket-then-ride', 'en', 'buy_tickets', ['2 Mayday floor tickets for Dec 6', '/confirm', 'and get me a car from home to the venue an hour before it starts'],
  {'task': T('ride_hail', address='奥体|Olympic', scheduledFor='^2026-12-06T(?:09:[3-5]\\d|10:00)'),
   'anyOf': [{'task': T('buy_tickets', status=PAID, lines='^(?=(?:.*"name":"内场){2})')}]})
M('me-standup-then-premier', 'en', 'buy_tickets', ['3 front-row tickets for the stand-up comedy tomorrow night', '/confirm', 'book a Premier car from the office at 7:15pm tomorrow to the show'],
  {'task': T('ride_hail', merchant='专车|Premier', address='蜂巢|Hive', scheduledFor='^2026-11-27T11:15'),
   'anyOf': [{'task': T('buy_tickets', status=PAID, lines='^(?=(?:.*"name":"前排){3})')}]})
M('me-ride-xl-airport', 'en', 'ride', 'need an XL from home to the airport tomorrow 6am, 5 of us with luggage',
  {'task': T('ride_hail', merchant='XL|六座', address='机场', scheduledFor='^2026-11-26T22:00')})
M('me-ride-eight', 'en', 'ride', 'car for 8 people from the office to West Lake Cultural Square, now',
  {'reply': [r'6|six|two cars|2 cars|seats|fit']})
M('me-ride-followup-time', 'en', 'ride', ['book a ride from home to Hangzhou East Station at 4pm', 'push it to 5pm, same everything else'],
  {'task': T('ride_hail', address='杭州东站', scheduledFor='^2026-11-26T09:00')})
M('me-transfer-note', 'en', 'transfer', "send Bob 88.8 with a note 'lunch'",
  {'task': T('payment', merchant='Bob', totalFen=8880)})
# corrected after the run: a linked debit card can fund an amount over the wallet (see mz-transfer-over-wallet)
M('me-transfer-over', 'en', 'transfer', 'transfer 2500 to Li Hua right now, note: rent',
  {'anyOf': [decline('en', r'balance|insufficient|not enough|2,?000|exceed', 'payment'),
             {'task': T('payment', merchant='Li Hua|李华', totalFen=250000), 'reply': [r'balance|insufficient|not enough|2,?000|exceed|card']}]})
M('me-transfer-negative', 'en', 'transfer', 'send xiaoming -50 for the taxi, today',
  decline('en', r'positive|negative|valid|amount|can.?t|cannot|\?', 'payment'))
M('me-transfer-followup', 'en', 'transfer', ['send 100 to Xiaoming', 'actually make that 120'],
  {'task': T('payment', merchant='小明|Xiaoming', totalFen=12000)})
# fact: Starbucks order 11-25 09:49 is inside the 24h claim window
M('me-claim-in-window', 'en', 'claim', 'my starbucks latte yesterday showed up spilled, like half gone - claim a refund',
  {'task': T('after_sale', merchant='Starbucks')})
M('me-claim-out-window', 'en', 'claim', 'the bananas from Pagoda last weekend were rotten, I want compensation',
  decline('en', r'window|expired|too late|past|24|deadline|no longer', 'after_sale'))
M('me-mixed-coconut', 'en', 'order_food', 'order 两杯 生椰拿铁 from Luckin to the office, 大杯, 少冰',
  {'task': D(L(en='Coconut Latte', qty=2, size='large', ice='less'), 'Luckin', AL_OFFICE)})
M('me-mixed-kfc', 'en', 'order_food', 'KFC 外送 to home: 老北京鸡肉卷 x2 微辣 and 土豆泥 x1',
  {'task': D(ALL(L(en='Old Beijing Chicken Wrap', qty=2, spice='mild'), L(en='Mashed Potato', qty=1)), 'KFC', AL_HOME)})
M('me-coco-topping-split', 'en', 'order_food', '6 bubble milk teas from CoCo to the office: half with pearls, half with coconut jelly, all less ice',
  {'task': D(ALL(L(en='Bubble Milk Tea', qty=3, topping='pearls', ice='less'), L(en='Bubble Milk Tea', qty=3, topping='coconut_jelly', ice='less')), 'CoCo', AL_OFFICE)})
M('me-coffee-exclude-brands', 'en', 'order_food', 'coffee for the office, 3 americanos, anything but Starbucks or Luckin',
  {'anyOf': [{'task': D(L(en='[^"]*Americano[^"]*', qty=3), '^(?!.*(?:Starbucks|Luckin|星巴克|瑞幸)).+', AL_OFFICE)}, {'reply': [EN_Q], 'noTask': True}]})
M('me-lunch-exclude-kinds', 'en', 'order_food', 'lunch to the office for me and 2 coworkers, 3 portions, no noodles and no dumplings, under 30 each',
  {'anyOf': [{'task': D(L(qty=r'\d'), '^(?!.*(?:Noodle|Dumpling|面|饺)).+', AL_OFFICE, maxUnitFen=3000)}, {'reply': [EN_Q]}]})
M('me-bucket-budget-impossible', 'en', 'order_food', '10 KFC family buckets to the office, under 500 total',
  decline('en', r'budget|over|exceed|1,?090|more than|above|109'))
M('me-manner-after-close', 'en', 'order_food', 'Manner latte to the office at 8pm tonight, large oat',
  {'reply': ['19:00|7 ?pm|' + EN_CLOSED]})
M('me-tims-tomorrow-morning', 'en', 'order_food', 'tomorrow 8am, Tims to home: 2 large hot americanos and 2 ham & cheese bagels',
  {'task': D(ALL(L(en='Americano', qty=2, size='large', ice='hot'), L(en='Ham & Cheese Bagel', qty=2)), 'Tims', AL_HOME, scheduledFor='^2026-11-27T00:00')})
M('me-lianhua-office', 'en', 'order_groceries', 'Lianhua to the office: 2 cases of Wahaha water, 1 case of coke, 3 bags of greens',
  {'task': D(ALL(L(en='Wahaha[^"]*', qty=2), L(en='Coca-Cola[^"]*', qty=1), L(en='Green Vegetables[^"]*', qty=3)), 'Lianhua', AL_OFFICE)})
M('me-xijiade-cooking-split', 'en', 'order_food', 'Xijiade to the office: 3 portions of shrimp dumplings, 18 pcs each - 2 pan-fried, 1 boiled',
  {'task': D(ALL(L(en='Shrimp Three-delicacy Dumplings', qty=2, portion='eighteen', cooking='pan_fried'), L(en='Shrimp Three-delicacy Dumplings', qty=1, portion='eighteen', cooking='boiled')), 'Xijiade', AL_OFFICE)})
M('me-kungfu-options', 'en', 'order_food', 'Real Kungfu office: 2 pork ribs rice with extra rice and soy milk, 1 mushroom chicken rice, less rice, sprite',
  {'task': D(ALL(L(en='Steamed Pork Ribs Rice', qty=2, rice='extra', drink='soy_milk'), L(en='Mushroom Chicken Rice', qty=1, rice='less', drink='sprite')), 'Kungfu|真功夫', AL_OFFICE)})
M('me-songcheng-total-cap', 'en', 'buy_tickets', 'Songcheng show Saturday 7pm, 3 VIP seats, total under 1500',
  {'task': T('buy_tickets', lines='^(?=(?:.*"name":"贵宾席){3})', maxTotalFen=150000, address='2026-11-28 19:00')})
M('me-joker-upper-cap', 'en', 'buy_tickets', 'Joker Xue Dec 11, 4 upper stand seats together, nothing over 400 a ticket',
  {'task': T('buy_tickets', lines='^(?=(?:.*"name":"看台二层){4})', maxUnitFen=40000, address='2026-12-11')})

# ---------------------------------------------------------------- simple, zh
S('sz-coffee-emoji', 'zh', 'order_food', '咖啡续命☕️ 瑞幸来杯拿铁', {'anyOf': [{'task': D(L('拿铁', qty=1), '瑞幸')}, {'reply': [ZH_Q]}]})
S('sz-hungry-noodles', 'zh', 'order_food', '饿死了 随便整碗兰州拉面 送家', {'anyOf': [{'task': D(merchant='兰州', address=XM_HOME)}, {'reply': [ZH_Q]}]})
S('sz-balance', 'zh', 'balance', '钱包里还剩多少钱', {'reply': ['2,?000']})
S('sz-weather-tomorrow', 'zh', 'weather', '明天西湖区下雨不', {'reply': ['多云|不会|不下|15']})
S('sz-last-order', 'zh', 'order_status', '我最近一单到哪了', {'reply': ['送达|已完成|已送|完成']})
S('sz-route', 'zh', 'route', '帮我查下从家到杭州东站怎么走', {'reply': ['公里|km|分钟|地铁|驾车']})
S('sz-transfer-slang', 'zh', 'transfer', '给李华打50块钱', {'task': T('payment', merchant='李华|Li Hua', totalFen=5000)})
S('sz-roses', 'zh', 'order_flowers', '来束玫瑰 送家', {'anyOf': [{'task': D(L('[^"]*玫瑰[^"]*'), address=XM_HOME)}, {'reply': [ZH_Q]}]})
S('sz-headache', 'zh', 'order_medicine', '头疼 送盒布洛芬过来', {'anyOf': [{'task': D(L('[^"]*布洛芬[^"]*'))}, {'reply': [ZH_Q]}]})
# fact: Mixue min ¥8, lemonade ¥4
S('sz-mixue-under-min', 'zh', 'order_food', '蜜雪柠檬水一杯送家', {'anyOf': [{'reply': [ZH_MIN]}, {'task': D(L('冰鲜柠檬水', qty=r'[2-9]'), '蜜雪'), 'reply': [ZH_MIN]}]})
S('sz-ride-plaza', 'zh', 'ride', '叫个车去西湖文化广场', {'task': T('ride_hail', address='西湖文化广场')})
S('sz-weekend-shows', 'zh', 'search_events', '周末有啥演出', {'reply': ['周杰伦|薛之谦|德云社|宋城|万能青年|脱口秀|派对|茶馆']})
S('sz-spend-week', 'zh', 'spending', '这礼拜外卖花了多少', {'reply': ['30']})
# fact: Burger King's only branch is in Qiantang
S('sz-burgerking-out', 'zh', 'order_food', '汉堡王送家', decline('zh', '范围|不送|没有|太远|配送|附近'))
S('sz-baoshifu-two', 'zh', 'order_food', '来俩肉松小贝 鲍师傅的', {'anyOf': [{'task': D(L('[^"]*肉松小贝', qty=2), '鲍师傅')}, {'reply': [ZH_Q]}]})
S('sz-jay-tickets', 'zh', 'search_events', '周杰伦还有票吗', {'reply': ['28|29|内场|VIP|有']})
S('sz-weather-sat', 'zh', 'weather', '宝，帮我看看后天天气咋样', {'reply': ['多云']})
S('sz-ride-office', 'zh', 'ride', '打个车到公司', {'task': T('ride_hail', address='海康威视|公司')})
S('sz-dumplings-vague', 'zh', 'order_food', '想吃饺子了', {'anyOf': [{'task': D(L('[^"]*饺[^"]*'))}, {'reply': [ZH_Q]}]})
S('sz-pinyin-luckin', 'zh', 'order_food', 'ruixing生椰拿铁一杯', {'anyOf': [{'task': D(L('生椰拿铁', qty=1), '瑞幸')}, {'reply': [ZH_Q]}]})
S('sz-24h-pharmacy', 'zh', 'search_shops', '有没有24小时的药店能送', {'reply': ['叮当|海王星辰|24']})
S('sz-recent-orders', 'zh', 'order_history', '最近点过哪些外卖', {'reply': ['瑞幸|兰州|喜茶']})
S('sz-hot-americano', 'zh', 'order_food', '麻烦帮忙订杯热美式 不加糖', {'anyOf': [{'task': D(L('[^"]*美式[^"]*', qty=1, sugar='none'))}, {'reply': [ZH_Q]}]})
S('sz-food-near-office', 'zh', 'search_shops', '公司楼下有啥吃的', {'reply': ['[\u4e00-\u9fff]{2,}（|店|面|饭|麦当劳|老乡鸡|兰州']})
S('sz-where-station', 'zh', 'place', '杭州东站在哪', {'reply': ['上城|天城路|东站|地址|位于|公里']})
S('sz-transfer-alice', 'zh', 'transfer', '转给alice 66块', {'task': T('payment', merchant='Alice', totalFen=6600)})
S('sz-fruit-emoji', 'zh', 'order_fruit', '水果🍎🍌 送到家', {'anyOf': [{'task': D(address=XM_HOME)}, {'reply': [ZH_Q]}]})
S('sz-songcheng-tomorrow', 'zh', 'search_events', '宋城千古情明晚有场吗', {'reply': ['没有|28|29|无']})
S('sz-umbrella-monday', 'zh', 'weather', '下周一要带伞不', {'reply': ['晴|不用|不需要|不会']})
S('sz-cancel-nothing', 'zh', 'cancel', '帮我把刚才那个单取消掉', {'reply': ['没有|找不到|哪|无'], 'noTask': True})

# ---------------------------------------------------------------- simple, en
S('se-caffeine', 'en', 'order_food', 'need caffeine asap, a latte pls', {'anyOf': [{'task': D(L(en='[^"]*Latte'))}, {'reply': [EN_Q]}]})
S('se-balance', 'en', 'balance', 'how much $$ do i have left', {'reply': ['2,?000']})
S('se-rain-tmrw', 'en', 'weather', 'is it gonna rain tmrw', {'reply': [r'overcast|cloud|unlikely|35|no']})
S('se-last-order', 'en', 'order_status', "where's my last order at", {'reply': [r'deliver|arrived|complete']})
S('se-route-home-office', 'en', 'route', 'how do i get from home to the office', {'reply': [r'km|min|metro|drive']})
S('se-transfer-bucks', 'en', 'transfer', 'send li hua 30 bucks', {'task': T('payment', merchant='Li Hua|李华', totalFen=3000)})
S('se-cab-east', 'en', 'ride', 'cab to hangzhou east pls', {'task': T('ride_hail', address='杭州东站')})
S('se-weekend-concerts', 'en', 'search_events', 'any concerts this weekend?', {'reply': [r'Jay Chou|Joker|Omnipotent|Music Party']})
S('se-spend-week', 'en', 'spending', 'what did i spend on delivery this week', {'reply': ['50']})
S('se-mcd-fries', 'en', 'order_food', 'grab me some fries from mcd', {'anyOf': [{'task': D(L(en='French Fries[^"]*'), 'McDonald')}, {'reply': [EN_Q + '|' + EN_MIN]}]})
S('se-boba', 'en', 'order_food', 'gimme bubble tea', {'anyOf': [{'task': D(L(en='[^"]*(?:Milk Tea|Boba)[^"]*'))}, {'reply': [EN_Q]}]})
S('se-painkillers', 'en', 'order_medicine', 'my head is killing me, painkillers to my place', {'anyOf': [{'task': D(L(en='[^"]*(?:Ibuprofen|Paracetamol|Acetaminophen)[^"]*'), address=AL_HOME)}, {'reply': [EN_Q]}]})
S('se-flowers-red', 'en', 'order_flowers', 'flowers for my gf, something red', {'anyOf': [{'task': D(L(en='[^"]*Red Rose[^"]*'))}, {'reply': [EN_Q]}]})
S('se-weather-sat', 'en', 'weather', 'wats the weather like on saturday', {'reply': [r'cloud']})
S('se-burgerking-out', 'en', 'order_food', 'burger king to home', decline('en', r'range|deliver|too far|no |not |nearby|reach'))
S('se-distance-westlake', 'en', 'route', 'how far is west lake from my office', {'reply': [r'km|min|metre|meter']})
S('se-ride-home', 'en', 'ride', 'book me a ride home', {'task': T('ride_hail', address='春江花月|home|家')})
S('se-manner-americano', 'en', 'order_food', 'one iced americano no sugar from Manner', {'anyOf': [{'task': D(L(en='Americano', qty=1, sugar='none'), 'Manner')}, {'reply': [EN_Q]}]})
S('se-recent-orders', 'en', 'order_history', "what've i ordered lately?", {'reply': [r'Starbucks|Pagoda|McDonald']})
S('se-jay-available', 'en', 'search_events', 'jay chou tix still available?', {'reply': [r'28|29|Floor|VIP|left|available']})
S('se-cake-tonight', 'en', 'order_food', 'need a cake for tonight', {'anyOf': [{'task': D(L(en='[^"]*(?:Cake|Mousse|Roll|Tiramisu)[^"]*'))}, {'reply': [EN_Q]}]})
S('se-transfer-bob', 'en', 'transfer', 'send 200 to bob for the concert', {'task': T('payment', merchant='Bob', totalFen=20000)})
S('se-cancel-nothing', 'en', 'cancel', 'cancel my order', {'reply': [r'no |nothing|don.?t|which|not find|no active'], 'noTask': True})
# fact: KFC min ¥20, egg tart ¥8 (2 = ¥16)
S('se-kfc-tarts-min', 'en', 'order_food', 'yo can u get me 2 egg tarts from kfc', {'anyOf': [{'reply': [EN_MIN]}, {'reply': [EN_Q], 'noTask': True}]})
S('se-dumplings', 'en', 'order_food', 'hungry. dumplings?', {'anyOf': [{'task': D(L(en='[^"]*(?:Dumpling|Wonton)[^"]*'))}, {'reply': [EN_Q]}]})
# corrected after the run: a prompt to pick the listed session is a question too (pattern was too narrow)
S('se-teahouse-tomorrow', 'en', 'buy_tickets', 'teahouse play tix for tomorrow, cheapest', {'anyOf': [{'task': T('buy_tickets', lines='"name":"丙等', address='2026-11-27')}, {'reply': [EN_Q + r'|say|pick|choose']}]})
S('se-umbrella-monday', 'en', 'weather', 'will i need an umbrella on monday', {'reply': [r'sun|no|not|clear']})
S('se-24h-pharmacy', 'en', 'search_shops', 'is there a pharmacy open 24h near me', {'reply': [r'Neptunus|Dingdang|24']})
# corrected after the run: no brand was named and Cotti also sells a Coconut Latte (the merchant pattern was too narrow)
S('se-coconut-latte', 'en', 'order_food', 'lemme get a coconut latte', {'anyOf': [{'task': D(L(en='Coconut Latte', qty=1))}, {'reply': [EN_Q]}]})
S('se-last-starbucks', 'en', 'order_history', 'how much was my last starbucks order', {'reply': ['50']})


def write(name, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


ids = [p['id'] for p in multi + simple]
assert len(ids) == len(set(ids)), 'duplicate ids'
if __name__ == '__main__':
    write('multi.jsonl', multi)
    write('simple.jsonl', simple)
    from collections import Counter
    print('multi', len(multi), Counter(p['lang'] for p in multi), 'simple', len(simple), Counter(p['lang'] for p in simple))
