import type { ToolResult } from "../../kernel/tool.ts";
import type { ToolClient, ToolInfo } from "../tools/client.ts";

// Writes that undo or settle money; only the engine, on the user's action, may call them.
const ENGINE_ONLY = new Set([
  "commerce_cancel_order",
  "commerce_mark_refunded",
  "tickets_cancel_booking",
  "rides_cancel",
]);

/**
 * The tools as the brain may use them: reads, and quotes or holds. Anything that moves money
 * (payments, orders, bookings, rides) or unwinds it is refused with `effect_not_allowed`, so even a
 * brain talked into it by injected text cannot act; effects go through the engine's trusted confirm.
 */
export class BrainToolClient implements ToolClient {
  #byName: Map<string, ToolInfo> | undefined;

  constructor(private readonly inner: ToolClient) {}

  #allowed(tool: ToolInfo): boolean {
    return tool.effect !== "money" && !ENGINE_ONLY.has(tool.name);
  }

  list(): ToolInfo[] {
    return this.inner.list().filter((tool) => this.#allowed(tool));
  }

  async call<Output = unknown>(name: string, args: unknown): Promise<ToolResult<Output>> {
    this.#byName ??= new Map(this.inner.list().map((info) => [info.name, info]));
    const tool = this.#byName.get(name);
    if (tool && !this.#allowed(tool)) {
      return {
        ok: false,
        error: {
          code: "effect_not_allowed",
          message: `${name} moves money; only the user's confirmation on the card can do that`,
          field: "name",
        },
      };
    }
    return this.inner.call<Output>(name, args);
  }
}
