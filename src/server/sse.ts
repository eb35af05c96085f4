import type { FastifyReply, FastifyRequest } from "fastify";

/** Opens a Server-Sent Events stream on a request; returns a writer and a close function. */
export function openSse(request: FastifyRequest, reply: FastifyReply) {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  raw.write(": connected\n\n");
  let open = true;
  request.raw.on("close", () => {
    open = false;
  });
  return {
    get open() {
      return open;
    },
    send(data: unknown, event?: string) {
      if (!open) return;
      raw.write(`${event ? `event: ${event}\n` : ""}data: ${JSON.stringify(data)}\n\n`);
    },
    comment(text: string) {
      if (open) raw.write(`: ${text}\n\n`);
    },
    end() {
      if (!open) return;
      open = false;
      raw.end();
    },
  };
}

/** Whether the client asked for an event stream. */
export const wantsSse = (request: FastifyRequest) =>
  (request.headers.accept ?? "").includes("text/event-stream");
