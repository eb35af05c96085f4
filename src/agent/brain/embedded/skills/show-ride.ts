import { dayStartMs, wallTime, zoneDay } from "../../../../kernel/time-zone.ts";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { listEvents } from "./event-match.ts";
import { type Place, savedPlace } from "./places.ts";
import { shanghaiClock } from "./shanghai-time.ts";
import type { TicketDraft } from "./ticket-draft.ts";

// The show named as the ride's end: "开场前到", "去现场", "to the venue", "before it starts".
const SHOW_WORDS =
  /现场|场馆|会场|开场|开演|入场|演出|比赛开始|开赛|\bthe (?:venue|show|concert|gig|game|match|theatre|theater|stadium|arena|play|performance|gym(?:nasium)?)\b|before (?:it|the show|the game|the concert) (?:starts|begins)/iu;
// A place only the dialogue names ("叫车过去", "去那儿", "a cab there"): the show, right after it.
const THERE = /过去|那儿|那里|那边|那天|到时候?|当天|\bthere\b|\bthat (?:day|night|evening)\b/iu;
// The show's day itself: "那天晚上6点半从家去杭州剧院" goes where it says, on that day.
const THAT_DAY = /那天|当天|演出(?:那|当)天|\bthat (?:day|night|evening)\b|\bon the (?:day|night)\b/iu;
// After the show: "散场后回家", "看完叫车回来", "a taxi home after the show", "when it's over".
const AFTER_SHOW =
  /散场|(?:演出|比赛)?结束(?:后|以后|之后)|看完|演完|比赛完|完了以后|完了之后|after (?:it|the (?:show|concert|game|match|play|gig|performance))\b|afterwards|when (?:it|the \w+)(?:'s| is)? (?:over|ends|done|finishes)|once (?:it|the \w+)(?:'s| is)? (?:over|ends|done|finished)/iu;

/** Arrive this long before the start when the user did not say how long. */
const ARRIVE_BEFORE_MS = 30 * 60_000;

/** A ride planned around the show of the dialogue: its ends, its time, and the state it counts from. */
export interface ShowTrip {
  origin: Place;
  destination: Place;
  destinationPhrase: string;
  /** When to be there (arrive) or to be picked up (leave after the show). */
  when: { atMs: number; text: string; arrive: boolean };
  /** The state with the show's start, for times counted back from it ("开场前一小时到"). */
  state: DialogueState;
}

/**
 * "再帮我叫个车，开场前一小时到" after the tickets: the ride goes to the venue of the show just
 * booked or chosen (from the venue home, for "after the show"), timed by the show — never a
 * "where to?" about a place the dialogue already holds. None when no show is in the dialogue, or
 * the ride names somewhere else and does not speak of the show.
 */
export async function showTrip(
  context: SkillContext,
  ends: { origin?: Place; destination?: Place; destinationPhrase?: string; originPhrase?: string },
): Promise<ShowTrip | undefined> {
  const { turn, state } = context;
  const tickets = state.skill?.tickets as TicketDraft | undefined;
  if (!tickets?.eventId) return undefined;
  const text = turn.text;
  const justTickets = state.lastIntent === "buy_tickets" || state.lastIntent === "search_events";
  const after = AFTER_SHOW.test(text);
  // A pronoun is the show only when the ride found no place of its own ("叫车去西湖那边" is West Lake).
  const toShow = SHOW_WORDS.test(text) || (justTickets && THERE.test(text) && !ends.destination);
  // A place of its own on the show's day: that place, with the time said on that day.
  const sameDay = justTickets && !toShow && ends.destination !== undefined && THAT_DAY.test(text);
  // A ride that names a place of its own, and not the show, is that ride.
  if (!after && !toShow && !sameDay && (ends.destinationPhrase || !justTickets)) return undefined;
  const event = ((await listEvents(turn.tools, {})) ?? []).find(
    (candidate) => candidate.id === tickets.eventId,
  );
  const session =
    event?.sessions.find((candidate) => candidate.sessionId === tickets.sessionId) ??
    (tickets.sessionId ? undefined : event?.sessions[0]);
  if (!event || !session) return undefined;
  const venue: Place = {
    lng: event.venue.lng,
    lat: event.venue.lat,
    name: event.venue.nameZh,
    nameEn: event.venue.nameEn,
  };
  const withStart: DialogueState = {
    ...state,
    skill: { ...state.skill, tickets: { ...tickets, startsAt: session.startsAt } },
  };
  if (after) {
    const home = savedPlace(turn.profile, "home");
    const destination = ends.destinationPhrase && ends.destination ? ends.destination : home;
    const endsAt = session.endsAt;
    if (!destination || endsAt === undefined) return undefined;
    return {
      origin: venue,
      destination,
      destinationPhrase: ends.destinationPhrase ?? destination.name,
      when: { atMs: endsAt, text: shanghaiClock(endsAt), arrive: false },
      state: withStart,
    };
  }
  const origin = (ends.originPhrase ? ends.origin : undefined) ?? savedPlace(turn.profile, "home");
  if (!origin) return undefined;
  const arriveAt = session.startsAt - ARRIVE_BEFORE_MS;
  const named = sameDay && ends.destinationPhrase ? ends.destination : undefined;
  return {
    origin,
    destination: named ?? venue,
    destinationPhrase: named && ends.destinationPhrase ? ends.destinationPhrase : event.venue.nameZh,
    when: { atMs: arriveAt, text: shanghaiClock(arriveAt), arrive: true },
    state: withStart,
  };
}

/**
 * A clock time said for the ride to a show ("晚上7点出发", "leaving at 6pm", "at 1pm that day"): on
 * the show's day, whatever day the words fell on. `unusable` when it cannot be the departure (gone,
 * no such date, or not before the show starts); none when no clock time or only a deadline ("by
 * 6pm": when to arrive, left to the usual lead) was said.
 */
export function clockOnShowDay(
  slot: DateTimeSlot | undefined,
  startsAt: number,
  now: number,
  zone: string,
): { atMs?: number; unusable?: boolean } | undefined {
  if (!slot?.timeKnown || slot.bound === "by") return undefined;
  if (slot.problem === "impossible") return { unusable: true };
  const { hour, minute } = wallTime(slot.startMs, zone);
  const atMs = dayStartMs(zoneDay(startsAt, zone), zone) + (hour * 60 + minute) * 60_000;
  return atMs > now && atMs < startsAt ? { atMs } : { unusable: true };
}

/** The pick-up time said for the ride to the dialogue's show (see clockOnShowDay). */
export function saidTimeForShow(
  context: SkillContext,
  trip: ShowTrip,
): { atMs?: number; text: string; unusable?: boolean } | undefined {
  const datetime = context.nlu.slots.datetime;
  const startsAt = (trip.state.skill?.tickets as TicketDraft | undefined)?.startsAt;
  // Home after the show leaves when it ends.
  if (!trip.when.arrive || !datetime || startsAt === undefined) return undefined;
  const said = clockOnShowDay(datetime, startsAt, context.turn.now, context.turn.profile.timeZone);
  return said && { ...said, text: datetime.text };
}
