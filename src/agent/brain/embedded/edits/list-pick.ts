import { say } from "../say.ts";
import type { SkillContext } from "../skills/context.ts";

/**
 * "第一家，来杯拿铁", "the 4th one, 2 americanos to the office" after a list of places: an order
 * from the place picked, not from whichever shop the planner would choose. The words to understand
 * instead: the order with the place's shop named (its brand, without the branch). Undefined when the
 * rest of the turn orders nothing.
 */
export function orderAtPlace(
  context: SkillContext,
  payload: Record<string, unknown>,
  rest: string,
): string | undefined {
  const { nlu, lang } = context;
  if (typeof payload.poiId !== "string" || typeof payload.name !== "string" || rest === "") return undefined;
  const ordersItem = (nlu.slots.order?.lines ?? []).some((line) => line.match?.entity.kind === "item");
  if (nlu.intent !== "order_delivery" || !ordersItem) return undefined;
  const strip = (name: string) => name.replace(/\s*[（(].*$/u, "").trim();
  // The brand is the name before the branch in brackets; a Latin brand of the Chinese name reads in
  // English too ("Manner Coffee(华星店)"), where the English name may carry the branch unbracketed.
  const zh = typeof payload.nameZh === "string" ? strip(payload.nameZh) : undefined;
  const shop =
    lang === "zh"
      ? (zh ?? strip(payload.name))
      : zh && !/\p{Script=Han}/u.test(zh)
        ? zh
        : strip(payload.name);
  // "which tea shops deliver to my office?" then "the first one, 2 milk teas": to the office.
  const near =
    !nlu.slots.addressLabel && (payload.near === "home" || payload.near === "office")
      ? payload.near
      : undefined;
  const to = near
    ? say(
        lang,
        near === "office" ? "，送到公司" : "，送到家",
        near === "office" ? ", to the office" : ", to home",
      )
    : "";
  return lang === "zh" ? `在${shop}点${rest}${to}` : `${shop}: ${rest}${to}`;
}
