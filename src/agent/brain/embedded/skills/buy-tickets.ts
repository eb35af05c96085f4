import type { BrainDecision, Lang, TaskRequest } from "../../types.ts";
import { say } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { kindOf } from "./event-kinds.ts";
import { type EventSummary, listEvents, namedEvents } from "./event-match.ts";
import { savedPlace } from "./places.ts";
import { withRideClause } from "./ride-clause.ts";
import { rideRequest, scheduledRide } from "./ride-hail.ts";
import { searchEvents } from "./search-events.ts";
import { chooseSeats, type SeatChoice, sessionTiers, tiersForArea } from "./seat-choice.ts";
import { shortageText, tierNamedIn } from "./seat-shortage.ts";
import { sessionLabel, shanghaiClock } from "./shanghai-time.ts";
import { cheaperOf } from "./ticket-compare.ts";
import { draftOf, pick, pickSession, sessionsFor, type TicketDraft } from "./ticket-draft.ts";
import {
  explainTickets,
  noSession,
  noSuchAreaText,
  optionOf,
  overCapText,
  priceText,
} from "./ticket-replies.ts";
import { tierNote } from "./tier-note.ts";

export type { TicketDraft } from "./ticket-draft.ts";

/** Leave this long before the show when a ride there is booked with the tickets. */
const RIDE_LEAD_MS = 75 * 60_000;
// "周杰伦多少钱一张", "how much are Jay Chou tickets": a question about prices, not a purchase.
const PRICE_ASKED =
  /多少钱|什么价|票价(?:是|多少)|价格|几块|贵不贵|how much|what(?:'s| is| are) the price|prices?\b.*\?|cost\b/iu;
const BUY_WORDS = /[买订抢要来]|帮我|给我|\b(?:buy|book|get|grab|want|need|reserve)\b/iu;
const PER_TICKET_PRICE =
  /(?:多少钱|什么价|几块钱?)一张|一张(?:票)?(?:多少钱|什么价|几块)|\bper ticket\b|\ba ticket\b|\beach\b/iu;
// "Comedy dialogues on Sunday? want 3 tickets": the user asked to see what is on, so a list (of one).
const ASKS_WHATS_ON = /[?？]|什么|哪些|有没有|有啥|\bwhat\b|\bwhich\b|\bany\b|got\b/iu;
const FRONT_WORDS = /前排|front/iu;

/** How a turn came to the ticket planner: an event picked from a list, a draft carried from a card. */
export interface TicketEntry {
  eventId?: string;
  previous?: TicketDraft;
}

/** "买两张周六周杰伦演唱会的票，要连座，每张500以内" → seats found → a buy_tickets card (+ a linked ride). */
export async function buyTickets(context: SkillContext, entry: TicketEntry = {}): Promise<BrainDecision> {
  const { turn, lang } = context;
  const previous =
    entry.previous ??
    (context.state.awaiting?.intent === "buy_tickets" || entry.eventId
      ? ((context.state.skill?.tickets ?? {}) as TicketDraft)
      : {});
  const base: DialogueState = { ...context.state, lastIntent: "buy_tickets", awaiting: undefined };
  const events = await listEvents(turn.tools, {});
  if (!events)
    return {
      type: "reply",
      text: say(
        lang,
        "抱歉，票务服务暂时没有响应。",
        "Sorry, the ticketing service isn't answering right now.",
      ),
      state: base,
    };
  const draft: TicketDraft = draftOf(context, previous);
  const keep = (extra: Partial<TicketDraft> = {}) => ({
    ...context.state.skill,
    tickets: { ...draft, carded: false, ...extra },
  });
  const forced = entry.eventId ? events.filter((event) => event.id === entry.eventId) : [];
  const named = forced.length > 0 ? forced : namedEvents(turn.text, events);
  // "郎朗和贝多芬第九哪个便宜，买便宜那个": the shows compared, the cheaper one bought at its lowest price.
  const cheaper = forced.length > 0 ? undefined : cheaperOf(turn.text, events, draft, lang);
  if (cheaper) draft.prefer = draft.prefer ?? "cheapest";
  // Words that fit several shows equally ("浙江广厦" plays twice): list them and let the user pick.
  if (named.length > 1 && !cheaper) return searchEvents(context, draft);
  let event = cheaper?.event ?? named[0] ?? events.find((candidate) => candidate.id === previous.eventId);
  let cheapestEvent = false;
  if (!event) {
    const kind = kindOf(turn.text);
    if (kind || draft.days || draft.partOfDay) {
      const candidates = events.filter(
        (candidate) =>
          (!kind || kind.fits(candidate)) &&
          sessionsFor(candidate, draft).length > 0 &&
          (draft.maxPriceFen === undefined || candidate.minPriceFen <= draft.maxPriceFen),
      );
      if (draft.prefer === "cheapest" && candidates.length > 0) {
        // "the cheapest show this weekend": the one whose lowest tier costs least, said as such.
        event = [...candidates].sort((a, b) => a.minPriceFen - b.minPriceFen)[0];
        cheapestEvent = true;
      } else if (candidates.length === 1 && !ASKS_WHATS_ON.test(turn.text)) event = candidates[0];
      else return searchEvents(context, draft);
    }
  }
  if (!event) {
    return {
      type: "ask",
      slot: "event",
      text: say(
        lang,
        "想看哪场演出？告诉我歌手、剧目或比赛。",
        "Which event? Tell me the artist, show or match.",
      ),
      state: { ...base, awaiting: { intent: "buy_tickets", slot: "event" }, skill: keep() },
    };
  }
  draft.eventId = event.id;
  const session = pickSession(
    event,
    context,
    draft,
    previous.eventId === event.id ? previous.sessionId : undefined,
  );
  if (!session) {
    const missed = noSession(context, event, draft);
    return {
      type: "reply",
      text: missed.text,
      state: { ...base, awaiting: { intent: "buy_tickets", slot: "session" }, skill: keep(missed.clear) },
    };
  }
  draft.sessionId = session.sessionId;
  // "多少钱一张" asks a price: its "一张" is no count.
  if (
    PRICE_ASKED.test(turn.text) &&
    !BUY_WORDS.test(turn.text) &&
    (context.nlu.slots.quantity === undefined || PER_TICKET_PRICE.test(turn.text))
  ) {
    const tiers = (await sessionTiers(turn.tools, session.sessionId)) ?? [];
    return {
      type: "reply",
      text: priceText(event, session.startsAt, tiers, turn.now, lang),
      state: { ...base, awaiting: { intent: "buy_tickets", slot: "quantity" }, skill: keep() },
    };
  }
  if (draft.count === undefined) {
    return {
      type: "ask",
      slot: "quantity",
      text: say(
        lang,
        `「${event.nameZh}」${sessionLabel(session.startsAt, turn.now, lang)}，要几张？`,
        `${event.nameEn}, ${sessionLabel(session.startsAt, turn.now, lang)} — how many tickets?`,
      ),
      state: { ...base, awaiting: { intent: "buy_tickets", slot: "quantity" }, skill: keep() },
    };
  }
  const count = draft.count;
  let tierNames: string[] | undefined;
  let bestForFront = false;
  if (draft.area) {
    const tiers = (await sessionTiers(turn.tools, session.sessionId)) ?? [];
    const named = tierNamedIn(turn.text, tiers);
    const matched = named ? [named] : tiersForArea(draft.area, tiers);
    if (matched.length > 0) tierNames = matched;
    else if (FRONT_WORDS.test(draft.area)) bestForFront = true;
    else
      return {
        type: "reply",
        text: noSuchAreaText(event, session.startsAt, draft.area, tiers, turn.now, lang),
        state: {
          ...base,
          awaiting: { intent: "buy_tickets", slot: "area" },
          skill: keep({ area: undefined }),
        },
      };
  }
  const prefer = bestForFront ? "best" : draft.prefer;
  const want = {
    sessionId: session.sessionId,
    count,
    ...pick("together", draft.together),
    ...pick("tierNames", tierNames),
    ...pick("prefer", prefer),
  };
  const capFen = draft.acceptedOverFen === undefined ? draft.maxPriceFen : undefined;
  const choices = await chooseSeats(turn.tools, { ...want, ...pick("maxPriceFen", capFen) });
  const best = choices[0];
  if (!best && capFen === undefined) {
    const tiers = (await sessionTiers(turn.tools, session.sessionId)) ?? [];
    const text = shortageText(
      event,
      session.startsAt,
      count,
      draft.together !== false,
      tiers,
      tierNames,
      turn.now,
      lang,
    );
    return {
      type: "reply",
      text,
      state: { ...base, awaiting: { intent: "buy_tickets", slot: "quantity" }, skill: keep() },
    };
  }
  if (!best) {
    // Nothing within the cap: the real cheapest of this session for this group, and other sessions.
    const cheapest =
      capFen === undefined ? undefined : (await chooseSeats(turn.tools, { ...want, prefer: "cheapest" }))[0];
    let fittingSession: number | undefined;
    if (capFen !== undefined)
      for (const other of event.sessions.filter((candidate) => candidate.sessionId !== session.sessionId)) {
        const found = await chooseSeats(turn.tools, {
          ...want,
          sessionId: other.sessionId,
          maxPriceFen: capFen,
        });
        if (found.length > 0) {
          fittingSession = other.startsAt;
          break;
        }
      }
    return {
      type: "reply",
      text: overCapText(event, session.startsAt, draft, count, cheapest, fittingSession, turn.now, lang),
      state: {
        ...base,
        awaiting: { intent: "buy_tickets", slot: cheapest ? "budget" : "session" },
        skill: keep(),
      },
    };
  }
  const request = ticketRequest(event, session, best, draft, lang);
  const alternatives = choices.slice(1, 3);
  // The ride's own time said with the tickets ("…，再叫辆车晚上6点出发") is the ride's departure.
  const timed = await withRideClause(context, draft, session.startsAt, event.venue);
  Object.assign(draft, timed.draft);
  const { linked, rideText } = rides(context, event, session, draft);
  // "最好的位置" / "cheapest" met by another tier than the extreme one: why, before the card.
  const together = count > 1 && draft.together !== false;
  const tiersNow = prefer ? ((await sessionTiers(turn.tools, session.sessionId)) ?? []) : [];
  const ask = { prefer, count, together, ...pick("capFen", capFen), ...pick("tierNames", tierNames) };
  return {
    type: "start_task",
    request,
    text:
      (cheaper?.note ?? "") +
      explainTickets(event, session.startsAt, best, draft, { cheapestEvent, bestForFront }, turn.now, lang) +
      tierNote(best, tiersNow, ask, lang) +
      rideText +
      timed.note,
    ...(alternatives.length
      ? { alternatives: alternatives.map((choice, index) => optionOf(choice, index, lang)) }
      : {}),
    ...(linked.length ? { linked } : {}),
    state: {
      ...base,
      skill: {
        ...context.state.skill,
        tickets: {
          ...draft,
          carded: true,
          lastEachFen: Math.round(best.totalFen / best.seatIds.length),
          startsAt: session.startsAt,
        },
      },
      shown: {
        kind: "seats",
        entries: alternatives.map((choice, index) => ({
          id: `seats${index + 1}`,
          label: choice.label.zh,
          payload: { request: ticketRequest(event, session, choice, draft, lang) },
        })),
      },
    },
  };
}

/** The rides that go with the tickets: there before the show (from home or the office), back after it. */
export function rides(
  context: SkillContext,
  event: EventSummary,
  session: EventSummary["sessions"][number],
  draft: TicketDraft,
): { linked: TaskRequest[]; rideText: string } {
  const { turn, lang } = context;
  if (!draft.withRide) return { linked: [], rideText: "" };
  const from = draft.rideFrom ?? "home";
  const start = savedPlace(turn.profile, from);
  const home = savedPlace(turn.profile, "home");
  const venue = {
    lng: event.venue.lng,
    lat: event.venue.lat,
    name: event.venue.nameZh,
    nameEn: event.venue.nameEn,
  };
  if (draft.rideBack) {
    const endsAt = session.endsAt;
    if (!home || endsAt === undefined)
      return {
        linked: [],
        rideText: say(
          lang,
          "回程的车我没有安排：不知道散场时间或家的地址，散场时跟我说一声就帮你叫。",
          " I haven't booked the ride back: I don't know when it ends or where home is — tell me when it's over.",
        ),
      };
    const when = { atMs: endsAt, text: shanghaiClock(endsAt) };
    return {
      linked: [
        scheduledRide(
          withDeparture(rideRequest(venue, home, draft.rideProduct, lang, endsAt), endsAt, lang, true),
          when,
        ),
      ],
      rideText: say(
        lang,
        `另外约了散场后（约 ${shanghaiClock(endsAt)}）从${event.venue.nameZh}回家的车。`,
        ` I've also booked a ride home from ${event.venue.nameEn} for when it ends (about ${shanghaiClock(endsAt)}).`,
      ),
    };
  }
  if (!start)
    return {
      linked: [],
      rideText: say(
        lang,
        `打车去现场这部分我没安排：你还没有保存${from === "office" ? "公司" : "家"}的地址，不知道从哪里出发。`,
        ` I haven't booked the ride there: there's no ${from === "office" ? "office" : "home"} address saved to start from.`,
      ),
    };
  const departAt = draft.rideAtMs ?? session.startsAt - RIDE_LEAD_MS;
  const fromWords = say(
    lang,
    from === "office" ? "从公司" : "从家",
    from === "office" ? " from the office" : " from home",
  );
  return {
    linked: [
      // The taxi goes for the show, not now: confirmed with the tickets, dispatched before it starts.
      scheduledRide(
        withDeparture(
          rideRequest(start, venue, draft.rideProduct, lang, departAt),
          departAt,
          lang,
          draft.rideAtMs === undefined,
        ),
        {
          atMs: departAt,
          text: shanghaiClock(departAt),
        },
      ),
    ],
    rideText: say(
      lang,
      draft.rideAtMs !== undefined
        ? `另外帮你叫车${fromWords}去${event.venue.nameZh}，${shanghaiClock(departAt)} 出发。`
        : `另外帮你叫车${fromWords}去${event.venue.nameZh}，建议 ${shanghaiClock(departAt)} 出发。`,
      draft.rideAtMs !== undefined
        ? ` I've also lined up a ride${fromWords} to ${event.venue.nameEn}, leaving at ${shanghaiClock(departAt)}.`
        : ` I've also lined up a ride${fromWords} to ${event.venue.nameEn}; leave around ${shanghaiClock(departAt)}.`,
    ),
  };
}

function ticketRequest(
  event: EventSummary,
  session: { sessionId: string; startsAt: number },
  choice: SeatChoice,
  draft: TicketDraft,
  lang: Lang,
): TaskRequest {
  // A cap the user agreed to go over is not checked again; one still in force is.
  const cap = draft.acceptedOverFen === undefined ? draft.maxPriceFen : undefined;
  return {
    kind: "buy_tickets",
    title: `${say(lang, event.nameZh, event.nameEn)} ×${choice.seatIds.length}`,
    args: {
      eventId: event.id,
      sessionId: session.sessionId,
      seatIds: choice.seatIds,
      count: choice.seatIds.length,
      together: choice.together,
      ...pick("maxPriceFen", cap),
    },
    asked: {
      items: [{ text: event.nameZh, qty: draft.count ?? choice.seatIds.length }],
      ...(cap ? { budgetFen: draft.totalMaxFen ?? cap * (draft.count ?? 1) } : {}),
    },
  };
}

function withDeparture(request: TaskRequest, departAt: number, lang: Lang, suggested: boolean): TaskRequest {
  return {
    ...request,
    // A pick-up counted from the show with no time said is Dimple's suggestion, and the card says so.
    args: { ...request.args, ...(suggested ? { suggested: true } : {}) },
    title: `${request.title}${say(lang, `（${shanghaiClock(departAt)} 出发）`, ` (leave ${shanghaiClock(departAt)})`)}`,
  };
}
