/**
 * Where the words between two named things divide when clauses stand between them: the first
 * thing's own words run to the first clause mark ("咖喱鸡排饭加饭微辣，再来两碗味增汤": "加饭微辣" is the
 * curry's, though "加" also joins lists), the next thing's head starts after the last one, and the
 * clauses in between say more about the first thing — splits of its count across options ("牛肉面两碗：
 * 一碗细面不辣，一碗韭叶中辣加牛肉；再来份凉拌牛肉", "2 pork rice, one with cola and one with sprite, plus
 * a soup") or options of it alone ("拌面两份，微辣，扁肉两碗").
 */
export interface ClauseCut {
  /** Where the first thing's own words end. */
  tailEnd: number;
  /** Where the next thing's own words (its count, its options said before it) start. */
  nextHead: number;
}

// Clause marks between listed things; "and"/"plus" and the Chinese joins only after the last mark.
const MARK = /[，,、；;：:+＋—–]|\s-\s|。/gu;
// A join after the last mark opens the next thing; the words before it are still the first's
// (", one with an egg and 2 braised eggs", "，一碗加蛋再来两个卤蛋").
const JOIN = /\s(?:and|plus|also|&)\s|再来|再要|还有|另外|外加|以及|加上|和|跟/giu;

/** The cut between two named things, or undefined when no clause mark stands between them. */
export function cutAtClauses(text: string, from: number, to: number): ClauseCut | undefined {
  const between = text.slice(from, to);
  const marks = [...between.matchAll(MARK)];
  const first = marks[0];
  const last = marks.at(-1);
  if (!first || !last) return undefined;
  let nextHead = from + (last.index ?? 0) + last[0].length;
  const after = text.slice(nextHead, to);
  const join = [...after.matchAll(JOIN)].at(-1);
  if (join && (join.index ?? 0) > 0 && after.slice(0, join.index).trim()) nextHead += join.index ?? 0;
  return { tailEnd: from + (first.index ?? 0), nextHead };
}
