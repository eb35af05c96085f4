import type { ToolDefinition } from "../kernel/tool.ts";
import { commerceTools } from "./commerce/tools.ts";
import { mapsTools } from "./maps/tools.ts";
import { payTools } from "./pay/tools.ts";
import { ridesTools } from "./rides/tools.ts";
import { ticketsTools } from "./tickets/tools.ts";

/** Every sandbox tool, by service. */
export const toolsByService = {
  commerce: commerceTools,
  maps: mapsTools,
  pay: payTools,
  tickets: ticketsTools,
  rides: ridesTools,
} as const satisfies Record<string, ToolDefinition[]>;

export const allTools: ToolDefinition[] = Object.values(toolsByService).flat();
