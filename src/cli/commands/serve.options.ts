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
    "no-sandbox": {
      type: "boolean",
      help: "a deployment: no demo-user list on the login page, full password cost (env DIMPLE_SANDBOX=0)",
    },
    "public-url": {
      type: "string",
      value: "URL",
      help: "the web app's address in confirm links given to MCP and OpenAI-compatible clients (env DIMPLE_PUBLIC_URL; default: the request's origin)",
    },
    "chat-rate": {
      type: "string",
      value: "N",
      help: "chat turns a user may send per minute (0: no limit)",
      default: 60,
    },
    "metrics-token": {
      type: "string",
      value: "SECRET",
      help: "a bearer secret that opens GET /metrics besides operators' tokens (env DIMPLE_METRICS_TOKEN)",
    },
  },
});
