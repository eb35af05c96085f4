import { itemNames, merchantBrandNames } from "../../../ecosystem/commerce/names.ts";
import { poiNames } from "../../../ecosystem/maps/names.ts";
import { eventNames } from "../../../ecosystem/tickets/names.ts";
import type { ServiceContext } from "../../../kernel/context.ts";
import { Gazetteer, type GazetteerEntry } from "../nlu/gazetteer.ts";
import { brandAliases } from "./brand-aliases.ts";
import { bracketAliases, everydayNames, everydayNamesZh } from "./item-aliases.ts";
import { kindEntries } from "./kinds.ts";
import { menuAliases } from "./menu-aliases.ts";
import { eventAliases } from "./skills/event-match.ts";

/**
 * Builds the NLU's gazetteer from the world's catalogue: menu items, merchant brands, places and
 * events, one entry per distinct name. The services export their names once at start-up, the way a
 * real deployment would load an exported dictionary; it never touches orders or money.
 */
export async function loadWorldGazetteer(context: ServiceContext): Promise<Gazetteer> {
  const entries: GazetteerEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: GazetteerEntry) => {
    const key = `${entry.kind}:${entry.zh}|${entry.en}`;
    if (seen.has(key) || entry.zh.length < 1) return;
    seen.add(key);
    entries.push(entry);
  };
  const items = await itemNames(context);
  for (const item of items) {
    add({ kind: "item", ...item });
    // What people call a packed item: "澳洲牛排" for 澳洲牛排 200g, "band-aids" for Band-Aids ×20.
    const bare = withoutPack(item);
    const category = item.category;
    if (bare) add({ kind: "item", id: item.id, category, ...bare });
    // "Tylenol" for Acetaminophen Tablets (Tylenol), "Jasmine Milk Tea" for Jasmine Milk Tea (Boya Juexian).
    for (const en of [...bracketAliases(item.en), ...everydayNames(item.en)])
      add({ kind: "item", id: item.id, category, zh: item.zh, en });
    for (const said of everydayNamesZh(item.zh)) add({ kind: "item", id: item.id, category, ...said });
  }
  for (const merchant of await merchantBrandNames(context)) {
    add({ kind: "merchant", ...merchant });
    // The first word people say for a brand ("not from Mixue", "anything but Wallace").
    const short = brandShortName(merchant.en);
    if (short)
      add({ kind: "merchant", id: merchant.id, zh: merchant.zh, en: short, canonicalEn: merchant.en });
    // What people call the shop: "盒马" for 盒马鲜生, "Hema", "全家", "7-11".
    // A two-character short name matches only as written: by sound "益丰" is also "一封".
    for (const alias of brandAliases(merchant.zh, merchant.en))
      add({
        kind: "merchant",
        id: merchant.id,
        ...alias,
        canonicalEn: merchant.en,
        ...(alias.zh.length <= 2 ? { pinyin: "" } : {}),
      });
  }
  for (const poi of await poiNames(context)) add({ kind: "poi", ...poi });
  for (const { performer, category, ...event } of await eventNames(context)) {
    add({ kind: "event", ...event });
    // The act on stage, by its own name ("Mayday", "五月天", "Lang Lang"): the show it plays.
    for (const alias of actNames(performer, category))
      add({ kind: "event", id: event.id, zh: alias.zh ?? event.zh, en: alias.en ?? event.en });
    // The parts people say on their own ("茶馆", "Teahouse", "浙江队 vs 上海申花").
    for (const alias of eventAliases(event.zh, event.en)) {
      const han = /\p{Script=Han}/u.test(alias);
      add({ kind: "event", id: event.id, zh: han ? alias : event.zh, en: han ? event.en : alias });
    }
  }
  for (const entry of kindEntries()) add(entry);
  // Chinese menu names said shorter ("百事可乐", "炖罐", "虾仁三鲜"); see menu-aliases.ts.
  const categories = new Map(items.map((item) => [item.id, item.category]));
  for (const alias of menuAliases(items)) add({ kind: "item", ...alias, category: categories.get(alias.id) });
  return new Gazetteer(entries);
}

// Shows whose performer is the act people name them by; a film's director or a team shared by several
// matches is not ("饺子" directs a film and is a dish).
const ACTS = new Set(["concert", "classical", "drama", "show", "crosstalk"]);

/**
 * The names of the act performing a show, each script's part in its own field ("五月天 Mayday" →
 * 五月天 / Mayday); none for shows named by their title only.
 */
export function actNames(performer: string, category: string): { zh?: string; en?: string }[] {
  if (!ACTS.has(category)) return [];
  const zh = performer.match(/^[\p{Script=Han}·]+/u)?.[0];
  const en = performer.slice(zh?.length ?? 0).trim();
  return [
    ...(zh && zh.length >= 2 ? [{ zh }] : []),
    ...(/^[A-Za-z][A-Za-z' .-]{2,}$/u.test(en) ? [{ en }] : []),
  ];
}

// First words of brands that are everyday English words, never said alone for the brand.
const COMMON_FIRST_WORDS =
  /^(?:yuan|kuai|lucky|good|burger|pizza|sushi|west|four|long|real|meet|flash|three|super|fresh|the|hu|bao|fang|lanzhou|shaxian|yang|xin|c-store|peet's|m|k|a|an|mr|big|golden|happy|little|new|old|royal|sweet|green|red|blue|white|black|gold|sun|star|city|home|day|life|one|first|best|top|great)$/iu;

/**
 * A brand's short English name, the first word of a longer one when it is distinctive enough to
 * stand alone ("Mixue Ice Cream & Tea" → "Mixue", "Wallace Burgers" → "Wallace"); none otherwise.
 */
export function brandShortName(en: string): string | undefined {
  const words = en
    .replace(/\s*\(.*$/u, "")
    .trim()
    .split(/\s+/u);
  if (words.length < 2) return undefined;
  const first = words[0] as string;
  if (first.length < 4 || !/^[A-Za-z][A-Za-z'-]+$/u.test(first) || COMMON_FIRST_WORDS.test(first))
    return undefined;
  return first;
}

// A pack size or count said after a name: " 200g", " 1.5L×12（整箱）", "（20片）", "（5块）", " 10枚", " ×20", " (2 pc)";
// not a description ("拿铁（罐装）" is no latte, "苹果（红富士）" names its kind).
const ZH_PACK =
  /\s*[（(](?:\d+\s*(?:片|只|个|枚|贯|串|枝|支|包|袋|粒|盒|瓶|条|块)|整箱)[）)]$|\s+[\d.]+\s*(?:g|kg|ml|l|L)\b.*$|\s*\d+\s*(?:枚|片|只|个|贯|串|包|袋|条)$/u;
// English also says the cup or portion in brackets: "Pepsi (Medium)", "Lamb Skewers (10)", "Watermelon (half)".
const EN_PACK =
  /\s*\((?:\d+\s*(?:pc|pcs|pieces?|stems?)?|case|small|medium|large|half|whole)\)$|\s+[\d.]+\s*(?:g|kg|ml|l|L)\b.*$|\s*×\s*\d+.*$/iu;
// One-word names too everyday to stand for one product ("Milk" of "Milk 250 ml" is inside "oat milk latte").
const EVERYDAY_NAME = /^(?:milk|water|tea|coffee|juice|bread|eggs?|rice|oden|cola|tissues?|noodles)$/iu;

/** An item's name without its pack size, in both languages; undefined when it has none. */
export function withoutPack(item: { zh: string; en: string }): { zh: string; en: string } | undefined {
  const strip = (name: string, pack: RegExp) => {
    let out = name;
    for (let again = 0; again < 3; again++) out = out.replace(pack, "").trim();
    return out;
  };
  const zh = strip(item.zh, ZH_PACK);
  const en = strip(item.en, EN_PACK);
  if (zh === item.zh && en === item.en) return undefined;
  if (zh.length < 2) return undefined;
  // One everyday English word ("Milk" of "Milk 250 ml") would match inside "oat milk latte": the
  // English short form is kept only when it is still a name of its own.
  return { zh, en: /[\s-]/u.test(en) || (en.length >= 5 && !EVERYDAY_NAME.test(en)) ? en : item.en };
}
