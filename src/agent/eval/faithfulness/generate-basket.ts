import type { SeededRandom } from "../../../kernel/random.ts";
import type { ItemAsk } from "./asks.ts";
import { frameLine, namedWant, usableName, type Want } from "./delivery-wants.ts";
import type { Phrasebook } from "./phrasebook.ts";
import { plural } from "./phrasing-en.ts";
import type { CardFrame, ConstraintKind, FaithCase, Lang } from "./types.ts";
import { quoteCart, type ShopItem, type WorldFacts } from "./world-facts.ts";

/**
 * Composes a basket no single shop sells ("一杯拿铁和一盒布洛芬", "a Big Mac and a bouquet of roses"):
 * two or three named items from shops of different kinds at one place, none of which carries them
 * all. A faithful answer is one card with an order per shop (or a question), never a dropped line.
 */
export async function basketCase(
  facts: WorldFacts,
  random: SeededRandom,
  lang: Lang,
  phrasebook: Phrasebook,
  id: string,
): Promise<FaithCase | undefined> {
  const person = random.pick(facts.people);
  const place = random.pick(person.places);
  const kindsOfShop = [...new Set(place.shops.map((shop) => shop.category))];
  if (kindsOfShop.length < 2) return undefined;
  const count = random.chance(0.25) && kindsOfShop.length >= 3 ? 3 : 2;
  const chosenKinds = random.shuffle([...kindsOfShop]).slice(0, count);
  const wants: Want[] = [];
  for (const kind of chosenKinds) {
    const shops = place.shops.filter((shop) => shop.category === kind && shop.items.some(usableName));
    if (!shops.length) return undefined;
    const item = random.pick(random.pick(shops).items.filter(usableName));
    wants.push(namedWant(item, lang, random.pick([1, 1, 2, 2, 3]), []));
  }
  // Only a basket that really needs two shops: no shop here may carry every line.
  const sellers = place.shops.filter((shop) =>
    wants.every((want) => shop.items.some((item) => want.matches(item))),
  );
  if (sellers.length) return undefined;
  if (new Set(wants.map((want) => want.itemKey)).size < wants.length) return undefined;

  // Each line on its own must be orderable from some shop (open, in range, over its minimum).
  const cheapest: number[] = [];
  for (const want of wants) {
    const carts = place.shops.flatMap((shop) => {
      const fits = shop.items
        .filter((item) => want.matches(item) && item.stock >= want.qty)
        .sort((a, b) => a.priceFen - b.priceFen);
      const pick: ShopItem | undefined = fits[0];
      return pick ? [{ shop, pick }] : [];
    });
    const totals = (
      await Promise.all(
        carts
          .slice(0, 6)
          .map(async ({ shop, pick }) =>
            quoteCart(facts, person.userId, place, shop.merchantId, [
              { skuId: pick.skuId, qty: want.qty, options: {} },
            ]),
          ),
      )
    ).flatMap((quote) => (quote ? [quote.totalFen] : []));
    cheapest.push(totals.length ? Math.min(...totals) : Number.NaN);
  }
  const kinds = new Set<ConstraintKind>(["kind", "item", "qty", "address"]);
  const frame: CardFrame = {
    kind: "order_delivery",
    lines: wants.map((want) => frameLine(want, facts.catalogue)),
    address: { label: place.label, text: place.text },
  };
  const satisfiable = cheapest.every((fen) => Number.isFinite(fen));
  const budgetYuan =
    satisfiable && random.chance(0.25)
      ? Math.ceil((cheapest.reduce((sum, fen) => sum + fen, 0) * 1.3) / 500) * 5
      : undefined;
  if (budgetYuan !== undefined) {
    frame.budget = { kind: "total", fen: budgetYuan * 100 };
    kinds.add("budget");
  }
  const items: ItemAsk[] = wants.map((want) => ({
    noun: want.noun,
    ...(lang === "en" ? { plural: plural(want.noun) } : {}),
    qty: want.qty,
    category: want.category,
    options: [],
  }));
  const text = phrasebook.delivery(
    {
      items,
      place: place.label,
      ...(budgetYuan !== undefined ? { budget: { kind: "total", yuan: budgetYuan } } : {}),
    },
    random,
  );
  return {
    id,
    lang,
    userId: person.userId,
    family: "basket",
    turns: [text],
    frames: [frame],
    kinds: [...kinds],
    satisfiable,
    ...(satisfiable ? {} : { unsatisfiableBecause: "item" as const }),
  };
}
