import type { BrainDecision, TaskBrief } from "../../types.ts";
import { say } from "../say.ts";
import { buyTickets, rides } from "./buy-tickets.ts";
import type { SkillContext } from "./context.ts";
import { categoryOf, eventsOfKindSaid, listEvents, namedEvents } from "./event-match.ts";
import { searchEvents } from "./search-events.ts";
import { shanghaiClock } from "./shanghai-time.ts";
import { showRideWish } from "./show-ride-wish.ts";
import { ticketCountOf } from "./ticket-count.ts";
import { areaOf, draftOf, partOfDayOf, peopleCount, RIDE_TOO, type TicketDraft } from "./ticket-draft.ts";

// "book a flight to Shanghai" names no show, whatever "Shanghai Shenhua" holds.
const TRAVEL = /flights?|plane|trains?|high-speed rail|机票|火车票|高铁|动车|航班|hotel|酒店/iu;
const ASKS_WHAT = /什么|哪些|有没有|\bany\b|\bwhat\b|\bwhich\b|\banything\b/iu;

// "好的" / "ok" / "就这个价" to "nothing within your budget, the cheapest is …": buy at that price.
const ACCEPTS =
  /(?:那就|就)?按最便宜的?(?:买|来)|买最便宜的|最便宜的(?:就)?(?:行|可以)|\bgo with (?:the )?cheapest\b|\bcheapest (?:is )?fine\b|^(?:好的?|好吧|行|可以|没问题|嗯|对|买吧|就这个|就它)|按这个价|就这个价|这个价(?:格)?(?:也)?(?:可以|行)|超(?:一点|点)?(?:也)?没关系|超(?:了)?也行|不管预算|^(?:ok(?:ay)?|sure|yes|yeah|yep|fine|go ahead|do it)\b|\b(?:that'?s|it'?s) (?:fine|ok(?:ay)?)\b|\bat that price\b|\bgo over\b|\bfine by me\b/iu;
// Another session or another wish said after the card ("换成周日那场", "floor seats instead", "not together is fine").
const TWEAK = /换|改|那场|instead|switch|change|rather|不连座|不用连座|分开|together|连座/iu;
// "再帮我叫辆车过去", "also book me a car there": where to is the show, not a place to ask about.
const THERE =
  /过去|去现场|去那|there\b|over\b|to the (?:venue|show|stadium|theatre|theater|arena|concert|game)|\bthe show\b/iu;

// "the second, 2 floor seats", "last one": a position in the list of shows (the NLU reads "the second one").
const LIST_POSITION =
  /\b(?:the )?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\b(?! (?:time|week|day|row|floor|stand))/iu;
const POSITIONS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
  last: -1,
};
// "开场前帮我叫车，周六CBA两张": a ride asked with tickets is the tickets' ride.
const TICKET_WORDS = /票|\d\s*张|[一两二三四五六七八九十]张|\btickets?\b|\btix\b|\bseats\b/iu;

const OTHER_SKILLS = new Set(["buy_tickets", "search_events", "smalltalk", "out_of_scope", "ride_hail"]);

/**
 * Turns about tickets being planned: a show picked from a list by name ("the Jay Chou one"), the
 * answer to the planner's question (count, session, area, "ok at that price"), a change to the card
 * ("make it 3", "换成周日那场", "换内场的"), or a ride there added after the card. `replace` says the
 * new card takes the place of the one awaiting confirmation.
 */
export async function ticketDialogue(
  context: SkillContext,
  awaitingCard: TaskBrief | undefined,
): Promise<{ decision: BrainDecision; replace: boolean } | undefined> {
  const { state, nlu, turn } = context;
  const tickets = state.skill?.tickets as TicketDraft | undefined;
  const slots = nlu.slots;
  const elsewhere = nlu.confidence >= 0.8 && !OTHER_SKILLS.has(nlu.intent);
  if (elsewhere || slots.cancel) return undefined;
  if (nlu.intent === "ride_hail" && !awaitingCard && state.shown?.kind !== "event") {
    // "2 for the Wulong Mountain comedy and a cab home after": a show named with a count is the tickets'.
    const counted =
      slots.quantity !== undefined ||
      peopleCount(turn.text) !== undefined ||
      ticketCountOf(turn.text) !== undefined;
    const named =
      counted && !TICKET_WORDS.test(turn.text)
        ? namedEvents(turn.text, (await listEvents(turn.tools, {})) ?? []).length === 1
        : false;
    // A place's name is no kind of show ("打车去黄龙体育中心，6个人", "a car to the Grand Theatre").
    const unplaced = [slots.destination, slots.origin].reduce<string>(
      (text, place) => (place ? text.split(place).join(" ") : text),
      turn.text,
    );
    if (TICKET_WORDS.test(turn.text) || (counted && (categoryOf(unplaced) || named)))
      return { decision: await buyTickets(context, {}), replace: false };
  }
  // "the second, 2 floor seats": a position the NLU did not read as one.
  if (state.shown?.kind === "event" && slots.ordinal === undefined) {
    const position = turn.text.match(LIST_POSITION)?.[1]?.toLowerCase();
    const index = position ? POSITIONS[position] : undefined;
    const entries = state.shown.entries;
    const entry = index === undefined ? undefined : index === -1 ? entries.at(-1) : entries[index - 1];
    if (entry && typeof entry.payload.eventId === "string")
      return { decision: await buyTickets(context, { eventId: entry.payload.eventId }), replace: false };
  }

  // A show named from the list just shown: "周杰伦那个", "the Jay Chou one", "就看德云社吧".
  if (state.shown?.kind === "event" && slots.ordinal === undefined) {
    const ids = state.shown.entries
      .map((entry) => entry.payload.eventId)
      .filter((id) => typeof id === "string");
    const events = (await listEvents(turn.tools, {}))?.filter((event) => ids.includes(event.id)) ?? [];
    const named = namedEvents(turn.text, events);
    // "the stand-up on Saturday": the one show of the list of the kind said.
    const ofKind = named.length === 0 ? eventsOfKindSaid(turn.text, events) : [];
    if (ofKind.length === 1 && ofKind[0])
      return { decision: await buyTickets(context, { eventId: ofKind[0].id }), replace: false };
    if (named.length === 1 && named[0])
      return { decision: await buyTickets(context, { eventId: named[0].id }), replace: false };
  }
  // "book two for Deyunshe on Sunday night", "any crosstalk this weekend": a show named or a kind of
  // show asked about, in words the classifier did not place.
  if (
    (nlu.intent === "out_of_scope" || nlu.confidence < 0.5) &&
    !awaitingCard &&
    !state.awaiting &&
    !state.shown
  ) {
    const category = categoryOf(turn.text);
    const events = await listEvents(turn.tools, {});
    const named = events ? namedEvents(turn.text, events) : [];
    // "2 red bull to the office": a word of a show's name ("Golden Bulls") inside a menu item's is no show.
    const onMenu = (slots.entities ?? []).some((match) => match.entity.kind === "item");
    if (
      named.length === 1 &&
      (!onMenu || TICKET_WORDS.test(turn.text)) &&
      (slots.quantity !== undefined ||
        peopleCount(turn.text) !== undefined ||
        TICKET_WORDS.test(turn.text)) &&
      !TRAVEL.test(turn.text)
    )
      return { decision: await buyTickets(context, {}), replace: false };
    if (category && named.length === 0 && (slots.datetime || ASKS_WHAT.test(turn.text)))
      return { decision: await searchEvents(context), replace: false };
  }

  if (!tickets) return undefined;

  if (state.awaiting?.intent === "buy_tickets") {
    const budgetNew = slots.budgetMaxFen !== undefined;
    if (state.awaiting.slot === "budget" && !budgetNew && (slots.confirm || ACCEPTS.test(turn.text.trim())))
      return {
        decision: await buyTickets(context, {
          previous: { ...tickets, acceptedOverFen: tickets.totalMaxFen ?? tickets.maxPriceFen },
        }),
        replace: false,
      };
    // A ride somewhere of its own ("帮我叫辆车去西湖") while the question is open is a new request;
    // a ride "there" (to the show) is the tickets'.
    const ownRide = nlu.intent === "ride_hail" && !!slots.destination && !THERE.test(turn.text);
    if (!ownRide && (nlu.intent !== "ride_hail" || RIDE_TOO.test(turn.text)))
      return { decision: await buyTickets(context), replace: false };
    return undefined;
  }

  if (!tickets.carded || state.lastIntent !== "buy_tickets" || awaitingCard?.kind !== "buy_tickets")
    return undefined;
  const events = await listEvents(turn.tools, {});
  const event = events?.find((candidate) => candidate.id === tickets.eventId);
  if (!events || !event) return undefined;
  // A different show named is a new purchase, not a change of this one.
  const named = namedEvents(turn.text, events);
  if (named.length > 0 && !named.some((candidate) => candidate.id === event.id)) return undefined;

  if (RIDE_TOO.test(turn.text) && (!slots.destination || THERE.test(turn.text)) && !tickets.withRide) {
    const session = event.sessions.find((candidate) => candidate.sessionId === tickets.sessionId);
    if (!session) return undefined;
    // "an XL at 6pm to get there": the car and the time said are the ride's, on the show's day.
    const wish = showRideWish(turn.text, slots.datetime, session.startsAt, turn.now, turn.profile.timeZone);
    const withRide: TicketDraft = {
      ...draftOf(context, { ...tickets, withRide: true }),
      ...(wish.leaveAtMs !== undefined ? { rideAtMs: wish.leaveAtMs } : {}),
      ...(wish.productId !== undefined ? { rideProduct: wish.productId } : {}),
    };
    const planned = rides(context, event, session, { ...withRide, withRide: true });
    // A time that cannot be the departure is said, never silently replaced.
    const unusable = wish.timeUnusable
      ? say(
          context.lang,
          `你说的出发时间不在开场（${shanghaiClock(session.startsAt)}）之前，所以按开场前的常规时间安排。`,
          ` The time you said isn't before the show starts (${shanghaiClock(session.startsAt)}), so I went by the show's start instead.`,
        )
      : "";
    const { linked } = planned;
    const rideText = unusable ? `${unusable}${planned.rideText}` : planned.rideText;
    const [ride] = linked;
    const decision: BrainDecision = ride
      ? {
          type: "start_task",
          request: ride,
          text: rideText.trim(),
          state: { ...state, skill: { ...state.skill, tickets: { ...withRide, withRide: true } } },
        }
      : { type: "reply", text: rideText.trim(), state };
    return { decision, replace: false };
  }

  const changes =
    slots.quantity !== undefined ||
    slots.quantityDelta !== undefined ||
    slots.datetime !== undefined ||
    slots.cheaper === true ||
    slots.budgetMaxFen !== undefined ||
    areaOf(turn.text) !== undefined ||
    partOfDayOf(turn.text) !== undefined ||
    (TWEAK.test(turn.text) && nlu.intent !== "ride_hail");
  if (!changes) return undefined;
  const previous: TicketDraft = {
    ...tickets,
    carded: false,
    ...(slots.datetime || partOfDayOf(turn.text) ? { sessionId: undefined } : {}),
    // "再便宜点的": under what each ticket on the card costs.
    ...(slots.cheaper && tickets.lastEachFen
      ? { maxPriceFen: tickets.lastEachFen - 1, acceptedOverFen: undefined }
      : {}),
  };
  const decision = await buyTickets(context, { eventId: event.id, previous });
  if (decision.type === "reply" && slots.cheaper)
    return {
      decision: {
        ...decision,
        text: say(context.lang, "没有更便宜的座位了。", "There's nothing cheaper left for that session."),
      },
      replace: false,
    };
  return { decision, replace: true };
}
