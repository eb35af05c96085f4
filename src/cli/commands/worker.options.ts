import { dbOption, defineCommand, jsonOption, redisOption } from "../help.ts";

/** `dimple worker`: its options and help (the command is worker.ts). */
export const workerSpec = defineCommand({
  name: "worker",
  about:
    "Runs fulfilment steps, scheduled work and world ticks for a multi-process deployment (servers started with `dimple serve --no-worker`). On Postgres, due work is pg-boss jobs shared by every worker; one elected worker keeps the world's clock. Stops cleanly on SIGTERM or SIGINT.",
  options: {
    db: dbOption,
    redis: redisOption,
    speed: {
      type: "string",
      value: "N",
      help: "simulated seconds per real second; sets the shared world clock's speed",
      default: 10,
    },
    "dead-letters": {
      type: "boolean",
      help: "list jobs that failed their last retry, with the reason, and exit",
    },
    json: jsonOption,
  },
  notes: ["Example: dimple worker --db postgres://127.0.0.1/dimple --redis redis://127.0.0.1:6379"],
});
