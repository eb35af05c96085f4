import type { BrainDecision, BrainTrace, BrainTurn, Lang } from "../types.ts";
import {
  elseNothing,
  forecastForPart,
  nothingDoneText,
  rainUnlikely,
  sunshineMissing,
  withoutElse,
} from "./condition-else.ts";
import {
  type Conditional,
  conditionNote,
  dayWords,
  forecastMeets,
  forecastQuestion,
  readConditional,
  unmetNote,
} from "./conditions.ts";
import { notOffered, unsupportedIn } from "./declined-parts.ts";
import { reminderBefore, type Start, withDayOf } from "./need-day.ts";
import { bare, type Need, type ReadPiece, splitNeeds } from "./needs.ts";
import { say } from "./say.ts";
import { withoutWeatherRemarks } from "./weather-aside.ts";

// Several needs in one message are all carried out or named, never one kept and the rest dropped:
// each need is decided on its own words, the cards are shown together (one per service), look-ups
// and reminders answered in the same reply; a need that must ask something holds the conversation,
// and any further need that would ask too waits as a pending need, said up front and brought up
// once the first is settled ("好" / "yes" / the first need's card made).

type Decided = { decision: BrainDecision; trace: BrainTrace };
/** Decides one need's words as a turn of its own, on the given dialogue state. */
export type DecideText = (text: string, state: Record<string, unknown>) => Promise<Decided>;

const ASKS = new Set(["ask", "propose"]);
// "好", "行啊", "ok", "yes please", "next", "然后呢": go on with what waits.
const GO_ON =
  /^\s*(?:好(?:的|啊|呀|吧)?|行(?:啊|吧)?|可以(?:的|啊)?|嗯+|对|要(?:的)?|继续|下一个|下一步|接着(?:办|来)?|然后呢|ok(?:ay)?|yes(?: please)?|yep|yeah|sure|go ahead|next|go on|do it|please do|sounds good)\s*[!！。.~]*\s*$/iu;

/** The pending needs a state carries. */
export function pendingOf(state: Record<string, unknown>): string[] {
  const pending = (state as { pendingNeeds?: unknown }).pendingNeeds;
  return Array.isArray(pending) ? pending.filter((text): text is string => typeof text === "string") : [];
}

/** A fresh start for a need after the first: no order, question or list of the one before it. */
function freshState(state: Record<string, unknown>): Record<string, unknown> {
  const {
    order: _order,
    awaiting: _awaiting,
    shown: _shown,
    skill: _skill,
    lastIntent: _intent,
    pendingNeeds: _pending,
    ...rest
  } = state as Record<string, unknown>;
  return rest;
}

function list(lang: Lang, texts: string[]): string {
  return texts.map((text) => `「${text}」`).join(say(lang, "、", ", "));
}

function withText(decision: BrainDecision, before: string, after = ""): BrainDecision {
  return { ...decision, text: `${before}${decision.text}${after}` } as BrainDecision;
}

/**
 * One need decided, its condition (if any) named and, for the weather, the forecast looked up — for
 * the day the need says, else the day said before it in the message ("明天天气怎么样？要是下雨就…").
 */
async function decideNeed(
  text: string,
  state: Record<string, unknown>,
  lang: Lang,
  decide: DecideText,
  dayBefore?: string,
) {
  const conditional = readConditional(text);
  if (!conditional) return decide(text, state);
  let forecast: string | undefined;
  if (conditional.weather) {
    const day = dayWords(conditional.condition) ?? dayWords(conditional.action) ?? dayBefore;
    const weather = await decide(forecastQuestion(day, lang), freshState(state));
    if (weather.decision.type === "reply") forecast = weather.decision.text;
  }
  const result = await decide(withoutElse(conditional.action), state);
  // The forecast already rules the condition out ("周二要是不下雨…" with rain forecast): said plainly
  // before the card, which stays the user's to confirm or not — unless the user said to do nothing
  // then ("不下就算了"): then no card.
  if (forecast && unmet(conditional, forecast)) {
    if (elseNothing(text))
      return {
        ...result,
        decision: {
          type: "reply",
          text: `${unmetNote(conditional, forecast, lang, false)}${nothingDoneText(lang)}`,
          state,
        } as BrainDecision,
      };
    return {
      ...result,
      decision: withText(
        result.decision,
        unmetNote(conditional, forecast, lang, result.decision.type === "start_task"),
      ),
    };
  }
  const carded = result.decision.type === "start_task";
  return {
    ...result,
    decision: withText(result.decision, conditionNote(conditional, forecast, lang, carded)),
  };
}

/** Whether the forecast, for the part of the day the action is in, rules the condition out. */
function unmet(conditional: Conditional, forecast: string): boolean {
  const part = forecastForPart(forecast, conditional.action);
  return (
    forecastMeets(conditional.weather, part) === false ||
    sunshineMissing(conditional.condition, part) ||
    rainUnlikely(conditional.weather, part)
  );
}

/** The start of the show carded, or of the ride booked for a time, by the needs decided so far. */
function startBefore(kept: readonly Decided[]): Start | undefined {
  for (const result of [...kept].reverse()) {
    const decision = result.decision;
    if (decision.type !== "start_task") continue;
    const { kind, title, args } = decision.request;
    const departAt = (args as { departAt?: unknown }).departAt;
    if (kind === "ride_hail" && typeof departAt === "number") return { at: departAt, title, ride: true };
    if (kind !== "buy_tickets") continue;
    const tickets = (decision.state as { skill?: { tickets?: { startsAt?: number } } }).skill?.tickets;
    return tickets?.startsAt === undefined ? undefined : { at: tickets.startsAt, title };
  }
  return undefined;
}

/**
 * The show carded by the needs decided so far, as the dialogue a ride after it is decided in: "…, and
 * a car to get me there an hour before it starts" goes to its venue, timed by its start.
 */
function showDialogue(kept: readonly Decided[]): Record<string, unknown> {
  for (const result of [...kept].reverse()) {
    const decision = result.decision;
    if (decision.type !== "start_task" || decision.request.kind !== "buy_tickets") continue;
    const tickets = (decision.state as { skill?: { tickets?: unknown } }).skill?.tickets;
    return tickets ? { skill: { tickets }, lastIntent: "buy_tickets" } : {};
  }
  return {};
}

/** A part Dimple does nothing for, said plainly. */
function declined(text: string, lang: Lang, state: Record<string, unknown>): BrainDecision {
  const which = unsupportedIn(text);
  const name = which && say(lang, which.zh, which.en);
  return {
    type: "reply",
    text: name
      ? say(lang, `我还不能${name}，这部分没有办。`, `I can't ${name}, so I've left that part out.`)
      : say(
          lang,
          `「${text}」我还办不了，这部分没有办。`,
          `I can't do "${text}", so I've left that part out.`,
        ),
    state,
  };
}

/**
 * Decides a message holding several needs (or one under a condition); undefined when it holds one
 * plain need, which the brain decides as usual.
 */
export async function decideNeeds(
  turn: BrainTurn,
  lang: Lang,
  read: ReadPiece,
  decide: DecideText,
): Promise<Decided | undefined> {
  // "I paid 50 yesterday and Bob owes me half — request it from him": the story is the request's.
  if (notOffered(turn.text)?.key === "collect") return undefined;
  // "明天要下雨，帮我买两把雨伞送到公司": the remark is the goods' reason, not a need or a time.
  const plain = withoutWeatherRemarks(turn.text, read);
  const needs = splitNeeds(plain, read);
  const conditional = readConditional(turn.text);
  // "if it rains tomorrow, book me a car": the weather is the condition, not a need of its own.
  const underWeather =
    conditional?.weather !== undefined && needs.filter((need) => need.service !== "weather").length <= 1;
  if (needs.length < 2 || underWeather)
    return conditional
      ? decideNeed(turn.text, turn.state, lang, decide)
      : plain !== turn.text
        ? decideNeed(plain, turn.state, lang, decide)
        : undefined;
  return decideAll(needs, turn.state, lang, decide);
}

/** Every need decided; the decisions composed into one (the rest ride along as `also`). */
export async function decideAll(
  needs: Need[],
  state: Record<string, unknown>,
  lang: Lang,
  decide: DecideText,
): Promise<Decided> {
  const kept: Decided[] = [];
  const pending: string[] = [];
  let asking: Decided | undefined;
  for (const [index, need] of needs.entries()) {
    // "明早6:50叫车去机场，6点20提醒我": a reminder without a day is on the day of the need before it.
    const said = bare(need.text) || need.text;
    const text =
      need.service === "remind"
        ? (reminderBefore(said, startBefore(kept)) ?? withDayOf(said, needs.slice(0, index)))
        : need.service === "ride"
          ? withDayOf(said, needs.slice(0, index))
          : said;
    const needState =
      index === 0
        ? state
        : need.service === "ride"
          ? { ...freshState(state), ...showDialogue(kept) }
          : freshState(state);
    if (need.service === "unsupported") {
      kept.push({ decision: declined(text, lang, needState), trace: { brain: "embedded" } });
      continue;
    }
    const dayBefore = needs
      .slice(0, index)
      .map((earlier) => dayWords(earlier.text))
      .findLast(Boolean);
    const result = await decideNeed(text, needState, lang, decide, dayBefore);
    if (ASKS.has(result.decision.type)) {
      if (asking) {
        pending.push(text);
        continue;
      }
      asking = result;
    }
    kept.push(result);
  }
  // A question comes last, so the reply ends on what the user must answer.
  const ordered = asking ? [...kept.filter((result) => result !== asking), asking] : kept;
  const owner =
    asking ?? kept.find((result) => result.decision.type === "start_task") ?? (kept[0] as Decided);
  const note =
    pending.length > 0
      ? say(
          lang,
          `\n这个定了之后，接着帮你办${list(lang, pending)}。`,
          `\nOnce that's settled, I'll go on to ${list(lang, pending)}.`,
        )
      : "";
  const decisions = ordered.map((result, index) =>
    index === ordered.length - 1 && note ? withText(result.decision, "", note) : result.decision,
  );
  const ownerState = {
    ...(owner.decision.state as Record<string, unknown>),
    ...(pending.length > 0 ? { pendingNeeds: pending } : { pendingNeeds: undefined }),
  };
  const [main, ...also] = decisions as [BrainDecision, ...BrainDecision[]];
  return {
    decision: { ...main, state: ownerState, lang, ...(also.length > 0 ? { also } : {}) } as BrainDecision,
    trace: (kept[0] ?? owner).trace,
  };
}

/**
 * A turn while needs wait: "好" / "yes" brings them up; a turn that makes a card (the first need's
 * question answered) brings them along; anything else keeps them waiting, and says so.
 */
export async function withPending(
  turn: BrainTurn,
  lang: Lang,
  read: ReadPiece,
  decide: DecideText,
): Promise<Decided | undefined> {
  const pending = pendingOf(turn.state);
  if (pending.length === 0) return undefined;
  const state = { ...turn.state, pendingNeeds: undefined };
  const settled = !(state as { awaiting?: unknown }).awaiting && !(state as { shown?: unknown }).shown;
  const needsOf = (texts: string[]) => texts.flatMap((text) => splitNeeds(text, read));
  if (GO_ON.test(turn.text) && settled) {
    const result = await decideAll(needsOf(pending), freshState(state), lang, decide);
    return { ...result, decision: withText(result.decision, say(lang, "好的，接着办：", "OK, next: ")) };
  }
  const now = (await decideNeeds({ ...turn, state }, lang, read, decide)) ?? (await decide(turn.text, state));
  if (now.decision.type === "start_task" || now.decision.type === "later") {
    const next = await decideAll(needsOf(pending), freshState(state), lang, decide);
    const { also: nextAlso, ...nextMain } = next.decision as BrainDecision & { also?: BrainDecision[] };
    const carried = (now.decision as { also?: BrainDecision[] }).also ?? [];
    const nextState = next.decision.state as Record<string, unknown>;
    // A waiting need that now asks something holds the conversation; else the new card does.
    const asks = [nextMain as BrainDecision, ...(nextAlso ?? [])].some((decision) => ASKS.has(decision.type));
    return {
      ...now,
      decision: {
        ...now.decision,
        state: asks
          ? nextState
          : { ...(now.decision.state as Record<string, unknown>), pendingNeeds: pendingOf(nextState) },
        also: [...carried, nextMain as BrainDecision, ...(nextAlso ?? [])],
      } as BrainDecision,
    };
  }
  const still = say(
    lang,
    `\n（还有${list(lang, pending)}等着办，说「好」我就接着办。）`,
    `\n(Still waiting: ${list(lang, pending)} — say "yes" and I'll do it.)`,
  );
  return {
    ...now,
    decision: {
      ...withText(now.decision, "", still),
      state: { ...(now.decision.state as Record<string, unknown>), pendingNeeds: pending },
    } as BrainDecision,
  };
}
