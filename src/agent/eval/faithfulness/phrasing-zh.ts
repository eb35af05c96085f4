import type { SeededRandom } from "../../../kernel/random.ts";
import {
  type DayAsk,
  type DeliveryAsk,
  EVENT_CATEGORY_WORDS,
  type ItemAsk,
  OPTION_ASKS,
  type OptionAsk,
  type TicketsAsk,
  type TimeAsk,
} from "./asks.ts";
import type { Phrasebook } from "./phrasebook.ts";

const DIGITS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A count before a measure word: 两 / 二 / 2 for two, 三 / 3 … (Chinese or Arabic numerals). */
function count(n: number, random: SeededRandom): string {
  if (n === 2) return random.pick(["两", "两", "2", "二"]);
  return n <= 10 && random.chance(0.6) ? (DIGITS[n] as string) : String(n);
}

const UNITS: Record<string, string> = {
  coffee: "杯",
  milk_tea: "杯",
  fruit_tea: "杯",
  pure_tea: "杯",
  tea_latte: "杯",
  frappuccino: "杯",
  fruit_drink: "杯",
  milkshake: "杯",
  drink: "杯",
  drinks: "瓶",
  dairy: "盒",
  noodles: "碗",
  soup: "碗",
  malatang: "碗",
  burger: "个",
  bread: "个",
  pastry: "个",
  cake: "个",
  bakery: "个",
  sandwich: "个",
  bouquet: "束",
  cold: "盒",
  painkiller: "盒",
  fruit: "份",
};

/** The measure word for an item: its own (杯, 碗, 束 …) or the universal 份. */
function unit(category: string, random: SeededRandom): string {
  const own = UNITS[category];
  return own && random.chance(0.8) ? own : "份";
}

function optionWord(option: OptionAsk, random: SeededRandom): string {
  return random.pick(OPTION_ASKS[option.group]?.[option.choice]?.zh ?? [option.choice]);
}

function item(ask: ItemAsk, random: SeededRandom): string {
  const measure = `${count(ask.qty, random)}${unit(ask.category, random)}`;
  const options = ask.options.map((option) => optionWord(option, random));
  const adjective = options.map((word) => (word.endsWith("的") ? word : `${word}的`)).join("");
  switch (random.int(0, 2)) {
    case 0:
      return `${measure}${adjective}${ask.noun}`;
    case 1:
      return options.length ? `${measure}${ask.noun}，要${options.join("、")}` : `${ask.noun}${measure}`;
    default:
      return options.length ? `${ask.noun}${measure}，${options.join("")}` : `${measure}${ask.noun}`;
  }
}

function split(ask: DeliveryAsk, random: SeededRandom): string {
  const first = ask.items[0] as ItemAsk;
  const [a, b] = ask.split?.qtys ?? [1, 1];
  const [choiceA, choiceB] = (ask.split?.choices ?? []) as [OptionAsk, OptionAsk];
  const measure = unit(first.category, random);
  const bare = (option: OptionAsk) => optionWord(option, random).replace(/的$/, "");
  const total = `${count(first.qty, random)}${measure}${first.noun}`;
  if (a === b && random.chance(0.4)) return `${total}，一半${bare(choiceA)}一半${bare(choiceB)}`;
  const withDe = (option: OptionAsk) => `${bare(option)}的`;
  switch (random.int(0, 2)) {
    case 0:
      return `${total}，${count(a, random)}${measure}${withDe(choiceA)}${count(b, random)}${measure}${withDe(choiceB)}`;
    case 1:
      return `${first.noun}要${count(first.qty, random)}${measure}：${count(a, random)}${measure}${bare(choiceA)}，${count(b, random)}${measure}${bare(choiceB)}`;
    default:
      return `${count(a, random)}${measure}${withDe(choiceA)}${first.noun}和${count(b, random)}${measure}${withDe(choiceB)}${first.noun}`;
  }
}

/** A group order said per person: "我们四个人，每人一杯拿铁". */
function perPerson(ask: DeliveryAsk, random: SeededRandom): string {
  const first = ask.items[0] as ItemAsk;
  const people = first.qty === 2 ? random.pick(["两", "2"]) : count(first.qty, random);
  const one = item({ ...first, qty: 1 }, random);
  return random.pick([
    `我们${people}个人，每人${one}`,
    `${random.pick(PREFIX)}${random.pick(VERB)}${one}，我们${people}个人一人一${unit(first.category, random)}`,
    `给我们${people}个人每人点${one}`,
    `${people}个同事，一人${one}`,
  ]);
}

const PLACE = { home: ["家", "家里", "我家"], office: ["公司", "单位", "办公室"] };

function day(ask: DayAsk, random: SeededRandom): string {
  if (ask.offset === 0) return random.pick(["今天", "今天"]);
  if (ask.offset === 1) return random.pick(["明天", "明儿"]);
  const weekday = ["日", "一", "二", "三", "四", "五", "六"][ask.weekday] as string;
  const [, month, date] = ask.date.split("-").map(Number);
  return random.pick([
    `周${weekday}`,
    `这周${weekday}`,
    `星期${weekday === "日" ? "天" : weekday}`,
    `${month}月${date}号`,
  ]);
}

/** The time of day alone: "晚上7点半". */
function hourOf(time: TimeAsk, random: SeededRandom): string {
  const { hour, minute } = time;
  const period = hour < 11 ? random.pick(["早上", "上午"]) : hour < 14 ? "中午" : hour < 18 ? "下午" : "晚上";
  const twelve = hour > 12 ? hour - 12 : hour;
  const number = random.chance(0.5) ? String(twelve) : (DIGITS[twelve] ?? String(twelve));
  const tail = minute === 0 ? "点" : minute === 30 ? random.pick(["点半", "点30"]) : `点${minute}`;
  return `${period}${number}${tail}`;
}

function clock(time: TimeAsk, random: SeededRandom): string {
  const hours = hourOf(time, random);
  return `${day(time.day, random)}${hours}`;
}

const LEADS: Record<number, string[]> = { 60: ["一个小时", "1小时", "一小时"], 90: ["一个半小时", "90分钟"] };

/** The ride with the tickets, timed to the show or not. */
function ticketRide(ask: TicketsAsk, random: SeededRandom): string {
  if (ask.rideLeadMinutes) {
    const lead = random.pick(LEADS[ask.rideLeadMinutes] ?? [`${ask.rideLeadMinutes}分钟`]);
    return random.pick([
      `，再叫个车，开场前${lead}送到`,
      `，打车过去，要提前${lead}到`,
      `，帮我约辆车，开演前${lead}到现场`,
    ]);
  }
  if (ask.rideLeaveAt) {
    const at = hourOf(ask.rideLeaveAt, random);
    return random.pick([`，再叫个车${at}出发`, `，${at}叫车去现场`, `，约个车${at}来接我过去`]);
  }
  return random.pick(["，再帮我叫个车过去", "，顺便打个车去现场", "，然后约个车送我过去"]);
}

function minutes(value: number, random: SeededRandom): string {
  if (value === 30) return random.pick(["半小时", "30分钟", "半个小时"]);
  if (value === 60) return random.pick(["一小时", "一个小时", "60分钟"]);
  return `${value}分钟`;
}

const PREFIX = [
  "",
  "帮我",
  "麻烦",
  "请帮我",
  "我想",
  "给我",
  "能不能帮我",
  "那个，",
  "嗯，帮我",
  "劳驾",
  "拜托帮我",
];
const VERB = ["点", "订", "叫", "来", "买", "要"];
const ENDING = ["", "，谢谢", "。", "，麻烦了", "！", "，辛苦"];

/** Chinese phrasings of every ask: word order, politeness, fillers, numerals and measure words vary. */
export const zhPhrasebook: Phrasebook = {
  delivery(ask, random) {
    const items = ask.split
      ? split(ask, random)
      : ask.items.map((entry) => item(entry, random)).join(random.pick(["和", "，再来", "，加", "、"]));
    const clauses: string[] = [];
    let head = ask.perPerson ? perPerson(ask, random) : `${random.pick(PREFIX)}${random.pick(VERB)}${items}`;
    if (ask.brand) {
      if (random.chance(0.5) && !ask.perPerson)
        head = `${random.pick(PREFIX)}${random.pick(["从", "在"])}${ask.brand}${random.pick(VERB)}${items}`;
      else clauses.push(random.pick([`要${ask.brand}家的`, `${ask.brand}的就行`, `从${ask.brand}点`]));
    }
    if (ask.excludeBrand)
      clauses.push(
        random.pick([
          `不要${ask.excludeBrand}`,
          `别点${ask.excludeBrand}的`,
          `${ask.excludeBrand}就算了`,
          `除了${ask.excludeBrand}哪家都行`,
          `${ask.excludeBrand}的不要`,
        ]),
      );
    if (ask.exceptWord)
      clauses.push(
        random.pick([`别要${ask.exceptWord}`, `${ask.exceptWord}除外`, `除了${ask.exceptWord}都行`]),
      );
    if (ask.budget) {
      const yuan = ask.budget.yuan;
      const measure = unit(ask.items[0]?.category ?? "", random);
      clauses.push(
        ask.budget.kind === "total"
          ? random.pick([
              `总共不超过${yuan}块`,
              `预算${yuan}元以内`,
              `一共别超过${yuan}`,
              `${yuan}块钱以内`,
              `总价控制在${yuan}元内`,
            ])
          : random.pick([`每${measure}不超过${yuan}元`, `单价${yuan}块以内`, `一${measure}别超过${yuan}块`]),
      );
    }
    if (ask.etaMinutes) {
      const window = minutes(ask.etaMinutes, random);
      clauses.push(
        random.pick([`${window}内送到`, `${window}之内要到`, `要快，${window}以内`, `${window}以内能到的`]),
      );
    }
    if (ask.time) {
      const when = clock(ask.time, random);
      clauses.push(random.pick([`${when}送到`, `${when}送过来`, `${when}到就行`]));
    }
    if (ask.place) {
      const where = random.pick(PLACE[ask.place]);
      clauses.push(
        random.pick([`送到${where}`, `送${where}`, `到${where}`, `地址是${where}`, `送去${where}`]),
      );
    }
    const ordered = random.shuffle(clauses);
    if (ordered.length && random.chance(0.3)) {
      const [lead, ...rest] = ordered;
      return [`${lead}`, head, ...rest].join("，") + random.pick(ENDING);
    }
    return [head, ...ordered].join("，") + random.pick(ENDING);
  },

  followUp(ask, random) {
    switch (ask.kind) {
      case "qty": {
        const measure = unit(ask.category, random);
        const more = ask.qty - ask.previous;
        if (more > 0 && random.chance(0.3))
          return random.pick([
            `再加${count(more, random)}${measure}`,
            `再多来${count(more, random)}${measure}`,
          ]);
        return random.pick([
          `改成${count(ask.qty, random)}${measure}吧`,
          `算了，要${count(ask.qty, random)}${measure}`,
          `数量换成${ask.qty}`,
          `不对，${count(ask.qty, random)}${measure}`,
        ]);
      }
      case "option": {
        const word = optionWord(ask.option, random).replace(/的$/, "");
        return random.pick([`换成${word}的`, `改${word}吧`, `还是要${word}的`]);
      }
      case "place": {
        const where = random.pick(PLACE[ask.place]);
        return random.pick([`还是送到${where}吧`, `地址改成${where}`, `哦对，送${where}`]);
      }
      case "pick": {
        const ordinal = ["一", "二", "三", "四", "五"][ask.index - 1] ?? String(ask.index);
        return random.pick([
          `第${ordinal}个，${count(ask.qty, random)}张`,
          `就第${ordinal}个吧，要${count(ask.qty, random)}张票`,
          `选第${ordinal}个，买${count(ask.qty, random)}张`,
        ]);
      }
      case "bare_pick": {
        const ordinal = ["一", "二", "三", "四", "五"][ask.index - 1] ?? String(ask.index);
        return random.pick([`要第${ordinal}个`, `第${ordinal}个吧`, `就第${ordinal}场`]);
      }
    }
  },

  tickets(ask, random) {
    const when = day(ask.day, random);
    // A title ending in a digit ("沙丘3") would run into the count; people quote it then.
    const event = /\d$/.test(ask.event) || random.chance(0.2) ? `《${ask.event}》` : ask.event;
    const qty = `${count(ask.qty, random)}张`;
    let text = random.pick([
      `买${qty}${when}的${event}的票`,
      `${event}，${when}，${qty}票`,
      `帮我订${when}${event}${qty}`,
      `我要看${when}的${event}，来${qty}票`,
      `${when}${event}的票给我抢${qty}`,
    ]);
    if (ask.capYuan)
      text += random.pick([
        `，每张不超过${ask.capYuan}块`,
        `，票价${ask.capYuan}以内`,
        `，一张别超过${ask.capYuan}元`,
      ]);
    if (ask.withRide) text += ticketRide(ask, random);
    return text + random.pick(ENDING);
  },

  listing(ask, random) {
    const what = random.pick(EVENT_CATEGORY_WORDS[ask.category]?.zh ?? ["演出"]);
    const when = day(ask.day, random);
    if (ask.qty !== undefined) {
      const n = count(ask.qty, random);
      return random.pick([
        `${when}有什么${what}？我们要${n}张`,
        `想买${n}张票，${when}有啥${what}`,
        `${when}的${what}有哪些，准备买${n}张`,
      ]);
    }
    return random.pick([
      `${when}有什么${what}？`,
      `看看${when}的${what}`,
      `${when}有${what}吗`,
      `帮我找找${when}的${what}`,
    ]);
  },

  ride(ask, random) {
    const from = ask.origin ? random.pick(PLACE[ask.origin]) : undefined;
    const when = ask.time ? clock(ask.time, random) : "";
    const route = from
      ? random.pick([`从${from}到${ask.destination}`, `从${from}去${ask.destination}`])
      : `去${ask.destination}`;
    const text = random.pick([
      `${when}${random.pick(PREFIX)}打车${route}`,
      `${when}叫个车，${route}`,
      `${random.pick(PREFIX)}叫辆车${when ? `，${when}` : ""}${route}`,
      `${when}${route}，帮我约个车`,
    ]);
    return text + random.pick(ENDING);
  },
};
