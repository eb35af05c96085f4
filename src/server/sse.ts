import type { Server } from "node:http";
import type { FastifyReply, FastifyRequest } from "fastify";

/** An open Server-Sent Events stream. */
export interface SseStream {
  readonly open: boolean;
  /** Sends one event; `id` becomes the stream's last event id (what `Last-Event-ID` resumes from). */
  send(data: unknown, event?: string, id?: string): void;
  comment(text: string): void;
  end(): void;
}

/**
 * Open streams per HTTP server, so closing the server can end them: a hijacked, long-lived
 * `/api/events` stream would otherwise keep `app.close()` (and SIGTERM) waiting forever.
 */
const openStreams = new WeakMap<Server, Set<SseStream>>();

/** Opens a Server-Sent Events stream on a request; returns a writer and a close function. */
export function openSse(request: FastifyRequest, reply: FastifyReply): SseStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  raw.write(": connected\n\n");
  const server = request.server.server;
  const registry = openStreams.get(server) ?? new Set<SseStream>();
  openStreams.set(server, registry);
  let open = true;
  const stream: SseStream = {
    get open() {
      return open;
    },
    send(data, event, id) {
      if (!open) return;
      raw.write(
        `${id ? `id: ${id}\n` : ""}${event ? `event: ${event}\n` : ""}data: ${JSON.stringify(data)}\n\n`,
      );
    },
    comment(text) {
      if (open) raw.write(`: ${text}\n\n`);
    },
    end() {
      registry.delete(stream);
      if (!open) return;
      open = false;
      raw.end();
    },
  };
  registry.add(stream);
  request.raw.on("close", () => {
    open = false;
    registry.delete(stream);
  });
  return stream;
}

/** Ends every stream still open on a server (called as the server closes). */
export function endOpenStreams(server: Server): void {
  for (const stream of [...(openStreams.get(server) ?? [])]) stream.end();
}

/** Whether the client asked for an event stream. */
export const wantsSse = (request: FastifyRequest) =>
  (request.headers.accept ?? "").includes("text/event-stream");
