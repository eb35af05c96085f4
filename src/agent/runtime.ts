import { allTools } from "../ecosystem/tools.ts";
import type { World } from "../ecosystem/world/world.ts";
import type { UserEventLog } from "../store/events/event-log.ts";
import type { Brain } from "./brain/types.ts";
import { type ConfirmGuard, TaskEngine } from "./engine/engine.ts";
import type { TaskKindHandler } from "./engine/handler.ts";
import { taskHandlers } from "./engine/handlers/index.ts";
import { Reminders } from "./engine/later/reminders.ts";
import { Notifier, type UserStreamItem } from "./engine/notifier.ts";
import { missedEvent } from "./engine/reconcile.ts";
import { TaskTokenLedger } from "./engine/task-tokens.ts";
import type { AgentObserver } from "./observer.ts";
import { BrainToolClient } from "./risk/brain-tools.ts";
import { RiskRoom } from "./risk/risk-room.ts";
import { Conversation, type TurnObserver } from "./session/conversation.ts";
import { LaterActs } from "./session/later-acts.ts";
import { SessionStore } from "./session/sessions.ts";
import { InProcessToolClient, type ToolCallRecord, type ToolClient } from "./tools/client.ts";
import { TurnQuotes } from "./tools/turn-quotes.ts";

export interface AgentOptions {
  world: World;
  brain: Brain;
  tools?: ToolClient;
  handlers?: TaskKindHandler[];
  /** Replaces the risk room's guard (policies, risk score, PIN, mandates) on the confirm path. */
  guard?: ConfirmGuard;
  onTurn?: TurnObserver;
  onToolCall?: (record: ToolCallRecord) => void;
  /**
   * Where users' live events go: this process only (default), or a log shared by several processes
   * (`store/events/redis.ts`), so an event reaches the user's stream on whichever process holds it.
   */
  events?: UserEventLog<UserStreamItem>;
  /**
   * Watches turns, tool calls, confirms and cancels (the data flywheel's capture, wired by the
   * composition roots); none by default.
   */
  observer?: AgentObserver;
}

/** The assistant, wired: brain, engine, sessions, notifications, tools. */
export interface Agent {
  world: World;
  brain: Brain;
  tools: ToolClient;
  engine: TaskEngine;
  notifier: Notifier;
  sessions: SessionStore;
  conversation: Conversation;
  /** Mandates, policies, risk scoring and the audit log. */
  risk: RiskRoom;
  /** The observer wired to this agent, if any (the flywheel's capture). */
  observer?: AgentObserver;
  /** Model tokens per task, added up from every turn about the task. */
  taskTokens: TaskTokenLedger;
  /** Reminders the user asked for, delivered as notifications at their time. */
  reminders: Reminders;
}

/**
 * Wires an agent over a world. The engine follows world events from here on. The risk room's
 * mandate verifier is installed on the world's context, so from now on the pay service authorizes
 * nothing without a mandate from a trusted confirm; the brain sees the tools without the ones that
 * move money.
 */
export function createAgent(options: AgentOptions): Agent {
  const { world } = options;
  const context = world.context;
  const { observer } = options;
  const onToolCall = both(options.onToolCall, observer?.observeToolCall);
  const taskTokens = new TaskTokenLedger(context);
  const onTurn = both(both(options.onTurn, observer?.observeTurn), taskTokens.observeTurn);
  const turnQuotes = new TurnQuotes(options.tools ?? new InProcessToolClient(allTools, context, onToolCall));
  const tools: ToolClient = turnQuotes;
  const notifier = new Notifier(context, options.events);
  const risk = new RiskRoom(context, tools);
  context.mandateVerifier = risk.verifier;
  const sessions = new SessionStore(context);
  const engine = new TaskEngine({
    context,
    tools,
    handlers: options.handlers ?? taskHandlers,
    notifier,
    guard: options.guard ?? risk.guard,
    audit: risk.audit,
    missedEvent,
    langOf: (task) => sessions.lang(task.session_id),
  });
  const reminders = new Reminders(context, notifier);
  const conversation = new Conversation({
    context,
    brain: options.brain,
    engine,
    sessions,
    tools: new BrainToolClient(tools),
    notifier,
    later: new LaterActs(engine, reminders),
    turnScope: (work) => turnQuotes.within(work),
    ...(onTurn ? { onTurn } : {}),
  });
  observer?.attach?.({ conversation, engine });
  // Scheduled tasks start on the world's clock, in order with the services' own steps.
  world.addStepper({
    name: "agent-scheduled-tasks",
    nextDueAt: () => engine.store.nextScheduledAt(),
    runDue: async (_context, now) => void (await engine.runDue(now)),
    dueKeys: async (_context, now) => (await engine.store.dueScheduled(now)).map((task) => task.id),
    runOne: async (_context, taskId, now) => void (await engine.runScheduled(taskId, now)),
  });
  // Reminders and recurring orders' runs, on the same clock (a job queue can take them over later).
  world.addStepper({
    name: "agent-later",
    nextDueAt: async () => earliest(await reminders.nextDueAt(), await engine.recurring.nextDueAt()),
    runDue: async (_context, now) => {
      await reminders.runDue(now);
      await engine.recurring.runDue(now);
    },
  });
  return {
    world,
    brain: options.brain,
    tools,
    engine,
    notifier,
    sessions,
    conversation,
    risk,
    ...(observer ? { observer } : {}),
    taskTokens,
    reminders,
  };
}

function earliest(...times: (number | undefined)[]): number | undefined {
  const known = times.filter((time): time is number => time !== undefined);
  return known.length ? Math.min(...known) : undefined;
}

/** Calls both observers (either may be absent), in order. */
function both<Argument>(
  first: ((argument: Argument) => unknown) | undefined,
  second: ((argument: Argument) => unknown) | undefined,
): ((argument: Argument) => Promise<void>) | undefined {
  if (!first || !second) {
    const only = first ?? second;
    return only ? async (argument) => void (await only(argument)) : undefined;
  }
  return async (argument) => {
    await first(argument);
    await second(argument);
  };
}
