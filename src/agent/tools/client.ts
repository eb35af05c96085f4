import type { ServiceContext } from "../../kernel/context.ts";
import {
  invokeTool,
  type ToolDefinition,
  type ToolEffect,
  type ToolResult,
  toolJsonSchema,
} from "../../kernel/tool.ts";

/** What the agent knows about a tool: enough to describe it to a model and to gate its effect. */
export interface ToolInfo {
  name: string;
  description: string;
  effect: ToolEffect;
  parameters: Record<string, unknown>;
}

/** One finished tool call, reported to observers (tracing, the flywheel, the avatar). */
export interface ToolCallRecord {
  name: string;
  args: unknown;
  result: ToolResult;
  startedAt: number;
  durationMs: number;
}

/**
 * The only way the agent reaches a service. In-process here; an MCP client implementing the same
 * interface lets a real Amap or Alipay MCP server replace a sandbox service by configuration.
 */
export interface ToolClient {
  list(): ToolInfo[];
  call<Output = unknown>(name: string, args: unknown): Promise<ToolResult<Output>>;
}

/** Calls sandbox tools in this process, through `invokeTool` (validation, faults, typed errors). */
export class InProcessToolClient implements ToolClient {
  readonly #byName: Map<string, ToolDefinition>;
  /** Built on first use and kept: the tools are fixed, and a JSON schema costs milliseconds to build. */
  #infos: ToolInfo[] | undefined;

  constructor(
    tools: readonly ToolDefinition[],
    private readonly context: ServiceContext,
    private readonly observe?: (record: ToolCallRecord) => void,
  ) {
    this.#byName = new Map(tools.map((tool) => [tool.name, tool]));
  }

  list(): ToolInfo[] {
    this.#infos ??= [...this.#byName.values()].map((tool) => ({
      name: tool.name,
      description: tool.description,
      effect: tool.effect,
      parameters: toolJsonSchema(tool),
    }));
    return this.#infos;
  }

  async call<Output = unknown>(name: string, args: unknown): Promise<ToolResult<Output>> {
    const tool = this.#byName.get(name);
    const startedAt = performance.now();
    const result: ToolResult = tool
      ? await invokeTool(tool, this.context, args)
      : { ok: false, error: { code: "unknown_tool", message: `no tool named ${name}`, field: "name" } };
    this.observe?.({ name, args, result, startedAt, durationMs: performance.now() - startedAt });
    return result as ToolResult<Output>;
  }
}

/** Unwraps a tool result or throws its error as a DimpleError-shaped failure for the engine. */
export class ToolCallError extends Error {
  constructor(
    readonly tool: string,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ToolCallError";
  }
}

export async function callOrThrow<Output>(client: ToolClient, name: string, args: unknown): Promise<Output> {
  const result = await client.call<Output>(name, args);
  if (result.ok) return result.data;
  throw new ToolCallError(
    name,
    result.error.code,
    result.error.message,
    result.error.field,
    result.error.details,
  );
}
