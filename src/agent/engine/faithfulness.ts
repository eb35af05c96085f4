import type { FrameOptions, RequestFrame } from "../brain/frame.ts";
import { gramsWritten, optionWords } from "../brain/option-words.ts";
import { packCount, packOf } from "../brain/pack-words.ts";
import type { TaskQuote } from "../events.ts";
import { formatFen } from "../format.ts";

/** One way a card differs from what the user asked for, in words for the user. */
export interface Divergence {
  kind: "amount" | "quantity" | "items" | "options" | "merchant" | "exclusion" | "budget" | "eta" | "time";
  /** A blocking difference withholds the card: the user is told and asked instead. */
  blocking: boolean;
  zh: string;
  en: string;
}

/** A time further ahead than this is "later", not "now" ("明天早上8点"). */
export const LATER_AFTER_MS = 20 * 60_000;

/** Whether the options chosen on a card line give what the user asked for under `key`. */
function optionMet(
  key: keyof FrameOptions,
  wanted: string,
  chosen: Record<string, string>,
  name: string,
): boolean {
  switch (key) {
    case "sugar":
      return chosen.sugar === wanted || (wanted === "extra" && chosen.sugar === "standard");
    case "spice":
      return chosen.spice === wanted || (wanted === "extra_hot" && chosen.spice === "hot");
    case "ice":
      return chosen.ice === (wanted === "normal" || wanted === "extra" ? "regular" : wanted);
    case "temperature":
      if (wanted === "hot")
        return chosen.ice === "hot" || chosen.temperature === "hot" || /热|hot/iu.test(name);
      if (wanted === "iced")
        return (
          chosen.temperature === "iced" ||
          // A bottle's cold is chilled (option-mapping.ts).
          chosen.temperature === "chilled" ||
          (chosen.ice !== undefined && chosen.ice !== "hot") ||
          /冰|iced|cold/iu.test(name)
        );
      return chosen.temperature === wanted;
    default:
      return chosen[key] === wanted;
  }
}

/**
 * The grams a line comes to: its count × the weight chosen, else × the item's own weight
 * ("Fuji Apples (bag, about 2 kg)"); undefined when neither names a weight.
 */
function lineGrams(line: { qty: number; nameEn?: string; optionsText?: string; optionsTextEn?: string }) {
  const each = gramsWritten(`${line.optionsText ?? ""} ${line.optionsTextEn ?? ""} ${line.nameEn ?? ""}`);
  return each === undefined ? undefined : each * line.qty;
}

/** The item's words for an English sentence: the card's English name when the words are Chinese. */
function english(text: string, nameEn: string | undefined): string {
  return /\p{Script=Han}/u.test(text) && nameEn ? nameEn : text;
}

/** "1 kg", "500 g": a weight as both languages write it on a card. */
function weightWords(grams: number): string {
  return grams >= 1000 && grams % 100 === 0 ? `${grams / 1000} kg` : `${grams} g`;
}

/**
 * Compares a card with the frame of the request that made it. Every constraint the card does not
 * meet comes back in words; quantities, items, brands, exclusions and times it cannot honour block
 * the card, prices and delivery times over the user's limits are named on it.
 */
export function checkCard(frame: RequestFrame, card: Omit<TaskQuote, "cartHash">, now: number): Divergence[] {
  const out: Divergence[] = [];
  const add = (kind: Divergence["kind"], blocking: boolean, zh: string, en: string) =>
    out.push({ kind, blocking, zh, en });
  for (const problem of frame.problems)
    add(
      "quantity",
      true,
      `「${problem.text}」不是一个能下单的数量`,
      `"${problem.text}" is not a quantity I can order`,
    );
  if (frame.when && frame.when.atMs > now + LATER_AFTER_MS && !card.scheduledFor)
    add(
      "time",
      true,
      `这个还不能预约到「${frame.when.text}」，所以我没有下单`,
      `I can't schedule this for "${frame.when.text}", so I haven't booked anything`,
    );
  if (frame.amountFen !== undefined && card.totalFen !== frame.amountFen)
    add(
      "amount",
      true,
      `卡片金额 ${formatFen(card.totalFen)} 不是你说的 ${formatFen(frame.amountFen)}`,
      `the card says ${formatFen(card.totalFen)}, not the ${formatFen(frame.amountFen)} you said`,
    );
  const shop = `${card.merchant} ${card.merchantEn ?? ""}`.toLowerCase();
  if (
    frame.merchant &&
    !shop.includes(frame.merchant.zh.toLowerCase()) &&
    !shop.includes(frame.merchant.en.toLowerCase())
  )
    add(
      "merchant",
      true,
      `卡片上的商家不是「${frame.merchant.zh}」`,
      `the card is not from ${frame.merchant.en}`,
    );
  // Each item's own shop, when the request names one per item: the card must come from every one.
  for (const item of frame.items) {
    const wanted = item.merchant;
    if (!wanted || shop.includes(wanted.zh.toLowerCase()) || shop.includes(wanted.en.toLowerCase())) continue;
    add(
      "merchant",
      true,
      `「${item.text}」不是从「${wanted.zh}」买的`,
      `the ${item.text} is not from ${wanted.en}`,
    );
  }
  for (const exclusion of frame.exclusions) {
    const zh = exclusion.zh.toLowerCase();
    const en = exclusion.en.toLowerCase();
    const hit =
      exclusion.kind === "merchant"
        ? shop.includes(zh) || shop.includes(en)
        : card.lines.some(
            (line) =>
              `${line.name} ${line.nameEn ?? ""}`.toLowerCase().includes(zh) ||
              `${line.nameEn ?? ""}`.toLowerCase().includes(en),
          );
    if (hit) add("exclusion", true, `你说过不要「${exclusion.zh}」`, `you said not ${exclusion.en}`);
  }
  if (frame.kind === "order_delivery" && frame.items.length > 0) {
    if (card.lines.length !== frame.items.length)
      add(
        "items",
        true,
        `你要了 ${frame.items.length} 样东西，卡片上是 ${card.lines.length} 样`,
        `you asked for ${frame.items.length} item${frame.items.length > 1 ? "s" : ""} but the card has ${card.lines.length}`,
      );
    frame.items.forEach((item, index) => {
      const line = card.lines[index];
      if (!line) return;
      // A count said as a weight ("两斤") is met by the weight, however it is bagged.
      const grams = item.grams !== undefined ? lineGrams(line) : undefined;
      if (grams !== undefined && grams !== item.grams) {
        const [asked, carded] = [weightWords(item.grams ?? 0), weightWords(grams)];
        add(
          "quantity",
          true,
          `「${item.text}」你要 ${asked}，卡片上是 ${carded}`,
          `you asked for ${asked} of ${english(item.text, line.nameEn)}, the card has ${carded}`,
        );
      } else if (grams === undefined && line.qty !== item.qty)
        add(
          "quantity",
          true,
          `「${item.text}」你要 ${item.qty} 份，卡片上是 ${line.qty} 份`,
          `you asked for ${item.qty} × ${english(item.text, line.nameEn)}, the card has ${line.qty}`,
        );
      // "一瓶可乐" carded as a case of 24: the count matches, the thing does not.
      const pack = item.singles ? packOf(`${line.name} ${line.nameEn ?? ""}`) : undefined;
      if (pack !== undefined)
        add(
          "quantity",
          false,
          `「${item.text}」你说的是单瓶（罐），卡片上的「${line.name}」是 ${pack} 个一组的整件`,
          `you asked for single bottles or cans, but ${line.nameEn ?? line.name} on the card is a pack of ${pack}`,
        );
      // "a dozen roses" carded as one bouquet of 11: the stems in all are not the count said.
      const held =
        item.pieces !== undefined ? (packCount(line.name) ?? packCount(line.nameEn ?? "") ?? 1) : 1;
      if (item.pieces !== undefined && held * line.qty !== item.pieces)
        add(
          "quantity",
          false,
          `「${item.text}」你要 ${item.pieces} 个，「${line.name}」一份 ${held} 个，卡片上是 ${line.qty} 份共 ${held * line.qty} 个`,
          `you asked for ${item.pieces}; ${line.nameEn ?? line.name} holds ${held}, so the card has ${line.qty} × ${held} = ${held * line.qty}`,
        );
      const chosen = line.options ?? {};
      for (const [key, wanted] of Object.entries(item.options) as [keyof FrameOptions, string][]) {
        if (!wanted || optionMet(key, wanted, chosen, `${line.name} ${line.nameEn ?? ""}`)) continue;
        const [zh, en] = optionWords(key, wanted) ?? [wanted, wanted];
        add(
          "options",
          false,
          `「${line.name}」没有「${zh}」可选`,
          `${line.nameEn ?? line.name} doesn't come ${key === "combo" || key === "temperature" ? en : `with ${en}`}`,
        );
      }
    });
  }
  const totalCap = frame.budget?.totalFen;
  if (totalCap !== undefined && card.totalFen > totalCap)
    add(
      "budget",
      false,
      `合计 ${formatFen(card.totalFen)}，超出你 ${formatFen(totalCap)} 的预算`,
      `the total is ${formatFen(card.totalFen)}, over your ${formatFen(totalCap)} budget`,
    );
  const unitCap = frame.budget?.perItemFen;
  if (unitCap !== undefined)
    for (const line of card.lines)
      if (line.unitFen > unitCap)
        add(
          "budget",
          false,
          `「${line.name}」单价 ${formatFen(line.unitFen)}，超出每份 ${formatFen(unitCap)} 的上限`,
          `${line.nameEn ?? line.name} is ${formatFen(line.unitFen)} each, over your ${formatFen(unitCap)} limit`,
        );
  if (
    frame.withinMinutes !== undefined &&
    card.etaMinutes !== undefined &&
    card.etaMinutes > frame.withinMinutes
  )
    add(
      "eta",
      false,
      `预计 ${card.etaMinutes} 分钟送达，超过你要的 ${frame.withinMinutes} 分钟`,
      `it arrives in about ${card.etaMinutes} min, later than your ${frame.withinMinutes} min`,
    );
  return out;
}
