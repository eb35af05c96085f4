import type { ItemOptions } from "../../nlu/slots/types.ts";
import type { BrainDecision, TaskBrief } from "../../types.ts";
import { KINDS } from "../kinds.ts";
import { say } from "../say.ts";
import { superseding } from "../shown-pick.ts";
import type { SkillContext } from "../skills/context.ts";
import { laterTime, whenLabel } from "../skills/later.ts";
import { planOrder } from "../skills/order.ts";
import { draftFromTurn, inheritLine, keepChoices } from "../skills/order-draft.ts";
import type { DialogueState, OrderDraft, WantedItem } from "../state.ts";
import { addElsewhere } from "./add-elsewhere.ts";
import { addedByWords } from "./added-words.ts";
import { addressWords, SENDS } from "./address-words.ts";
import { withBaseItem } from "./base-item.ts";
import { saidWithChoice } from "./choice-undo.ts";
import { choiceWords, readClauseEdits } from "./clause-edits.ts";
import { optionText } from "./option-text.ts";
import { type EditLine, type OrderEdit, readOrderEdit, type SaidItem } from "./read-edit.ts";
import { shopWithEdit } from "./shop-switch.ts";
import { swappedFor, withoutSwapWords } from "./swap-words.ts";

/**
 * "再加一个卤蛋", "其中一杯换成燕麦奶", "drop the burger", "送公司吧" while an order card waits: the
 * order on the card with exactly that change, re-quoted (at the same shop when it can take it), the
 * reply saying what changed. A change that cannot be made is said, and the card stays as it was —
 * an edit never silently becomes another order or a cancellation.
 */
export async function amendOrder(
  context: SkillContext,
  awaitingCard: TaskBrief | undefined,
): Promise<BrainDecision | undefined> {
  const { state, lang } = context;
  const order = state.order;
  if (awaitingCard?.kind !== "order_delivery" || !order || order.items.length === 0) return undefined;
  if (!order.items.every((item) => item.skuId)) return undefined;
  const edited = editOrder(context, order);
  if (!edited) return undefined;
  if ("unsure" in edited) return askWhichLine(edited.unsure, lang, state);
  const { changes } = edited;
  // "not Starbucks — Manner, and make it 2": the edited order from the shop named with it.
  const elsewhere = shopWithEdit(context, edited.draft);
  const draft = elsewhere ?? edited.draft;
  if (elsewhere?.brand)
    changes.push(say(lang, `改从${elsewhere.brand.zh}买`, `from ${elsewhere.brand.en} now`));
  if (draft.items.length === 0) {
    return {
      type: "cancel_task",
      taskId: awaitingCard.taskId,
      text: say(
        lang,
        "去掉之后就没有东西了，这单已取消，没有扣款。",
        "That leaves nothing on the order, so I've dropped it — nothing was charged.",
      ),
      state: { ...state, order: undefined, lastTaskId: undefined, shown: undefined } as DialogueState,
    };
  }
  const stay = elsewhere ? undefined : order.items[0]?.merchantId;
  const decision = await replanOrder(context, draft, stay);
  const changed = say(lang, `好的，已改：${changes.join("，")}。`, `Done — ${changes.join("; ")}.`);
  // The change cannot become a card (below the shop's minimum, nothing found): said, and the old
  // card withdrawn — what waits for a tap is never what the user just said they no longer want.
  // An add the card's shop cannot sell is said, the card kept and the add offered on its own.
  if (decision.type !== "start_task")
    return (
      (await addElsewhere(context, order, draft, awaitingCard)) ?? superseding(decision, awaitingCard, lang)
    );
  const merchantId = decision.request.args.merchantId;
  const moved =
    stay !== undefined && merchantId !== stay
      ? say(
          lang,
          "原来那家做不了这个改动，换了一家：",
          "The first shop can't take that change, so it's from another shop now: ",
        )
      : "";
  const now = decision.request.title.split(" · ")[0] ?? "";
  const kept = decision.state as DialogueState;
  return {
    ...decision,
    text: `${changed}${say(lang, `现在是：${now}。`, ` Now: ${now}.`)}\n${moved}${decision.text}`,
    replacesTaskId: awaitingCard.taskId,
    state: { ...kept, order: kept.order && { ...kept.order, stayMerchantId: undefined } },
  };
}

/** "Which one should I change — the latte or the croissant?" */
export function askWhichLine(lines: EditLine[], lang: "zh" | "en", state: DialogueState): BrainDecision {
  return {
    type: "ask",
    slot: "edit_line",
    text: say(
      lang,
      `要改哪一个：${lines.map((line) => line.zh).join("，还是")}？`,
      `Which one should I change — ${lines.map((line) => line.en).join(" or ")}?`,
    ),
    state,
  };
}

/**
 * The order with the change this turn makes to it (its lines, counts, options, address, time) and
 * each change in words; `unsure` with the lines when the change needs a line the turn did not pick.
 */
export function editOrder(
  context: SkillContext,
  order: OrderDraft,
): { draft: OrderDraft; changes: string[] } | { unsure: EditLine[] } | undefined {
  const { state, nlu, turn, lang } = context;
  const slots = nlu.slots;
  const lines: EditLine[] = order.items.map((item) => ({
    zh: item.card?.zh ?? item.query,
    en: item.card?.en ?? item.query,
    query: item.query,
    qty: item.qty,
    kinds: kindWords(item.card?.category),
    options: { ...(item.options as Record<string, string>), ...item.choices },
  }));
  const fresh = draftFromTurn({ ...context, state: { ...state, order: undefined } });
  const saidLines = slots.order?.lines ?? [];
  const said: SaidItem[] = [];
  const wanted: WantedItem[] = [];
  // "早饭还没吃 再来个可颂": a kind said beside a thing named, with no count of its own, is why or
  // what for, not one more thing to buy.
  const namesThing = saidLines.some((line) => line.match?.entity.kind === "item");
  saidLines.forEach((line, index) => {
    if (namesThing && line.match?.entity.kind === "category" && line.qtyText === undefined) return;
    const item = fresh.items[index];
    const added = addedByWords(turn.text, line);
    if (added) {
      said.push(added.said);
      wanted.push(added.wanted);
    }
    if (!line.match || !item) return;
    said.push({
      zh: line.match.entity.zh,
      en: line.match.entity.en,
      qty: line.qty,
      counted: line.qtyText !== undefined,
      options: line.options,
      words: line.match.text,
    });
    wanted.push(withBaseItem(withoutSwapWords(item), line.match.entity.zh, line.match.entity.en));
  });
  // "swap it for a chicken wrap": a thing the catalogue names differently, searched by the words said.
  // A shop named ("换成星巴克的") asks for another shop, not for a thing called that.
  // A kind of thing ("拿铁" as a category) is no shop: "其中一杯换成拿铁" swaps in a latte.
  const namesShop = (slots.entities ?? []).some((match) => !["item", "category"].includes(match.entity.kind));
  const swapped = said.length === 0 && !namesShop ? swappedFor(turn.text, lines) : undefined;
  if (swapped) {
    said.push({ zh: swapped, en: swapped, qty: 1, counted: false, options: {} });
    wanted.push({ query: swapped, qty: 1, options: {}, searches: [{ keyword: swapped }], said: turn.text });
  }
  const time = slots.datetime?.timeKnown ? laterTime(context) : undefined;
  // A place said with a word that sends or changes ("送公司吧", "send it home instead"), not "我到家了".
  const addressLabel = SENDS.test(turn.text) ? (slots.addressLabel ?? addressWords(turn.text)) : undefined;
  const where = { ...(addressLabel ? { addressLabel } : {}), ...(time ? { time: true } : {}) };
  const excluded = (slots.order?.exclusions ?? []).filter((item) => item.kind === "item");
  const edit =
    readClauseEdits(turn.text, { ...where, excluded }, lines, said) ??
    readOrderEdit(
      turn.text,
      {
        ...(slots.quantity !== undefined ? { quantity: slots.quantity } : {}),
        ...(slots.quantityDelta !== undefined ? { quantityDelta: slots.quantityDelta } : {}),
        ...(slots.options ? { options: slots.options } : {}),
        ...(slots.ordinal !== undefined ? { ordinal: slots.ordinal } : {}),
        excluded,
        ...where,
      },
      lines,
      said,
    );
  if (!edit) return undefined;
  if (edit.unsure) return { unsure: lines };
  const name = (index: number) => {
    const line = lines[index];
    return line ? say(lang, line.zh, line.en) : "";
  };
  return applyEdits(order, edit.ops, wanted, said, name, context, time);
}

/** Kind words that name an item of this catalogue category ("汉堡", "burger"). */
function kindWords(category: string | undefined): string[] {
  if (!category) return [];
  return KINDS.filter((kind) => kind.categories.includes(category)).flatMap((kind) => [
    ...kind.zh,
    ...kind.en,
  ]);
}

/** The options an edit sets, in words: the NLU's options, else the choice as said. */
const choiceText = (op: { options: ItemOptions; words?: string }, lang: "zh" | "en") =>
  optionText(op.options, lang) || choiceWords(op.words ?? "");

/** The draft with the edits applied, and each change in words. */
function applyEdits(
  order: OrderDraft,
  ops: OrderEdit[],
  wanted: WantedItem[],
  said: SaidItem[],
  name: (index: number) => string,
  context: SkillContext,
  time: { atMs: number; text: string } | undefined,
): { draft: OrderDraft; changes: string[] } {
  const { lang } = context;
  // Each line of the card, and what it becomes (none when removed, several when split).
  const items: (WantedItem | undefined)[][] = order.items.map((item) => [{ ...item }]);
  const added: WantedItem[] = [];
  const changes: string[] = [];
  const draft: OrderDraft = { ...order };
  const newNames = (indexes: number[]) =>
    indexes
      .map((index) => {
        const item = said[index];
        return item ? `${say(lang, item.zh, item.en)}${item.qty > 1 ? ` ×${item.qty}` : ""}` : "";
      })
      .join(say(lang, "、", ", "));
  const fresh = (indexes: number[], qty?: number) =>
    indexes.flatMap((index) => {
      const item = wanted[index];
      return item ? [{ ...item, ...(qty !== undefined ? { qty } : {}) }] : [];
    });
  // A count said with other changes comes first ("x2, one of them without the meal": two, then one
  // of the two changed), whatever order the reader found them in.
  const ordered = [...ops.filter((op) => op.op === "qty"), ...ops.filter((op) => op.op !== "qty")];
  for (const op of ordered) {
    switch (op.op) {
      case "add":
        added.push(...fresh(op.items));
        changes.push(say(lang, `加上${newNames(op.items)}`, `added ${newNames(op.items)}`));
        break;
      case "remove":
        for (const index of op.lines) items[index] = [];
        changes.push(
          say(
            lang,
            `去掉了${op.lines.map(name).join("、")}`,
            `removed the ${op.lines.map(name).join(" and ")}`,
          ),
        );
        break;
      case "replace": {
        for (const index of op.lines) {
          const current = items[index]?.[0];
          if (op.count !== undefined && current && current.qty > op.count) {
            items[index] = [{ ...current, qty: current.qty - op.count }];
            // "swap one for a mocha": the one swapped keeps the line's choices where it offers them.
            added.push(...fresh(op.items, op.count).map((item) => keepChoices(item, current)));
          } else {
            items[index] = [];
            // "换成奶茶" for 2 coffees: one thing said without a count takes the line's place whole.
            const [only] = op.items;
            const whole = op.items.length === 1 && only !== undefined && !said[only]?.counted;
            added.push(
              ...fresh(op.items).map((item) =>
                current ? (whole ? inheritLine(item, current) : keepChoices(item, current)) : item,
              ),
            );
          }
        }
        const old = op.lines.map(name).join(say(lang, "、", " and "));
        changes.push(
          op.count !== undefined
            ? say(
                lang,
                `其中 ${op.count} 份${old}换成了${newNames(op.items)}`,
                `swapped one ${old} for ${newNames(op.items)}`,
              )
            : say(lang, `${old}换成了${newNames(op.items)}`, `swapped the ${old} for ${newNames(op.items)}`),
        );
        break;
      }
      case "qty":
        for (const index of op.lines) {
          items[index] = (items[index] ?? []).map((item) =>
            item
              ? { ...item, qty: Math.max(0, op.qty ?? item.qty * (op.multiply ?? 1) + (op.delta ?? 0)) }
              : item,
          );
          const qty = items[index]?.[0]?.qty ?? 0;
          if (qty === 0) items[index] = [];
          changes.push(
            qty === 0
              ? say(lang, `去掉了${name(index)}`, `removed the ${name(index)}`)
              : say(lang, `${name(index)}改为 ${qty} 份`, `${name(index)} ×${qty}`),
          );
        }
        break;
      case "options":
        for (const index of op.lines) {
          const current = items[index]?.[0];
          if (!current) continue;
          const changed = {
            ...current,
            options: { ...current.options, ...op.options },
            // Choices only its shop names ("韭叶", "加蛋") are matched in the line's words.
            ...(op.words ? { said: saidWithChoice(current.said ?? "", op.words) } : {}),
          };
          // The line's first part changes; parts an earlier clause split off stay ("一碗改成韭叶，另一碗…").
          const others = (items[index] ?? []).slice(1);
          items[index] =
            op.count !== undefined && current.qty > op.count
              ? [{ ...current, qty: current.qty - op.count }, { ...changed, qty: op.count }, ...others]
              : [changed, ...others];
        }
        changes.push(
          op.count !== undefined
            ? say(
                lang,
                `其中 ${op.count} 份${op.lines.map(name).join("、")}改成${choiceText(op, "zh")}`,
                `${op.count === 1 ? "one" : op.count} ${op.lines.map(name).join(" and ")} now ${choiceText(op, "en")}`,
              )
            : say(
                lang,
                `${op.lines.map(name).join("、")}改成${choiceText(op, "zh")}`,
                `${op.lines.map(name).join(" and ")}: ${choiceText(op, "en")}`,
              ),
        );
        break;
      case "split": {
        const current = items[op.line]?.[0];
        if (!current) break;
        const total = op.parts.reduce((sum, part) => sum + part.qty, 0);
        const parts = op.parts.map((part) => ({
          ...current,
          qty: part.qty,
          options: { ...current.options, ...part.options },
          ...(part.words ? { said: saidWithChoice(current.said ?? "", part.words) } : {}),
        }));
        const rest = current.qty - total;
        items[op.line] = rest > 0 ? [{ ...current, qty: rest }, ...parts] : parts;
        changes.push(
          say(
            lang,
            `${name(op.line)}分成${op.parts.map((part) => `${part.qty} 份${choiceText({ ...part, words: part.words ?? "" }, "zh")}`).join(" + ")}`,
            `${name(op.line)}: ${op.parts.map((part) => `${part.qty} ${choiceText({ ...part, words: part.words ?? "" }, "en")}`).join(" + ")}`,
          ),
        );
        break;
      }
      case "address":
        draft.addressLabel = op.label;
        delete draft.otherPlace;
        changes.push(
          say(lang, `改送到${op.label === "home" ? "家" : "公司"}`, `now going to your ${op.label}`),
        );
        break;
      case "time":
        if (time) {
          draft.when = time;
          const label = whenLabel(time.atMs, context.turn.now, lang, context.turn.profile.timeZone);
          changes.push(say(lang, `改为 ${label} 送达`, `now for ${label}`));
        }
        break;
    }
  }
  const kept = items.flat().filter((item): item is WantedItem => item !== undefined && item.qty > 0);
  // A changed line keeps its item (skuId) but is quoted afresh with its own options.
  draft.items = [...kept, ...added];
  return { draft, changes };
}

/**
 * The edited order planned again: first with the card's own items, its shop first. When that makes
 * no card (the card's items cannot take the change: a thing added that no shop sells beside them, a
 * shop's minimum order, a pre-order no basket can split), planned again from the request itself —
 * each line by what was asked, with its count and options, and every limit, brand and exclusion of
 * the order — so one shop that has all of it can take it.
 */
export async function replanOrder(
  context: SkillContext,
  draft: OrderDraft,
  stay: string | undefined,
): Promise<BrainDecision> {
  const pinned = await planOrder(context, { ...draft, ...(stay ? { stayMerchantId: stay } : {}) });
  if (pinned.type === "start_task" || !draft.items.some((item) => item.skuId)) return pinned;
  const asked = draft.items.map(({ skuId: _sku, merchantId: _merchant, ...item }) => item);
  const fresh = await planOrder(context, { ...draft, items: asked });
  return fresh.type === "start_task" ? fresh : pinned;
}
