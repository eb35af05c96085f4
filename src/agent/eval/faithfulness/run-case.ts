import { createWorld, type World } from "../../../ecosystem/world/world.ts";
import { DEFAULT_WORLD_START_MS, SimulatedClock } from "../../../kernel/clock.ts";
import { openSqliteImage } from "../../../store/database.ts";
import { EmbeddedBrain } from "../../brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../../brain/embedded/world-gazetteer.ts";
import { createBrain } from "../../brain/index.ts";
import type { Brain } from "../../brain/types.ts";
import { quoteOf } from "../../engine/task-store.ts";
import type { AgentEvent, TaskKind } from "../../events.ts";
import { createAgent } from "../../runtime.ts";
import { ChatRunner } from "../../session/script-runner.ts";
import type { FaithCase, ObservedCard, Transcript } from "./types.ts";

/**
 * The world's "now" for the measurement: noon on the seeded world's first day, when the city's
 * shops are open (at the seeded 09:00 many are not yet).
 */
export const FAITH_START_MS = DEFAULT_WORLD_START_MS + 3 * 3600_000;

/** Opens a copy of the image at the measurement's start time. */
export function openCopy(image: Buffer, seed: number): Promise<World> {
  return createWorld({ db: openSqliteImage(image), seed, clock: new SimulatedClock(FAITH_START_MS) });
}

const scheduledOf = (event: AgentEvent): number | undefined => {
  const value =
    (event as { scheduledFor?: unknown }).scheduledFor ??
    (event as { quote?: { scheduledFor?: unknown } }).quote?.scheduledFor;
  if (typeof value === "string") return Date.parse(value);
  return typeof value === "number" ? value : undefined;
};

/**
 * Makes a brain per case. Every copy of the world holds the same catalogue, so the embedded brain's
 * gazetteer (built from it, the slowest part of a fresh brain) is built once and shared; the brain
 * itself is new per case, so nothing a conversation leaves in it reaches the next case.
 */
export async function brainMaker(kind: string, world: World): Promise<(copy: World) => Promise<Brain>> {
  if (kind !== "embedded") return (copy) => createBrain(kind, copy.context);
  const gazetteer = await loadWorldGazetteer(world.context);
  return async () => new EmbeddedBrain(gazetteer);
}

/**
 * Plays one case on a fresh copy of the world through the real agent (embedded brain by default)
 * and records what was said per turn and the cards left open.
 */
export async function runCase(
  request: FaithCase,
  options: { image: Buffer; seed: number; makeBrain: (world: World) => Promise<Brain> },
): Promise<Transcript> {
  const world = await openCopy(options.image, options.seed);
  try {
    const agent = createAgent({ world, brain: await options.makeBrain(world) });
    const session = await agent.sessions.create(request.userId, request.lang);
    let current: Transcript["turns"][number] | undefined;
    const scheduled = new Map<string, number>();
    const runner = new ChatRunner(agent, request.userId, session.id, (event) => {
      if (event.type === "reply" && current) {
        current.replies.push(event.text);
        if (event.options?.length) current.options = event.options.map((option) => option.label);
      }
      if (event.type === "task") {
        const at = scheduledOf(event);
        if (at !== undefined) scheduled.set(event.taskId, at);
      }
    });
    const transcript: Transcript = { turns: [], cards: [] };
    try {
      for (const [index, text] of request.turns.entries()) {
        current = { text, replies: [], options: [] };
        transcript.turns.push(current);
        await runner.run({ type: "say", text, line: index + 1 });
      }
      await agent.engine.idle();
      const rows = (await agent.engine.store.listForUser(request.userId, 50)).filter(
        (row) => row.session_id === session.id,
      );
      transcript.cards = rows.map((row): ObservedCard => {
        const at = scheduled.get(row.id);
        return {
          taskId: row.id,
          kind: row.kind as TaskKind,
          status: row.status,
          ...(row.quote ? { quote: quoteOf(row) } : {}),
          ...(at !== undefined ? { scheduledFor: at } : {}),
        };
      });
    } catch (error) {
      transcript.crashed = error instanceof Error ? error.message : String(error);
    } finally {
      runner.close();
    }
    return transcript;
  } finally {
    await world.close();
  }
}
