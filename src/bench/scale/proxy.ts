import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** A round-robin reverse proxy on loopback (the nginx of docker-compose.yml, for a run without containers). */
export interface RoundRobinProxy {
  url: string;
  /** Requests each upstream answered, by base URL. */
  served: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Sends each request to the next live upstream in turn, streaming the answer back (SSE streams
 * too, unbuffered). A request whose upstream refuses the connection (a killed server) goes to the
 * next one, as nginx's `proxy_next_upstream error` does; bodies are small JSON, read whole first so
 * they can be sent again. Written by hand because it is forty lines and a test fixture, not a product.
 */
export async function startProxy(upstreams: () => string[], port = 0): Promise<RoundRobinProxy> {
  const served = new Map<string, number>();
  let next = 0;
  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer, tries: number) => {
    const live = upstreams();
    const upstream = live[next++ % Math.max(1, live.length)];
    if (!upstream) {
      response.writeHead(502).end("no upstream");
      return;
    }
    const target = new URL(request.url ?? "/", upstream);
    const outgoing = httpRequest(
      target,
      { method: request.method, headers: { ...request.headers, host: target.host } },
      (answer) => {
        served.set(upstream, (served.get(upstream) ?? 0) + 1);
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        response.on("close", () => answer.destroy());
      },
    );
    outgoing.on("error", () => {
      if (response.headersSent) response.destroy();
      else if (tries + 1 < live.length) forward(request, response, body, tries + 1);
      else response.writeHead(502).end("upstream unreachable");
    });
    outgoing.end(body);
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => forward(request, response, Buffer.concat(chunks), 0));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
