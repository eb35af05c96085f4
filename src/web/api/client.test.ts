import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error.ts";
import { createApiClient } from "./client.ts";
import type { AgentEvent } from "./types.ts";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("createApiClient", () => {
  it("sends the bearer token and JSON body", async () => {
    const fetch = vi.fn(async () => Response.json({ sessionId: "s1" }));
    const api = createApiClient({ fetch, getToken: () => "tok" });
    expect(await api.createSession("zh")).toEqual({ sessionId: "s1" });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/sessions");
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
    expect(init.body).toBe('{"lang":"zh"}');
  });

  it("streams message events as they arrive and stops at the end event", async () => {
    const body = streamOf([
      'data: {"type":"state","state":"thinking"}\n\n',
      'data: {"type":"reply","text":"好的"}\n\nevent: end\ndata: {}\n\n',
    ]);
    const fetch = vi.fn(async () => new Response(body, { headers: { "Content-Type": "text/event-stream" } }));
    const api = createApiClient({ fetch, getToken: () => "tok" });
    const events: AgentEvent[] = [];
    await api.sendMessage("s1", "点杯咖啡", (event) => events.push(event));
    expect(events.map((event) => event.type)).toEqual(["state", "reply"]);
  });

  it("reopens a broken live stream with Last-Event-ID, so nothing is missed on another server", async () => {
    const first = streamOf(['id: 1796-0\ndata: {"type":"notification","text":"商家已接单"}\n\n']);
    const fetch = vi.fn(
      async () => new Response(first, { headers: { "Content-Type": "text/event-stream" } }),
    );
    const api = createApiClient({ fetch, getToken: () => "tok" });
    const events: AgentEvent[] = [];
    const stop = api.subscribeEvents({ onEvent: (event) => events.push(event) });
    await vi.waitFor(() => expect(fetch.mock.calls.length).toBeGreaterThanOrEqual(2), { timeout: 3000 });
    stop();
    const headersOf = (call: number) =>
      (fetch.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(events).toEqual([{ type: "notification", text: "商家已接单" }]);
    expect(headersOf(0)["Last-Event-ID"]).toBeUndefined();
    expect(headersOf(1)["Last-Event-ID"]).toBe("1796-0");
  });

  it("falls back to the JSON events list when the server does not stream", async () => {
    const fetch = vi.fn(async () =>
      Response.json({ events: [{ type: "reply", text: "hi" }, { type: "bogus" }] }),
    );
    const api = createApiClient({ fetch, getToken: () => null });
    const events: AgentEvent[] = [];
    await api.sendMessage("s1", "hi", (event) => events.push(event));
    expect(events).toEqual([{ type: "reply", text: "hi" }]);
  });

  it("turns error bodies into ApiError with code and field", async () => {
    const fetch = vi.fn(async () =>
      Response.json(
        { error: { code: "quote_changed", message: "Price changed", field: "cartHash" } },
        { status: 409 },
      ),
    );
    const api = createApiClient({ fetch, getToken: () => "tok" });
    const failure = await api.confirmTask("t1", "h").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      code: "quote_changed",
      status: 409,
      field: "cartHash",
      message: "Price changed",
    });
  });

  it("reports an expired token so the app can sign out", async () => {
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(async () =>
      Response.json({ error: { code: "unauthorized", message: "no" } }, { status: 401 }),
    );
    const api = createApiClient({ fetch, getToken: () => "old", onUnauthorized });
    await expect(api.me()).rejects.toThrow("no");
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("follows the event stream with the token in a header, never the URL, and resumes from the last id", async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, headers: init?.headers as Record<string, string> });
      if (calls.length === 1)
        return new Response(streamOf(['id: 7\ndata: {"type":"notification","text":"骑手已取货"}\n\n']), {
          headers: { "content-type": "text/event-stream" },
        });
      return Response.json({ error: { code: "unauthenticated", message: "gone" } }, { status: 401 });
    });
    const api = createApiClient({
      fetch: fetch as typeof globalThis.fetch,
      getToken: () => "tok",
      onUnauthorized,
    });
    const events: AgentEvent[] = [];
    const errors = vi.fn();
    const stop = api.subscribeEvents({ onEvent: (event) => events.push(event), onError: errors });
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalled(), { timeout: 3000 });
    stop();
    expect(events).toEqual([{ type: "notification", text: "骑手已取货" }]);
    expect(calls.map((call) => call.url)).toEqual(["/api/events", "/api/events"]);
    expect(calls[0]?.headers.Authorization).toBe("Bearer tok");
    expect(calls[0]?.headers["Last-Event-ID"]).toBeUndefined();
    expect(calls[1]?.headers["Last-Event-ID"]).toBe("7");
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
