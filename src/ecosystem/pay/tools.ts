import type { ToolDefinition } from "../kernel/tool.ts";

export const payTools: ToolDefinition[] = [];
