import type { BrainDecision, TaskBrief } from "../../types.ts";
import { say } from "../say.ts";
import type { SkillContext } from "../skills/context.ts";
import { planOrder } from "../skills/order.ts";
import { draftFromTurn } from "../skills/order-draft.ts";
import type { OrderDraft } from "../state.ts";

// The order being discussed, from another shop named on its own: "Starbucks" after a latte's card,
// "get them from Cotti instead", "换成星巴克的", or one of the same chain's branches by its place
// ("use the Wulin Square one", "要武林广场那家"). Every line, count, option, address and time stays.

// Words around a shop's name that ask for it and name nothing else.
const AROUND_EN =
  /\b(?:from|at|of|the|a|an|one|ones|branch|shop|store|location|place|that|this|it|them|instead|rather|actually|no|not|nah|hmm|ok|okay|please|pls|use|try|go|with|get|make|order|let's|lets|then|there|wait|how|about|what|switch|change|to|i'd|i|want|prefer|like|would|can|could|you|do|just|and|but|sorry|one's)\b/giu;
const AROUND_ZH =
  /换成|改成|换到|改到|还是|算了|不要|换|改|要|用|从|在|去|的|吧|了|啊|呢|那家|这家|家|店|分店|门店|就|我|那|这|个|一/gu;

/** What is left of the text without the shop's words and the words asking for it. */
function rest(text: string, shopWords: readonly string[]): string {
  let left = text.toLowerCase();
  for (const word of shopWords) left = left.split(word.toLowerCase()).join(" ");
  return left
    .replace(AROUND_EN, " ")
    .replace(AROUND_ZH, " ")
    .replace(/[\p{P}\p{S}\s\d]+/gu, " ")
    .trim();
}

const RULED_OUT = /(?:\bnot|\bno|\bnever|\bexcept|\bbut|不要|别|不用|除了|不是)\s*$/iu;

interface Branch {
  merchantId: string;
  nameZh: string;
  nameEn: string;
  brandZh: string;
  brandEn: string;
}

/** A branch's own place: "瑞幸咖啡（武林广场店）" → 武林广场, "Luckin Coffee (Wulin Square)" → Wulin Square. */
function placeOf(name: string): string | undefined {
  const inner = /[（(]([^）)]+)[）)]/u.exec(name)?.[1]?.trim();
  return inner?.replace(/店$/u, "").trim() || undefined;
}

/** The branch of the card's chain whose place the turn names, other than the card's own. */
async function branchNamed(context: SkillContext, merchantId: string): Promise<Branch | undefined> {
  const { tools } = context.turn;
  const detail = await tools.call<Branch>("commerce_merchant_detail", { merchantId });
  if (!detail.ok) return undefined;
  const brand = detail.data.brandZh;
  const found = await tools.call<{ merchants: Branch[] }>("commerce_search_merchants", {
    keyword: brand,
    limit: 50,
  });
  if (!found.ok) return undefined;
  const text = context.turn.text.toLowerCase();
  return found.data.merchants.find((branch) => {
    if (branch.brandZh !== brand || branch.merchantId === merchantId) return false;
    const places = [placeOf(branch.nameZh), placeOf(branch.nameEn)].filter(
      (place): place is string => !!place,
    );
    return places.some((place) => place.length >= 2 && text.includes(place.toLowerCase()));
  });
}

/** The branch named cannot deliver to the order's address: said, and the card stays. */
async function outOfReach(
  context: SkillContext,
  order: OrderDraft,
  branch: Branch,
): Promise<BrainDecision | undefined> {
  const { turn, lang, state } = context;
  const label = order.addressLabel ?? "home";
  const address = turn.profile.addresses.find((saved) => saved.label === label) ?? turn.profile.addresses[0];
  if (!address) return undefined;
  const found = await turn.tools.call<{ merchants: Branch[] }>("commerce_search_merchants", {
    keyword: branch.nameZh,
    location: `${address.lng},${address.lat}`,
    limit: 10,
  });
  if (!found.ok || found.data.merchants.some((shop) => shop.merchantId === branch.merchantId))
    return undefined;
  const where = label === "office" ? say(lang, "公司", "your office") : say(lang, "家", "your home");
  return {
    type: "reply",
    text: say(
      lang,
      `「${branch.nameZh}」送不到${where}（不在它的配送范围内），原来的卡片还在。`,
      `${branch.nameEn} doesn't deliver to ${where} (it's out of its range), so the card you have is unchanged.`,
    ),
    state,
  };
}

/** The order's draft with the shop said: its items searched afresh there, everything else kept. */
function fromShop(draft: OrderDraft, shop: { zh: string; en: string }, exact: boolean): OrderDraft {
  return {
    ...draft,
    merchantQuery: shop.zh,
    brand: exact ? draft.brand : shop,
    stayMerchantId: undefined,
    excludeMerchantIds: undefined,
    items: draft.items.map(({ skuId: _sku, merchantId: _merchant, ...item }) => item),
  };
}

/**
 * "not Starbucks — Manner, and make it 2", "from Luckin instead, and large": another brand named
 * beside an edit (the last one named, not one ruled out) — the edited order then comes from it.
 */
export function shopWithEdit(context: SkillContext, draft: OrderDraft): OrderDraft | undefined {
  const { slots } = context.nlu;
  const named = [...(slots.order?.brands ?? []), ...(slots.entities ?? [])]
    .filter((match) => match.entity.kind === "merchant")
    .sort((left, right) => left.start - right.start)
    .at(-1);
  if (!named) return undefined;
  const ruled = (slots.order?.exclusions ?? []).some(
    (item) => item.kind === "merchant" && [named.entity.zh, named.entity.en].includes(item.en ?? item.zh),
  );
  const before = context.turn.text.slice(0, Math.max(0, context.turn.text.lastIndexOf(named.text)));
  if (ruled || RULED_OUT.test(before)) return undefined;
  const shop = {
    zh: named.entity.canonicalZh ?? named.entity.zh,
    en: named.entity.canonicalEn ?? named.entity.en,
  };
  const current = draft.brand ?? context.state.order?.brand;
  if (current && [current.zh, current.en].includes(shop.zh)) return undefined;
  return fromShop(draft, shop, false);
}

/**
 * "Starbucks", "from Cotti instead", "use the Wulin Square one" while an order's card waits: the
 * same order from that shop, its card in place of the old one. When that shop cannot take it, the
 * reason is said and the card stays.
 */
export async function switchShop(
  context: SkillContext,
  awaitingCard: TaskBrief | undefined,
): Promise<BrainDecision | undefined> {
  const { state, nlu, lang } = context;
  const order = state.order;
  if (state.lastIntent !== "order_delivery" || !order || awaitingCard?.kind !== "order_delivery")
    return undefined;
  const entities = nlu.slots.entities ?? [];
  const lines = nlu.slots.order?.lines ?? [];
  if (lines.some((line) => line.match) || entities.some((match) => match.entity.kind !== "merchant"))
    return undefined;
  const merchants = entities.filter((match) => match.entity.kind === "merchant");
  const current = order.items[0]?.merchantId;
  let shop: { zh: string; en: string } | undefined;
  let exact = false;
  if (merchants.length > 0) {
    // The shop asked for is the last one named ("not Luckin, Cotti instead").
    const last = merchants.at(-1);
    const named = last?.entity;
    if (
      !last ||
      !named ||
      rest(
        context.turn.text,
        merchants.map((match) => match.text),
      ).length > 0
    )
      return undefined;
    // "no Starbucks" rules a shop out; it asks for no other.
    const before = context.turn.text.slice(0, Math.max(0, context.turn.text.lastIndexOf(last.text)));
    if (RULED_OUT.test(before)) return undefined;
    shop = { zh: named.canonicalZh ?? named.zh, en: named.canonicalEn ?? named.en };
  } else if (current) {
    const branch = await branchNamed(context, current);
    if (!branch) return undefined;
    const places = [placeOf(branch.nameZh), placeOf(branch.nameEn)].filter(
      (place): place is string => !!place,
    );
    if (rest(context.turn.text, places).length > 0) return undefined;
    shop = { zh: branch.nameZh, en: branch.nameEn };
    exact = true;
    const far = await outOfReach(context, order, branch);
    if (far) return far;
  }
  if (!shop) return undefined;
  const draft = fromShop(draftFromTurn(context, order), shop, exact);
  const decision = await planOrder(context, draft);
  if (decision.type === "start_task") return { ...decision, replacesTaskId: awaitingCard.taskId };
  if (decision.type !== "reply" && decision.type !== "ask") return decision;
  return {
    ...decision,
    text: `${decision.text}${say(lang, "（原来的卡片还在。）", " (The card you have is unchanged.)")}`,
    ...(decision.type === "reply" ? { state } : {}),
  };
}
