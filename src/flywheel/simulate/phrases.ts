import type { SeededRandom } from "../../kernel/random.ts";

/** The goals simulated people come with, by the NLU's intent names. */
export const GOALS = [
  "order_delivery",
  "weather",
  "route",
  "search_place",
  "search_events",
  "ride_hail",
  "wallet_balance",
  "order_status",
  "smalltalk",
  "payment",
] as const;
export type Goal = (typeof GOALS)[number];

type Lang = "zh" | "en";
type Bank = Partial<Record<Goal, readonly string[]>>;

const FILLERS: Record<Lang, Record<string, readonly string[]>> = {
  zh: {
    drink: ["拿铁", "美式", "珍珠奶茶", "杨枝甘露", "冰美式", "奶茶", "咖啡"],
    food: ["牛肉面", "麦辣鸡腿堡", "炸鸡", "汉堡", "小笼包", "寿司"],
    place: ["西湖", "杭州东站", "灵隐寺", "武林广场", "萧山机场"],
    day: ["明天", "今天", "周末", "后天"],
  },
  en: {
    drink: ["latte", "americano", "bubble tea", "coffee", "iced coffee"],
    food: ["burger", "Big Mac", "beef noodle soup", "fried chicken", "dumplings"],
    place: ["West Lake", "Hangzhou East Station", "Lingyin Temple", "the airport"],
    day: ["tomorrow", "today", "this weekend", "on Friday"],
  },
};

/** How people who know what to say say it. */
const CANONICAL: Record<Lang, Bank> = {
  zh: {
    order_delivery: [
      "帮我点一杯{drink}送到公司",
      "来一份{food}送到家",
      "点个{food}",
      "来两杯{drink}，少糖，送到公司",
      "帮我点杯{drink}",
    ],
    weather: ["{day}天气怎么样", "{day}会下雨吗", "杭州{day}多少度"],
    route: ["从家去{place}怎么走", "从公司到{place}怎么走"],
    search_place: ["附近有什么好吃的", "{place}附近有咖啡店吗"],
    search_events: ["{day}有什么演出", "最近有什么演唱会"],
    ride_hail: ["叫个车去{place}", "帮我打车去{place}"],
    wallet_balance: ["我的钱包还有多少钱", "查一下余额"],
    order_status: ["我的外卖到哪了", "订单到哪了"],
    smalltalk: ["你好", "谢谢", "你是谁"],
    payment: ["给李华转50块", "转20元给小明"],
  },
  en: {
    order_delivery: [
      "Order a {drink} to my office",
      "Get me a {food}",
      "order two {drink}s, less sugar, to my office",
      "I'd like a {food} delivered home",
    ],
    weather: ["what's the weather {day}", "will it rain {day}", "how hot is it {day}"],
    route: ["how do I get from home to {place}?", "directions from the office to {place}"],
    search_place: ["find a coffee shop near {place}", "any good restaurants nearby?"],
    search_events: ["any concerts {day}?", "what shows are on {day}?"],
    ride_hail: ["get me a taxi to {place}", "book a ride to {place}"],
    wallet_balance: ["how much money do I have left in my wallet?", "what's my balance?"],
    order_status: ["where is my order?", "when will my food arrive?"],
    smalltalk: ["hi", "thanks", "who are you?"],
    payment: ["send 50 yuan to Bob", "transfer 20 yuan to Alice"],
  },
};

/**
 * Colloquial ways of saying the same, which a template-trained NLU tends to misread: the words the
 * flywheel is there to learn. Each has fillers, so no two users say exactly the same.
 */
const COLLOQUIAL: Record<Lang, Bank> = {
  zh: {
    order_delivery: [
      "馋{drink}了",
      "肚子咕咕叫了，整点{food}",
      "整点{food}垫垫肚子",
      "{drink}续命走起",
      "嘴馋，想嗦{food}",
    ],
    weather: ["{day}要带伞不", "{day}外头冷不冷", "{day}晒不晒"],
    route: ["溜去{place}咋走", "去{place}咋整"],
    search_events: ["{day}有啥好耍的", "{day}有啥热闹凑"],
    wallet_balance: ["兜里还有多少米", "我还剩几个钢镚"],
    ride_hail: ["整个车溜{place}", "安排个车去{place}"],
  },
  en: {
    order_delivery: [
      "grab me a cuppa {drink}",
      "feed me, {food} please",
      "hook me up with a {food}",
      "craving a {drink} rn",
      "snag me some {food}",
    ],
    weather: ["do i need a brolly {day}", "gonna be chilly {day}?", "is it brolly weather {day}"],
    route: ["whats the way to {place} from my pad", "how do i hoof it to {place}"],
    search_events: ["wanna catch a show {day}", "anything fun going down {day}"],
    wallet_balance: ["how much dough do i have", "am i broke yet"],
    ride_hail: ["need wheels to {place}", "whisk me off to {place}"],
  },
};

const CORRECTIONS: Record<Lang, readonly string[]> = {
  zh: ["换成大杯", "还是要两杯吧", "改成无糖的", "换成热的"],
  en: ["make it large", "actually make it two", "no sugar please", "make it hot"],
};

const TYPOS_ZH: Record<string, string> = {
  拿铁: "那铁",
  咖啡: "咖非",
  奶茶: "奶查",
  外卖: "外麦",
  天气: "天汽",
  怎么走: "怎莫走",
};

function fill(template: string, lang: Lang, random: SeededRandom): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => random.pick(FILLERS[lang][name] ?? [name]));
}

/** Whether people have a colloquial way of asking for this goal in this language. */
export function hasColloquial(goal: Goal, lang: Lang): boolean {
  return (COLLOQUIAL[lang][goal]?.length ?? 0) > 0;
}

/** How someone who knows what to say asks for a goal. */
export function canonicalPhrase(goal: Goal, lang: Lang, random: SeededRandom): string {
  return fill(random.pick(CANONICAL[lang][goal] ?? ["hi"]), lang, random);
}

/** A colloquial way of asking (falls back to the canonical one where there is none). */
export function colloquialPhrase(goal: Goal, lang: Lang, random: SeededRandom): string {
  const bank = COLLOQUIAL[lang][goal];
  return bank?.length ? fill(random.pick(bank), lang, random) : canonicalPhrase(goal, lang, random);
}

/** A change to the card just shown. */
export function correctionPhrase(lang: Lang, random: SeededRandom): string {
  return random.pick(CORRECTIONS[lang]);
}

/** One slip of the fingers: a swapped pair of letters, or a Chinese near-homophone. */
export function withTypo(text: string, lang: Lang, random: SeededRandom): string {
  if (lang === "zh") {
    const hit = Object.keys(TYPOS_ZH).find((word) => text.includes(word));
    return hit ? text.replace(hit, TYPOS_ZH[hit] as string) : text;
  }
  const words = text.split(" ");
  const candidates = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => /^[a-z]{4,}$/u.test(word));
  if (candidates.length === 0) return text;
  const { word, index } = random.pick(candidates);
  const at = random.int(1, word.length - 2);
  words[index] = word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
  return words.join(" ");
}

/** A reason someone gives with a thumbs down. */
export function complaint(lang: Lang, random: SeededRandom): string {
  return random.pick(
    lang === "zh"
      ? ["没听懂我的意思", "答非所问", "太慢了"]
      : ["didn't understand me", "not what I asked", "too slow"],
  );
}
