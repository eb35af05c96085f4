import { parseArgs } from "node:util";
import { runScenario } from "./scenario.ts";

/**
 * `npx tsx src/bench/scale/main.ts [--servers 2] [--workers 2] [--users 50] [--tasks 4] [--speed 20]
 * [--kill-worker] [--kill-server] [--sqlite] [--redis redis://…]
 * (Postgres: DIMPLE_TEST_POSTGRES_URL's server, default 127.0.0.1:5432)`: the multi-process
 * benchmark on loopback; prints one JSON object (docs/BENCHMARKS.md).
 */
const { values } = parseArgs({
  options: {
    servers: { type: "string", default: "2" },
    workers: { type: "string", default: "2" },
    users: { type: "string", default: "50" },
    tasks: { type: "string", default: "4" },
    speed: { type: "string", default: "20" },
    "kill-worker": { type: "boolean" },
    "kill-server": { type: "boolean" },
    keep: { type: "boolean" },
    sqlite: { type: "boolean" },
    redis: { type: "string", default: process.env.DIMPLE_REDIS ?? "redis://127.0.0.1:6379" },
  },
});
const result = await runScenario({
  redisUrl: values.redis,
  servers: Number(values.servers),
  workers: Number(values.workers),
  users: Number(values.users),
  tasksPerUser: Number(values.tasks),
  speed: Number(values.speed),
  killWorker: values["kill-worker"] === true,
  killServer: values["kill-server"] === true,
  keepDatabase: values.keep === true,
  sqlite: values.sqlite === true,
  log: (line) => console.error(line),
});
const { users, ...load } = result.load;
for (const line of users.flatMap((run) => run.noCard.map((why) => `${run.username}: ${why}`)).slice(0, 30))
  console.error(`no task: ${line}`);
console.log(JSON.stringify({ ...result, load }, null, 2));
process.exit(0);
