import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Prometheus metrics of one server process (GET /metrics). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "dimple_" });
  return {
    registry,
    httpDuration: new Histogram({
      name: "dimple_http_request_duration_seconds",
      help: "HTTP request duration by route and status",
      labelNames: ["method", "route", "status"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    turnDuration: new Histogram({
      name: "dimple_turn_duration_seconds",
      help: "Server-side duration of a chat turn",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1],
      registers: [registry],
    }),
    taskTransitions: new Counter({
      name: "dimple_task_confirmations_total",
      help: "Confirm and cancel actions on the trusted surface, by outcome",
      labelNames: ["action", "outcome"],
      registers: [registry],
    }),
  };
}
