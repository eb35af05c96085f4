import { parseCount } from "../../nlu/slots/numbers.ts";
import type { BrainDecision, TaskBrief } from "../../types.ts";
import { asksPrice } from "../lookup-frame.ts";
import { say } from "../say.ts";
import { DAY_WORDS, saidClockOnDay } from "../skills/booking-day.ts";
import type { SkillContext } from "../skills/context.ts";
import { laterTime } from "../skills/later.ts";
import { placePhrase } from "../skills/places.ts";
import { namesProduct, rideHail } from "../skills/ride-hail.ts";
import { lastTrip } from "../skills/route.ts";
import { asksRideTime } from "../skills/trip-questions.ts";

// A change of where the ride goes: "改去灵隐寺", "目的地换成河坊街", "actually go to X", "X instead".
const NEW_END =
  /改去|改到|换到|换去|改成去|不去.{1,12}了|目的地|终点|还是去|去.{1,12}吧|\b(?:instead|actually|change (?:the )?destination|go to|take me to|head to|rather)\b/iu;
// "no wait, the west station instead", "不对，是南站": the new end said alone, with no "to" or 去.
const END_ALONE_EN =
  /^(?:(?:no|nope|oh|sorry|wait|actually|hmm|ok)[,.!]?\s+)*(?:(?:make it|change (?:it|that) to|go to|to)\s+)?(?:the\s+)?([a-z][a-z' ]{2,40}?)\s+(?:instead|rather)\b/iu;
// "no wait, the west station", "sorry, hangzhou east station": a place alone after a word that corrects.
const END_CORRECTED_EN =
  /^(?:(?:no|nope|oh|oops|sorry|wait|actually|hmm|my bad)[,.!]?\s+)+(?:(?:make it|to|go to)\s+)?(?:the\s+)?([a-z][a-z' ]{2,40}?)\s*[.!]*$/iu;
const END_ALONE_ZH =
  /^(?:不对|不是|错了|哦|啊)?[，,。\s]*(?:是|改成|换成)\s*([\u3400-\u9fff]{2,10}?)(?:吧|才对|啊)?[。！!]?$/u;

const CAR_WORDS =
  /车|座|\b(?:seater|seats?|car|cab|taxi|ride|premier|comfort|express|business|luxury|xl|suv|van|economy|pool|carpool)s?\b/iu;

/** Whether the words change where a ride waiting for a tap goes ("X instead", "还是去X吧"). */
export function changesRideEnd(text: string): boolean {
  const alone = END_ALONE_ZH.exec(text.trim())?.[1];
  return NEW_END.test(text) || (alone !== undefined && !CAR_WORDS.test(alone));
}

// "改到下午3点走": a time after 改到 is when, not where.
const CLOCK_SAID =
  /[0-9零一二两三四五六七八九十]+\s*(?:点|[:：]\d)|上午|下午|中午|晚上|早上|傍晚|明早|明天|后天|今晚|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/iu;
// Where it starts instead: "从家出发", "改从公司走", "pick me up from home", "leave from the office".
const ORIGIN_ZH = /(?:改)?从\s*(.{1,16}?)\s*(?:出发|走|上车|接我|过去|开始)/u;
const ORIGIN_EN =
  /\b(?:pick (?:me )?up|collect me|leave|start|go|leaving|starting)\s+(?:at|from)\s+(?:my\s+|the\s+)?([a-z][a-z' ]{1,30}?)(?:\s+instead)?\s*[.!]?$/iu;

const MINUTES =
  "([0-9]+|[一二两三四五六七八九十半]+|half an?|an?|one|two|three|fifteen|twenty|thirty|forty[- ]five)";
const SHIFT_ZH = new RegExp(
  `(提前|早|推迟|延后|推后|往后推|晚|往后|延迟)\\s*${MINUTES}\\s*(个)?\\s*(分钟|小时|钟头|刻钟)`,
  "u",
);
const SHIFT_EN = new RegExp(
  `\\b(?:(push (?:it |that )?(?:back )?(?:by )?|move (?:it )?(?:back |up )?(?:by )?|delay (?:it )?(?:by )?)${MINUTES}\\s*(minutes?|mins?|hours?|hrs?)|${MINUTES}\\s*(minutes?|mins?|hours?|hrs?)\\s+(later|earlier|sooner|before|after))\\b`,
  "iu",
);

// "make it Hangzhou West Station", "switch it to the airport", "换成西湖吧": a place the gazetteer
// may not know by these words, said as the new end.
const PLACE_INSTEAD =
  /\b(?:make it|change it to|switch (?:it )?to|go to|head to|take me to)\s+(?:the\s+)?(.{3,40}?)(?:\s+instead)?\s*[.!?]*$|(?:换成|改成|改去|换去)\s*(.{2,16}?)(?:吧|了|去)?[。！!]*$/iu;
const NOT_A_PLACE =
  /^(?:it|that|this|one|a|an|the)$|\b(?:\d+|one|two|three|four|five|six) (?:of us|people|persons|passengers|seats?|bags?|suitcases?)\b|人|个|位/iu;

/**
 * "the west station" said of a ride to "hangzhou east station": the same kind of place in the same
 * city, the word before the shared head swapped ("hangzhou west station"), not any west station.
 */
function sameKindAs(said: string, before: string | undefined): string {
  const words = /^([a-z]+) ([a-z]+)$/iu.exec(said);
  if (!words?.[1] || !words[2] || !before) return said;
  const head = words[2].toLowerCase();
  const old = new RegExp(`^(.*?\\b)([a-z]+) (${head}\\b.*)$`, "iu").exec(before);
  return old?.[1] ? `${old[1]}${words[1]} ${old[3]}` : said;
}

// "不去东站了 改去城站", "not the south station, the airport instead": the end said NOT to go to.
const NOT_THERE_ZH = /不(?:去|到|要去|用去|送)\s*([^，,。！!\s]{1,12}?)(?:了|啦)?(?=[，,。！!\s]|改|换|$)/gu;
const NOT_THERE_EN =
  /\bnot\s+(?:to\s+|going to\s+)?(?:the\s+)?([a-z][a-z' ]{1,40}?)(?=\s*(?:[,;.!—–-]|\binstead\b|\bbut\b|\banymore\b|$))/giu;

/** The places a turn says not to go to. */
function notThere(text: string): string[] {
  return [...text.matchAll(NOT_THERE_ZH), ...text.matchAll(NOT_THERE_EN)].flatMap((match) =>
    match[1] ? [match[1].trim().toLowerCase()] : [],
  );
}

/** A place said as the new end, with the words of correcting around it left off ("the airport instead"). */
function bareEnd(phrase: string | undefined, not: readonly string[]): string | undefined {
  const bare = phrase
    ?.replace(/\s+(?:instead|rather)\s*[.!]*$/iu, "")
    .replace(/^the\s+/iu, "")
    .trim();
  if (!bare) return undefined;
  const lower = bare.toLowerCase();
  return not.some((said) => lower.includes(said) || said.includes(lower)) ? undefined : bare;
}

function placeInstead(text: string): string | undefined {
  const match = PLACE_INSTEAD.exec(text.trim());
  const phrase = (match?.[1] ?? match?.[2])?.trim();
  if (!phrase || CLOCK_SAID.test(phrase) || namesProduct(phrase) || NOT_A_PLACE.test(phrase))
    return undefined;
  return phrase;
}

/** How many minutes a turn moves a booked time by ("提前半小时" → -30, "an hour later" → 60). */
export function timeShift(text: string): number | undefined {
  const zh = SHIFT_ZH.exec(text);
  if (zh) {
    const count = zh[2] === "半" ? 0.5 : (parseCount(zh[2] as string) ?? Number(zh[2]));
    const unit = zh[4] === "刻钟" ? 15 : zh[4] === "分钟" ? 1 : 60;
    const sign = /提前|早/u.test(zh[1] as string) ? -1 : 1;
    return Number.isFinite(count) ? sign * Math.round(count * unit) : undefined;
  }
  const en = SHIFT_EN.exec(text);
  if (!en) return undefined;
  const verb = en[1];
  const countWord = (en[2] ?? en[4] ?? "").toLowerCase();
  const unitWord = (en[3] ?? en[5] ?? "").toLowerCase();
  const count = /^half/u.test(countWord)
    ? 0.5
    : /^an?$/u.test(countWord)
      ? 1
      : /^forty/u.test(countWord)
        ? 45
        : (parseCount(countWord) ?? Number(countWord));
  if (!Number.isFinite(count)) return undefined;
  const minutes = Math.round(count * (unitWord.startsWith("h") ? 60 : 1));
  const earlier = verb ? /\bup\b/iu.test(verb) : /earlier|sooner|before/iu.test(en[6] ?? "");
  return earlier ? -minutes : minutes;
}

/** "提前半小时", "make it 30 minutes later" for a card booked for a time: the same card, moved. */
export function shiftBooking(context: SkillContext, awaitingCard: TaskBrief): BrainDecision | undefined {
  if (awaitingCard.scheduledFor === undefined) return undefined;
  const shift = timeShift(context.turn.text);
  if (shift === undefined || shift === 0) return undefined;
  return {
    type: "later",
    text: "",
    act: { op: "move_task", taskId: awaitingCard.taskId, atMs: awaitingCard.scheduledFor + shift * 60_000 },
    state: context.state,
  };
}

/**
 * "改去灵隐寺", "从家出发", "pick me up from the office instead" while a ride card waits: the same
 * ride (its car, its time) with the new end, its card in place of the old one.
 */
export async function amendRide(
  context: SkillContext,
  awaitingCard: TaskBrief,
): Promise<BrainDecision | undefined> {
  const { state, nlu, turn, lang } = context;
  const trip = lastTrip(context);
  if (!trip) return undefined;
  const text = turn.text;
  // "what's that going to cost me?", "要多久": a question about the card, never a new end for it.
  if (asksPrice(text) || asksRideTime(text)) return undefined;
  const originSaid = ORIGIN_ZH.exec(text)?.[1] ?? ORIGIN_EN.exec(text)?.[1];
  const not = notThere(text);
  const named =
    bareEnd(
      placePhrase(
        bareEnd(nlu.slots.destination, not),
        nlu.slots.entities?.filter(
          (match) => match.text !== nlu.slots.origin && match.text !== originSaid && bareEnd(match.text, not),
        ),
      ),
      not,
    ) ?? placeInstead(text);
  const said =
    named || originSaid
      ? undefined
      : (END_ALONE_EN.exec(text) ??
          END_CORRECTED_EN.exec(text.trim()) ??
          END_ALONE_ZH.exec(text.trim()))?.[1];
  // "换成专车", "a premier instead": another car, not another place.
  const alone = said && !CAR_WORDS.test(said) ? said : undefined;
  const end = named ?? (alone ? sameKindAs(alone.trim(), trip.destination) : undefined);
  const destination =
    end &&
    !CLOCK_SAID.test(end) &&
    end !== originSaid &&
    (NEW_END.test(text) || !originSaid) &&
    end !== trip.destination
      ? end
      : undefined;
  const origin = originSaid ?? (nlu.slots.origin !== trip.origin ? nlu.slots.origin : undefined);
  // "晚上6点再走", "改到下午3点": the same ride at the time said.
  // "3点", "make it 9" for a card of another day: that clock on the card's day, not today's.
  const onCardDay =
    awaitingCard.scheduledFor === undefined || DAY_WORDS.test(text)
      ? undefined
      : saidClockOnDay(context, awaitingCard.scheduledFor);
  const moved = onCardDay ?? laterTime(context);
  if (!destination && !origin && !moved) return undefined;
  const kept = state.skill?.rideCard as
    | { productId?: string; when?: { atMs: number; text: string } }
    | undefined;
  const when = moved
    ? moved
    : awaitingCard.scheduledFor !== undefined
      ? { atMs: awaitingCard.scheduledFor, text: kept?.when?.text ?? "" }
      : kept?.when;
  const decision = await rideHail(
    {
      ...context,
      turn: { ...turn, text: "" },
      nlu: {
        ...nlu,
        slots: {
          destination: destination ?? trip.destination,
          ...(origin ? { origin } : trip.origin ? { origin: trip.origin } : {}),
        },
      },
    },
    { ...(kept?.productId ? { productId: kept.productId } : {}), ...(when ? { when } : {}) },
  );
  if (decision.type !== "start_task")
    return {
      ...decision,
      text: `${decision.text}${say(lang, "（原来的卡片还在。）", " (The card you have is unchanged.)")}`,
    };
  const changes = [
    ...(destination ? [say(lang, `目的地改为${destination}`, `now going to ${destination}`)] : []),
    ...(origin ? [say(lang, `改从${origin}出发`, `picking you up from ${origin}`)] : []),
  ];
  return {
    ...decision,
    // A new time alone is said by the card's own "预约 … 上车".
    text: `${changes.length ? say(lang, `好的，${changes.join("，")}。`, `Done — ${changes.join("; ")}. `) : say(lang, "好的，", "OK — ")}${decision.text}`,
    replacesTaskId: awaitingCard.taskId,
  };
}
