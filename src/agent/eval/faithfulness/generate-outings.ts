import type { SeededRandom } from "../../../kernel/random.ts";
import { wallTime } from "../../../kernel/time-zone.ts";
import { EVENT_CATEGORY_WORDS, type TimeAsk } from "./asks.ts";
import { dayAfter, epochOf, nextDays } from "./calendar.ts";
import type { Phrasebook } from "./phrasebook.ts";
import { timeWords } from "./time-words.ts";
import type { CardFrame, ConstraintKind, FaithCase, Lang } from "./types.ts";
import type { EventFact, WorldFacts } from "./world-facts.ts";

/** How people name an event in a request: the title in 《》, "A vs B", or the lead name. */
export function shortEventName(event: EventFact, lang: Lang): string {
  if (lang === "zh") {
    const versus = /(\S+ vs \S+)/.exec(event.nameZh)?.[1];
    if (versus) return versus;
    const titled = /《(.+?)》/.exec(event.nameZh)?.[1];
    if (titled && event.category !== "classical") return titled;
    if (!event.nameZh.includes(" ")) return event.nameZh;
    const lead = event.nameZh.split(" ")[0] as string;
    const word = EVENT_CATEGORY_WORDS[event.category]?.zh[0] ?? "";
    return lead.includes(word) ? lead : `${lead}${word}`;
  }
  const bare = event.nameEn.replace(/\s*\(.*?\)\s*$/, "");
  if (event.category !== "movie" && bare.includes(": ")) return bare.split(": ").slice(1).join(": ");
  return bare.split(" – ")[0] as string;
}

const SEVEN_DAYS = 4;

/**
 * Tickets to a named event on a day, with a price cap or a ride there sometimes. Composition
 * "timed-ride" (issue 11, drawn apart): the ride timed to the show, by when to be there ("开场前一个半
 * 小时到") or when to leave ("晚上6点出发"), on a day with one session so the show's start is known.
 */
export function ticketsCase(
  facts: WorldFacts,
  random: SeededRandom,
  lang: Lang,
  phrasebook: Phrasebook,
  id: string,
  composition?: "timed-ride",
): FaithCase | undefined {
  const days = nextDays(facts.now, SEVEN_DAYS);
  const events = facts.events.filter((event) =>
    event.sessions.some((session) => days.some((day) => day.date === session.day)),
  );
  if (!events.length) return undefined;
  const event = random.pick(events);
  const person = random.pick(facts.people);
  const withSession = days.filter((day) => event.sessions.some((session) => session.day === day.date));
  const withoutSession = days.filter((day) => !withSession.includes(day));
  // A timed ride needs the show's start: one session that day, late enough to leave for it.
  const oneSession = withSession.filter((day) => {
    const that = event.sessions.filter((session) => session.day === day.date);
    return that.length === 1 && (that[0]?.startsAt ?? 0) > facts.now + 3 * 3_600_000;
  });
  if (composition && !oneSession.length) return undefined;
  const honestDay = !withoutSession.length || random.chance(0.85) || composition !== undefined;
  const day = random.pick(composition ? oneSession : honestDay ? withSession : withoutSession);
  const qty = random.pick([1, 2, 2, 2, 3, 4]);
  const kinds: ConstraintKind[] = ["kind", "item", "qty", "time"];
  const short = shortEventName(event, lang);
  const frame: CardFrame = {
    kind: "buy_tickets",
    lines: [{ itemKey: event.id, words: [short], acceptableNames: [], qty }],
    event: { zh: event.nameZh, en: event.nameEn, day: day.date, words: [short, event.nameZh, event.nameEn] },
  };
  const sessions = event.sessions.filter((session) => session.day === day.date);
  let unsatisfiableBecause: ConstraintKind | undefined = honestDay ? undefined : "time";
  if (
    honestDay &&
    !sessions.some((session) => session.tiers.reduce((sum, tier) => sum + tier.available, 0) >= qty)
  )
    unsatisfiableBecause = "qty";
  let capYuan: number | undefined;
  if (random.chance(0.25)) {
    const prices = sessions.flatMap((session) =>
      session.tiers.filter((tier) => tier.available >= qty).map((tier) => tier.priceFen),
    );
    const cheapest = prices.length
      ? Math.min(...prices)
      : (event.sessions[0]?.tiers.at(-1)?.priceFen ?? 10_000);
    capYuan = random.chance(0.7)
      ? Math.ceil((cheapest * 1.2) / 1000) * 10
      : Math.max(10, Math.floor((cheapest * 0.5) / 1000) * 10);
    frame.budget = { kind: "each", fen: capYuan * 100 };
    if (capYuan * 100 < cheapest) unsatisfiableBecause ??= "budget";
    kinds.push("budget");
  }
  const frames = [frame];
  const withRide = random.chance(0.2) || composition === "timed-ride";
  let rideLeadMinutes: number | undefined;
  let rideLeaveAt: TimeAsk | undefined;
  if (withRide) {
    const ride: CardFrame = {
      kind: "ride_hail",
      destination: {
        names: [event.venue.nameZh, event.venue.nameEn],
        words: [event.venue.nameZh, event.venue.nameEn],
      },
    };
    const startsAt = sessions[0]?.startsAt;
    if (composition && startsAt !== undefined) {
      if (random.chance(0.5)) {
        // There by the lead before it starts: the pick-up plus the trip no later than then, and no
        // more than an hour earlier (the judge adds the card's trip to its pick-up).
        rideLeadMinutes = random.pick([60, 90]);
        const by = startsAt - rideLeadMinutes * 60_000;
        ride.time = { at: by, earlyMs: 60 * 60_000, lateMs: 0, words: [], arrive: true };
      } else {
        // Leave at a clock time one and a half to two hours before the start, on the half hour.
        const leave = Math.floor((startsAt - 90 * 60_000) / 1_800_000) * 1_800_000;
        const local = wallTime(leave);
        rideLeaveAt = { day, hour: local.hour, minute: local.minute };
        ride.time = { at: leave, earlyMs: 10 * 60_000, lateMs: 10 * 60_000, words: timeWords(rideLeaveAt) };
      }
    }
    frames.push(ride);
    kinds.push("bundle");
  }
  return {
    id,
    lang,
    userId: person.userId,
    family: withRide ? "bundle" : "tickets",
    ...(composition ? { composition } : {}),
    turns: [
      phrasebook.tickets(
        {
          event: short,
          day,
          qty,
          ...(capYuan ? { capYuan } : {}),
          withRide,
          ...(rideLeadMinutes ? { rideLeadMinutes } : {}),
          ...(rideLeaveAt ? { rideLeaveAt } : {}),
        },
        random,
      ),
    ],
    frames,
    kinds,
    satisfiable: unsatisfiableBecause === undefined,
    ...(unsatisfiableBecause ? { unsatisfiableBecause } : {}),
  };
}

/** "What plays are on Sunday?" then "the second one, two tickets": a reference to a listed option. */
export function listingCase(
  facts: WorldFacts,
  random: SeededRandom,
  lang: Lang,
  phrasebook: Phrasebook,
  id: string,
): FaithCase | undefined {
  const options = nextDays(facts.now, SEVEN_DAYS).flatMap((day) =>
    Object.keys(EVENT_CATEGORY_WORDS).flatMap((category) => {
      const count = facts.events.filter(
        (event) => event.category === category && event.sessions.some((session) => session.day === day.date),
      ).length;
      return count >= 2 ? [{ day, category, count }] : [];
    }),
  );
  if (!options.length) return undefined;
  const { day, category, count } = random.pick(options);
  const index = random.int(1, Math.min(3, count));
  const qty = random.pick([1, 2, 2, 3]);
  const userId = random.pick(facts.people).userId;
  let turns = [
    phrasebook.listing({ category, day }, random),
    phrasebook.followUp({ kind: "pick", index, qty }, random),
  ];
  // Held out (issue 11): the count said with the question, the pick bare ("周日有什么相声？我们要3张" →
  // "第二个"). Drawn from a fork, so the main stream — and every other case — stays as it was.
  const variant = random.fork(`wishes-first-${id}`);
  if (variant.chance(0.5))
    turns = [
      phrasebook.listing({ category, day, qty }, variant),
      phrasebook.followUp({ kind: "bare_pick", index }, variant),
    ];
  return {
    id,
    lang,
    userId,
    family: "tickets",
    turns,
    frames: [
      {
        kind: "buy_tickets",
        lines: [{ itemKey: "picked", words: [], acceptableNames: [], qty }],
        eventFromOption: index,
      },
    ],
    kinds: ["kind", "item", "qty", "reference"],
    referenceKinds: ["item"],
    satisfiable: true,
  };
}

/** A ride to a place, from home or the office, now or at a time. */
export function rideCase(
  facts: WorldFacts,
  random: SeededRandom,
  lang: Lang,
  phrasebook: Phrasebook,
  id: string,
): FaithCase | undefined {
  if (!facts.destinations.length) return undefined;
  const destination = random.pick(facts.destinations);
  const person = random.pick(facts.people);
  const kinds: ConstraintKind[] = ["kind", "item"];
  const frame: CardFrame = {
    kind: "ride_hail",
    destination: {
      names: [destination.nameZh, destination.nameEn],
      words: [destination.nameZh, destination.nameEn],
    },
  };
  const origin = random.chance(0.75) ? random.pick(["home", "office"] as const) : undefined;
  if (origin) {
    const text = person.places.find((place) => place.label === origin)?.text ?? "";
    frame.address = { label: origin, text };
    kinds.push("address");
  }
  let time: TimeAsk | undefined;
  if (random.chance(0.35)) {
    time = random.chance(0.7)
      ? { day: dayAfter(facts.now, 1), hour: random.pick([7, 8, 8, 9]), minute: random.pick([0, 0, 30]) }
      : { day: dayAfter(facts.now, 0), hour: random.pick([18, 19, 20]), minute: random.pick([0, 30]) };
    frame.time = { at: epochOf(time), earlyMs: 10 * 60_000, lateMs: 10 * 60_000, words: timeWords(time) };
    kinds.push("time");
  }
  const name = lang === "zh" ? destination.nameZh : destination.nameEn;
  return {
    id,
    lang,
    userId: person.userId,
    family: "ride",
    turns: [
      phrasebook.ride(
        { destination: name, ...(origin ? { origin } : {}), ...(time ? { time } : {}) },
        random,
      ),
    ],
    frames: [frame],
    kinds,
    satisfiable: true,
  };
}
