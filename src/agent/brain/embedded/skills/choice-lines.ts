import type { OrderDraft, WantedItem } from "../state.ts";
import type { Candidate } from "./order-search.ts";

/** The words a line was searched by, lower-cased: its query and every keyword. */
function lineWords(item: WantedItem): string[] {
  const words = [item.query, ...(item.searches ?? []).map((search) => search.keyword)];
  return [
    ...new Set(words.filter((word): word is string => !!word).map((word) => word.trim().toLowerCase())),
  ];
}

/**
 * Whether a choice's name is what the words say: the name itself ("sprite", "豆浆"), or its first
 * word when the rest only says what it is ("skim" for "Skim milk").
 */
function namesChoice(words: readonly string[], choice: { zh?: string; en?: string }): boolean {
  const names = [choice.zh, choice.en]
    .filter((name): name is string => !!name)
    .map((name) => name.toLowerCase());
  return words.some(
    (word) =>
      names.includes(word) ||
      names.some((name) => word.length >= 4 && /^[a-z]+$/u.test(word) && name.startsWith(`${word} `)),
  );
}

/** The choice of a candidate's option groups that the line's words name, if any. */
function choiceNamed(item: WantedItem, candidates: readonly Candidate[]): string | undefined {
  const words = lineWords(item);
  for (const candidate of candidates)
    for (const group of candidate.optionGroups)
      for (const choice of group.choices) if (namesChoice(words, choice)) return choice.en ?? choice.zh;
  return undefined;
}

/**
 * "Real Kungfu: 2 pork ribs rice with soy milk, 1 mushroom chicken rice, sprite": at the one shop
 * asked for, a line that shop does not sell but whose words name a choice of the line before it (a
 * set's drink, a coffee's milk) is how that line comes, not a thing of its own — its words join the
 * line before, where the shop's choices are read from them. Without a shop named, or where the shop
 * sells the thing, nothing changes ("a burger and a sprite" is two things).
 */
export function foldChoiceLines(
  draft: OrderDraft,
  perItem: Candidate[][],
): { draft: OrderDraft; perItem: Candidate[][] } {
  if (!draft.brand || draft.items.length < 2 || draft.items.some((item) => item.shop))
    return { draft, perItem };
  const items: WantedItem[] = [];
  const found: Candidate[][] = [];
  draft.items.forEach((item, index) => {
    const candidates = perItem[index] ?? [];
    const before = items.at(-1);
    const beforeFound = found.at(-1);
    const choice =
      candidates.length === 0 && before && beforeFound?.length ? choiceNamed(item, beforeFound) : undefined;
    if (before && choice) {
      items[items.length - 1] = { ...before, said: `${before.said ?? ""} ${item.said ?? ""} ${choice}` };
      return;
    }
    items.push(item);
    found.push(candidates);
  });
  return items.length === draft.items.length
    ? { draft, perItem }
    : { draft: { ...draft, items }, perItem: found };
}
