import { defineCommand } from "../help.ts";

/** `dimple bench`: its options and help (the command is bench.ts). */
export const benchSpec = defineCommand({
  name: "bench",
  about:
    "The performance benchmark (docs/BENCHMARKS.md): services, turn latency and memory with the embedded brain; with --brain llm, turns over HTTP against the model at DIMPLE_LLM_BASE_URL. Progress goes to stderr.",
  options: {
    json: { type: "boolean", help: "one JSON object on stdout" },
    count: { type: "string", value: "N", help: "turns measured (embedded)", default: 300 },
    concurrency: { type: "string", value: "N", help: "turns in flight at once (embedded)", default: 8 },
    sessions: { type: "string", value: "N", help: "sessions the turns spread over (embedded)", default: 200 },
    "no-postgres": {
      type: "boolean",
      help: "services on SQLite only, even when a PostgreSQL server answers (embedded)",
    },
    brain: { type: "string", value: "embedded|llm", help: "what to benchmark", default: "embedded" },
    turns: { type: "string", value: "N", help: "turns over HTTP (llm)", default: 1000 },
    port: { type: "string", value: "N", help: "port of the server under test (llm)", default: 39300 },
    "mock-log": {
      type: "string",
      value: "FILE",
      help: "JSON-lines request log of a mock model, for prompt sizes and model time (llm; env MOCK_LOG)",
    },
  },
});
