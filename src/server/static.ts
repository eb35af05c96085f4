import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { pathOnly } from "./security.ts";

/** Serves the built web app, with index.html for client-side routes. */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  if (!existsSync(root)) {
    app.get("/", async (_request, reply) =>
      reply
        .type("text/plain")
        .send("The web app is not built yet: run `npx vite build` (npm start does it)."),
    );
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false });
  app.get("/*", async (request, reply) => {
    if (request.url.startsWith("/api/")) {
      return reply.status(404).send({
        error: { code: "not_found", message: `no route for ${request.method} ${pathOnly(request.url)}` },
      });
    }
    return reply.sendFile("index.html");
  });
}
