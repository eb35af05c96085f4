/** Splits a list into slices of at most `size`, to keep `in (…)` lists under the drivers' parameter limits. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}
