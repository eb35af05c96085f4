/**
 * Packs of several bottles or cartons ("可口可乐 330ml×24（整箱）", "Whole Milk 250 ml × 12") and
 * counts said in single containers ("一瓶可乐", "two cans of coke"). One reading for the brain's frame
 * and the engine's check of a card: a case of 24 is not the one bottle the user asked for.
 */

// A volume or weight times a count: "330ml×24", "250 ml × 12", "1.5L×12".
const PACK_OF = /\d+(?:\.\d+)?\s*(?:ml|l|g|kg)\s*[×x*]\s*(\d+)/iu;

/** How many bottles, cans or cartons one item of this name holds, when it is a pack of several. */
export function packOf(name: string): number | undefined {
  const count = Number(PACK_OF.exec(name)?.[1]);
  return Number.isInteger(count) && count > 1 ? count : undefined;
}

const SINGLES = /[瓶罐听]|\b(?:bottles?|cans?|cartons?)\b/iu;
export const PACKS_SAID = /箱|整箱|提|排|打|\b(?:cases?|packs?|crates?|boxes|six-pack|dozen)\b/iu;

/** Whether the words count the thing in single bottles, cans or cartons, and name no pack. */
export function countedInSingles(said: string): boolean {
  return SINGLES.test(said) && !PACKS_SAID.test(said);
}

// The count a pack holds, said in its name: "鸡蛋 15枚", "红玫瑰花束（11枝）", "Eggs ×10", "(12 pc)".
const PIECES =
  /(\d+)\s*(?:枚|个|只|片|枝|支|朵|贯|串|粒|块)|[×x]\s*(\d+)\b|\((\d+)\s*(?:pc|pcs|pieces?|stems?)\)|\b(\d+)\s*stems?\b/iu;

/** How many pieces an item's name says its pack holds, if it says. */
export function packCount(name: string): number | undefined {
  const match = PIECES.exec(name);
  if (!match) return undefined;
  const count = Number(match[1] ?? match[2] ?? match[3] ?? match[4]);
  return Number.isInteger(count) && count > 1 ? count : undefined;
}
