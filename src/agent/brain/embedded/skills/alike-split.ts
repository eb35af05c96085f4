import { say } from "../say.ts";
import type { OrderDraft } from "../state.ts";
import type { Candidate, QuotedCandidate } from "./order-search.ts";

/**
 * A split whose stated part is what the shop makes anyway ("两份牛肉面，一份不要辣" where 不辣 is the
 * default, "2 lattes, one medium"): both parts come out the same, and the other part was never said.
 * Never silent: the note says both are alike, what was said of one, and asks about the other.
 */
export function alikeSplitNote(
  draft: OrderDraft,
  best: QuotedCandidate,
  perItem: readonly (readonly Candidate[])[],
  lang: "zh" | "en",
): string {
  const made = best.lines.map((line, index) => {
    const groups = perItem[index]?.find((candidate) => candidate.skuId === line.skuId)?.optionGroups ?? [];
    const full = Object.fromEntries(
      groups.map((group) => [group.key, line.options[group.key] ?? group.defaultChoice ?? ""]),
    );
    const said = Object.entries(draft.items[index]?.options ?? {}).flatMap(([key, value]) => {
      const choice = groups.find((group) => group.key === key)?.choices.find((one) => one.id === value);
      return choice ? [say(lang, choice.zh ?? choice.id, (choice.en ?? choice.id).toLowerCase())] : [];
    });
    return { line, key: `${line.skuId}|${JSON.stringify(full)}`, said };
  });
  for (const [index, one] of made.entries()) {
    const twin = made.slice(index + 1).find((other) => other.key === one.key);
    if (!twin) continue;
    // The part that said something, and the part that said nothing more.
    const [stated, other] = one.said.length >= twin.said.length ? [one, twin] : [twin, one];
    const only = stated.said.filter((word) => !other.said.includes(word));
    if (only.length === 0) continue;
    const zhName = stated.line.nameZh;
    const enName = stated.line.nameEn;
    const what = only.join(say(lang, "、", ", "));
    return say(
      lang,
      `你说${stated.line.qty === 1 ? "其中一份" : `其中 ${stated.line.qty} 份`}「${zhName}」${what}，这本来就是默认做法，所以另外 ${other.line.qty} 份和它一样。另一份要换成别的吗？比如说「另一份…」。`,
      ` You said ${stated.line.qty === 1 ? "one" : stated.line.qty} ${enName} ${what} — that's how the shop makes it anyway, so the other ${other.line.qty} ${other.line.qty === 1 ? "is" : "are"} the same. Want the other one different? Say "the other one …".`,
    );
  }
  return "";
}
