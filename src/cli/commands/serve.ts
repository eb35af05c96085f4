import { fileURLToPath } from "node:url";
import { createBrain, parseBrainKind } from "../../agent/brain/index.ts";
import { buildServer } from "../../server/app.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { openDeployment } from "../deployment.ts";
import { parseFaultsFlag } from "../faults.ts";
import { serveSpec } from "./serve.options.ts";

const WEB_ROOT = fileURLToPath(new URL("../../../dist/web", import.meta.url));

/**
 * `dimple serve [--port 3000] [--host 127.0.0.1] [--db URL] [--brain embedded|llm|hybrid] [--speed N]
 * [--faults JSON|FILE] [--redis URL] [--no-worker]`.
 * `--speed` is simulated seconds per real second for fulfilment (default 10, so a delivery takes
 * a few real minutes). Without `--no-worker` the server also runs the due work (see deployment.ts).
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, serveSpec.options);
  const port = integerFlag(values.port ?? process.env.PORT, "--port", serveSpec.options.port.default);
  const speed = integerFlag(values.speed, "--speed", serveSpec.options.speed.default);
  const brainKind = parseBrainKind(values.brain ?? serveSpec.options.brain.default);
  const faults = values.faults === undefined ? undefined : parseFaultsFlag(values.faults);
  const deployment = await openDeployment({
    db: values.db ?? DEFAULT_DB_URL,
    redis: values.redis ?? process.env.DIMPLE_REDIS,
    speed,
    worker: values["no-worker"] !== true,
    brain: async (context) => {
      if (faults) context.faults.configure(faults);
      return createBrain(brainKind, context);
    },
  });
  const { agent, world } = deployment;
  // With Redis configured, every server process counts sign-in and chat attempts in one shared store.
  const redisUrl = values.redis ?? process.env.DIMPLE_REDIS;
  const redis = redisUrl
    ? new (await import("ioredis")).Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 })
    : undefined;
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
    ...(redis ? { redis } : {}),
  });
  const address = await app.listen({ port, host: values.host ?? serveSpec.options.host.default });
  const role = deployment.scheduler ? `${deployment.scheduler.kind} worker` : "no worker";
  console.error(
    `Dimple is serving on ${address} (brain ${agent.brain.name}, db ${world.database.dialect}, ${role}, speed ${speed}x, resumed ${deployment.resumed} tasks${sandbox ? ", sandbox" : ""})`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  await app.close();
  redis?.disconnect();
  await deployment.close();
  return 0;
}
