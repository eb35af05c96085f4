/**
 * What people call a Chinese menu item its name does not spell as said: the size mark left off
 * ("百事可乐" for 百事可乐（中）), the "+" of a set left out ("拌面扁肉套餐" for 拌面+扁肉套餐), the dumpling kind left off ("虾仁三鲜" for 虾仁三鲜水饺) or half its filling ("虾仁水饺"), a kind in brackets said first ("肉松饭团" for 饭团（肉松）), a house word or a short mark left off ("番茄牛腩面"
 * for 草本汤番茄牛腩面, "芝士葡萄" for 超A芝士葡萄, "老母鸡汤" for 肥西老母鸡汤). A
 * shortened name is kept only when no other item goes by it ("拿铁（罐装）" is no 拿铁, "圣代（草莓）" no
 * 圣代) and it stays three characters long.
 */
const SIZE_MARK = /[（(](?:大|中|小|大杯|中杯|小杯|大份|中份|小份)[）)]$/u;
/** The Chinese name without the size it is listed in ("可口可乐（中）" → 可口可乐), when it has one. */
export function withoutSizeMark(zh: string): string | undefined {
  return SIZE_MARK.test(zh) ? zh.replace(SIZE_MARK, "") : undefined;
}

const KIND_SUFFIX = /(?:水饺|饺子|云吞|馄饨)$/u;
const PLAIN_MEAT = /^(?:猪肉|鲜肉|牛肉|羊肉|鸡肉|肉馅)$/u;
// A dosage form or a product kind after a brand ("板蓝根颗粒" is asked for as 板蓝根, "特仑苏纯牛奶" as 特仑苏).
const FORM_SUFFIX = /(?:颗粒|胶囊|口服液|冲剂|纯牛奶|花束)$/u;
// A pack or count after a name (" 250ml×12（整箱）", "（11枝）"), not a kind in brackets ("苹果（红富士）").
const PACK = /\s+[\d.]+\s*(?:ml|g|kg|l|L)\b.*$|[（(][\d.]+\s*[\u3400-\u9fff]{1,2}[）)]$/u;
// A thing with its kind in brackets after it ("饭团（肉松）", "三明治（鸡蛋火腿）"), not a count or a size.
const BRACKET_KIND = /^(\p{Script=Han}{2,6})[（(](?![半整大中小])(\p{Script=Han}{2,5})[）)]$/u;
// A house word before the dish ("草本汤番茄牛腩面" is asked for as 番茄牛腩面, "招牌牛肉饭" as 牛肉饭).
const HOUSE_PREFIX = /^(?:招牌|经典|特色|秘制|草本汤|金汤|手工|现烤|鲜榨|精品)/u;

export function menuAliases(items: readonly { id: string; zh: string; en: string }[]) {
  const names = new Map<string, Set<string>>();
  for (const item of items) names.set(item.zh, new Set([...(names.get(item.zh) ?? []), item.zh]));
  const shortened = new Map<string, Set<string>>();
  const aliases: { id: string; zh: string; en: string }[] = [];
  const propose = (item: { id: string; zh: string; en: string }, zh: string, least: number) => {
    if (zh.length < least || zh === item.zh || names.has(zh)) return;
    // Sizes of one thing share its short name ("红玫瑰" of 红玫瑰花束（11枝）and（19枝））.
    const base = item.zh.replace(PACK, "").trim();
    shortened.set(zh, new Set([...(shortened.get(zh) ?? []), base]));
    aliases.push({ id: item.id, zh, en: item.en });
  };
  for (const item of items) {
    // Three characters at least: "可乐" of 可乐（中）is any cola.
    if (SIZE_MARK.test(item.zh)) propose(item, item.zh.replace(SIZE_MARK, ""), 3);
    if (item.zh.includes("+")) propose(item, item.zh.replace(/\+/gu, ""), 3);
    if (KIND_SUFFIX.test(item.zh)) propose(item, item.zh.replace(KIND_SUFFIX, ""), 3);
    // A filling of two ingredients said by its first ("虾仁水饺", "虾仁饺子" for 虾仁三鲜水饺, "韭菜水饺" for
    // 韭菜鸡蛋水饺); a plain meat first ("猪肉" of 猪肉酸菜水饺) is as much the plain dumpling's.
    const filling = /^(\p{Script=Han}{2})\p{Script=Han}{2}(水饺|饺子|云吞|馄饨)$/u.exec(item.zh);
    if (filling && !PLAIN_MEAT.test(filling[1] as string))
      for (const kind of new Set([filling[2], filling[2] === "水饺" ? "饺子" : filling[2]]))
        propose(item, `${filling[1]}${kind}`, 4);
    if (HOUSE_PREFIX.test(item.zh)) propose(item, item.zh.replace(HOUSE_PREFIX, ""), 3);
    const unpacked = item.zh.replace(PACK, "").trim();
    if (FORM_SUFFIX.test(unpacked)) propose(item, unpacked.replace(FORM_SUFFIX, ""), 3);
    // A kind in brackets said first, as people name it ("肉松饭团" for 饭团（肉松）, "红烧牛肉泡面" for
    // 泡面（红烧牛肉）); never a pack, a size or a part ("西瓜（半个）").
    const kind = BRACKET_KIND.exec(item.zh);
    const turned = kind ? `${kind[2]}${kind[1]}` : undefined;
    // Not when another thing is listed under that name with more after it ("红富士苹果（袋装约2kg）").
    if (turned && !items.some((other) => other.zh !== turned && other.zh.startsWith(turned)))
      propose(item, turned, 3);
    // A two-character mark or place before a four-character dish ("超A芝士葡萄", "肥西老母鸡汤").
    const core = /^[\p{Script=Han}A-Za-z]{2}(\p{Script=Han}{4})$/u.exec(item.zh)?.[1];
    if (core && !KIND_SUFFIX.test(item.zh) && !HOUSE_PREFIX.test(item.zh)) propose(item, core, 4);
  }
  // A short name two different things would share names neither ("鸡汤" of 老母鸡汤 and 鸡汤面).
  return aliases.filter((alias) => (shortened.get(alias.zh)?.size ?? 0) === 1);
}
