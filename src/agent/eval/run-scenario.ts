import { SimulatedClock } from "../../ecosystem/kernel/clock.ts";
import type { FaultKind } from "../../ecosystem/kernel/faults.ts";
import type { ServiceName } from "../../ecosystem/kernel/tool.ts";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import { getWallet } from "../../ecosystem/pay/wallet.ts";
import { createWorld } from "../../ecosystem/world/world.ts";
import { openSqliteImage } from "../../store/database.ts";
import { createBrain } from "../brain/index.ts";
import type { AgentEvent, TaskQuote } from "../events.ts";
import { setTimeZone } from "../memory/profile.ts";
import { createAgent } from "../runtime.ts";
import { parseScriptLine } from "../session/script.ts";
import { ChatRunner } from "../session/script-runner.ts";
import { check, type Scenario } from "./scenario.ts";

/** The outcome of one scenario trial. */
export interface TrialResult {
  id: string;
  trial: number;
  passed: boolean;
  failures: string[];
  turns: number;
  millis: number;
  /**
   * Model tokens of each task the trial ended with (a card replaced by a correction is counted in
   * the card that replaced it, not again on its own); zeros for tasks no model worked on.
   */
  taskTokens: { prompt: number; completion: number; cachedPrompt: number }[];
}

/** A seeded world image per seed, built once: scenarios start from a copy in milliseconds. */
const images = new Map<number, Buffer>();

async function worldImage(seed: number): Promise<Buffer> {
  const cached = images.get(seed);
  if (cached) return cached;
  const world = await createWorld({ seed });
  const image = world.database.image?.();
  await world.close();
  if (!image) throw new Error("the scenario world must be SQLite");
  images.set(seed, image);
  return image;
}

/**
 * Plays one scenario against a fresh copy of the seeded world through the real agent, then checks
 * its expectations on the world's final state (tasks, order contents, money), not on the words.
 */
export async function runScenario(
  scenario: Scenario,
  options: { seed: number; trial: number; brain: string },
): Promise<TrialResult> {
  const started = performance.now();
  const world = await createWorld({
    db: openSqliteImage(await worldImage(options.seed)),
    seed: options.seed,
    clock: new SimulatedClock(),
  });
  try {
    for (const [service, faults] of Object.entries(scenario.faults ?? {})) {
      for (const [kind, rule] of Object.entries(faults)) {
        world.context.faults.set(service as ServiceName, kind as FaultKind, rule);
      }
    }
    const agent = createAgent({ world, brain: await createBrain(options.brain, world.context) });
    if (scenario.timeZone) await setTimeZone(world.context, scenario.user, scenario.timeZone);
    const walletBefore = (await getWallet(world.context, scenario.user)).availableFen;
    const session = await agent.sessions.create(scenario.user, scenario.lang);
    const events: AgentEvent[] = [];
    const runner = new ChatRunner(agent, scenario.user, session.id, (event) => events.push(event));
    let failures: string[] = [];
    let taskTokens: TrialResult["taskTokens"] = [];
    try {
      for (const [index, text] of scenario.turns.entries())
        await runner.run(parseScriptLine(text.trim(), index + 1));
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
          const quote = row?.quote ? (JSON.parse(row.quote) as TaskQuote) : undefined;
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
      taskTokens = [...tokens.values()]
        .filter((entry) => !entry.replacedBy)
        .map(({ prompt, completion, cachedPrompt }) => ({ prompt, completion, cachedPrompt }));
      const replies = events.filter((event) => event.type === "reply").map((event) => event.text);
      const addresses = await world.context.db
        .selectFrom("user_addresses")
        .select(["label", "address"])
        .where("user_id", "=", scenario.user)
        .execute();
      const state = {
        tasks,
        addresses: Object.fromEntries(addresses.map((address) => [address.label, address.address])),
        replies,
        reply: replies.join("\n"),
        lastReply: replies.at(-1) ?? "",
        notifications: events
          .filter((event) => event.type === "notification")
          .map((event) => event.text)
          .join("\n"),
        walletFen: summary.walletFen,
        walletDeltaFen: summary.walletFen - walletBefore,
        ledgerOk: (await verifyLedger(world.context)).ok,
      };
      failures = scenario.expect
        .map((expectation) => check(state, expectation))
        .filter((failure): failure is string => failure !== undefined);
    } catch (error) {
      failures = [`crashed: ${error instanceof Error ? error.message : String(error)}`];
    } finally {
      runner.close();
    }
    return {
      id: scenario.id,
      trial: options.trial,
      passed: failures.length === 0,
      failures,
      turns: scenario.turns.length,
      millis: Math.round(performance.now() - started),
      taskTokens,
    };
  } finally {
    await world.close();
  }
}
