import { extractDaySpan } from "../../nlu/slots/day-span.ts";
import { partySaid } from "../../nlu/slots/party.ts";
import { extractSavedEnds } from "../../nlu/slots/places.ts";
import type { BrainDecision } from "../../types.ts";
import { say } from "../say.ts";
import { saidClockOnDay } from "./booking-day.ts";
import type { SkillContext } from "./context.ts";
import { payment } from "./payment.ts";
import { namesProduct, rideHail } from "./ride-hail.ts";
import { luggageCount } from "./ride-wishes.ts";
import { lastTrip } from "./route.ts";
import { spendingAgain } from "./spending.ts";
import { weather } from "./weather.ts";

// A turn that only carries what changes, leaning on the last one: "那后天呢", "and on Sunday?",
// "what about next week?".
const ELLIPTICAL =
  /^(?:那|那么|那要是|要是|换成|改成|还有)?[^，。,.!?！？]{0,14}呢[?？]?$|^(?:and|what about|how about|and what about)\b/iu;
const DAY_WORDS =
  /天|周|星期|礼拜|号|日|\b(?:day|days|week|weekend|tomorrow|today|tonight|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\/\d{1,2}\b/iu;

/**
 * The follow-up to an answer about the weather: a day or a span said on its own after one is the
 * same question about another day, whatever the classifier makes of two words.
 */
export async function followUp(context: SkillContext): Promise<BrainDecision | undefined> {
  return (
    unknownPayeeAgain(context) ??
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
    const when = strongOther ? undefined : saidClockOnDay(context, state.awaiting.dayMs, { bare: true });
    return when ? rideHail(context, { when }) : undefined;
  }
  const saved = extractSavedEnds(context.turn.text);
  const placed = nlu.slots.destination || nlu.slots.origin || saved.destination || saved.origin;
  return strongOther || !placed ? undefined : rideHail(context);
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
  const changes =
    namesProduct(text) || partySaid(text)?.people !== undefined || luggageCount(text) !== undefined;
  if (strongOther || !changes || nlu.slots.destination) return undefined;
  // The ride waiting for a tap, else the one already booked for later: it keeps its pick-up time.
  const rides = turn.tasks.filter((task) => task.kind === "ride_hail");
  const waiting =
    rides.find((task) => task.status === "awaiting_confirmation") ??
    rides.filter((task) => task.status === "scheduled" && task.scheduledFor !== undefined).at(-1);
  const kept = (state.skill?.rideCard as { when?: { text: string } } | undefined)?.when;
  const when =
    waiting?.scheduledFor !== undefined ? { atMs: waiting.scheduledFor, text: kept?.text ?? "" } : undefined;
  const decision = await rideHail(context, when ? { when } : {});
  if (decision.type !== "start_task" || !waiting) return decision;
  if (waiting.status !== "scheduled") return { ...decision, replacesTaskId: waiting.taskId };
  // A booked ride is given up only for its replacement, and the user is told.
  const note = say(
    context.lang,
    "原来预约的那辆已取消（免费），确认这张卡片就换成新的车型。",
    "I've cancelled the ride you had booked (free of charge); confirm this card to book the new car instead. ",
  );
  return { ...decision, text: `${note}${decision.text}`, replacesTaskId: waiting.taskId };
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

// "就是我同事啊", "他是我朋友", "but he's my colleague": who the payee is, said after the decline.
const WHO_THEY_ARE =
  /(?:就|他|她|这)?是我(?:的)?(?:同事|朋友|同学|家人|亲戚|老板|领导|室友|邻居|哥|姐|弟|妹)|认识|不是陌生人|\b(?:he'?s|she'?s|they'?re|(?:he|she) is|they are|is) (?:my|a) (?:colleague|friend|coworker|co-worker|classmate|boss|neighbou?r|roommate)\b|\bnot a stranger\b|\bi know (?:him|her|them)\b/iu;

/**
 * Who a payee is, said after "they're not in your contacts": the same answer with its reason, and
 * what would make it possible — never a greeting, and never money sent to someone not a contact.
 */
function unknownPayeeAgain(context: SkillContext): BrainDecision | undefined {
  const { state, nlu, turn, lang } = context;
  const who = state.skill?.unknownPayee;
  if (state.lastIntent !== "payment" || typeof who !== "string") return undefined;
  const said = WHO_THEY_ARE.exec(turn.text)?.[0];
  // "他是我朋友": the relation said is who they are, not a new payee.
  const payee = nlu.slots.recipient;
  if (!said || nlu.slots.amountFen !== undefined || (payee && !said.includes(payee))) return undefined;
  return {
    type: "reply",
    text: say(
      lang,
      `明白，不过「${who}」还不在你的联系人里，我只能转给联系人。先把 TA 加为联系人，再叫我转就行。`,
      `Understood, but "${who}" isn't in your contacts yet, and I can only send money to contacts. Add them as a contact first, then ask me again.`,
    ),
    state,
  };
}
