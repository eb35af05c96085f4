import { AsyncLocalStorage } from "node:async_hooks";
import { canonicalJson } from "../../kernel/idempotency.ts";
import type { ToolResult } from "../../kernel/tool.ts";
import type { ToolClient, ToolInfo } from "./client.ts";

/**
 * Tools that price something without committing to it: asked twice with the same arguments in one
 * turn, with nothing written in between, the service would give the same price again.
 */
const QUOTES = new Set(["commerce_quote_cart"]);

/**
 * Quotes once per turn. The brain quotes the carts it compares, then the engine quotes the chosen
 * cart again for the card: the same arguments a few milliseconds later. Within one turn (`within`)
 * a quote asked for again with equal arguments is answered with the first one (the same stored
 * quote, so the card binds to the quote the brain chose by). Any other call that writes or moves
 * money forgets the turn's quotes, so a quote is never reused across a change it could depend on.
 * Outside a turn (confirms, world events, scheduled runs) every call goes to the service.
 */
export class TurnQuotes implements ToolClient {
  readonly #turn = new AsyncLocalStorage<Map<string, ToolResult>>();
  #effects: Map<string, ToolInfo["effect"]> | undefined;

  constructor(private readonly inner: ToolClient) {}

  list(): ToolInfo[] {
    return this.inner.list();
  }

  /** Runs one turn's work; quotes made inside it may answer the same quote asked again inside it. */
  within<T>(work: () => Promise<T>): Promise<T> {
    return this.#turn.run(new Map(), work);
  }

  async call<Output = unknown>(name: string, args: unknown): Promise<ToolResult<Output>> {
    const quotes = this.#turn.getStore();
    if (!quotes) return this.inner.call<Output>(name, args);
    if (!QUOTES.has(name)) {
      if (this.#effect(name) !== "read") quotes.clear();
      return this.inner.call<Output>(name, args);
    }
    const key = `${name}\u0000${canonicalJson(args)}`;
    const known = quotes.get(key);
    if (known) return known as ToolResult<Output>;
    const result = await this.inner.call<Output>(name, args);
    if (result.ok) quotes.set(key, result);
    return result;
  }

  #effect(name: string): ToolInfo["effect"] | undefined {
    this.#effects ??= new Map(this.inner.list().map((tool) => [tool.name, tool.effect]));
    return this.#effects.get(name);
  }
}
