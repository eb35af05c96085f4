import type { GazetteerMatch } from "../gazetteer.ts";

// "two Bubble Milk Teas, with boba", "珍珠奶茶加珍珠": a kind's word after "with"/"加", right after a
// named thing of that kind, says what goes in it (a topping), not another line to buy. "汉堡加薯条",
// "a burger with fries" stay two lines: fries are no burger.
const ADDED_IN = /(?:\bwith(?: (?:some|extra|a|an))?|\bw\/|(?<![再外])加(?![上起])|多加)\s*[,，]?\s*$/iu;

/** The anchors of an order without the kinds said as what goes into the thing before them. */
export function withoutAddedIn(text: string, anchors: GazetteerMatch[]): GazetteerMatch[] {
  return anchors.filter((anchor, index) => {
    const before = anchors[index - 1];
    if (!before || anchor.entity.kind !== "category") return true;
    const said = text.slice(before.end, anchor.start);
    if (!ADDED_IN.test(said) || said.length > 16) return true;
    return !sameKind(before, anchor);
  });
}

function sameKind(thing: GazetteerMatch, kind: GazetteerMatch): boolean {
  const names = [thing.entity.zh, thing.entity.en].map((name) => name.toLowerCase());
  return [kind.entity.zh, kind.entity.en]
    .map((name) => name.toLowerCase())
    .some((name) => name.length >= 2 && names.some((own) => own.includes(name)));
}
