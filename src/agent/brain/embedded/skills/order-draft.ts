import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import type { ExclusionSlot } from "../../nlu/slots/order-lines.ts";
import type { Slots } from "../../nlu/slots/types.ts";
import { kindOfEntity, onlyTheKind } from "../kinds.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { deliveryTime } from "./later.ts";

type Search = { keyword?: string; category?: string; broad?: boolean };

// Everyday things whose shelf names differ from what people say ("矿泉水" is sold as 农夫山泉).
const COMMON_PRODUCTS: readonly [RegExp, Search][] = [
  [/矿泉水|纯净水|^水$|瓶装水/u, { keyword: "water" }],
  [/牛奶|纯奶/u, { keyword: "milk" }],
  [/纸巾|抽纸|面巾纸/u, { keyword: "tissues" }],
  [/退烧|发烧|感冒|止痛|头疼|头痛/u, { category: "pharmacy" }],
  [/创可贴/u, { keyword: "band-aid" }],
  [/口罩/u, { keyword: "mask" }],
  [/雨伞|伞/u, { keyword: "umbrella" }],
  [/冰淇淋|雪糕/u, { keyword: "ice cream" }],
  [/鸡蛋/u, { keyword: "eggs" }],
  [/玫瑰/u, { keyword: "rose" }],
  [/painkiller|fever|cold medicine/iu, { category: "pharmacy" }],
];

/** Builds (or updates) the order draft from this turn's slots and the one carried in state. */
export function draftFromTurn(context: SkillContext, previous?: OrderDraft): OrderDraft {
  const { slots } = context.nlu;
  const entities = slots.entities ?? [];
  const said = slots.order;
  const lineCount = said?.lines.length ?? 0;
  const itemLines = (said?.lines ?? []).filter((line) => line.match?.entity.kind === "item");
  const categoryMatch = entities.find(
    (match) => match.entity.kind === "category" && !isExcluded(said?.exclusions, match),
  );
  const options = slots.options ?? {};
  let items: WantedItem[] = (said?.lines ?? []).map((line) => {
    const said = lineCount === 1 ? context.turn.text : (line.said ?? "");
    if (!line.match) {
      // Words the catalogue names differently ("一箱牛奶"): searched as said, and as shelf names.
      return {
        ...genericItem({ ...slots, product: line.text }, undefined, line.options),
        qty: line.qty,
        said,
      };
    }
    if (line.match.entity.kind === "category") {
      // The turn's product words, unless they are what the user ruled out ("喝的…别要咖啡").
      const ownWords =
        lineCount === 1 && !(slots.product && namesExcluded(slots.product, slots.order?.exclusions));
      const single = ownWords ? slots : { ...slots, product: line.text };
      return { ...genericItem(single, line.match, line.options), qty: line.qty, said };
    }
    const named = [{ keyword: line.match.entity.zh }, { keyword: line.match.entity.en }];
    // A partial or misspelled name ("布洛芬" for 布洛芬片): the user's own words search wider.
    const own =
      line.match.method !== "exact" && itemLines.length === 1 && slots.product
        ? spellings(slots.product).map((keyword) => ({ keyword }))
        : [];
    return {
      query: line.match.entity.zh,
      qty: line.qty,
      options: line.options,
      searches: [...named, ...own],
      said,
    };
  });
  // A follow-up ("make it large", "两杯", "换成热的") edits the carried draft; only a name the
  // catalogue knows replaces the item there, not any noun the turn happens to contain.
  const editing = previous !== undefined && previous.items.length > 0;
  if (items.length === 0 && (categoryMatch || (slots.product && !editing)))
    items = [genericItem(slots, categoryMatch, options)];
  if (items.length === 0 && previous) {
    items = previous.items.map((item) => ({
      ...item,
      qty:
        previous.items.length !== 1
          ? item.qty
          : slots.quantityDelta !== undefined
            ? item.qty + slots.quantityDelta
            : (slots.quantity ?? item.qty),
      options: { ...item.options, ...options },
      // A follow-up's words may name an option the shop has ("还是要礼盒装的").
      said: `${item.said ?? ""} ${context.turn.text}`,
    }));
  }
  const brand = said?.brands[0]?.entity;
  const problems = [
    ...(said?.problems ?? []),
    ...(slots.moneyProblem ? [{ field: "budget" as const, ...slots.moneyProblem }] : []),
  ];
  const exclusions = [...(previous?.exclusions ?? []), ...(said?.exclusions ?? [])];
  return {
    items,
    ...pick("addressLabel", slots.addressLabel ?? previous?.addressLabel),
    ...pick("otherPlace", slots.addressLabel ? undefined : (slots.otherPlace ?? previous?.otherPlace)),
    ...(slots.perItemMaxFen !== undefined
      ? { perItemMaxFen: slots.perItemMaxFen }
      : pick("budgetMaxFen", slots.budgetMaxFen ?? previous?.budgetMaxFen)),
    ...(slots.perItemMaxFen === undefined ? pick("perItemMaxFen", previous?.perItemMaxFen) : {}),
    ...pick("withinMinutes", slots.withinMinutes ?? previous?.withinMinutes),
    ...pick("merchantQuery", brand?.zh ?? (lineCount > 0 ? undefined : previous?.merchantQuery)),
    ...pick("brand", brand ? { zh: brand.zh, en: brand.en } : lineCount > 0 ? undefined : previous?.brand),
    ...pick("excludeMerchantIds", previous?.excludeMerchantIds),
    ...(exclusions.length ? { exclusions: distinctBy(exclusions, (exclusion) => exclusion.zh) } : {}),
    ...(problems.length ? { problems } : {}),
    ...pick("when", deliveryTime(context) ?? previous?.when),
  };
}

function namesExcluded(words: string, exclusions: ExclusionSlot[] | undefined): boolean {
  const lower = words.toLowerCase();
  return (exclusions ?? []).some(
    (exclusion) => lower.includes(exclusion.zh.toLowerCase()) || lower.includes(exclusion.en.toLowerCase()),
  );
}

function isExcluded(exclusions: ExclusionSlot[] | undefined, match: GazetteerMatch): boolean {
  return (exclusions ?? []).some((exclusion) => exclusion.zh === match.entity.zh);
}

function distinctBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    if (seen.has(key(value))) return false;
    seen.add(key(value));
    return true;
  });
}

/** An item named by a generic word or by words the gazetteer does not know ("玫瑰花", "water"). */
function genericItem(
  slots: Slots,
  categoryMatch: GazetteerMatch | undefined,
  options: WantedItem["options"],
): WantedItem {
  const kind = categoryMatch ? kindOfEntity(categoryMatch.entity) : undefined;
  const product = slots.product;
  const searches: Search[] = [];
  // Only the kind named ("两份炸鸡", "a bunch of flowers"): any item of its categories, none other.
  const justTheKind = kind !== undefined && onlyTheKind(product, kind);
  // The user's own words first when they say more than the kind ("玫瑰花" beyond "花").
  if (product && !justTheKind && product !== categoryMatch?.text.toLowerCase()) {
    // Within the kind of shop the kind names, if it names one: "roses" never finds "capsules".
    for (const keyword of spellings(product))
      searches.push(kind?.shop ? { keyword, category: kind.shop } : { keyword });
  }
  if (kind) for (const category of kind.categories) searches.push({ category, broad: true });
  const known = product ? COMMON_PRODUCTS.find(([words]) => words.test(product)) : undefined;
  if (known && !justTheKind) searches.push({ ...known[1], broad: true });
  return {
    query: product ?? categoryMatch?.entity.zh ?? "",
    qty: slots.quantity ?? 1,
    options,
    searches,
    ...(justTheKind ? { kinds: [...kind.categories] } : {}),
  };
}

/** The phrase, and for English its singular ("roses" → "rose", "bubble teas" → "bubble tea"). */
function spellings(product: string): string[] {
  if (/[\u3400-\u9fff]/u.test(product)) return [product];
  const singular = product.replace(/(?<=[a-z]{3})(?:es|s)$/u, (ending, offset: number) =>
    ending === "es" && !/(?:sh|ch|x|ss)$/u.test(product.slice(0, offset)) ? "e" : "",
  );
  return singular === product ? [product] : [product, singular];
}

function pick<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}
