import { CLAIM_KIND_WORDS } from "../../../engine/handlers/after-sale-claims.ts";
import { parseCount } from "../../nlu/slots/numbers.ts";
import type { ClaimableOrder } from "./after-sale-orders.ts";
import type { SkillContext } from "./context.ts";

// What the after-sale skill checks with the services before it asks or fills a claim in.

type ToolError = { code: string; message: string; details?: Record<string, unknown> };

/** The kinds of claim on a delivery order (the rest of CLAIM_KIND_WORDS are rides' and tickets'). */
const DELIVERY_KINDS = Object.keys(CLAIM_KIND_WORDS).filter(
  (kind) => !["detour", "lost_item", "ticket_refund"].includes(kind),
);

/**
 * How many of a line's items are missing: "只到了一杯" / "only one of the two arrived" counts what came
 * (the rest is missing); "少送了一个" / "one was missing" counts what is missing. Undefined = all.
 */
export function missingQty(text: string, lineQty: number, said: number | undefined): number | undefined {
  const came =
    /只(?:送了|到了|来了|收到了?|送到了?)\s*([0-9一两二三四五六七八九十]+)/u.exec(text)?.[1] ??
    /\bonly (?:got |received )?(\d+|one|two|three|four|five|six)\b/iu.exec(text)?.[1];
  const arrived = came === undefined ? undefined : parseCount(came);
  if (arrived !== undefined) return arrived > 0 && arrived < lineQty ? lineQty - arrived : undefined;
  return said !== undefined && said < lineQty ? said : undefined;
}

// "其中一个", "有一份", "one of the two", "the second one", "one was cold": one of the line's items.
const ONE_OF_THEM =
  /其中(?:的)?[一1]\s*(?:个|份|杯|碗|只|盒|瓶)?|有[一1]\s*(?:个|份|杯|碗|只|盒|瓶)|[一1]\s*(?:个|份|杯|碗|只|盒|瓶)(?:是|有|被|都是|里|压|洒|凉|坏)|另一\s*(?:个|份|杯|碗)|第[一二两三1-3]\s*(?:个|份|杯|碗)|\bone of\b|\bone (?:was|had|is|came|arrived|of them)\b|\bthe (?:first|second|third|other|last)\b|\bthe (?:one|1)\b/iu;
const EVERY_ONE = /都|全部|所有|每(?:一)?(?:个|份|杯|碗)|\b(?:both|all|every|each)\b/iu;

/**
 * How many of a line's items a claim that is not about a missing one is about: one when the turn says
 * one of them ("两个巨无霸有一个是凉的", "one of the two Big Macs had a hair in it", "the second one"),
 * a count said below the line's, else undefined (the whole line).
 */
export function claimedQty(text: string, lineQty: number, said: number | undefined): number | undefined {
  if (lineQty <= 1 || EVERY_ONE.test(text)) return undefined;
  if (ONE_OF_THEM.test(text)) return 1;
  return said !== undefined && said > 0 && said < lineQty ? said : undefined;
}

/** The catalogue category of each line of the recent orders, so a kind named ("咖啡") finds its items. */
export async function lookUpCategories(context: SkillContext, orders: ClaimableOrder[]): Promise<void> {
  const lines = orders.slice(0, 10).flatMap((order) => order.lines.filter((line) => line.skuId));
  const skuIds = [...new Set(lines.map((line) => line.skuId as string))];
  const found = await Promise.all(
    skuIds.map(async (skuId) => {
      const item = await context.turn.tools.call<{ category: string }>("commerce_item_detail", { skuId });
      return [skuId, item.ok ? item.data.category : undefined] as const;
    }),
  );
  const categories = new Map(found);
  for (const line of lines) {
    const category = categories.get(line.skuId as string);
    if (category) line.category = category;
  }
}

/**
 * The service's refusal when the order's claim window has closed for every kind of claim (so asking
 * what happened would only lead to "too late"); undefined when any kind could still be filed.
 */
export async function windowClosedForEveryKind(
  context: SkillContext,
  orderId: string,
): Promise<ToolError | undefined> {
  const { turn } = context;
  const previews = await Promise.all(
    DELIVERY_KINDS.map((kind) =>
      turn.tools.call("commerce_preview_claim", { userId: turn.profile.userId, orderId, kind }),
    ),
  );
  const refusals = previews.flatMap((preview) => (preview.ok ? [] : [preview.error as ToolError]));
  return refusals.length === previews.length &&
    refusals.every((refusal) => refusal.code === "claim_window_closed")
    ? refusals[0]
    : undefined;
}
