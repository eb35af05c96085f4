import { fileURLToPath } from "node:url";
import { createBrain, parseBrainKind } from "../../agent/brain/index.ts";
import { createAgent } from "../../agent/runtime.ts";
import { createWorld } from "../../ecosystem/world/world.ts";
import { buildServer } from "../../server/app.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { parseFaultsFlag } from "../faults.ts";
import { serveSpec } from "./serve.options.ts";

const WEB_ROOT = fileURLToPath(new URL("../../../dist/web", import.meta.url));

/**
 * `dimple serve [--port 3000] [--host 127.0.0.1] [--db URL] [--brain embedded|llm|hybrid] [--speed N]
 * [--faults JSON|FILE]`.
 * `--speed` is simulated seconds per real second for fulfilment (default 10, so a delivery takes
 * a few real minutes).
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, serveSpec.options);
  const port = integerFlag(values.port ?? process.env.PORT, "--port", serveSpec.options.port.default);
  const speed = integerFlag(values.speed, "--speed", serveSpec.options.speed.default);
  const brainKind = parseBrainKind(values.brain ?? serveSpec.options.brain.default);
  const faults = values.faults === undefined ? undefined : parseFaultsFlag(values.faults);
  const world = await createWorld({ db: values.db ?? DEFAULT_DB_URL, clock: { live: speed }, ids: "random" });
  if (faults) world.context.faults.configure(faults);
  const brain = await createBrain(brainKind, world.context);
  const agent = createAgent({ world, brain });
  const resumed = await agent.engine.resume();
  const sandbox = !values["no-sandbox"] && process.env.DIMPLE_SANDBOX !== "0";
  const metricsToken = values["metrics-token"] ?? process.env.DIMPLE_METRICS_TOKEN;
  const publicUrl = values["public-url"] ?? process.env.DIMPLE_PUBLIC_URL;
  const chatRate = integerFlag(values["chat-rate"], "--chat-rate", serveSpec.options["chat-rate"].default);
  const app = await buildServer({
    agent,
    logger: !values.quiet,
    webRoot: WEB_ROOT,
    sandbox,
    ...(metricsToken ? { metricsToken } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    rateLimits: { chatPerUser: { max: chatRate, windowMs: 60_000 } },
  });
  const ticker = setInterval(() => {
    world.tick().catch((error) => app.log.error({ err: error }, "fulfilment tick failed"));
    world.saveTime().catch(() => {});
  }, 1000);
  const address = await app.listen({ port, host: values.host ?? serveSpec.options.host.default });
  console.error(
    `Dimple is serving on ${address} (brain ${brain.name}, db ${world.database.dialect}, speed ${speed}x, resumed ${resumed} tasks${sandbox ? ", sandbox" : ""})`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  clearInterval(ticker);
  await app.close();
  await world.close();
  return 0;
}
