import type { GazetteerEntry, GazetteerMatch } from "./gazetteer.ts";

/**
 * English menu names said in part, in the plural or with "and" for "&": "egg tarts" for Portuguese
 * Egg Tart, "zinger" for Zinger Burger, "braised pork belly rice" for Braised Pork Belly with
 * Preserved Greens Rice, "ham and cheese bagel". A run of the user's words is a partial name of an
 * item when every word is a word of its English name and the run says at least half of the name,
 * or its last word (the dish itself, "tart" of "Portuguese Egg Tart") with another of its words.
 * The score (below an exact name's) grows with the share of the name said, so a fuller name wins.
 */

const STOP = new Set(["a", "an", "the", "of", "to", "for", "from", "at", "some", "my", "me", "and", "with"]);
// Words every menu shares, never enough alone to name one dish.
const PLAIN = new Set([
  "large",
  "medium",
  "small",
  "hot",
  "iced",
  "cold",
  "fresh",
  "meal",
  "set",
  "combo",
  "pc",
  "pcs",
  "piece",
  "pieces",
]);

// Words of menu names that say something else when said alone ("half sugar", "a test order").
const EVERYDAY_WORD =
  /^(?:half|less|extra|more|sugar|ice|spicy|mild|single|double|regular|normal|sweet|plain|test|slice|stick|drink|dish|solution|side|gift|family|value|premium|deluxe|power|bank|rental|birthday|phone|flat|thick|stone|glass|bone|winter|daily|bright|yellow|pink|grand|opening|field|five|grain|snow|serve|magic|dirty|oral|cart|quantity|wallet|admin|instruction)$/u;

const COUNT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/u;
const AND_COUNTED =
  /(?:\band|&|\bplus)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|some)\s/u;

/** Whether a token is "ones", or "one" after a word that is not "for" ("the spicy one", not "Set for One"). */
function pronounAt(lower: string, token: { start: number; end: number } | undefined): boolean {
  if (!token) return false;
  const said = lower.slice(token.start, token.end);
  return said === "ones" || (said === "one" && !/\bfor\s+$/u.test(lower.slice(0, token.start)));
}

export function wordStem(word: string): string {
  return word
    .toLowerCase()
    .replace(/'s$/u, "s")
    .replace(/(?<=[a-z]{2})ies$/u, "y")
    .replace(/(?<=[a-z]{3})(?:oes|ches|shes|sses)$/u, (ending) => ending.slice(0, -2))
    .replace(/(?<=[a-z]{3})s$/u, "");
}

function nameWords(en: string): string[] {
  return (
    en
      .toLowerCase()
      // A note in brackets is no part of the name, closed or cut short ("Fuji Apples (bag, about").
      .replace(/\s*\(.*$/u, "")
      .replace(/\s*(?:×|x)\s*\d+.*$/u, "")
      .split(/[^a-z'é]+/u)
      .filter((word) => word.length > 0 && !STOP.has(word) && !/^\d/u.test(word))
      .map(wordStem)
  );
}

/**
 * A name's last word as written, without a note in brackets or a size ("Hainan Mangoes" →
 * "mangoes", "Chilean Cherries 500 g" → "cherries").
 */
export function lastWrittenWord(en: string): string | undefined {
  return en
    .toLowerCase()
    .replace(/\s*\(.*$/u, "")
    .replace(/\d+(?:\.\d+)?\s*(?:ml|l|g|kg)\b/gu, " ")
    .split(/[^a-z'é]+/u)
    .filter((word) => word.length > 0)
    .at(-1);
}

/** The thing a name ends in, as a stem ("Chilean Cherries 500 g" → "cherry"). */
function thingOf(en: string): string | undefined {
  const word = lastWrittenWord(en);
  return word ? wordStem(word) : undefined;
}

/** Words a name's word is also said as: "nuggets" of McNuggets, "kiwi" of Kiwifruit. */
function sayings(word: string): string[] {
  const shorter = [/^mc(?=[a-z]{4})/u, /(?<=[a-z]{4})fruit$/u]
    .map((part) => word.replace(part, ""))
    .filter((other) => other !== word);
  return [word, ...shorter];
}

/** The shop an entry's id belongs to ("sku_mcdonalds_…", "m_mcdonalds_…" → "mcdonalds"). */
export function chainOf(id: string): string | undefined {
  return /^(?:sku|m)_([a-z0-9]+)_/u.exec(id)?.[1];
}

interface Named {
  entry: GazetteerEntry;
  words: string[];
  /** Words of the name as written (without the other ways they are said). */
  size: number;
}

/** An index of the items' English names by their words. */
export class PartialNames {
  readonly #byWord = new Map<string, Named[]>();
  /** How many distinct names each word is in: a word in one name alone says which dish. */
  readonly #spread = new Map<string, number>();
  /** How many distinct names end in each word: the thing itself, said alone, is any of them ("apples"). */
  readonly #heads = new Map<string, number>();
  /** How many distinct two-word names start with each word ("lily" of Lily Bouquet). */
  readonly #leads = new Map<string, number>();

  constructor(entries: readonly GazetteerEntry[]) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (entry.kind !== "item" || !entry.en) continue;
      // One-word names are the exact matcher's, unless said another way too ("kiwi" of Kiwifruit).
      const words = nameWords(entry.en).flatMap(sayings);
      const key = words.join(" ");
      if (words.length < 2 || seen.has(`${key}|${entry.zh}`)) continue;
      const newName = ![...seen].some((other) => other.startsWith(`${key}|`));
      seen.add(`${key}|${entry.zh}`);
      const thing = thingOf(entry.en);
      if (newName && thing) this.#heads.set(thing, (this.#heads.get(thing) ?? 0) + 1);
      const lead = words[0] as string;
      if (newName && nameWords(entry.en).length === 2)
        this.#leads.set(lead, (this.#leads.get(lead) ?? 0) + 1);
      for (const word of new Set(words)) {
        const list = this.#byWord.get(word) ?? [];
        list.push({ entry, words, size: nameWords(entry.en).length });
        this.#byWord.set(word, list);
        if (newName) this.#spread.set(word, (this.#spread.get(word) ?? 0) + 1);
      }
    }
  }

  /**
   * Partial names said in the (lowered) text, at most one best entry per run of words. Among names
   * as good, one of a shop the text names (or of a dish it names exactly) is preferred.
   */
  match(lower: string, named: readonly GazetteerEntry[] = []): Omit<GazetteerMatch, "text">[] {
    const chains = new Set(named.map((entry) => chainOf(entry.id)).filter((chain) => chain !== undefined));
    const tokens = [...lower.matchAll(/[a-z][a-z'é]*|&/gu)].map((found) => ({
      word: found[0] === "&" ? "and" : wordStem(found[0]),
      start: found.index ?? 0,
      end: (found.index ?? 0) + found[0].length,
    }));
    const found: Omit<GazetteerMatch, "text">[] = [];
    for (let first = 0; first < tokens.length; first++) {
      for (let last = first; last < Math.min(tokens.length, first + 5); last++) {
        const run = tokens.slice(first, last + 1);
        // "shrimp dumplings, pan fried": a name is never said across a clause break.
        if (/[,;.!?:，。；！？：]/u.test(lower.slice(run[0]?.start, run.at(-1)?.end))) break;
        const edges = [run[0]?.word, run.at(-1)?.word] as string[];
        if (edges.some((word) => STOP.has(word) || PLAIN.has(word))) continue;
        const inside = lower.slice(run[0]?.start, run.at(-1)?.end);
        // "4 beef bowls and 2 teriyaki chicken ones", "peanut noodles and a wonton soup": "and" with
        // a count after it starts another thing, never the "&" of one name.
        if (AND_COUNTED.test(inside)) break;
        // "the beef ones", "the spicy one": a pronoun for the dish, not the "One" of "Set for One".
        if (pronounAt(lower, run.at(-1))) continue;
        // Words of the run that must be in the name ("and"/"with" inside may stand for "&").
        const said = run.map((token) => token.word).filter((word) => !STOP.has(word));
        if (said.some((word) => PLAIN.has(word))) continue;
        // "10pc nuggets": the pack said before the name picks among its sizes.
        // "a bouquet of 11 red roses": a number inside the run says the pack as well.
        const pack =
          /(\d+)\s*-?\s*(?:pcs?|pieces?)?\s*$/u.exec(lower.slice(0, run[0]?.start))?.[1] ??
          /\b(\d+)\b/u.exec(lower.slice(run[0]?.start, run.at(-1)?.end))?.[1];
        // "milk 950ml", "950 ml milk": a size written with the words is one the name must have.
        const start = run[0]?.start ?? 0;
        const end = run.at(-1)?.end ?? 0;
        const around = [
          lower
            .slice(Math.max(0, start - 8), start)
            .split(/[,;，；、+&]/u)
            .at(-1),
          lower.slice(start, end),
          lower.slice(end, end + 8).split(/[,;，；、+&]/u)[0],
        ].join("");
        const sizes = around.match(/\d+(?=\s*(?:ml|l|g|kg)\b)/gu) ?? [];
        // "a bag of apples", "a box of cherries": the container said picks the name that holds it.
        const held = /\b(bag|box|case|pack|crate|basket|bunch|carton)s?\s+of\s*$/u.exec(
          lower.slice(Math.max(0, start - 16), start),
        )?.[1];
        // "unicorn steaks": a word before the thing that no rule reads makes it another thing.
        const before = tokens[first - 1]?.word;
        const modified =
          before !== undefined &&
          !STOP.has(before) &&
          !PLAIN.has(before) &&
          !COUNT_WORD.test(before) &&
          !/^(?:some|few|couple|dozen|more|any|have|sell|carry|bag|box|case|pack|crate|basket|bunch|carton|kilo|kg|gram|pound|lb|want|need|get|buy|order|send|deliver|like|please|ripe|sweet|juicy|nice|good|big|small)$/u.test(
            before,
          ) &&
          /^[a-z]/u.test(before) &&
          // A dash between words parts them as a comma does ("fruit under 60 - mangoes and kiwis").
          !/[,;.!?:，。；！？：]|\s[-–—]+\s/u.test(lower.slice(tokens[first - 1]?.end ?? 0, start));
        const best = this.#best(said, chains, pack, sizes, lower.slice(start, end), held, modified);
        if (best)
          found.push({
            entity: best.entry,
            start: (run[0] as { start: number }).start,
            end: (run.at(-1) as { end: number }).end,
            score: best.score,
            method: "fuzzy",
          });
      }
    }
    return found;
  }

  #best(
    said: string[],
    chains: ReadonlySet<string>,
    pack?: string,
    sizes: readonly string[] = [],
    surface = "",
    held?: string,
    modified = false,
  ): { entry: GazetteerEntry; score: number } | undefined {
    const [firstWord] = said;
    if (!firstWord) return undefined;
    let best: { entry: GazetteerEntry; score: number; packed: boolean } | undefined;
    for (const named of this.#byWord.get(firstWord) ?? []) {
      if (!said.every((word) => named.words.includes(word))) continue;
      const numbers: string[] = named.entry.en.match(/\d+/gu) ?? [];
      if (sizes.some((size) => !numbers.includes(size))) continue;
      // "five milk teas" counts milk teas: a count word starts a name only with the name's next word
      // after it ("Five-grain Taro Milk Tea" is said "five grain …").
      if (COUNT_WORD.test(firstWord) && said[1] !== named.words[named.words.indexOf(firstWord) + 1]) continue;
      const share = new Set(said).size / named.words.length;
      const head = named.words.at(-1) as string;
      // An everyday word ("half", "gift") names no dish however few names hold it ("half half-sweet").
      const distinctive = said.some(
        (word) => word.length >= 4 && (this.#spread.get(word) ?? 0) === 1 && !EVERYDAY_WORD.test(word),
      );
      const ours = chains.has(chainOf(named.entry.id) ?? "");
      // "apples", "grapes": the thing several names end in, said alone, is any of them.
      const kindOfThing =
        !modified &&
        said.length === 1 &&
        surface !== firstWord &&
        /s$/u.test(surface) &&
        firstWord === thingOf(named.entry.en) &&
        firstWord.length >= 4 &&
        !EVERYDAY_WORD.test(firstWord) &&
        (this.#heads.get(firstWord) ?? 0) >= 1;
      const enough =
        share >= 0.5 || (said.includes(head) && (said.length >= 2 || ours)) || distinctive || kindOfThing;
      if (!enough) continue;
      // One word says one dish only when the shop named sells it, or no other name has it and it is
      // the dish itself ("congee", "muffin") or the first of a two-word name ("zinger", "mcflurry").
      const alone =
        ours ||
        (distinctive &&
          !EVERYDAY_WORD.test(firstWord) &&
          (firstWord === head || (firstWord === named.words[0] && named.size <= 2)));
      // "lilies" for Lily Bouquet though Rose & Lily Bouquet holds it too: the thing said in the
      // plural is the first word of one two-word name alone, and no name's last word.
      const leads =
        !modified &&
        /s$/u.test(surface) &&
        surface !== firstWord &&
        !EVERYDAY_WORD.test(firstWord) &&
        firstWord === named.words[0] &&
        named.size === 2 &&
        this.#leads.get(firstWord) === 1 &&
        !this.#heads.has(firstWord);
      if (said.length === 1 && (firstWord.length < 4 || !(alone || leads)) && !kindOfThing) continue;
      const packed = pack !== undefined && packOf(named.entry.en) === Number(pack);
      // "mangoes" is the fruit the name "Hainan Mangoes" ends in as said, not a drink's "… Mango".
      const asSaid =
        kindOfThing &&
        (held
          ? new RegExp(`\\b${held}`, "iu").test(named.entry.en)
          : lastWrittenWord(named.entry.en) === surface);
      const raw =
        0.7 +
        0.2 * share +
        (said.includes(head) ? 0.05 : 0) +
        (ours ? 0.03 : 0) +
        (packed ? 0.02 : 0) +
        (asSaid ? 0.01 : 0);
      // A word only one dish's name holds ("zinger", "mcspicy") names it as well as half its name.
      const floor = distinctive || ours ? 0.8 : 0;
      const score = Math.min(0.89, Math.max(floor, Math.round(raw * 100) / 100));
      // Names as close as each other (the score is capped): the one of the pack said wins.
      // Names as close: the pack said, else the plainest ("Fuji Apples" before "… (bag, about 2.5 kg)").
      const plainer =
        best !== undefined &&
        score === best.score &&
        packed === best.packed &&
        named.entry.en.length < best.entry.en.length;
      if (!best || score > best.score || (score === best.score && packed && !best.packed) || plainer)
        best = { entry: named.entry, score, packed };
    }
    return best && { entry: best.entry, score: best.score };
  }
}

/**
 * The chosen matches with a fuller partial name put in place of the pieces it holds: "braised pork
 * belly rice" is one rice dish, not Pork Belly and a kind of rice. Only a run of three words or more
 * (or a whole name in another order) that holds two pieces, or a kind of thing, is preferred so.
 */
export function preferFullerNames(
  chosen: GazetteerMatch[],
  found: readonly GazetteerMatch[],
): GazetteerMatch[] {
  let out = chosen;
  const fuller = found
    .filter((match) => match.method === "fuzzy" && match.entity.kind === "item")
    // Three words or more, or the whole name in another order ("oreo mcflurry").
    .filter((match) => {
      const said = match.text.trim().split(/\s+/u).length;
      return said >= 3 || nameWords(match.entity.en).length <= said;
    })
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  for (const partial of fuller) {
    if (out.includes(partial)) continue;
    const pieces = out.filter((other) => other.start < partial.end && partial.start < other.end);
    if (pieces.length === 0) continue;
    const inside = pieces.every(
      (piece) =>
        piece.start >= partial.start &&
        piece.end <= partial.end &&
        piece.end - piece.start < partial.end - partial.start &&
        (piece.entity.kind === "item" || piece.entity.kind === "category"),
    );
    if (!inside || (pieces.length < 2 && pieces[0]?.entity.kind !== "category")) continue;
    out = [...out.filter((other) => !pieces.includes(other)), partial];
  }
  return out;
}

/** The count a pack holds, from its English name: "Chicken McNuggets (10 pc)" → 10, "Kiwifruit ×6" → 6. */
export function packOf(en: string): number | undefined {
  const found = /\((\d+)\s*(?:pc|pcs|pieces?|stems?)\)|×\s*(\d+)\b/u.exec(en);
  const count = found?.[1] ?? found?.[2];
  return count === undefined ? undefined : Number(count);
}
