import { extractDaySpan } from "../../nlu/slots/day-span.ts";
import type { BrainDecision, BrainOption } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import { buyTickets } from "./buy-tickets.ts";
import type { SkillContext } from "./context.ts";
import { type EventKind, kindOf } from "./event-kinds.ts";
import { type EventSummary, listEvents, namedEvents } from "./event-match.ts";
import { sessionList } from "./session-list.ts";
import { dayLabel, sessionLabel, shanghaiDate, slotDays, spanSlot, spanWords } from "./shanghai-time.ts";
import { draftOf, sessionsFor, type TicketDraft } from "./ticket-draft.ts";

const SHOWN = 5;

/** "周六有什么演唱会": events by words, category and dates, as options with "buy" follow-ups. */
export async function searchEvents(context: SkillContext, carried?: TicketDraft): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  // Several days said as a whole ("下周", "this weekend") are searched whole, not as chrono's one day.
  const span = extractDaySpan(turn.text, turn.now, turn.profile.timeZone);
  // What the turn asked of the tickets (count, budget, seats, a ride) waits for the pick; a day read
  // out of a span is no day of it ("next week" is no Monday): the span's days, as the list shows.
  const read = carried ?? draftOf(context, {});
  const draft =
    span && !carried && read.days
      ? { ...read, days: slotDays(spanSlot(span, turn.now, turn.profile.timeZone)) }
      : read;
  const state: DialogueState = {
    ...context.state,
    lastIntent: "search_events",
    awaiting: undefined,
    skill: { ...context.state.skill, tickets: { ...draft, carded: false } },
  };
  const datetime = span ? spanSlot(span, turn.now, turn.profile.timeZone) : nlu.slots.datetime;
  // The kind asked for ("脱口秀", "musicals", "展览"): only shows of it are listed.
  const kind = kindOf(turn.text);
  const all = await listEvents(turn.tools, { ...(datetime ? { datetime } : {}) });
  if (!all)
    return {
      type: "reply",
      text: say(
        lang,
        "抱歉，票务服务暂时没有响应。",
        "Sorry, the ticketing service isn't answering right now.",
      ),
      state,
    };
  // Only shows at the part of the day asked for ("周六晚上") and with a seat within a per-ticket cap.
  const fitting = (list: EventSummary[]) => {
    const named = namedEvents(turn.text, list);
    return (named.length > 0 ? named : list.filter((event) => !kind || kind.fits(event)))
      .map((event) =>
        draft.partOfDay ? { ...event, sessions: sessionsFor(event, { partOfDay: draft.partOfDay }) } : event,
      )
      .filter(
        (event) =>
          event.sessions.length > 0 &&
          (draft.maxPriceFen === undefined ||
            draft.acceptedOverFen !== undefined ||
            event.minPriceFen <= draft.maxPriceFen),
      );
  };
  // "下周有没有五月天" when Mayday plays another week: that show, said to be on other days — never
  // another show in its place.
  let otherDays = false;
  let pool = all;
  if (datetime && namedEvents(turn.text, all).length === 0) {
    const named = namedEvents(turn.text, (await listEvents(turn.tools, {})) ?? []);
    if (named.length > 0) {
      pool = named;
      otherDays = true;
    }
  }
  let events = fitting(pool);
  const when = span
    ? say(lang, spanWords(span, turn.now, "zh"), spanWords(span, turn.now, "en"))
    : datetime
      ? dayLabel(shanghaiDate(datetime.startMs), turn.now, lang)
      : "";
  // Nothing on the day asked: the nearest ones after it, said as such (never a silent other day).
  let elsewhen = false;
  if (events.length === 0 && datetime && !otherDays) {
    const after = datetime.endMs ?? datetime.startMs;
    events = fitting((await listEvents(turn.tools, {})) ?? [])
      .map((event) => ({ ...event, sessions: event.sessions.filter((session) => session.startsAt > after) }))
      .filter((event) => event.sessions.length > 0);
    elsewhen = events.length > 0;
  }
  if (events.length === 0) {
    // None of the kind asked for: said plainly, and what there is then offered as other things.
    if (kind && namedEvents(turn.text, all).length === 0) {
      const ever = ((await listEvents(turn.tools, {})) ?? []).some(kind.fits);
      return noneOfKind(context, kind, { all, when, ever }, state);
    }
    return {
      type: "reply",
      text: say(
        lang,
        `${when}没有找到合适的演出。换个日期或类型试试？`,
        `I found nothing${when ? ` for ${when}` : ""}. Try another day or kind of event?`,
      ),
      state,
    };
  }
  // One show fits and the user already said how many: no list to pick from, plan the tickets.
  const only = events[0];
  if (
    events.length === 1 &&
    only &&
    !elsewhen &&
    !otherDays &&
    draft.count !== undefined &&
    !/[?？]|什么|哪些|有没有|有啥|\bwhat\b|\bwhich\b|\bany\b|got\b/iu.test(turn.text)
  )
    return buyTickets(context, { eventId: only.id, previous: carried ?? {} });
  const shown = events.slice(0, SHOWN);
  // One show with several sessions: the sessions are what the user picks from.
  if (events.length === 1 && only && only.sessions.length > 1 && !elsewhen && !otherDays)
    return sessionList(only, turn.now, lang, state, rideWaits(draft, lang));
  // A list for one day pins that day on the pick; a span's or a later one's leaves the session open.
  const pinned = span || elsewhen || otherDays ? undefined : datetime;
  const titles = shown
    .map((event) => say(lang, `「${event.nameZh}」`, event.nameEn))
    .join(say(lang, "、", ", "));
  return {
    type: "propose",
    text:
      (otherDays
        ? say(
            lang,
            `${when || "那个时间"}没有${titles}的场次，它在这些时间有，说「第几个」我帮你买票：`,
            `${titles} isn't on ${when || "then"}; here's when it is — say "the first one" and I'll get tickets:`,
          )
        : say(
            lang,
            elsewhen
              ? `${when}没有${kind ? kind.zh : "找到合适的演出"}；之后最近的有这些，说「第几个」我帮你买票：`
              : `${when}${kind ? `的${kind.zh}` : ""}有这些，说「第几个」我帮你买票：`,
            elsewhen
              ? `${kind ? `No ${kind.en}` : "Nothing fits"} ${when}; the nearest after that — say "the first one" and I'll get tickets:`
              : `${kind ? (shown.length > 1 ? `Here are the ${kind.en} events` : `Here's the ${kind.en}`) : "Here's what's"} on${when ? ` ${when}` : ""} — say "the first one" and I'll get tickets:`,
          )) +
      // The ride asked for with the tickets waits for the pick, and is said to wait.
      rideWaits(draft, lang),
    ...eventList(shown, state, turn.now, lang, pinned),
  };
}

/**
 * "下周有什么展览" when the world has none: said plainly; the other shows of the time asked are
 * offered, labelled as other things, never listed as if they were of the kind.
 */
function noneOfKind(
  context: SkillContext,
  kind: EventKind,
  found: { all: readonly EventSummary[]; when: string; ever: boolean },
  state: DialogueState,
): BrainDecision {
  const { lang, turn } = context;
  const { all, when } = found;
  const others = all.filter((event) => event.sessions.length > 0 && !kind.fits(event)).slice(0, SHOWN);
  const none = say(
    lang,
    `${when || "近期"}没有${kind.zh}类的活动${found.ever ? "" : "（票务里目前没有这类）"}。`,
    `There's no ${kind.en} ${when ? `on ${when}` : "coming up"}${found.ever ? "" : " (nothing of that kind is on sale at all)"}.`,
  );
  if (others.length === 0) return { type: "reply", text: none, state };
  return {
    type: "propose",
    text:
      none +
      say(
        lang,
        `同一时间有这些别的演出（不是${kind.zh}），想看的话说「第几个」：`,
        ` Other things on then (not ${kind.en}) — say "the first one" if one appeals:`,
      ),
    ...eventList(others, state, turn.now, lang),
  };
}

/**
 * A list of shows as options and as the dialogue's shown list, so a pick may name it by place or by
 * what it is ("the second comedy", "第二个电影"); `pinned` is the day the list was for, which goes
 * with the pick ("第二个" on a Saturday list is Saturday's show).
 */
function eventList(
  events: readonly EventSummary[],
  state: DialogueState,
  now: number,
  lang: "zh" | "en",
  pinned?: { startMs: number },
): { options: BrainOption[]; state: DialogueState } {
  return {
    options: events.map((event, index) => ({
      id: `event${index + 1}`,
      label: say(lang, event.nameZh, event.nameEn),
      detail: detailOf(event, now, lang),
    })),
    state: {
      ...state,
      shown: {
        kind: "event",
        entries: events.map((event, index) => ({
          id: `event${index + 1}`,
          label: event.nameZh,
          payload: {
            nameEn: event.nameEn,
            category: event.category,
            text: say(
              lang,
              `买${event.nameZh}${dayWords(pinned, "zh")}的票`,
              `buy tickets for ${event.nameEn}${dayWords(pinned, "en")}`,
            ),
            eventId: event.id,
          },
        })),
      },
    },
  };
}

function rideWaits(draft: TicketDraft, lang: "zh" | "en"): string {
  return draft.withRide
    ? say(lang, "（选好后我再帮你叫车过去。）", " (Once you pick, I'll line up a ride there too.)")
    : "";
}

function detailOf(event: EventSummary, now: number, lang: "zh" | "en"): string {
  const first = event.sessions[0];
  const more =
    event.sessions.length > 1
      ? say(lang, ` 等 ${event.sessions.length} 场`, ` (+${event.sessions.length - 1} more)`)
      : "";
  return [
    say(lang, event.venue.nameZh, event.venue.nameEn),
    first ? `${sessionLabel(first.startsAt, now, lang)}${more}` : "",
    say(lang, `${yuan(event.minPriceFen)} 起`, `from ${yuan(event.minPriceFen)}`),
  ]
    .filter(Boolean)
    .join(" · ");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The listed day in words the time parser reads back: "11月28日" / " on Nov 28"; none for no day. */
function dayWords(datetime: { startMs: number } | undefined, lang: "zh" | "en"): string {
  if (!datetime) return "";
  const [, month, day] = shanghaiDate(datetime.startMs).split("-").map(Number) as [number, number, number];
  return lang === "zh" ? `${month}月${day}日` : ` on ${MONTHS[month - 1]} ${day}`;
}
