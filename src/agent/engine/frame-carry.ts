import type { FrameItem, RequestFrame } from "../brain/frame.ts";

/**
 * The frame of a request that replaces a waiting card (an edit: "deliver to home instead", "make it
 * two", "no ice", "a different shop"), with every constraint of the card it replaces that the new
 * frame does not speak to: each item's options (the item found by its words), the budget (total and
 * per item), the delivery deadline (unless the edit names a time) and the exclusions. The engine
 * checks the new card against all of it (`faithfulness.ts`), so a re-plan that loses one says so
 * before the card, whichever brain made it. What the edit said (a count, an option's new value, the
 * address, the time, the shop) is the new frame's own; an item the edit replaced or removed carries
 * nothing.
 */
export function carryFrame(previous: RequestFrame | undefined, next: RequestFrame): RequestFrame {
  if (!previous || previous.kind !== next.kind) return next;
  const items = next.items.map((item, index) => {
    const before = previousItem(previous.items, item, index);
    return before ? { ...item, options: { ...before.options, ...item.options } } : item;
  });
  const same = (a: RequestFrame["exclusions"][number], b: RequestFrame["exclusions"][number]) =>
    a.kind === b.kind && a.zh === b.zh && a.en === b.en;
  const exclusions = [
    ...next.exclusions,
    ...previous.exclusions.filter((exclusion) => !next.exclusions.some((kept) => same(kept, exclusion))),
  ];
  const budget =
    previous.budget || next.budget ? { ...(previous.budget ?? {}), ...(next.budget ?? {}) } : undefined;
  // A time said in the edit ("deliver at 6pm instead") replaces "within half an hour".
  const withinMinutes = next.withinMinutes ?? (next.when ? undefined : previous.withinMinutes);
  return {
    ...next,
    items,
    exclusions,
    ...(budget && (budget.totalFen !== undefined || budget.perItemFen !== undefined) ? { budget } : {}),
    ...(withinMinutes !== undefined ? { withinMinutes } : {}),
  };
}

/**
 * The item of the replaced card a new item continues: the one said in the same words, or — when the
 * old card had several said alike (a split) — the one at the same place.
 */
function previousItem(items: FrameItem[], item: FrameItem, index: number): FrameItem | undefined {
  const words = (text: string) => text.trim().toLowerCase();
  const alike = items.filter((candidate) => words(candidate.text) === words(item.text));
  if (alike.length <= 1) return alike[0];
  const there = items[index];
  return there && words(there.text) === words(item.text) ? there : undefined;
}
