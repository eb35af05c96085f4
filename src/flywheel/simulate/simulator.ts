import { EmbeddedBrain } from "../../agent/brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../../agent/brain/embedded/world-gazetteer.ts";
import type { Brain } from "../../agent/brain/types.ts";
import type { AgentEvent, TaskEvent } from "../../agent/events.ts";
import { type Agent, createAgent } from "../../agent/runtime.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { SeededRandom } from "../../kernel/random.ts";
import { FlywheelRecorder } from "../capture/recorder.ts";
import type { Persona } from "./personas.ts";
import {
  canonicalPhrase,
  colloquialPhrase,
  complaint,
  correctionPhrase,
  type Goal,
  hasColloquial,
  withTypo,
} from "./phrases.ts";
import { ensureSimulatedUsers, type SimulatedUser } from "./users.ts";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface SimulationOptions {
  users: number;
  days: number;
  seed?: number;
  /** Multiplies every persona's daily activity (1 = the documented population). */
  activity?: number;
  brain?: Brain;
  /** The population (default PERSONAS); tests use a narrower one. */
  personas?: readonly Persona[];
  /** Called after each simulated day, e.g. to draw a progress bar. */
  onDay?: (day: number, stats: SimulationStats) => void;
}

export interface SimulationStats {
  users: number;
  days: number;
  sessions: number;
  turns: number;
  colloquial: number;
  rephrasings: number;
  corrections: number;
  confirmations: number;
  refusals: number;
  cancellations: number;
  feedback: number;
  elapsedMs: number;
  turnsPerSecond: number;
}

/** What the simulated person perceives of a turn: did Dimple get what I meant? */
interface Heard {
  events: AgentEvent[];
  intent: string | undefined;
}

/**
 * Drives a month of realistic use through the real agent (the embedded brain, the engine, the
 * sandbox services) on the world's simulated clock, day by day: personas in Chinese and English
 * with their own goals, colloquial words, typos, corrections, confirmations, cancellations and
 * feedback. Everything lands in the flywheel through the agent's own capture. Each person uses
 * Dimple on a few days of the month, so a thousand users stay within minutes.
 */
export async function simulateTraffic(
  world: World,
  options: SimulationOptions,
): Promise<{ stats: SimulationStats; agent: Agent }> {
  const started = performance.now();
  const random = new SeededRandom(options.seed ?? 1);
  const heardIntent = new Map<string, string | undefined>();
  const brain = options.brain ?? new EmbeddedBrain(await loadWorldGazetteer(world.context));
  const flywheel = new FlywheelRecorder(world.context);
  const agent = createAgent({
    world,
    brain,
    observer: flywheel,
    // A simulated person can tell whether Dimple understood them; the trace stands in for reading the reply.
    onTurn: (turn) => void heardIntent.set(turn.session.id, turn.trace.intent),
  });
  const users = await ensureSimulatedUsers(
    world.context,
    options.users,
    options.days,
    random.fork("users"),
    options.personas,
  );
  const stats: SimulationStats = {
    users: users.length,
    days: options.days,
    sessions: 0,
    turns: 0,
    colloquial: 0,
    rephrasings: 0,
    corrections: 0,
    confirmations: 0,
    refusals: 0,
    cancellations: 0,
    feedback: 0,
    elapsedMs: 0,
    turnsPerSecond: 0,
  };
  const clock = world.context.clock;
  const firstDay = clock.now();
  for (let day = 0; day < options.days; day++) {
    const dayRandom = random.fork(`day-${day}`);
    const dayStart = firstDay + day * DAY_MS;
    const visits: { user: SimulatedUser; at: number }[] = [];
    for (const user of users) {
      if (day < user.joinDay || day > user.lastDay) continue;
      const chance = Math.min(0.95, user.persona.dailyActivity * user.activity * (options.activity ?? 1));
      if (day !== user.joinDay && !dayRandom.chance(chance)) continue;
      const count = dayRandom.chance(0.2) ? 2 : 1;
      // From 08:00 to 22:00 Shanghai time (the world starts at 09:00).
      for (let visit = 0; visit < count; visit++)
        visits.push({ user, at: dayStart + dayRandom.int(-60, 13 * 60) * MINUTE_MS });
    }
    visits.sort((a, b) => a.at - b.at || a.user.id.localeCompare(b.user.id));
    for (const visit of visits) {
      if (visit.at > clock.now()) await world.advance(visit.at - clock.now());
      await runSession(agent, visit.user, dayRandom.fork(`${visit.user.id}-${visit.at}`), stats, heardIntent);
    }
    const nextDay = dayStart + DAY_MS;
    if (nextDay > clock.now()) await world.advance(nextDay - clock.now());
    await flywheel.flush();
    stats.elapsedMs = Math.round(performance.now() - started);
    stats.turnsPerSecond = Math.round((stats.turns / Math.max(1, stats.elapsedMs)) * 100_000) / 100;
    options.onDay?.(day, stats);
  }
  return { stats, agent };
}

function pickGoal(persona: Persona, random: SeededRandom): Goal {
  const entries = Object.entries(persona.goals) as [Goal, number][];
  let draw = random.float() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [goal, weight] of entries) {
    draw -= weight;
    if (draw < 0) return goal;
  }
  return entries[0]?.[0] ?? "smalltalk";
}

const newestCard = (events: readonly AgentEvent[]): TaskEvent | undefined =>
  events
    .filter((event): event is TaskEvent => event.type === "task" && event.status === "awaiting_confirmation")
    .at(-1);

async function runSession(
  agent: Agent,
  user: SimulatedUser,
  random: SeededRandom,
  stats: SimulationStats,
  heardIntent: Map<string, string | undefined>,
): Promise<void> {
  const { persona } = user;
  const lang = persona.lang;
  const goal = pickGoal(persona, random);
  const session = await agent.sessions.create(user.id, lang);
  stats.sessions += 1;
  const say = async (text: string): Promise<Heard> => {
    const events = await agent.conversation.message(user.id, session.id, text);
    stats.turns += 1;
    return { events, intent: heardIntent.get(session.id) };
  };
  const feedback = async (rating: "up" | "down", reason?: string) => {
    stats.feedback += 1;
    await agent.observer?.feedback?.({
      userId: user.id,
      sessionId: session.id,
      rating,
      source: "simulator",
      ...(reason ? { reason } : {}),
    });
  };

  const colloquial = hasColloquial(goal, lang) && random.chance(persona.colloquial);
  if (colloquial) stats.colloquial += 1;
  let text = colloquial ? colloquialPhrase(goal, lang, random) : canonicalPhrase(goal, lang, random);
  if (!colloquial && random.chance(persona.typo)) text = withTypo(text, lang, random);
  let heard = await say(text);
  if (heard.intent !== goal && goal !== "smalltalk") {
    if (random.chance(persona.feedback * 2)) await feedback("down", complaint(lang, random));
    if (!random.chance(persona.rephrase)) return;
    stats.rephrasings += 1;
    heard = await say(canonicalPhrase(goal, lang, random));
  }
  let card = newestCard(heard.events);
  if (card && goal === "order_delivery" && random.chance(persona.correct)) {
    stats.corrections += 1;
    card = newestCard((await say(correctionPhrase(lang, random))).events) ?? card;
  }
  const failed = heard.events.some((event) => event.type === "task" && event.status === "failed");
  if (!card) {
    if (random.chance(persona.feedback))
      await (failed ? feedback("down", complaint(lang, random)) : feedback("up"));
    return;
  }
  if (!random.chance(persona.confirm)) {
    // Some tap cancel; most just leave the card (an abandoned confirmation).
    if (random.chance(0.3))
      await tap(() => agent.engine.cancel(user.id, card.taskId), stats, "cancellations");
    return;
  }
  const confirmed = await tap(
    () => agent.engine.confirm(user.id, card.taskId, card.quote?.cartHash ?? ""),
    stats,
    "confirmations",
  );
  if (confirmed && random.chance(0.06)) {
    await agent.world.advance(2 * MINUTE_MS);
    await tap(() => agent.engine.cancel(user.id, card.taskId), stats, "cancellations");
  } else if (random.chance(persona.feedback))
    await feedback(confirmed ? "up" : "down", confirmed ? undefined : complaint(lang, random));
}

/** A tap on the trusted surface; a refusal (a limit, a step-up, a state) is counted, not thrown. */
async function tap(
  action: () => Promise<unknown>,
  stats: SimulationStats,
  counter: "confirmations" | "cancellations",
): Promise<boolean> {
  try {
    await action();
    stats[counter] += 1;
    return true;
  } catch (error) {
    if (!(error instanceof DimpleError)) throw error;
    stats.refusals += 1;
    return false;
  }
}
