/**
 * A count said per person ("每人一杯", "一人鲜切水果拼盘1份", "one each", "a latte each for the 4 of us",
 * "cheeseburgers for everyone"): the words that make a line's count one person's share. Only a count
 * said per person counts: "每人30以内" and "30 yuan each" are budgets, not portions.
 */
const ZH_EACH =
  /(?:每人|每个人|每位|一人|人手)\s*(?:各)?\s*(?:(?:点|来|要|买|订)\s*[一二两1-5]?|[一二两1-5])\s*(?:杯|份|个|碗|盒|瓶|束|块|只|串|支)/u;
// "一人鲜切水果拼盘1份", "每人来个汉堡一个": the thing between the person and its count (no money said).
const ZH_EACH_THING =
  /(?:每人|每个人|每位|一人)\s*(?:各)?\s*(?:点|来|要|买|订)?[^，,。；;！!0-9]{1,12}?(?<![0-9])[一二两1-5]\s*(?:杯|份|个|碗|盒|瓶|束|只|串|支)/u;
const EN_EACH =
  /\b(?:one|a cup|a glass|a bowl|a box|a portion|a piece) (?:each|apiece|per person|per head|for each of us|for everyone|for everybody)\b|\beach of us (?:gets?|wants?|has|have|needs?)\b|\bone for each\b/iu;
// "a latte each for the 4 of us", "1 Bento per person, 4 people", "a sundae for each of us, we're two":
// one of a thing (no money in the words between) for every one of the party.
const EN_ONE_THING_EACH =
  /\b(?:a|an|one|1)\s+(?:(?!yuan\b|rmb\b|kuai\b|bucks\b)[^\s,.!?¥$0-9]+\s+){1,6}?(?:each for|each|per person|per head|for each of us|for everyone|for everybody)\b/iu;
// "cheeseburgers for everyone, there are 5 of us": a thing for each one.
const EN_FOR_EACH = /\bfor (?:each of us|everyone|everybody|each person|every one of us)\b/iu;

const EACH = [ZH_EACH, ZH_EACH_THING, EN_EACH, EN_ONE_THING_EACH, EN_FOR_EACH];

/** Whether the text says a count per person (one person's share of a line). */
export function saysCountEach(text: string): boolean {
  return EACH.some((pattern) => pattern.test(text));
}
