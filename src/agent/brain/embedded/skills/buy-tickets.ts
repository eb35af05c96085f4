import type { BrainDecision, BrainOption, Lang, TaskRequest } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { categoryOf, type EventSummary, listEvents, namedEvents } from "./event-match.ts";
import { savedPlace } from "./places.ts";
import { rideRequest, scheduledRide } from "./ride-hail.ts";
import { searchEvents } from "./search-events.ts";
import { chooseSeats, type SeatChoice } from "./seat-choice.ts";
import { sessionLabel, shanghaiClock, shanghaiDate, slotDays } from "./shanghai-time.ts";

/** A ticket purchase being planned; kept in `state.skill.tickets` while a question is open. */
interface TicketDraft {
  eventId?: string;
  sessionId?: string;
  count?: number;
  together?: boolean;
  /** Per ticket. */
  maxPriceFen?: number;
  withRide?: boolean;
}

// "Tickets" without a number asks how many; "a ticket" / "一张" is one.
// One ticket said without a number: "a ticket", "a mayday ticket", "a seat for Teahouse", "买张票", "订张茶馆的票".
const SINGULAR =
  /\b(?:a|one|single)\s+(?:[\w'-]+\s+){0,3}?(?:ticket|seat)\b(?!s)|一张|[买订抢来要拿购]张(?![0-9一二两俩三四五六七八九十几])|张(?:门)?票/iu;
// A budget "each" is per ticket; otherwise it is for the whole purchase.
const PER_TICKET = /每张|一张|单张|票价|单价|each|per (?:ticket|seat|person)|apiece|a (?:ticket|seat)\b/iu;
// A second request in the same sentence ("and a taxi there"): the NLU labels one intent per turn.
const RIDE_TOO =
  /打车|打个车|打辆车|叫车|叫个车|叫辆车|约车|车过去|送我过去|taxi|\bcab\b|\bride\b|\bcar\b|uber|didi|滴滴/iu;
/** Leave this long before the show when a ride there is booked with the tickets. */
const RIDE_LEAD_MS = 75 * 60_000;

/** "买两张周六周杰伦演唱会的票，要连座，每张500以内" → seats found → a buy_tickets card (+ a linked ride). */
export async function buyTickets(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  const previous =
    context.state.awaiting?.intent === "buy_tickets"
      ? ((context.state.skill?.tickets ?? {}) as TicketDraft)
      : {};
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
  const named = namedEvents(turn.text, events);
  // Words that fit several shows equally ("浙江广厦" plays twice): list them and let the user pick.
  if (named.length > 1) return searchEvents(context);
  const event = named[0] ?? events.find((candidate) => candidate.id === previous.eventId);
  if (!event) {
    if (categoryOf(turn.text) || nlu.slots.datetime) return searchEvents(context);
    return {
      type: "ask",
      slot: "event",
      text: say(
        lang,
        "想看哪场演出？告诉我歌手、剧目或比赛。",
        "Which event? Tell me the artist, show or match.",
      ),
      state: {
        ...base,
        awaiting: { intent: "buy_tickets", slot: "event" },
        skill: { ...context.state.skill, tickets: draftOf(context, previous) },
      },
    };
  }
  const draft: TicketDraft = { ...draftOf(context, previous), eventId: event.id };
  const session = pickSession(event, context, previous.sessionId);
  if (!session) {
    const dates = event.sessions
      .map((candidate) => sessionLabel(candidate.startsAt, turn.now, lang))
      .join(say(lang, "、", ", "));
    return {
      type: "reply",
      text: say(
        lang,
        `「${event.nameZh}」那天没有场次，可选：${dates}。`,
        `${event.nameEn} isn't on that day. Sessions: ${dates}.`,
      ),
      state: { ...base, skill: { ...context.state.skill, tickets: draft } },
    };
  }
  draft.sessionId = session.sessionId;
  if (draft.count === undefined) {
    return {
      type: "ask",
      slot: "quantity",
      text: say(
        lang,
        `「${event.nameZh}」${sessionLabel(session.startsAt, turn.now, lang)}，要几张？`,
        `${event.nameEn}, ${sessionLabel(session.startsAt, turn.now, lang)} — how many tickets?`,
      ),
      state: {
        ...base,
        awaiting: { intent: "buy_tickets", slot: "quantity" },
        skill: { ...context.state.skill, tickets: draft },
      },
    };
  }
  const choices = await chooseSeats(turn.tools, {
    sessionId: session.sessionId,
    count: draft.count,
    ...pick("maxPriceFen", draft.maxPriceFen),
    ...pick("together", draft.together),
  });
  const best = choices[0];
  if (!best) {
    const limit = draft.maxPriceFen
      ? say(lang, `每张 ${yuan(draft.maxPriceFen)} 以内`, `at ${yuan(draft.maxPriceFen)} or less each`)
      : "";
    const together =
      draft.count > 1 && draft.together !== false
        ? say(lang, `${draft.count} 个连座`, `${draft.count} seats together`)
        : say(lang, `${draft.count} 个座位`, `${draft.count} seats`);
    return {
      type: "reply",
      text: say(
        lang,
        `这场没有${limit}的${together}了，最低票价 ${yuan(event.minPriceFen)}。换一场或放宽预算？`,
        `No ${together} ${limit} left for that session (tickets start at ${yuan(event.minPriceFen)}). Another session or a bigger budget?`,
      ),
      state: { ...base, skill: { ...context.state.skill, tickets: draft } },
    };
  }
  const request = ticketRequest(event, session, best, draft, lang);
  const alternatives = choices.slice(1, 3);
  const home = savedPlace(turn.profile, "home");
  const venue = {
    lng: event.venue.lng,
    lat: event.venue.lat,
    name: event.venue.nameZh,
    nameEn: event.venue.nameEn,
  };
  const linked =
    draft.withRide && home
      ? [
          // The taxi goes for the show, not now: confirmed with the tickets, dispatched before it starts.
          scheduledRide(
            withDeparture(
              rideRequest(home, venue, "economy", lang, session.startsAt - RIDE_LEAD_MS),
              session.startsAt - RIDE_LEAD_MS,
              lang,
            ),
            { atMs: session.startsAt - RIDE_LEAD_MS, text: shanghaiClock(session.startsAt - RIDE_LEAD_MS) },
          ),
        ]
      : [];
  return {
    type: "start_task",
    request,
    text:
      explain(event, session.startsAt, best, draft, turn.now, lang) +
      (linked.length
        ? say(
            lang,
            `另外帮你叫车去${event.venue.nameZh}，建议 ${shanghaiClock(session.startsAt - RIDE_LEAD_MS)} 出发。`,
            ` I've also lined up a ride to ${event.venue.nameEn}; leave around ${shanghaiClock(session.startsAt - RIDE_LEAD_MS)}.`,
          )
        : draft.withRide
          ? say(
              lang,
              "打车去现场这部分我没安排：你还没有保存家的地址，不知道从哪里出发。",
              " I haven't booked the ride there: there's no home address saved to start from.",
            )
          : ""),
    ...(alternatives.length
      ? { alternatives: alternatives.map((choice, index) => optionOf(choice, index, lang)) }
      : {}),
    ...(linked.length ? { linked } : {}),
    state: {
      ...base,
      skill: { ...context.state.skill, tickets: undefined },
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

function draftOf(context: SkillContext, previous: TicketDraft): TicketDraft {
  const { slots } = context.nlu;
  const text = context.turn.text;
  const count = slots.quantity ?? (SINGULAR.test(text) ? 1 : previous.count);
  const budget = slots.budgetMaxFen;
  const perTicket =
    budget === undefined
      ? previous.maxPriceFen
      : PER_TICKET.test(text) || !count
        ? budget
        : Math.floor(budget / count);
  const withRide = previous.withRide || RIDE_TOO.test(text);
  return {
    ...previous,
    ...pick("count", count),
    ...pick("maxPriceFen", perTicket),
    ...pick("together", slots.seatsTogether ?? previous.together),
    ...(withRide ? { withRide } : {}),
  };
}

/** The session the user means: on the day they said (closest to the hour if they said one), else the next. */
function pickSession(
  event: EventSummary,
  context: SkillContext,
  carried?: string,
): EventSummary["sessions"][number] | undefined {
  const slot = context.nlu.slots.datetime;
  if (!slot) return event.sessions.find((session) => session.sessionId === carried) ?? event.sessions[0];
  const { from, to } = slotDays(slot);
  const onDay = event.sessions.filter((session) => {
    const date = shanghaiDate(session.startsAt);
    return date >= from && date <= to;
  });
  if (!slot.timeKnown) return onDay[0];
  return [...onDay].sort(
    (a, b) => Math.abs(a.startsAt - slot.startMs) - Math.abs(b.startsAt - slot.startMs),
  )[0];
}

function ticketRequest(
  event: EventSummary,
  session: { sessionId: string; startsAt: number },
  choice: SeatChoice,
  draft: TicketDraft,
  lang: Lang,
): TaskRequest {
  return {
    kind: "buy_tickets",
    title: `${say(lang, event.nameZh, event.nameEn)} ×${choice.seatIds.length}`,
    args: {
      eventId: event.id,
      sessionId: session.sessionId,
      seatIds: choice.seatIds,
      count: choice.seatIds.length,
      together: choice.together,
      ...pick("maxPriceFen", draft.maxPriceFen),
    },
    asked: {
      items: [{ text: event.nameZh, qty: draft.count ?? choice.seatIds.length }],
      ...(draft.maxPriceFen ? { budgetFen: draft.maxPriceFen * (draft.count ?? 1) } : {}),
    },
  };
}

function withDeparture(request: TaskRequest, departAt: number, lang: Lang): TaskRequest {
  return {
    ...request,
    title: `${request.title}${say(lang, `（${shanghaiClock(departAt)} 出发）`, ` (leave ${shanghaiClock(departAt)})`)}`,
  };
}

function explain(
  event: EventSummary,
  startsAt: number,
  choice: SeatChoice,
  draft: TicketDraft,
  now: number,
  lang: Lang,
): string {
  const budget = draft.maxPriceFen
    ? say(lang, `，在每张 ${yuan(draft.maxPriceFen)} 的预算内`, `, within ${yuan(draft.maxPriceFen)} each`)
    : "";
  const together =
    choice.seatIds.length > 1
      ? choice.together
        ? say(lang, "连座", "seats together")
        : say(lang, "没有连座了，分开的座位", "not together — no adjacent seats left")
      : "";
  return say(
    lang,
    `「${event.nameZh}」${sessionLabel(startsAt, now, lang)}，${event.venue.nameZh}：${choice.label.zh}${together ? `，${together}` : ""}，共 ${yuan(choice.totalFen)}${budget}。`,
    `${event.nameEn}, ${sessionLabel(startsAt, now, lang)} at ${event.venue.nameEn}: ${choice.label.en}${together ? `, ${together}` : ""}, ${yuan(choice.totalFen)} in all${budget}.`,
  );
}

function optionOf(choice: SeatChoice, index: number, lang: Lang): BrainOption {
  return {
    id: `seats${index + 1}`,
    label: say(lang, choice.label.zh, choice.label.en),
    detail: yuan(choice.totalFen),
  };
}

function pick<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}
