import { brainOption, dbOption, defineCommand, faultsOption, redisOption } from "../help.ts";

/** `dimple serve`: its options and help (the command is serve.ts). */
export const serveSpec = defineCommand({
  name: "serve",
  about:
    "Serves the web app and its API, with the sandbox world ticking in simulated time. Ready when GET /api/health answers; stops cleanly on SIGTERM or SIGINT.",
  options: {
    port: { type: "string", value: "N", help: "TCP port (env PORT)", default: 3000 },
    host: { type: "string", value: "HOST", help: "address to listen on", default: "127.0.0.1" },
    db: dbOption,
    brain: brainOption,
    speed: {
      type: "string",
      value: "N",
      help: "simulated seconds per real second for fulfilment (deliveries, rides)",
      default: 10,
    },
    faults: faultsOption,
    redis: redisOption,
    "no-worker": {
      type: "boolean",
      help: "serve only: leave fulfilment steps, scheduled work and world ticks to `dimple worker` processes",
    },
    quiet: { type: "boolean", help: "no request log" },
  },
});
