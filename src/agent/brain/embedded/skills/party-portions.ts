import type { OrderLineSlot } from "../../nlu/slots/line-words.ts";
import { kindOfEntity } from "../kinds.ts";
import { say } from "../say.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import type { QuotedCandidate } from "./order-search.ts";

/**
 * An order for a party with no count said per person ("三个人的饺子", "noodles for the two of us",
 * "pizza for 4"): a thing each person has one of (a bowl of noodles, a coffee, a burger) comes once
 * per person; a thing a party shares (a pizza, a hot pot set, a cake, a platter) or buys by the pack
 * keeps the count said. Either way the card's reply says how the party was read, so the user can
 * change it — never a silent one portion for three people.
 */

// Catalogue categories one person has one of.
const EACH = new Set([
  "coffee",
  "milk_tea",
  "fruit_tea",
  "tea_latte",
  "pure_tea",
  "frappuccino",
  "fruit_drink",
  "milkshake",
  "drink",
  "rice",
  "noodles",
  "dumplings",
  "burger",
  "sandwich",
  "wrap",
  "ready_meal",
  "malatang",
  "breakfast",
  "pasta",
  "ice_cream",
  "combo",
]);

/** The catalogue categories a line names: its item's, or its kind's. */
function lineCategories(line: OrderLineSlot | undefined): string[] {
  const entity = line?.match?.entity;
  if (!entity) return [];
  if (entity.kind === "item") return entity.category ? [entity.category] : [];
  return entity.kind === "category" ? [...(kindOfEntity(entity)?.categories ?? [])] : [];
}

/** The items with the party applied: one each where each has one, marked either way. */
export function withParty(
  items: WantedItem[],
  lines: readonly OrderLineSlot[] | undefined,
  people: number,
): WantedItem[] {
  return items.map((item, index) => {
    const line = lines?.[index];
    if (line?.qtyText !== undefined) return item;
    const categories = lineCategories(line);
    const each = categories.length > 0 && categories.every((category) => EACH.has(category));
    return each && item.qty === 1
      ? { ...item, qty: people, party: { people, each: true } }
      : { ...item, party: { people, each: false } };
  });
}

/** How the party was read, said before the card ("按 3 人各一份：3 份煎饺。"). */
export function partyNote(draft: OrderDraft, best: QuotedCandidate, lang: "zh" | "en"): string {
  const notes = draft.items.flatMap((item, index) => {
    const line = best.lines[index];
    if (!item.party || !line) return [];
    const { people, each } = item.party;
    if (each)
      return [
        say(
          lang,
          `按 ${people} 人各一份：${line.qty} 份「${line.nameZh}」。`,
          ` One each for ${people}: ${line.qty} × ${line.nameEn}.`,
        ),
      ];
    return [
      say(
        lang,
        `${people} 个人：「${line.nameZh}」是 ${line.qty} 份，够不够？要加直接说。`,
        ` For ${people}: ${line.qty} × ${line.nameEn} to share — say if you'd like more.`,
      ),
    ];
  });
  return notes.join("");
}
