import { extractItemOptions } from "../../nlu/slots/options.ts";
import type { WantedItem } from "../state.ts";

// An option said as part of an item's name ("燕麦拿铁", "冰美式", "Oat Latte", "iced americano").
const OPTION_PREFIX_ZH = /^(?:燕麦|脱脂|全脂|冰|热|大杯|中杯|超大杯|无糖|少糖|半糖)(?=\p{Script=Han}{2})/u;
const OPTION_PREFIX_EN = /^(?:oat(?: milk)?|skim(?:med)?|iced|hot|large|sugar[- ]free)\s+(?=\w)/iu;

/**
 * A new item named with an option in its name ("再加一杯燕麦拿铁" at a shop that sells 拿铁 with
 * oat milk): also searched as the plain item with that option, so the card's shop can take it.
 */
export function withBaseItem(item: WantedItem, zh: string, en: string): WantedItem {
  const options = extractItemOptions(zh) ?? extractItemOptions(en);
  const baseZh = zh.replace(OPTION_PREFIX_ZH, "");
  const baseEn = en.replace(OPTION_PREFIX_EN, "");
  if (!options || (baseZh === zh && baseEn === en)) return item;
  const searches = item.searches ?? [{ keyword: item.query }];
  const extra = [baseZh !== zh ? baseZh : undefined, baseEn !== en ? baseEn : undefined]
    .filter((keyword): keyword is string => keyword !== undefined)
    .map((keyword) => ({ keyword }));
  // Right after the item's own names: a search list is cut after its first few.
  const searched = [...searches.slice(0, 2), ...extra, ...searches.slice(2)];
  return { ...item, options: { ...options, ...item.options }, searches: searched };
}
