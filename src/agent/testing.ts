import { afterAll, beforeAll } from "vitest";
import { getWallet } from "../ecosystem/pay/wallet.ts";
import { seededTestDatabase } from "../ecosystem/world/test-cache.ts";
import { createWorld, type World } from "../ecosystem/world/world.ts";
import { SimulatedClock } from "../kernel/clock.ts";
import type { Dialect } from "../store/database.ts";
import { EmbeddedBrain } from "./brain/embedded/brain.ts";
import { loadWorldGazetteer } from "./brain/embedded/world-gazetteer.ts";
import type { Brain, TaskRequest } from "./brain/types.ts";
import type { AgentObserver } from "./observer.ts";
import { type Agent, type AgentOptions, createAgent } from "./runtime.ts";
import type { ToolClient } from "./tools/client.ts";

/** A fresh world with an agent on the embedded brain, for one test suite. */
export function useTestAgent(
  dialect: Dialect = "sqlite",
  options: {
    brain?: (world: World) => Promise<Brain>;
    tools?: (world: World) => ToolClient;
    agent?: Partial<AgentOptions>;
    /** Watches the agent (the flywheel's tests wire its capture here). */
    observer?: (world: World) => AgentObserver;
  } = {},
): () => Agent {
  let agent: Agent | undefined;
  beforeAll(async () => {
    const world = await createWorld({
      db: await seededTestDatabase(dialect, 7),
      seed: 7,
      clock: new SimulatedClock(),
    });
    const brain = options.brain
      ? await options.brain(world)
      : new EmbeddedBrain(await loadWorldGazetteer(world.context));
    agent = createAgent({
      world,
      brain,
      ...(options.tools ? { tools: options.tools(world) } : {}),
      ...(options.observer ? { observer: options.observer(world) } : {}),
      ...options.agent,
    });
  });
  afterAll(async () => {
    await agent?.world.close();
  });
  return () => {
    if (!agent) throw new Error("the test agent is not ready yet");
    return agent;
  };
}

/** A delivery request for the first in-stock latte that delivers to the user's office. */
export async function latteRequest(agent: Agent, userId: string, qty = 1): Promise<TaskRequest> {
  const office = await agent.world.context.db
    .selectFrom("user_addresses")
    .selectAll()
    .where("user_id", "=", userId)
    .where("label", "=", "office")
    .executeTakeFirstOrThrow();
  const search = await agent.tools.call<{
    items: { skuId: string; merchantId: string; inStock: boolean; merchant: { isOpen: boolean } }[];
  }>("commerce_search_items", {
    keyword: "拿铁",
    location: `${office.lng},${office.lat}`,
    openNow: true,
    limit: 5,
  });
  if (!search.ok) throw new Error(search.error.message);
  const hit = search.data.items.find((item) => item.inStock);
  if (!hit) throw new Error("no latte delivers to the office in this world");
  return {
    kind: "order_delivery",
    title: "Latte",
    args: {
      merchantId: hit.merchantId,
      lines: [{ skuId: hit.skuId, qty, options: {} }],
      addressId: office.id,
    },
  };
}

/** A user's spendable wallet balance, in fen. */
export async function walletFen(agent: Agent, userId: string): Promise<number> {
  return (await getWallet(agent.world.context, userId)).availableFen;
}
