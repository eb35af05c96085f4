import { extractDaySpan } from "../../nlu/slots/day-span.ts";
import { extractSavedEnds } from "../../nlu/slots/places.ts";
import { extractDateTime } from "../../nlu/slots/time.ts";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import type { BrainDecision } from "../../types.ts";
import { timeOnBookingDay } from "./booking-day.ts";
import type { SkillContext } from "./context.ts";
import { payment } from "./payment.ts";
import { namesProduct, rideHail } from "./ride-hail.ts";
import { luggageCount, partySize } from "./ride-wishes.ts";
import { lastTrip } from "./route.ts";
import { spendingAgain } from "./spending.ts";
import { weather } from "./weather.ts";

// A turn that only carries what changes, leaning on the last one: "那后天呢", "and on Sunday?",
// "what about next week?".
const ELLIPTICAL =
  /^(?:那|那么|那要是|要是|换成|改成|还有)?[^，。,.!?！？]{0,14}呢[?？]?$|^(?:and|what about|how about|and what about)\b/iu;
const DAY_WORDS =
  /天|周|星期|礼拜|号|\b(?:day|days|week|weekend|tomorrow|today|tonight|mon|tue|wed|thu|fri|sat|sun)/iu;

/**
 * The follow-up to an answer about the weather: a day or a span said on its own after one is the
 * same question about another day, whatever the classifier makes of two words.
 */
export async function followUp(context: SkillContext): Promise<BrainDecision | undefined> {
  return (
    (await transferAnswer(context)) ??
    (await rideAnswer(context)) ??
    (await rideChange(context)) ??
    (await spendingAgain(context)) ??
    weatherAgain(context)
  );
}

/**
 * "from the office to Lingyin temple, cheapest option" / "从西湖文化广场到杭州大剧院" after "要去哪里？"
 * for a ride: the answer to the ride's question, not a route asked afresh.
 */
async function rideAnswer(context: SkillContext): Promise<BrainDecision | undefined> {
  const { state, nlu } = context;
  if (state.awaiting?.intent !== "ride_hail" || nlu.slots.cancel) return undefined;
  const strongOther =
    nlu.confidence >= 0.8 &&
    !["ride_hail", "route", "search_place", "smalltalk", "out_of_scope", "weather"].includes(nlu.intent);
  if (state.awaiting.slot === "time" && state.awaiting.dayMs !== undefined) {
    // "8点" / "7:30" after "明天几点上车？": that clock on the day asked about, the trip as remembered.
    const at = strongOther ? undefined : clockOnAskedDay(context, state.awaiting.dayMs);
    if (!at) return undefined;
    return rideHail(context, { when: { atMs: at.startMs, text: at.text } });
  }
  const saved = extractSavedEnds(context.turn.text);
  const placed = nlu.slots.destination || nlu.slots.origin || saved.destination || saved.origin;
  return strongOther || !placed ? undefined : rideHail(context);
}

/**
 * The answer's clock time on the day the question was about ("8点" after "明天晚上…几点上车？" is 20:00
 * tomorrow); a day said in the answer is its own.
 */
function clockOnAskedDay(context: SkillContext, dayMs: number): DateTimeSlot | undefined {
  const { turn, lang, nlu } = context;
  const said = nlu.slots.datetime ?? extractDateTime(turn.text, lang, turn.now, turn.profile.timeZone);
  if (!said?.timeKnown && !/\d/u.test(turn.text)) return undefined;
  const atMs = timeOnBookingDay(turn.text, lang, turn.now, dayMs, turn.profile.timeZone);
  return atMs === undefined ? undefined : { text: said?.text ?? turn.text, startMs: atMs, timeKnown: true };
}

/** "李华" / "50" after "要转给谁？" / "how much?": the answer to the transfer's open question. */
async function transferAnswer(context: SkillContext): Promise<BrainDecision | undefined> {
  const { state, nlu } = context;
  if (state.awaiting?.intent !== "payment") return undefined;
  const strongOther = nlu.confidence >= 0.8 && !["payment", "smalltalk", "out_of_scope"].includes(nlu.intent);
  return strongOther || nlu.slots.cancel ? undefined : payment(context);
}

/**
 * "换成专车", "make it an XL", "we're 5 now" right after a ride: the same trip with what changed,
 * its card taking the place of the one waiting.
 */
async function rideChange(context: SkillContext): Promise<BrainDecision | undefined> {
  const { state, nlu, turn } = context;
  const text = turn.text.trim();
  if (state.lastIntent !== "ride_hail" || !lastTrip(context)) return undefined;
  const strongOther =
    nlu.confidence >= 0.8 &&
    !["ride_hail", "smalltalk", "out_of_scope", "order_delivery"].includes(nlu.intent);
  const changes = namesProduct(text) || partySize(text) !== undefined || luggageCount(text) !== undefined;
  if (strongOther || !changes || nlu.slots.destination) return undefined;
  const decision = await rideHail(context);
  const waiting = turn.tasks.find(
    (task) => task.kind === "ride_hail" && task.status === "awaiting_confirmation",
  );
  return decision.type === "start_task" && waiting
    ? { ...decision, replacesTaskId: waiting.taskId }
    : decision;
}

async function weatherAgain(context: SkillContext): Promise<BrainDecision | undefined> {
  const { state, nlu, turn } = context;
  const text = turn.text.trim();
  // A short turn with a day and nothing else ("next 3 days?", "周日") asks the same again, too.
  const short = text.length <= 24 && text.split(/\s+/u).length <= 5;
  if (state.lastIntent !== "weather" || !(ELLIPTICAL.test(text) || short) || !DAY_WORDS.test(text))
    return undefined;
  const strongOther = nlu.confidence >= 0.8 && !["weather", "smalltalk", "out_of_scope"].includes(nlu.intent);
  if (strongOther) return undefined;
  const dated =
    nlu.slots.datetime ||
    extractDaySpan(text, turn.now, turn.profile.timeZone) ||
    /after|第二天|次日/iu.test(text);
  return dated ? weather(context) : undefined;
}
