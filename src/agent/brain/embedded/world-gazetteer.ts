import { itemNames, merchantBrandNames } from "../../../ecosystem/commerce/names.ts";
import type { ServiceContext } from "../../../ecosystem/kernel/context.ts";
import { poiNames } from "../../../ecosystem/maps/names.ts";
import { eventNames } from "../../../ecosystem/tickets/names.ts";
import { Gazetteer, type GazetteerEntry } from "../nlu/gazetteer.ts";
import { brandAliases } from "./brand-aliases.ts";
import { kindEntries } from "./kinds.ts";
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
  for (const item of await itemNames(context)) add({ kind: "item", ...item });
  for (const merchant of await merchantBrandNames(context)) {
    add({ kind: "merchant", ...merchant });
    // The first word people say for a brand ("not from Mixue", "anything but Wallace").
    const short = brandShortName(merchant.en);
    if (short) add({ kind: "merchant", id: merchant.id, zh: merchant.zh, en: short });
    // What people call the shop: "盒马" for 盒马鲜生, "Hema", "全家", "7-11".
    // A two-character short name matches only as written: by sound "益丰" is also "一封".
    for (const alias of brandAliases(merchant.zh, merchant.en))
      add({ kind: "merchant", id: merchant.id, ...alias, ...(alias.zh.length <= 2 ? { pinyin: "" } : {}) });
  }
  for (const poi of await poiNames(context)) add({ kind: "poi", ...poi });
  for (const event of await eventNames(context)) {
    add({ kind: "event", ...event });
    // The parts people say on their own ("茶馆", "Teahouse", "浙江队 vs 上海申花").
    for (const alias of eventAliases(event.zh, event.en)) {
      const han = /\p{Script=Han}/u.test(alias);
      add({ kind: "event", id: event.id, zh: han ? alias : event.zh, en: han ? event.en : alias });
    }
  }
  for (const entry of kindEntries()) add(entry);
  return new Gazetteer(entries);
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
