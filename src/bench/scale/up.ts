import { parseArgs } from "node:util";
import { startTopology } from "./topology.ts";

/**
 * `npx tsx src/bench/scale/up.ts [--servers 2] [--workers 2] [--port 3000] [--speed 10]
 * [--db postgres://postgres@127.0.0.1:5432/dimple] [--redis redis://127.0.0.1:6379]`:
 * docker-compose.yml's topology without containers — M `dimple worker`, N `dimple serve
 * --no-worker` and a round-robin proxy on loopback — until Ctrl+C. A database that does not exist
 * yet is created from the seeded template.
 */
const { values } = parseArgs({
  options: {
    servers: { type: "string", default: "2" },
    workers: { type: "string", default: "2" },
    port: { type: "string", default: "3000" },
    speed: { type: "string", default: "10" },
    db: { type: "string", default: process.env.DIMPLE_DB ?? "postgres://postgres@127.0.0.1:5432/dimple" },
    redis: { type: "string", default: process.env.DIMPLE_REDIS ?? "redis://127.0.0.1:6379" },
  },
});
const topology = await startTopology({
  db: values.db,
  redis: values.redis,
  servers: Number(values.servers),
  workers: Number(values.workers),
  speed: Number(values.speed),
  port: Number(values.port),
});
for (const process of topology.processes)
  console.error(`${process.name} (pid ${process.child.pid})${process.url ? ` on ${process.url}` : ""}`);
console.error(
  `Dimple is serving on ${topology.proxy.url} (${values.servers} servers, ${values.workers} workers)`,
);
await new Promise<void>((resolve) => {
  process.once("SIGINT", resolve);
  process.once("SIGTERM", resolve);
});
await topology.close();
