import type { ToolDefinition } from "../kernel/tool.ts";

export const commerceTools: ToolDefinition[] = [];
