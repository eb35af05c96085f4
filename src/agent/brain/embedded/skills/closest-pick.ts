import { type Candidate, type ChoiceName, offersChoices } from "./order-search.ts";

/**
 * The order of a shop's candidates for one item: the best match of the words first; among matches as
 * good, one that can be made as asked ("extra wide": the noodle soup, not the stir-fry with no noodle
 * cut), then the plainest name (the "Beef Noodle Soup" asked for, not "… with Extra Beef"). Search
 * order (quality, distance) decides the rest.
 */
export function byCloseness(wanted: readonly ChoiceName[] = []): (a: Candidate, b: Candidate) => number {
  const made = (candidate: Candidate) => (offersChoices(candidate, wanted) ? 0 : 1);
  const words = (candidate: Candidate) => candidate.nameEn.trim().split(/\s+/u).length;
  return (a, b) => (a.relevance ?? 0) - (b.relevance ?? 0) || made(a) - made(b) || words(a) - words(b);
}
