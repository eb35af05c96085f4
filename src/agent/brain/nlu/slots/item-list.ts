import { ZH_EXCLUSION_FRAME } from "./excluded-runs.ts";
import { parseEnglishNumber, parseNumber } from "./numbers.ts";
import { extractItemOptions, LEADING_OPTION_WORDS, onlyOptionWords } from "./options.ts";
import { GROUPED_CHOICE } from "./shop-choices.ts";

/**
 * The pieces of an item list, in both languages: "ibuprofen and band-aids", "bananas, strawberries
 * and blueberries", "买点布洛芬跟创可贴", "两个蛋黄酥、一盒凤梨酥还有一个青团". Each piece between two joins
 * is read as one thing: its count, and the noun phrase left once the words of other classes are
 * stripped (where it goes, when, which shop, how much, politeness and filler). The order reader
 * uses the pieces the catalogue's names did not cover, so no listed thing is dropped.
 */
export interface ListedThing {
  /** The cleaned noun phrase ("band-aids", "创可贴"). */
  noun: string;
  /** Where the noun starts in the text. */
  start: number;
  qty: number;
  qtyText?: string;
  /** The whole piece as said (for options a shop names). */
  said: string;
}

// Joins between listed things. "加" only as 外加/加上/再加 ("加蛋" is an option); "with" never joins.
const JOIN =
  /外加|加上|再加|和|跟|还有|再来|再要|以及|另外|顺便|、|[，,;；+&/]|\band\b|\bplus\b|\balso\b|\bas well as\b|\bn\b/giu;
const CLAUSE = /[。！!？?:：()（）\n]|\bthen\b/giu;

interface Piece {
  start: number;
  end: number;
  text: string;
  /** Whether a list word ("和", "and", "、", "+") joins it to the piece before or after, not a mere comma. */
  listed: boolean;
  /** Whether a later piece of the same clause is joined by a list word ("milk, eggs & bread"). */
  listFollows: boolean;
}

// A comma (or clause end) divides clauses as often as it lists; the other joins only list.
const MERE_CUT = /^[，,;；。！!？?:：()（）\n]$|^then$/iu;

/** The pieces of text between joins and clause ends, with their positions. */
export function listPieces(text: string): Piece[] {
  const cuts: { start: number; end: number; list: boolean; clause: boolean }[] = [];
  for (const [pattern, clause] of [
    [JOIN, false],
    [CLAUSE, true],
  ] as const)
    for (const match of text.matchAll(pattern))
      cuts.push({
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        list: !MERE_CUT.test(match[0].trim()),
        clause: clause || /^[;；]$/u.test(match[0].trim()),
      });
  cuts.sort((a, b) => a.start - b.start);
  const pieces: (Piece & { before?: (typeof cuts)[number]; after?: (typeof cuts)[number] })[] = [];
  let from = 0;
  let before: (typeof cuts)[number] | undefined;
  for (const cut of cuts) {
    if (cut.start < from) continue;
    if (cut.start > from)
      pieces.push({
        start: from,
        end: cut.start,
        text: text.slice(from, cut.start),
        listed: false,
        listFollows: false,
        before,
        after: cut,
      });
    from = cut.end;
    before = cut;
  }
  if (from < text.length)
    pieces.push({
      start: from,
      end: text.length,
      text: text.slice(from),
      listed: false,
      listFollows: false,
      before,
    });
  const kept = pieces.filter((piece) => piece.text.trim().length > 0);
  kept.forEach((piece, index) => {
    piece.listed = Boolean(piece.before?.list || piece.after?.list);
    for (const later of kept.slice(index + 1)) {
      if (later.before?.clause) break;
      if (later.before?.list) {
        piece.listFollows = true;
        break;
      }
    }
  });
  return kept.map(({ before: _b, after: _a, ...piece }) => piece);
}

// ---- Chinese: the word classes around a noun.
const ZH_LEAD =
  /^(?:(?:老板|你好|您好|麻烦|请|帮我|帮忙|给我|替我|我想|我要|想要|想|要|来|点|买|订|带|拿|叫|再|还|也|就|先|去|在|到)+)/u;
const ZH_NUM = "[0-9]+|[一二两俩三仨四五六七八九十几半]+";
const ZH_CLASSIFIER =
  "杯|份|个|瓶|盒|束|碗|袋|串|只|斤|箱|罐|包|支|枝|盆|提|听|块|打|根|片|条|桶|套|双|把|卷|些|点|屉|笼|张|颗|粒|板|支";
// A measure word alone ("带个饭团") only from the usual few; "套餐", "包子", "片儿川" are nouns.
const ZH_COUNT_LEAD = new RegExp(
  `^(?:(?<num>${ZH_NUM})\\s*(?<unit>${ZH_CLASSIFIER})|(?:个|份|杯|碗|瓶|盒|束|袋|只|串|罐|根|些|点))(?![子头餐儿])`,
  "u",
);
const ZH_BARE_PAIR = /^(?<num>[俩仨])/u;
// Where the thing ends: sending, places, time, limits, particles.
const ZH_TAIL =
  /(?:送到|送去|送过来|送来|送给|送|到(?:公司|家|单位|楼下|门口)|给我|给他|给她|放|今天|明天|后天|今晚|早上|中午|下午|晚上|马上|尽快|快点|要快|以内|以下|之内|左右|不超过|别超过|预算|[0-9]+\s*(?:块|元|点|分钟)|谢谢|谢啦|哈|啦|吧|啊|呀|呢|哦|嘛|了|就行|就好|就可以|行吗|可以吗|好吗).*$/u;
const ZH_NOT_THING =
  /^(?:的|东西|吃的|喝的|外卖|饭|午饭|晚饭|早饭|早餐|午餐|晚餐|夜宵|宵夜|点心|零食|水果|一单|单|些|点|它|这个|那个|一样的|同样的|老样子|其他|其余|别的|剩下的)$|^(?:不|别|没|除了|无|免|少|多|去|加|换|改|要是|如果|都|全|一半)|公司|家里|我家|单位|办公室|地址|门口|楼下|前台|朋友|同事|老婆|老公|女朋友|男朋友|妈|爸|今天|明天|分钟|小时|预算|块钱|[我你他她咱不别没]|^每|\s|饿|渴|累|困|馋|上次|一样|老样子|同样|总价|总共|一共|合计|价格|价钱|运费|配送费|贺卡|卡片|包装|礼盒|发票|餐具|吸管|筷子|^(?:其余|其他|剩下|剩余|另外|其中)|^(?:之前|以前|之后|以后|前|后)$|^(?:傍晚|黄昏|下班|上班|放学|(?:吃)?(?:晚饭|午饭|早饭)(?:前|后|时))|[0-9]\s*(?:公斤|千克|克|斤|kg|g|ml|毫升|升)|过敏|吃素|素食|清真|忌口|^(?:套餐|单点|单品|加量|大份|中份|小份|标准|正常|常规|细面|宽面|粗面|大宽|二细|毛细|韭叶|干拌|汤的|煎的|蒸的|炸的|烤的)$/u;

// ---- English.
const EN_LEAD =
  /^(?:(?:hi|hey|hello|ok|okay|so|um|uh|please|pls|plz|can|could|would|will|you|u|ya|i|i'd|id|i'm|im|we|we'd|like|love|want|wanna|need|needs|gimme|get|grab|bring|order|buy|send|deliver|fetch|pick|up|me|us|some|any|a|an|the|also|too|just|maybe|more|another|of|for|dinner|lunch|breakfast)\s+)+/iu;
const EN_NUM =
  /^(?<num>[0-9]+|a couple of|a couple|a pair of|half a dozen|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s*x)?\s+/iu;
const EN_CONTAINER =
  /^(?:(?:cups?|glass(?:es)?|bottles?|box(?:es)?|packs?|packets?|bags?|bowls?|bouquets?|tubes?|sachets?|strips?|bunch(?:es)?|pieces?|slices?|cans?|portions?|servings?|plates?|orders?|cartons?|cases?|loaf|loaves|jars?|tubs?)\s+of\s+)/iu;
const EN_TAIL =
  /\s+(?:to|for|from|at|in|by|under|within|below|delivered|delivery|please|pls|plz|thx|thanks|thank|asap|now|today|tonight|tomorrow|lol|haha|each|total|max|if|when|it's|its|i'm|as|on)\b.*$|[.!?].*$/iu;
const EN_NOT_THING =
  /\b(?:except|but|not|without|than|instead|delivered|deliver|allergic|vegetarian|vegan|halal|spicy|shop|store|place|restaurant|yuan|rmb|kuai|bucks|dollars?|hungry|thirsty|tired|starving|craving|cutlery|receipt|card|napkins?|straws?|chopsticks?)\b|^(?:it|its|that|this|them|those|these|one|ones|stuff|things?|something|anything|food|drinks?|lunch|dinner|breakfast|snacks?|more|please|thanks|home|office|work|my place|me|you|us|all|both|each|rest|the rest|others?|same|usual|order|delivery|budget|total|cash|change|fast|quick|asap)$|^(?:um+|uh+|er+|erm|hm+|ah+|oh+|well|so|like|yeah|yep|right|alright|kgs?|kilos?|kilograms?|g|grams?|lbs?|pounds?|ml|liters?|litres?|jin|catty)$|^(?:bit|little|lot|touch|tad|few|no|not|nothing|never|without|except|but|skip|avoid|hold|any|anything|anywhere|make|keep|change|switch|cancel|send|deliver|pay|total|budget|max|under|within|only|just|all|both|half|rest|each|other|extra|less|more|with|to|for|from|at|by|in|on|i|i'm|im|my|it|it's|we|you|they|he|she|is|are|was|be|do|does|did|have|has|had|can|could|would|should|will|what|where|when|how|why|who|which|yes|yeah|ok|okay|sure|please|thanks|thank|hi|hey|hello|one|ones)\b/iu;

// Besides the option words, what a piece of options may hold: their English parts said loosely
// ("sugar", "not too", "with oat"), 加浓, and particles ("少糖去冰", "oat milk", "no ice").
const OPTION_FILLER =
  /加浓|\b(?:hot|iced|cold|warm|large|medium|small|big|extra|less|no|half|sugar|ice|oat|skim|whole|milk|shot|spicy|mild|not|an?|regular|normal|sweet|sweetness|with)\b|的|\s/giu;

const GROUPED_CHOICE_ONLY = new RegExp(`^(?:with\\s+)?(?:an?\\s+|the\\s+)?${GROUPED_CHOICE}$`, "iu");

function optionOnly(noun: string): boolean {
  // "tomato broth", "thin crust": a shop's choice said with its group's name is no thing either.
  if (GROUPED_CHOICE_ONLY.test(noun)) return true;
  return extractItemOptions(noun) !== undefined && onlyOptionWords(noun, OPTION_FILLER);
}

/** A piece read from its start: leading words dropped one pattern at a time, their length counted. */
class Cursor {
  rest: string;
  #offset = 0;

  constructor(piece: string) {
    this.rest = piece;
    this.#skip(piece.length - piece.trimStart().length);
  }

  /** Drops what `pattern` (anchored at the start) matches there, and returns the match. */
  drop(pattern: RegExp): RegExpExecArray | null {
    const found = pattern.exec(this.rest);
    if (found) this.#skip(found[0].length);
    return found;
  }

  /** The thing named in what is left, with where it starts in the piece. */
  thing(noun: string, num: string | undefined): { noun: string; offset: number; num?: string } {
    return { noun, offset: this.#offset + Math.max(0, this.rest.indexOf(noun)), ...(num ? { num } : {}) };
  }

  #skip(length: number): void {
    const before = this.rest.length;
    this.rest = this.rest.slice(length).replace(/^\s+/u, "");
    this.#offset += before - this.rest.length;
  }
}

function zhThing(piece: string): { noun: string; offset: number; num?: string } | undefined {
  const at = new Cursor(piece);
  let num: string | undefined;
  for (let round = 0; round < 3; round++) {
    const lead = at.drop(ZH_LEAD);
    const count = at.drop(ZH_COUNT_LEAD);
    if (count?.groups) {
      num = count.groups.num ?? num;
      continue;
    }
    const pair = at.drop(ZH_BARE_PAIR);
    if (pair?.groups) num = pair.groups.num;
    if (!lead) break;
  }
  // Two counts in one piece split one thing by its options ("一碗细面一碗大宽"): no thing of its own.
  if (new RegExp(`(?:${ZH_NUM})\\s*(?:${ZH_CLASSIFIER})`, "u").test(at.rest)) return undefined;
  // Options before or after the noun ("冰的", "大杯", "少糖") say how, not what.
  const noun = at.rest
    .replace(ZH_TAIL, "")
    .replace(/的$/u, "")
    .trim()
    .replace(LEADING_OPTION_WORDS, "")
    .trim();
  if (!noun || noun.length < 2 || noun.length > 8 || !/^[\u3400-\u9fffA-Za-z0-9]/u.test(noun))
    return undefined;
  if (ZH_NOT_THING.test(noun) || ZH_EXCLUSION_FRAME.test(noun) || optionOnly(noun)) return undefined;
  return at.thing(noun, num);
}

function enThing(piece: string): { noun: string; offset: number; num?: string } | undefined {
  const at = new Cursor(piece);
  let num: string | undefined;
  for (let round = 0; round < 3; round++) {
    const lead = at.drop(EN_LEAD);
    const count = at.drop(EN_NUM);
    if (count?.groups) num = count.groups.num;
    const container = at.drop(EN_CONTAINER);
    if (!lead && !count && !container) break;
  }
  if (EN_NUM.test(at.rest) || /\b(?:one|two|three|\d+)\s+(?:with|without|no|less|extra)\b/iu.test(at.rest))
    return undefined;
  const noun = at.rest
    .replace(EN_TAIL, "")
    .replace(LEADING_OPTION_WORDS, "")
    .replace(/^fresh\s+/iu, "")
    .trim();
  if (!noun || !/^[a-z]/iu.test(noun) || noun.split(/\s+/u).length > 4 || noun.length > 30) return undefined;
  if (EN_NOT_THING.test(noun) || optionOnly(noun)) return undefined;
  return at.thing(noun, num);
}

function countOf(num: string | undefined): number {
  if (!num) return 1;
  if (num === "俩") return 2;
  if (num === "仨") return 3;
  const value = /[a-z]/iu.test(num) ? parseEnglishNumber(num) : (parseNumber(num) ?? Number(num));
  return value !== undefined && Number.isInteger(value) && value > 0 && value <= 99 ? value : 1;
}

/**
 * The things of a list that no span in `covered` touches: each piece between joins read as a
 * count and a noun phrase. Only pieces that read as a thing are returned.
 */
export function listedThings(
  text: string,
  covered: readonly { start: number; end: number }[],
): ListedThing[] {
  const things: ListedThing[] = [];
  for (const piece of listPieces(text)) {
    if (covered.some((span) => span.start < piece.end && piece.start < span.end)) continue;
    const cjk = /[\u3400-\u9fff]/u.test(piece.text);
    const read = cjk ? zhThing(piece.text) : enThing(piece.text);
    if (!read) continue;
    // A piece without a count is a thing only inside a list ("布洛芬跟创可贴", "milk, eggs & bread"):
    // a clause of its own ("嗓子疼，…", "hungry, …") is context, not a thing.
    if (!read.num && !piece.listed && !(piece.listFollows && !cjk)) continue;
    things.push({
      noun: read.noun,
      start: piece.start + read.offset,
      qty: countOf(read.num),
      ...(read.num ? { qtyText: read.num } : {}),
      said: piece.text.trim(),
    });
  }
  return things;
}
