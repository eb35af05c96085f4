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

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A count as a word or digits ("two", "2"); one is often "a". */
function count(n: number, random: SeededRandom): string {
  if (n === 1) return random.pick(["a", "one", "1"]);
  return n <= 10 && random.chance(0.5) ? (WORDS[n] as string) : String(n);
}

/** A count said on its own, with no noun after it ("make it one instead", never "make it a instead"). */
function bareCount(n: number, random: SeededRandom): string {
  return n === 1 ? random.pick(["one", "1", "just one"]) : count(n, random);
}

/** The plural of an item name: its own when given, else English's regular rules on the last word. */
export function plural(noun: string, given?: string): string {
  if (given) return given;
  // Names already plural ("Hainan Mangoes", "Chicken Wings") stay as they are.
  if (/s$/i.test(noun)) return noun;
  if (/(sh|ch|x|z)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function optionWord(option: OptionAsk, random: SeededRandom): string {
  return random.pick(OPTION_ASKS[option.group]?.[option.choice]?.en ?? [option.choice]);
}

/** Option words that read before a noun ("iced", "large") versus after it ("with oat milk"). */
const before = (word: string) =>
  !/^(with|as|in|no|not|a |add|extra shot|light|half-|room|regular sugar|normal|less)|each$/.test(word);

function item(ask: ItemAsk, random: SeededRandom): string {
  const noun = ask.qty === 1 ? ask.noun : plural(ask.noun, ask.plural);
  const words = ask.options.map((option) => optionWord(option, random));
  const front = words.filter(before);
  const back = words.filter((word) => !before(word));
  const quantity = ask.qty === 2 && random.chance(0.15) ? "a couple of" : count(ask.qty, random);
  const article = quantity === "a" && /^[aeiou]/i.test([...front, noun][0] ?? "") ? "an" : quantity;
  const main = [article, ...front, noun].join(" ");
  if (!back.length) return main;
  return random.chance(0.5) ? `${main} ${back.join(", ")}` : `${main}, ${back.join(" and ")}`;
}

function split(ask: DeliveryAsk, random: SeededRandom): string {
  // "one a little spicy", never "a a little spicy".
  return splitWords(ask, random).replace(/\ba (?=a )/gu, "one ");
}

function splitWords(ask: DeliveryAsk, random: SeededRandom): string {
  const first = ask.items[0] as ItemAsk;
  const [a, b] = ask.split?.qtys ?? [1, 1];
  const [choiceA, choiceB] = (ask.split?.choices ?? []) as [OptionAsk, OptionAsk];
  const total = `${count(first.qty, random)} ${plural(first.noun, first.plural)}`;
  if (a === b && random.chance(0.4))
    return `${total}, half ${optionWord(choiceA, random)} and half ${optionWord(choiceB, random)}`;
  switch (random.int(0, 2)) {
    case 0:
      return `${total}, ${count(a, random)} ${optionWord(choiceA, random)} and ${count(b, random)} ${optionWord(choiceB, random)}`;
    case 1:
      return `${total} (${a} ${optionWord(choiceA, random)}, ${b} ${optionWord(choiceB, random)})`;
    default:
      return `${count(a, random)} ${optionWord(choiceA, random)} ${a === 1 ? first.noun : plural(first.noun, first.plural)} and ${count(b, random)} ${optionWord(choiceB, random)} ${b === 1 ? first.noun : plural(first.noun, first.plural)}`;
  }
}

/** A group order said per person: "a latte each for the 4 of us". */
function perPerson(ask: DeliveryAsk, random: SeededRandom): string {
  const first = ask.items[0] as ItemAsk;
  const people = count(first.qty, random);
  const one = item({ ...first, qty: 1 }, random);
  return random.pick([
    `${one} each for the ${people} of us`,
    `${one} for each of us, we're ${people}`,
    `${one} per person, ${people} people`,
  ]);
}

const PLACE = {
  home: ["home", "my place", "my apartment"],
  office: ["the office", "work", "my office"],
};
const FROM = { home: ["home", "my place"], office: ["the office", "work"] };

function day(ask: DayAsk, random: SeededRandom): string {
  if (ask.offset === 0) return random.pick(["today", "tonight"]);
  if (ask.offset === 1) return "tomorrow";
  const name = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][
    ask.weekday
  ] as string;
  const [, , date] = ask.date.split("-").map(Number);
  return random.pick([`on ${name}`, `this ${name}`, `on Nov ${date}`]);
}

/** The time of day alone: "7:30pm", "noon". */
function hourOf(time: TimeAsk, random: SeededRandom): string {
  const { hour, minute } = time;
  const twelve = hour > 12 ? hour - 12 : hour;
  const suffix = hour < 12 ? random.pick(["am", " a.m.", "AM"]) : random.pick(["pm", " p.m.", "PM"]);
  const digits =
    minute === 0 ? `${twelve}${suffix}` : `${twelve}:${String(minute).padStart(2, "0")}${suffix}`;
  return hour === 12 && minute === 0 && random.chance(0.5) ? "noon" : digits;
}

const LEADS: Record<number, string[]> = {
  60: ["an hour", "one hour", "60 minutes"],
  90: ["an hour and a half", "90 minutes"],
};

/** The ride with the tickets, timed to the show or not. */
function ticketRide(ask: TicketsAsk, random: SeededRandom): string {
  if (ask.rideLeadMinutes) {
    const lead = random.pick(LEADS[ask.rideLeadMinutes] ?? [`${ask.rideLeadMinutes} minutes`]);
    return random.pick([
      `, and a car to get me there ${lead} before it starts`,
      `, plus a taxi so I'm at the venue ${lead} early`,
      `, and book a ride that has me there ${lead} before showtime`,
    ]);
  }
  if (ask.rideLeaveAt) {
    const at = hourOf(ask.rideLeaveAt, random);
    return random.pick([
      `, and a taxi there leaving at ${at}`,
      `, plus a car to pick me up at ${at} and take me there`,
      `, and book me a ride over at ${at}`,
    ]);
  }
  return random.pick([
    ", and a taxi there",
    ", plus a ride to the venue",
    ", and book me a car to get there",
  ]);
}

function clock(time: TimeAsk, random: SeededRandom): string {
  const when = hourOf(time, random);
  const dayWord = day(time.day, random).replace(/^tonight$/, "today");
  return random.chance(0.5) ? `${dayWord} at ${when}` : `at ${when} ${dayWord}`;
}

function minutes(value: number, random: SeededRandom): string {
  if (value === 30) return random.pick(["half an hour", "30 minutes", "30 min"]);
  if (value === 60) return random.pick(["an hour", "one hour", "60 minutes"]);
  return random.pick([`${value} minutes`, `${value} min`]);
}

const PREFIX = [
  "",
  "please ",
  "can you ",
  "could you ",
  "hey, ",
  "I'd like you to ",
  "um, ",
  "would you ",
  "could you please ",
];
const VERB = ["order", "get me", "grab me", "send me", "I want"];
const ENDING = ["", " please", ", thanks", ".", "!", ", thank you"];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** English phrasings of every ask: word order, politeness, fillers, number words and digits vary. */
export const enPhrasebook: Phrasebook = {
  delivery(ask, random) {
    const items = ask.split
      ? split(ask, random)
      : ask.perPerson
        ? perPerson(ask, random)
        : ask.items.map((entry) => item(entry, random)).join(random.pick([" and ", ", plus ", " with "]));
    const verb = random.pick(VERB);
    const prefix = verb === "I want" ? "" : random.pick(PREFIX);
    let head = `${prefix}${verb} ${items}`;
    const clauses: string[] = [];
    if (ask.brand)
      clauses.push(random.pick([`from ${ask.brand}`, `from ${ask.brand} please`, `get it at ${ask.brand}`]));
    if (ask.excludeBrand)
      clauses.push(
        random.pick([
          `not from ${ask.excludeBrand}`,
          `anywhere but ${ask.excludeBrand}`,
          `no ${ask.excludeBrand}`,
          `skip ${ask.excludeBrand}`,
        ]),
      );
    if (ask.exceptWord)
      clauses.push(
        random.pick([
          `anything but ${ask.exceptWord}`,
          `just not ${ask.exceptWord}`,
          `no ${ask.exceptWord} though`,
        ]),
      );
    if (ask.budget) {
      const yuan = ask.budget.yuan;
      clauses.push(
        ask.budget.kind === "total"
          ? random.pick([
              `under ¥${yuan} total`,
              `keep it under ${yuan} yuan`,
              `my budget is ${yuan} RMB`,
              `no more than ${yuan} kuai all in`,
            ])
          : random.pick([
              `max ${yuan} yuan each`,
              `no more than ¥${yuan} apiece`,
              `under ${yuan} RMB per item`,
            ]),
      );
    }
    if (ask.etaMinutes) {
      const window = minutes(ask.etaMinutes, random);
      clauses.push(
        random.pick([`within ${window}`, `in under ${window}`, `it has to arrive within ${window}`]),
      );
    }
    if (ask.time) {
      const when = clock(ask.time, random);
      clauses.push(random.pick([`delivered ${when}`, `for ${when}`, `arriving ${when}`]));
    }
    if (ask.place) {
      const where = random.pick(PLACE[ask.place]);
      clauses.push(random.pick([`to ${where}`, `delivered to ${where}`, `send it to ${where}`]));
    }
    const ordered = random.shuffle(clauses);
    if (ordered.length && random.chance(0.25)) {
      const [lead, ...rest] = ordered;
      head = `${lead}, ${head}`;
      return capital([head, ...rest].join(", ")) + random.pick(ENDING);
    }
    return capital([head, ...ordered].join(random.pick([", ", ", ", " "]))) + random.pick(ENDING);
  },

  followUp(ask, random) {
    switch (ask.kind) {
      case "qty": {
        const more = ask.qty - ask.previous;
        if (more > 0 && random.chance(0.3))
          return random.pick([`add ${bareCount(more, random)} more`, `${more} more please`]);
        return random.pick([
          `actually make it ${bareCount(ask.qty, random)}`,
          `change that to ${ask.qty}`,
          `make it ${bareCount(ask.qty, random)} instead`,
          `wait, I need ${bareCount(ask.qty, random)}`,
        ]);
      }
      case "option": {
        const word = optionWord(ask.option, random);
        return random.pick([`make it ${word} instead`, `actually, ${word} please`, `change it to ${word}`]);
      }
      case "place": {
        const where = random.pick(PLACE[ask.place]);
        return random.pick([
          `actually send it to ${where}`,
          `deliver to ${where} instead`,
          `oh, to ${where} please`,
        ]);
      }
      case "pick": {
        const ordinal = ["first", "second", "third", "fourth", "fifth"][ask.index - 1] ?? String(ask.index);
        return random.pick([
          `the ${ordinal} one, ${count(ask.qty, random)} ${ask.qty === 1 ? "ticket" : "tickets"}`,
          `number ${ask.index}, ${ask.qty} ${ask.qty === 1 ? "ticket" : "tickets"} please`,
          `let's do the ${ordinal} one — ${count(ask.qty, random)} ${ask.qty === 1 ? "seat" : "seats"}`,
        ]);
      }
      case "bare_pick": {
        const ordinal = ["first", "second", "third", "fourth", "fifth"][ask.index - 1] ?? String(ask.index);
        return random.pick([`${ordinal} one please`, `I'll go with the ${ordinal}`, `ok the ${ordinal} one`]);
      }
    }
  },

  tickets(ask, random) {
    const when = day(ask.day, random);
    const qty = count(ask.qty, random);
    const noun = ask.qty === 1 ? "ticket" : "tickets";
    let text = random.pick([
      `${qty} ${noun} to ${ask.event} ${when}`,
      `get me ${qty} ${ask.qty === 1 ? "seat" : "seats"} for ${ask.event} ${when}`,
      `I'd like to see ${ask.event} ${when}, ${qty} ${noun} please`,
      `book ${qty} ${noun} for ${ask.event}, ${when}`,
    ]);
    if (ask.capYuan)
      text += random.pick([
        `, under ¥${ask.capYuan} a ticket`,
        `, max ${ask.capYuan} yuan each`,
        `, no more than ${ask.capYuan} RMB per seat`,
      ]);
    if (ask.withRide) text += ticketRide(ask, random);
    return capital(text) + random.pick(ENDING);
  },

  listing(ask, random) {
    const what = random.pick(EVENT_CATEGORY_WORDS[ask.category]?.en ?? ["shows"]);
    const when = day(ask.day, random);
    if (ask.qty !== undefined) {
      const n = count(ask.qty, random);
      const noun = ask.qty === 1 ? "ticket" : "tickets";
      return capital(
        random
          .pick([
            `I need ${n} ${noun} — what ${what} are on ${when}?`,
            `looking to buy ${n} ${noun} for ${what} ${when}, what have you got`,
            `${what} ${when}? want ${n} ${noun}`,
          ])
          .replace(/on (on|this|today|tonight|tomorrow)/, "$1"),
      );
    }
    return capital(
      random
        .pick([
          `what ${what} are on ${when}?`,
          `any ${what} ${when}?`,
          `show me ${what} ${when}`,
          `find me ${what} ${when}`,
        ])
        .replace(/on (on|this|today|tonight|tomorrow)/, "$1"),
    );
  },

  ride(ask, random) {
    const from = ask.origin ? random.pick(FROM[ask.origin]) : undefined;
    const when = ask.time ? ` ${clock(ask.time, random)}` : "";
    const route = from ? `from ${from} to ${ask.destination}` : `to ${ask.destination}`;
    const text = random.pick([
      `${random.pick(PREFIX)}get me a taxi ${route}${when}`,
      `call a cab ${route}${when}`,
      `I need a ride ${route}${when}`,
      `book a car${when} ${route}`,
    ]);
    return capital(text.trim()) + random.pick(ENDING);
  },
};
