import { SeededRandom } from "../../../kernel/random.ts";
import { basketCase } from "./generate-basket.ts";
import { deliveryCase } from "./generate-delivery.ts";
import { listingCase, rideCase, ticketsCase } from "./generate-outings.ts";
import type { Phrasebook } from "./phrasebook.ts";
import { enPhrasebook } from "./phrasing-en.ts";
import { zhPhrasebook } from "./phrasing-zh.ts";
import type { FaithCase, Lang } from "./types.ts";
import type { WorldFacts } from "./world-facts.ts";

const PHRASEBOOKS: Record<Lang, Phrasebook> = { zh: zhPhrasebook, en: enPhrasebook };

type Family = (
  facts: WorldFacts,
  random: SeededRandom,
  lang: Lang,
  phrasebook: Phrasebook,
  id: string,
) => FaithCase | undefined | Promise<FaithCase | undefined>;

/** How often each family of request is drawn. */
const FAMILIES: [Family, number][] = [
  [deliveryCase, 12],
  [ticketsCase, 4],
  [listingCase, 1],
  [rideCase, 3],
  // Baskets no single shop sells (issue 11: linked orders across shops).
  [basketCase, 2],
];

/** One of the compositions drawn apart: own options per item, a group order, a ride timed to a show. */
async function composedCase(
  facts: WorldFacts,
  random: SeededRandom,
  lang: Lang,
  id: string,
): Promise<FaithCase | undefined> {
  const phrasebook = PHRASEBOOKS[lang];
  for (let attempt = 0; attempt < 8; attempt++) {
    const which = random.pick(["own-options", "own-options", "per-person", "timed-ride"] as const);
    const made =
      which === "timed-ride"
        ? ticketsCase(facts, random, lang, phrasebook, id, which)
        : await deliveryCase(facts, random, lang, phrasebook, id, which);
    if (made) return made;
  }
  return undefined;
}

/**
 * Draws `n` requests over the seeded world, half in Chinese and half in English. The same seed and
 * world give the same cases: every choice goes through one seeded random stream (pure-rand).
 */
export async function generateCases(
  facts: WorldFacts,
  options: { n: number; seed: number },
): Promise<FaithCase[]> {
  const random = new SeededRandom(options.seed).fork("faithfulness");
  const weighted = FAMILIES.flatMap(([family, weight]) => Array.from({ length: weight }, () => family));
  const apart = random.fork("composed");
  const cases: FaithCase[] = [];
  for (let index = 0; cases.length < options.n && index < options.n * 20; index++) {
    const lang: Lang = cases.length % 2 === 0 ? "zh" : "en";
    const family = random.pick(weighted);
    const made = await family(
      facts,
      random,
      lang,
      PHRASEBOOKS[lang],
      `f${String(cases.length + 1).padStart(4, "0")}`,
    );
    // Compositions from issue 11's list, drawn from a stream of their own in place of about one case
    // in eight: every other case, and the main stream, stay as they were.
    const id = `f${String(cases.length + 1).padStart(4, "0")}`;
    const composed = made && apart.chance(0.125) ? await composedCase(facts, apart, lang, id) : undefined;
    if (composed || made) cases.push((composed ?? made) as FaithCase);
  }
  return cases;
}
