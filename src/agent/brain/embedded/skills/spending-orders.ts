import type { Lang } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";

// What the wallet's statement does not show: delivery orders paid some other way (the shop's own
// checkout, history from before the wallet), which are spending all the same; and, for any spending,
// which shop it went to — the statement names a task, the order names its shop.

/** One spent amount, as the spending answer reads it (the statement's shape). */
export interface SpentLine {
  kind: string;
  intentId: string | null;
  heldFen: number;
  description: string;
  descriptionEn: string;
  createdAt: number;
  netFen: number;
  /** The shop it went to, when an order says so. */
  shop?: { zh: string; en: string };
}

interface OrderRow {
  merchantNameZh: string;
  merchantNameEn: string;
  status: string;
  totalFen: number;
  refundedFen?: number;
  paymentIntentId: string | null;
  createdAt: number;
  lines: { nameZh?: string; nameEn?: string; name?: string; qty: number }[];
}

const NOT_SPENT = new Set(["rejected", "cancelled", "failed", "pending_payment"]);

/** The user's delivery orders: statement-like lines for those the wallet never saw, and shops by intent. */
export async function orderSpending(
  context: SkillContext,
): Promise<{ extra: SpentLine[]; shopByIntent: Map<string, { zh: string; en: string }> }> {
  const { turn } = context;
  const listed = await turn.tools.call<{ orders: OrderRow[] }>("commerce_list_orders", {
    userId: turn.profile.userId,
    limit: 50,
  });
  const shopByIntent = new Map<string, { zh: string; en: string }>();
  const extra: SpentLine[] = [];
  if (!listed.ok) return { extra, shopByIntent };
  for (const order of listed.data.orders) {
    const shop = { zh: order.merchantNameZh, en: order.merchantNameEn };
    if (order.paymentIntentId) {
      shopByIntent.set(order.paymentIntentId, shop);
      continue;
    }
    if (NOT_SPENT.has(order.status)) continue;
    const netFen = -(order.totalFen - (order.refundedFen ?? 0));
    if (netFen >= 0) continue;
    const items = (lang: Lang) =>
      order.lines
        .map((line) => `${(lang === "zh" ? line.nameZh : line.nameEn) ?? line.name ?? ""}×${line.qty}`)
        .join(lang === "zh" ? "、" : ", ");
    extra.push({
      kind: "order",
      intentId: null,
      heldFen: 0,
      description: `${shop.zh} ${items("zh")}`,
      descriptionEn: `${shop.en} ${items("en")}`,
      createdAt: order.createdAt,
      netFen,
      shop,
    });
  }
  return { extra, shopByIntent };
}

/** "哪家最多", "which shop did I spend the most at": asking where most of it went. */
export const TOP_SHOP_ASKED =
  /哪(?:家|个店|个商家)[^，。,.?？]{0,6}(?:最多|花得最多|最贵)|最多的是哪|花(?:得|的)?最多的|which (?:shop|store|restaurant|place|merchant)[^,.?]{0,30}\bmost\b|\bmost (?:at|on|from) which\b|where did i spend the most/iu;

/** The shop most was spent at, in a sentence; empty when no line names a shop. */
export function topShopNote(lines: readonly SpentLine[], lang: Lang): string {
  const byShop = new Map<string, { shop: { zh: string; en: string }; fen: number; count: number }>();
  for (const line of lines) {
    if (!line.shop) continue;
    const entry = byShop.get(line.shop.zh) ?? { shop: line.shop, fen: 0, count: 0 };
    entry.fen -= line.netFen;
    entry.count += 1;
    byShop.set(line.shop.zh, entry);
  }
  const top = [...byShop.values()].sort((a, b) => b.fen - a.fen)[0];
  if (!top) return "";
  return say(
    lang,
    `花得最多的是「${top.shop.zh}」：${yuan(top.fen)}（${top.count} 笔）。`,
    ` The most went to ${top.shop.en}: ${yuan(top.fen)} (${top.count} order${top.count > 1 ? "s" : ""}).`,
  );
}

/** "钱包里还剩多少", "what's left in my wallet": the balance asked for beside the spending. */
export const BALANCE_ASKED =
  /余额|还剩多少|剩(?:下)?多少钱|钱包(?:里)?(?:还)?(?:有|剩)|\bbalance\b|left in my (?:wallet|account)|(?:is|have i got|do i have) (?:left )?in my (?:wallet|account)|how much (?:money )?(?:do )?i (?:still )?have/iu;

/** The wallet's available balance in a sentence, or nothing when it can't be read. */
export async function balanceNote(context: SkillContext): Promise<string> {
  const { turn, lang } = context;
  const result = await turn.tools.call<{ availableFen: number }>("pay_get_balance", {
    userId: turn.profile.userId,
  });
  if (!result.ok) return "";
  return say(
    lang,
    `钱包可用余额 ${yuan(result.data.availableFen)}。`,
    ` Your wallet has ${yuan(result.data.availableFen)} available.`,
  );
}
