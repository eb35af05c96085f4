// Two rows of the distance table, reused by every call (the function is synchronous): the gazetteer
// measures many windows of every English text against its names, and fresh rows a call were most of
// a turn's allocations in fuzzy matching.
let rows = [new Uint32Array(64), new Uint32Array(64)] as const;

/** Levenshtein distance with an early exit once it must exceed `limit` (returns limit + 1 then). */
export function editDistance(left: string, right: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  const width = right.length + 1;
  if (rows[0].length < width) rows = [new Uint32Array(width), new Uint32Array(width)];
  let [previous, current] = rows;
  for (let column = 0; column < width; column++) previous[column] = column;
  for (let row = 1; row <= left.length; row++) {
    current[0] = row;
    let best = row;
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      const value = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + cost,
      );
      current[column] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[right.length] as number;
}
