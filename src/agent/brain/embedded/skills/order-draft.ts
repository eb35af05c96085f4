import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import type { ExclusionSlot } from "../../nlu/slots/order-lines.ts";
import type { Slots } from "../../nlu/slots/types.ts";
import { alike, kindEndingWords, kindOfEntity, onlyTheKind, withoutKindHeads } from "../kinds.ts";
import { withoutSizeMark } from "../menu-aliases.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { wishesByIngredient } from "./ingredient-words.ts";
import { deliveryTime } from "./later.ts";
import { ownWordsFor } from "./own-words.ts";
import { withParty } from "./party-portions.ts";
import { besidesParty, perPersonTimes } from "./per-person.ts";
import { namedShopDish } from "./shop-dish.ts";

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
  const said = slots.order && withoutKindHeads(slots.order);
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
      // The turn's product words, unless they are what the user ruled out ("喝的…别要咖啡") or are
      // about something else ("要快", "送去单位").
      const own =
        lineCount === 1 && !(slots.product && namesExcluded(slots.product, slots.order?.exclusions))
          ? ownWordsFor(slots.product, line.match, entities)
          : undefined;
      const single = own !== undefined ? { ...slots, product: own } : { ...slots, product: line.text };
      return { ...genericItem(single, line.match, line.options), qty: line.qty, said };
    }
    // "黄焖鸡米饭" names a dish, not the 米饭 its last characters match: searched as said.
    const shopNamed = entities.some((match) => match.entity.kind === "merchant");
    // A split of one thing ("两份黄焖鸡米饭，一份不要辣") is one name said once, for every part.
    const oneThing = slots.order?.lines.every((other) => other.match?.entity.id === line.match?.entity.id);
    const longer = oneThing && !shopNamed ? longerName(slots.product, line.match) : undefined;
    if (longer)
      return {
        query: longer,
        wanted: longer,
        qty: line.qty,
        options: line.options,
        searches: [{ keyword: longer }],
        said,
      };
    // A name listed in a size ("可口可乐（中）") names the thing in any size or bottle, at any shop.
    const unsized = withoutSizeMark(line.match.entity.zh);
    const named = [
      { keyword: line.match.entity.zh },
      { keyword: line.match.entity.en },
      ...(unsized ? [{ keyword: unsized }] : []),
    ];
    // A menu name holding an option ("标准美式（热）", "Hot Americano"): the plain name is searched
    // too, with the option on the line, for shops that sell it as a choice.
    const plain = plainName(line.match.entity.zh, line.match.entity.en);
    // A partial or misspelled name ("布洛芬" for 布洛芬片): the user's own words search wider.
    const own =
      line.match.method !== "exact" && itemLines.length === 1 && slots.product
        ? spellings(slots.product).map((keyword) => ({ keyword }))
        : [];
    // At a shop named for it, the words the user said ("coke", "kiwis") search that shop's own
    // listing too: the name matched may be another chain's ("Coke" at a burger bar is
    // "Coca-Cola … (case)" at a supermarket), and the named shop answers only to its own names.
    const atShop =
      shopNamed || line.shop
        ? wordsSaid(
            line.match.text,
            [...named, ...own].map((search) => search.keyword),
          )
        : [];
    // "apples", "mangoes": a thing many names end in, said in the plural — any of them answers,
    // so the user's word is searched first, in whatever shop sells it.
    const thing =
      line.match.method !== "exact" && /^[a-z]+s$/iu.test(line.match.text.trim())
        ? spellings(line.match.text.trim()).map((keyword) => ({ keyword }))
        : [];
    return {
      query: line.match.entity.zh,
      qty: line.qty,
      options: plain ? { ...plain.options, ...line.options } : line.options,
      searches: [...thing, ...named, ...own, ...(plain?.searches ?? []), ...atShop],
      said,
    };
  });
  // "我们五个人，每人一杯拿铁": each line's count is one person's, so the order holds it for everyone.
  const people = previous ? undefined : perPersonTimes(context.turn.text);
  // "每人一杯拿铁，三杯热的三杯冰的": one thing split for the whole party already counts everyone.
  const partySplit =
    items.length > 1 &&
    new Set(items.map((item) => item.query)).size === 1 &&
    items.reduce((sum, item) => sum + item.qty, 0) === people;
  if (people && !partySplit)
    items = items.map((item) =>
      item.qty <= 3 && !besidesParty(item.said) ? { ...item, qty: item.qty * people } : item,
    );
  // "三个人的饺子", "noodles for the two of us": one each where each has one, and said either way.
  else if (!previous && slots.party) items = withParty(items, said?.lines, slots.party);
  // Several shops named, each for its own things: every item keeps its shop, no shop for the whole.
  items = items.map((item, index) => {
    const shop = said?.lines[index]?.shop;
    return shop ? { ...item, shop } : item;
  });
  const shopPerItem = items.some((item) => item.shop);
  // A follow-up ("make it large", "两杯", "换成热的") edits the carried draft; only a name the
  // catalogue knows replaces the item there, not any noun the turn happens to contain.
  const editing = previous !== undefined && previous.items.length > 0;
  // "lanzhou beef noodles to the office": the shop named for its dish, and nothing else named.
  const shopDish = items.length === 0 && !categoryMatch && !editing ? namedShopDish(entities) : undefined;
  if (shopDish) {
    items = [
      {
        ...genericItem({ ...slots, product: shopDish.product }, shopDish.category, options),
        said: context.turn.text,
      },
    ];
  }
  if (items.length === 0 && (categoryMatch || (slots.product && !editing))) {
    const own = categoryMatch ? ownWordsFor(slots.product, categoryMatch, entities) : slots.product;
    const product = own ?? (categoryMatch ? undefined : slots.product);
    const { product: _said, ...rest } = slots;
    // The whole turn is what was said about its one thing ("beef bowl w/ extra rice").
    items = [
      {
        ...genericItem(product ? { ...rest, product } : rest, categoryMatch, options),
        said: context.turn.text,
      },
    ];
  }
  // "一杯带芋圆的", "something with taro balls": the thing is whatever holds those words.
  items = wishesByIngredient(items, context.turn.text, editing, slots.quantity);
  if (editing) items = keepCount(items, previous, context);
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
  // A shop named with words the catalogue has no name for ("mickey d's nuggets") has no order lines
  // to carry it: the shop the gazetteer found is the brand.
  const brand = shopPerItem
    ? undefined
    : (said ? said.brands[0] : entities.find((match) => match.entity.kind === "merchant"))?.entity;
  const problems = [
    ...(said?.problems ?? []),
    ...(slots.moneyProblem ? [{ field: "budget" as const, ...slots.moneyProblem }] : []),
  ];
  const diet = slots.diet ?? previous?.diet;
  // "不要花生" rules out peanuts, not the flowers whose "花" it contains.
  const exclusions = [...(previous?.exclusions ?? []), ...(said?.exclusions ?? [])].filter(
    (exclusion) =>
      exclusion.kind === "merchant" ||
      !(diet?.avoid ?? []).some((food) => food.zh !== exclusion.zh && food.zh.includes(exclusion.zh)),
  );
  // No spice for someone who eats none ("我不吃辣"), on every line that says no spice level of its own.
  if (diet?.noSpicy)
    items = items.map((item) =>
      item.options.spice ? item : { ...item, options: { ...item.options, spice: "none" } },
    );
  return {
    items,
    ...pick("addressLabel", slots.addressLabel ?? previous?.addressLabel),
    ...pick("otherPlace", slots.addressLabel ? undefined : (slots.otherPlace ?? previous?.otherPlace)),
    ...(slots.perItemMaxFen !== undefined
      ? { perItemMaxFen: slots.perItemMaxFen }
      : pick("budgetMaxFen", slots.budgetMaxFen ?? previous?.budgetMaxFen)),
    ...(slots.perItemMaxFen === undefined ? pick("perItemMaxFen", previous?.perItemMaxFen) : {}),
    ...pick("withinMinutes", slots.withinMinutes ?? previous?.withinMinutes),
    ...pick(
      "merchantQuery",
      brand?.canonicalZh ?? brand?.zh ?? (lineCount > 0 ? undefined : previous?.merchantQuery),
    ),
    ...pick(
      "brand",
      brand
        ? { zh: brand.canonicalZh ?? brand.zh, en: brand.canonicalEn ?? brand.en }
        : lineCount > 0
          ? undefined
          : previous?.brand,
    ),
    ...pick("excludeMerchantIds", previous?.excludeMerchantIds),
    ...(exclusions.length ? { exclusions: distinctBy(exclusions, (exclusion) => exclusion.zh) } : {}),
    ...(problems.length ? { problems } : {}),
    ...pick("when", deliveryTime(context) ?? previous?.when),
    ...pick("diet", diet),
  };
}

/**
 * "make it with boba instead", "换成奶茶吧" for an order of one line: one thing said without a count,
 * in place of that line, takes its place whole (`inheritLine`). A count said ("just one milk tea") is
 * the count.
 */
function keepCount(items: WantedItem[], previous: OrderDraft, context: SkillContext): WantedItem[] {
  const [item] = items;
  const [before] = previous.items;
  const { slots } = context.nlu;
  const counted =
    slots.quantity !== undefined ||
    slots.quantityDelta !== undefined ||
    (slots.order?.lines ?? []).some((line) => line.qtyText !== undefined);
  if (!item || !before || items.length !== 1 || previous.items.length !== 1 || counted) return items;
  return [inheritLine(item, before)];
}

/**
 * A thing put in place of a line without a count of its own: the line's count, and its options when
 * it is the same kind of thing ("3 drinks" then "make it milk tea" is 3 milk teas, as sweet as before).
 */
export function inheritLine(item: WantedItem, before: WantedItem): WantedItem {
  const kinds = (wanted: WantedItem) => [
    ...(wanted.kinds ?? []),
    ...(wanted.searches ?? []).flatMap((search) => (search.category ? [search.category] : [])),
    ...(wanted.card?.category ? [wanted.card.category] : []),
  ];
  const sameKind = kinds(item).some((kind) => kinds(before).some((other) => alike(kind, other)));
  return {
    ...keepChoices(item, before),
    qty: before.qty,
    ...(sameKind ? { options: { ...before.options, ...item.options } } : {}),
  };
}

/**
 * A thing swapped in for a line keeps that line's choices where it offers them ("a large latte,
 * less sugar" then "make it a mocha": a large mocha, less sugar); a choice it lacks is dropped
 * quietly, as a past order's is, never asked for. Its own words come first.
 */
export function keepChoices(item: WantedItem, before: WantedItem): WantedItem {
  const kept = { ...before.choices, ...(before.options as Record<string, string>) };
  const own = { ...(item.options as Record<string, string>), ...item.choices };
  if (Object.keys(kept).length === 0) return item;
  return { ...item, choices: { ...kept, ...own } };
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
  // A short name ending with a kind ("拉面", a word inside a shop's name too): things of that kind
  // are searched after its own name, so a shop merely named by the word does not answer it alone.
  const ending = kind ? undefined : kindEndingWords(product);
  if (ending) for (const category of ending.categories) searches.push({ category, broad: true });
  // At a shop the user named, the kind's own word finds items of it shelved elsewhere ("叮咚的水饺"
  // is 速冻水饺 in the frozen aisle).
  const shopNamed = (slots.entities ?? []).some((match) => match.entity.kind === "merchant");
  if (justTheKind && shopNamed && categoryMatch && categoryMatch.entity.zh.length >= 2)
    searches.push({ keyword: categoryMatch.entity.zh, broad: true });
  // …and the user's own kind word finds that shop's thing named by it on another shelf ("a bag of
  // rice" at a supermarket is its 10 kg sack of rice, not a rice bowl).
  if (shopNamed && categoryMatch)
    for (const search of wordsSaid(
      categoryMatch.text,
      searches.map((search) => search.keyword),
    ))
      searches.push({ ...search, broad: true });
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

/** The user's words for a thing, as searches, unless one of the given keywords already searches them. */
function wordsSaid(text: string, already: readonly (string | undefined)[]): { keyword: string }[] {
  const taken = new Set(already.map((keyword) => keyword?.toLowerCase()));
  return spellings(text.trim().toLowerCase())
    .filter((keyword) => keyword.length > 0 && !taken.has(keyword))
    .map((keyword) => ({ keyword }));
}

/** The phrase, and for English its singular ("roses" → "rose", "bubble teas" → "bubble tea"). */
function spellings(product: string): string[] {
  if (/[\u3400-\u9fff]/u.test(product)) return [product];
  // What shelves call it: a coke is sold as cola.
  if (/^cokes?$/iu.test(product)) return [product, "cola"];
  const singular = product.replace(/(?<=[a-z]{3})(?:es|s)$/u, (ending, offset: number) =>
    ending === "es" && !/(?:sh|ch|x|ss)$/u.test(product.slice(0, offset)) ? "e" : "",
  );
  return singular === product ? [product] : [product, singular];
}

function pick<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}

const ZH_TEMPERATURE = /^标准|[（(](热|冰)[）)]$/gu;
const EN_TEMPERATURE = /^(hot|iced|cold)\s+/iu;

/** The name without a temperature it carries, and that temperature as an option; none if it has none. */
function plainName(
  zh: string,
  en: string,
): { searches: { keyword: string }[]; options: WantedItem["options"] } | undefined {
  const said = /[（(](热|冰)[）)]$/u.exec(zh)?.[1] ?? EN_TEMPERATURE.exec(en)?.[1]?.toLowerCase();
  if (!said) return undefined;
  const temperature = said === "热" || said === "hot" ? "hot" : "iced";
  const plainZh = zh.replace(ZH_TEMPERATURE, "").trim();
  const plainEn = en.replace(EN_TEMPERATURE, "").trim();
  return {
    searches: [plainZh, plainEn].filter((name) => name.length > 0).map((keyword) => ({ keyword })),
    options: { temperature },
  };
}

/**
 * The user's Chinese noun when a catalogue name matched only its end ("黄焖鸡米饭" → 米饭): two or
 * more characters before it that are no option, count, brand or "的" make it another dish.
 */
function longerName(product: string | undefined, match: GazetteerMatch): string | undefined {
  if (!product || !/\p{Script=Han}/u.test(product)) return undefined;
  const name = match.text;
  if (!product.endsWith(name) || product.length < name.length + 2) return undefined;
  const head = product.slice(0, product.length - name.length);
  if (/[的之家店0-9一二两三四五六七八九十个份杯碗冰热大中小超少半无去多加]/u.test(head)) return undefined;
  return /^\p{Script=Han}+$/u.test(head) ? product : undefined;
}
