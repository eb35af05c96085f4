/** Levenshtein distance with an early exit once it must exceed `limit` (returns limit + 1 then). */
export function editDistance(left: string, right: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    let best = row;
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      const value = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[right.length] as number;
}

/** Dice overlap of character bigrams (unigrams for one-character strings), in [0, 1]. */
export function bigramDice(left: string, right: string): number {
  const grams = (value: string) => {
    if (value.length < 2) return [value];
    const result: string[] = [];
    for (let index = 0; index + 2 <= value.length; index++) result.push(value.slice(index, index + 2));
    return result;
  };
  const leftGrams = grams(left);
  const rightCounts = new Map<string, number>();
  for (const gram of grams(right)) rightCounts.set(gram, (rightCounts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of leftGrams) {
    const count = rightCounts.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      rightCounts.set(gram, count - 1);
    }
  }
  const total = leftGrams.length + grams(right).length;
  return total === 0 ? 0 : (2 * shared) / total;
}
