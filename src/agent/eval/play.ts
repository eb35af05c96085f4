import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import { getWallet } from "../../ecosystem/pay/wallet.ts";
import { createWorld, type World } from "../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import type { FaultKind } from "../../kernel/faults.ts";
import type { ServiceName } from "../../kernel/service-name.ts";
import { openSqliteImage } from "../../store/database.ts";
import { createBrain } from "../brain/index.ts";
import { quoteOf } from "../engine/task-store.ts";
import type { AgentEvent, TaskQuote } from "../events.ts";
import { setTimeZone } from "../memory/profile.ts";
import type { AgentObserver } from "../observer.ts";
import { createAgent } from "../runtime.ts";
import { parseScriptLine } from "../session/script.ts";
import { ChatRunner } from "../session/script-runner.ts";

/** A conversation to play: who speaks, in which language, the script lines, faults to inject first. */
export interface Conversation {
  user: string;
  lang: "zh" | "en";
  turns: readonly string[];
  faults?: Record<string, Record<string, { times?: number; probability?: number }>>;
  /** The user's time zone for this conversation (IANA), when not Asia/Shanghai. */
  timeZone?: string;
}

/** The world's final state after a conversation, as scenario and probe expectations read it. */
export interface ConversationState {
  tasks: {
    taskId: string;
    kind: string;
    status: string;
    title: string;
    quote?: TaskQuote;
    lines: TaskQuote["lines"];
    totalFen?: number;
  }[];
  addresses: Record<string, string>;
  replies: string[];
  reply: string;
  lastReply: string;
  /** Every reply to the last line the user typed (not a `/` action), with the options it lists: what a probe judges. */
  lastTurnReplies: string;
  notifications: string;
  walletFen: number;
  walletDeltaFen: number;
  ledgerOk: boolean;
}

/** What playing a conversation gave: its final state and the model tokens of each task it ended with. */
export interface PlayedConversation {
  state: ConversationState;
  taskTokens: { prompt: number; completion: number; cachedPrompt: number }[];
}

/**
 * The SQLite image of a freshly seeded world for a seed, with every room's tables (the flywheel's
 * capture writes to it too): the composition root builds it (`compose/seed-image.ts`
 * `seededWorldImage`), since only it knows every room's migrations.
 */
export type WorldImage = (seed: number) => Promise<Buffer>;

/** A seeded world image per seed, read once: conversations start from a copy in milliseconds. */
const images = new Map<number, Buffer>();

async function imageFor(seed: number, worldImage: WorldImage): Promise<Buffer> {
  const cached = images.get(seed) ?? (await worldImage(seed));
  images.set(seed, cached);
  return cached;
}

/**
 * Plays one conversation against a fresh copy of the seeded world through the real agent (as
 * `dimple chat --script` does) and reads the final state: tasks, order contents, money, replies.
 */
export async function playConversation(
  conversation: Conversation,
  options: {
    seed: number;
    brain: string;
    worldImage: WorldImage;
    observer?: (world: World) => AgentObserver;
  },
): Promise<PlayedConversation> {
  const world = await createWorld({
    db: openSqliteImage(await imageFor(options.seed, options.worldImage)),
    seed: options.seed,
    clock: new SimulatedClock(),
  });
  try {
    for (const [service, faults] of Object.entries(conversation.faults ?? {})) {
      for (const [kind, rule] of Object.entries(faults)) {
        world.context.faults.set(service as ServiceName, kind as FaultKind, rule);
      }
    }
    const agent = createAgent({
      world,
      brain: await createBrain(options.brain, world.context),
      ...(options.observer ? { observer: options.observer(world) } : {}),
    });
    if (conversation.timeZone) await setTimeZone(world.context, conversation.user, conversation.timeZone);
    const walletBefore = (await getWallet(world.context, conversation.user)).availableFen;
    const session = await agent.sessions.create(conversation.user, conversation.lang);
    const events: AgentEvent[] = [];
    const runner = new ChatRunner(agent, conversation.user, session.id, (event) => events.push(event));
    try {
      let lastTurnStart = 0;
      for (const [index, text] of conversation.turns.entries()) {
        const line = text.trim();
        if (!line.startsWith("/")) lastTurnStart = events.length;
        await runner.run(parseScriptLine(line, index + 1));
      }
      await agent.engine.idle();
      const summary = await runner.summary();
      // Tasks in the order the conversation produced them (the clock may not move between turns,
      // so creation times tie): the first event that mentions each task decides.
      const seen = events.flatMap((event) => (event.type === "task" ? [event.taskId] : []));
      const position = (taskId: string) => {
        const index = seen.indexOf(taskId);
        return index === -1 ? Number.MAX_SAFE_INTEGER : index;
      };
      const ordered = [...summary.tasks].sort((a, b) => position(a.taskId) - position(b.taskId));
      const tasks = await Promise.all(
        ordered.map(async (task) => {
          const row = await agent.engine.store.get(task.taskId);
          const quote = row ? quoteOf(row) : undefined;
          return {
            ...task,
            title: row?.title ?? "",
            quote,
            lines: quote?.lines ?? [],
            totalFen: quote?.totalFen,
          };
        }),
      );
      const tokens = await agent.taskTokens.getMany(summary.tasks.map((task) => task.taskId));
      const taskTokens = [...tokens.values()]
        .filter((entry) => !entry.replacedBy)
        .map(({ prompt, completion, cachedPrompt }) => ({ prompt, completion, cachedPrompt }));
      const repliesOf = (list: AgentEvent[]) =>
        list.flatMap((event) => (event.type === "reply" ? [event.text] : []));
      // What the user sees of a reply: its words and the options listed under them.
      const shownOf = (list: AgentEvent[]) =>
        list.flatMap((event) =>
          event.type === "reply"
            ? [
                [
                  event.text,
                  ...(event.options ?? []).map(
                    (option) => `${option.label}${option.detail ? ` — ${option.detail}` : ""}`,
                  ),
                ].join("\n"),
              ]
            : [],
        );
      const replies = repliesOf(events);
      const addresses = await world.context.db
        .selectFrom("user_addresses")
        .select(["label", "address"])
        .where("user_id", "=", conversation.user)
        .execute();
      const state: ConversationState = {
        tasks,
        addresses: Object.fromEntries(addresses.map((address) => [address.label, address.address])),
        replies,
        reply: replies.join("\n"),
        lastReply: replies.at(-1) ?? "",
        lastTurnReplies: shownOf(events.slice(lastTurnStart)).join("\n"),
        notifications: events
          .filter((event) => event.type === "notification")
          .map((event) => event.text)
          .join("\n"),
        walletFen: summary.walletFen,
        walletDeltaFen: summary.walletFen - walletBefore,
        ledgerOk: (await verifyLedger(world.context)).ok,
      };
      return { state, taskTokens };
    } finally {
      runner.close();
    }
  } finally {
    await world.close();
  }
}
