import type { SeededRandom } from "../../../kernel/random.ts";
import {
  CATEGORY_NOUNS,
  type DeliveryAsk,
  EXCEPT_ASKS,
  type FollowUpAsk,
  type ItemAsk,
  type OptionAsk,
  SPLIT_PAIRS,
} from "./asks.ts";
import { dayAfter, epochOf } from "./calendar.ts";
import {
  askableOptions,
  frameLine,
  namedWant,
  offers,
  quantity,
  usableName,
  type Want,
} from "./delivery-wants.ts";
import type { Phrasebook } from "./phrasebook.ts";
import { plural } from "./phrasing-en.ts";
import { timeWords } from "./time-words.ts";
import type { CardFrame, ConstraintKind, FaithCase, Lang } from "./types.ts";
import { openAt, quoteCart, type Shop, type ShopItem, type WorldFacts } from "./world-facts.ts";

/**
 * Compositions the generator draws apart (issue 11, held out): two items each with its own count and
 * options ("两杯冰拿铁和一杯少糖的美式"), or a group order said per person ("我们四个人，每人一杯拿铁").
 */
export type DeliveryComposition = "own-options" | "per-person";

/** Composes one delivery request over a place's shops, with its frame and whether it can be met. */
export async function deliveryCase(
  facts: WorldFacts,
  random: SeededRandom,
  lang: Lang,
  phrasebook: Phrasebook,
  id: string,
  composition?: DeliveryComposition,
): Promise<FaithCase | undefined> {
  const person = random.pick(facts.people);
  const places = person.places.filter((place) => place.shops.some((shop) => shop.items.length));
  if (!places.length) return undefined;
  const place = random.pick(places);
  const shopsWithItems = place.shops.filter((shop) => shop.items.some(usableName));
  const ask: DeliveryAsk = { items: [] };
  const kinds = new Set<ConstraintKind>(["kind", "item", "qty"]);
  const frame: CardFrame = { kind: "order_delivery" };
  let wants: Want[] = [];
  let shopFilter: (shop: Shop) => boolean = () => true;
  let followUp: FollowUpAsk | undefined;
  let referenceKinds: ConstraintKind[] | undefined;

  const drawn = random.pick(["named", "named", "named", "split", "two", "category", "category", "except"]);
  const variant = composition === "own-options" ? "two" : composition === "per-person" ? "named" : drawn;
  if (variant === "category" || variant === "except") {
    const except = variant === "except" ? (EXCEPT_ASKS[0] as (typeof EXCEPT_ASKS)[number]) : undefined;
    const noun = except
      ? undefined
      : random.pick(
          CATEGORY_NOUNS.filter((entry) =>
            place.shops.some((shop) => shop.items.some((item) => entry.categories.includes(item.category))),
          ),
        );
    if (!except && !noun) return undefined;
    const accepted = except ? except.accepted : (noun?.categories ?? []);
    const qty = quantity(random);
    wants = [
      {
        itemKey: `category:${accepted.join(",")}`,
        noun: except ? except.noun[lang] : (noun?.[lang] ?? ""),
        ...(noun ? { plural: noun.enPlural } : {}),
        category: accepted[0] ?? "",
        words: except ? [] : [noun?.zh ?? "", noun?.en ?? ""],
        matches: (item) => accepted.includes(item.category),
        qty,
        options: [],
      },
    ];
    if (except) {
      ask.exceptWord = except.except[lang];
      frame.excludedWords = [except.except.zh, except.except.en];
      frame.excludedNames = place.shops.flatMap((shop) =>
        shop.items
          .filter((item) => except.excluded.includes(item.category))
          .flatMap((item) => [item.nameZh, item.nameEn]),
      );
      kinds.add("exclusion");
    } else {
      const sellers = [
        ...new Set(
          place.shops
            .filter((shop) => shop.items.some(wants[0]?.matches ?? (() => false)))
            .map((shop) => shop.brandZh),
        ),
      ];
      const brand = facts.brands.find((entry) => entry.zh === random.pick(sellers));
      if (brand && random.chance(0.8)) {
        ask.excludeBrand = lang === "zh" ? brand.zh : brand.en;
        frame.excludedBrands = [{ zh: brand.zh, en: brand.en }];
        shopFilter = (shop) => shop.brandZh !== brand.zh;
        kinds.add("exclusion");
      }
    }
  } else {
    if (!shopsWithItems.length) return undefined;
    const shop = random.pick(shopsWithItems);
    const items = shop.items.filter(usableName);
    const first = random.pick(items);
    if (variant === "split") {
      const pairs = Object.entries(SPLIT_PAIRS).flatMap(([group, choices]) =>
        choices
          .map(
            ([a, b]) =>
              [
                { group, choice: a },
                { group, choice: b },
              ] as [OptionAsk, OptionAsk],
          )
          .filter(([a, b]) => offers(first, a) && offers(first, b)),
      );
      if (!pairs.length) return undefined;
      const [a, b] = random.pick(pairs);
      const total = random.pick([2, 3, 4, 4, 5, 6]);
      const qtyA = random.int(1, total - 1);
      wants = [namedWant(first, lang, qtyA, [a]), namedWant(first, lang, total - qtyA, [b])];
      ask.split = { qtys: [qtyA, total - qtyA], choices: [a, b] };
      kinds.add("options");
    } else if (variant === "two") {
      const second = random.pick(
        items
          .filter((item) => !item.nameZh.includes(first.nameZh) && !first.nameZh.includes(item.nameZh))
          .concat([first]),
      );
      if (second === first) return undefined;
      wants = [
        namedWant(first, lang, random.pick([1, 1, 2]), []),
        namedWant(second, lang, random.pick([1, 2]), []),
      ];
      if (composition === "own-options") {
        // Each line its own count and options; at least one line carries an option.
        for (const [index, item] of [first, second].entries()) {
          const want = wants[index] as Want;
          const offered = askableOptions(item);
          if (offered.length && random.chance(0.8)) want.options = [random.pick(offered)];
          if (random.chance(0.4)) want.qty = random.pick([2, 3]);
        }
        if (!wants.some((want) => want.options.length)) return undefined;
        kinds.add("options");
      }
    } else {
      const options = askableOptions(first);
      const chosen = options.length && random.chance(0.45) ? [random.pick(options)] : [];
      wants = [namedWant(first, lang, quantity(random), chosen)];
      if (chosen.length) kinds.add("options");
      if (composition === "per-person") {
        ask.perPerson = true;
        (wants[0] as Want).qty = random.pick([2, 3, 4, 5]);
      }
    }
    if (random.chance(0.3)) {
      ask.brand = lang === "zh" ? shop.brandZh : shop.brandEn;
      frame.brand = { zh: shop.brandZh, en: shop.brandEn };
      shopFilter = (candidate) => candidate.brandZh === shop.brandZh;
      kinds.add("merchant");
    }
  }

  // Follow-up turns that change one constraint after the first card.
  const single = wants.length === 1 && !ask.split;
  let firstWants = wants.map((want) => ({ ...want }));
  let firstPlace = place;
  if (single && random.chance(0.25) && !ask.perPerson) {
    const want = wants[0] as Want;
    const choice = random.int(0, 2);
    const itemOptions = place.shops
      .flatMap((shop) => shop.items.filter(want.matches))
      .flatMap(askableOptions);
    if (choice === 0 || (choice === 1 && !itemOptions.length)) {
      const previous = want.qty;
      const next = random.pick([1, 2, 3, 4, 5].filter((value) => value !== previous));
      want.qty = next;
      followUp = { kind: "qty", qty: next, previous, category: want.category };
      referenceKinds = ["qty"];
    } else if (choice === 1) {
      const option = random.pick(itemOptions);
      firstWants = [{ ...want, options: want.options.filter((entry) => entry.group !== option.group) }];
      want.options = [...want.options.filter((entry) => entry.group !== option.group), option];
      followUp = { kind: "option", option };
      referenceKinds = ["options"];
      kinds.add("options");
    } else {
      const other = person.places.find((entry) => entry.label !== place.label);
      if (other) {
        firstPlace = other;
        followUp = { kind: "place", place: place.label };
        referenceKinds = ["address"];
      }
    }
    if (followUp) kinds.add("reference");
  }
  const stateAddress = followUp?.kind === "place" || random.chance(0.85) || place.label !== "home";
  if (stateAddress) {
    kinds.add("address");
    frame.address = { label: place.label, text: place.text };
  }

  // Candidate shops: open, delivering here, not excluded, the wanted brand, selling every line.
  // Each shop is priced with the cheapest matching items and with the dearest (the cheapest cart
  // can fall below a shop's minimum order where a dearer one does not).
  const carts = place.shops.filter(shopFilter).flatMap((shop) => {
    const fits = wants.map((want) =>
      shop.items
        .filter(
          (item) =>
            want.matches(item) &&
            item.stock >= want.qty &&
            want.options.every((option) => offers(item, option)),
        )
        .sort((a, b) => a.priceFen - b.priceFen),
    );
    if (fits.some((list) => !list.length)) return [];
    const cart = (pick: (list: ShopItem[]) => ShopItem) =>
      wants.map((want, index) => ({
        skuId: pick(fits[index] as ShopItem[]).skuId,
        qty: want.qty,
        options: Object.fromEntries(want.options.map((option) => [option.group, option.choice])),
      }));
    return [
      { shop, lines: cart((list) => list[0] as ShopItem) },
      { shop, lines: cart((list) => list.at(-1) as ShopItem) },
    ];
  });
  const priced = (
    await Promise.all(
      carts.slice(0, 16).map(async (cart) => ({
        shop: cart.shop,
        quote: await quoteCart(facts, person.userId, place, cart.shop.merchantId, cart.lines),
      })),
    )
  ).flatMap(({ shop, quote }) => (quote ? [{ shop, quote }] : []));
  const quotes = priced.map((entry) => entry.quote);
  // No shop sells it (or only excluded ones do), or every cart is below the shops' minimum order.
  let unsatisfiableBecause: ConstraintKind | undefined = quotes.length
    ? undefined
    : carts.length
      ? "qty"
      : kinds.has("exclusion")
        ? "exclusion"
        : "item";

  const extra = random.int(0, 9);
  if (quotes.length && extra < 3 && followUp?.kind !== "qty") {
    const total = random.chance(0.7);
    const honest = random.chance(0.7);
    const cheapest = Math.min(
      ...quotes.map((quote) => (total ? quote.totalFen : Math.max(...quote.unitFen))),
    );
    const yuan = honest
      ? Math.ceil((cheapest * 1.25) / 500) * 5
      : Math.max(1, Math.floor((cheapest * 0.5) / 100));
    ask.budget = { kind: total ? "total" : "each", yuan };
    frame.budget = { kind: total ? "total" : "each", fen: yuan * 100 };
    kinds.add("budget");
  } else if (quotes.length && extra < 5) {
    ask.etaMinutes = random.pick([20, 30, 30, 40, 45, 60]);
    frame.etaMaxMinutes = ask.etaMinutes;
    kinds.add("eta");
  } else if (extra === 5 && !followUp) {
    const time = {
      day: dayAfter(facts.now, 1),
      hour: random.pick([9, 12, 12, 18]),
      minute: random.pick([0, 0, 30]),
    };
    ask.time = time;
    frame.time = { at: epochOf(time), earlyMs: 90 * 60_000, lateMs: 10 * 60_000, words: timeWords(time) };
    kinds.add("time");
    // Half an hour before the asked arrival some shop that could make the cart must be open.
    const minute = time.hour * 60 + time.minute - 30;
    if (quotes.length && !priced.some((entry) => openAt(entry.shop.hours, minute)))
      unsatisfiableBecause = "time";
  }
  if (quotes.length && (ask.budget || ask.etaMinutes)) {
    const ok = quotes.some(
      (quote) =>
        (!frame.budget ||
          (frame.budget.kind === "total" ? quote.totalFen : Math.max(...quote.unitFen)) <=
            frame.budget.fen) &&
        (!frame.etaMaxMinutes || quote.etaMinutes <= frame.etaMaxMinutes),
    );
    if (!ok) unsatisfiableBecause = ask.budget ? "budget" : "eta";
  }

  frame.lines = wants.map((want) => frameLine(want, facts.catalogue));
  const toAsk = (list: Want[]): ItemAsk[] =>
    (ask.split ? [{ ...(list[0] as Want), qty: list.reduce((sum, want) => sum + want.qty, 0) }] : list).map(
      (want) => ({
        noun: want.noun,
        ...(want.plural ? { plural: want.plural } : lang === "en" ? { plural: plural(want.noun) } : {}),
        qty: want.qty,
        category: want.category,
        options: ask.split ? [] : want.options,
      }),
    );
  const firstAsk: DeliveryAsk = { ...ask, items: toAsk(firstWants) };
  if (stateAddress) firstAsk.place = firstPlace.label;
  const turns = [phrasebook.delivery(firstAsk, random)];
  if (followUp) turns.push(phrasebook.followUp(followUp, random));
  return {
    id,
    lang,
    userId: person.userId,
    family: "delivery",
    ...(composition ? { composition } : {}),
    turns,
    frames: [frame],
    kinds: [...kinds],
    ...(referenceKinds ? { referenceKinds } : {}),
    satisfiable: unsatisfiableBecause === undefined,
    ...(unsatisfiableBecause ? { unsatisfiableBecause } : {}),
  };
}
