import type { Agent } from "../agent/runtime.ts";
import type { createMetrics } from "./metrics.ts";

/** What every route plugin receives. */
export interface RouteOptions {
  agent: Agent;
  metrics: ReturnType<typeof createMetrics>;
  sandbox: boolean;
  metricsToken?: string;
  publicUrl?: string;
}
