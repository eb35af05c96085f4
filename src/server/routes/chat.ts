import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { AgentEvent } from "../../agent/events.ts";
import type { RouteOptions } from "../app.ts";
import { authenticate, authenticateStream } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { openSse, wantsSse } from "../sse.ts";
import { stampEvent } from "../stamp.ts";

const sessionBody = z.object({ lang: z.enum(["zh", "en"]).optional() });
const messageBody = z.object({ text: z.string().min(1).max(2000) });
const idParams = z.object({ id: z.string().min(1).max(60) });

/** Sessions, messages (JSON or SSE), and the user's live event stream. */
export const chatRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, metrics }) => {
  const context = agent.world.context;
  const stamp = (event: AgentEvent) => stampEvent(event, context.clock.now());

  app.post("/api/sessions", async (request, reply) => {
    const { userId } = await authenticate(context, request);
    const body = parseRequest(sessionBody, request.body);
    const user = await context.db
      .selectFrom("users")
      .select("lang")
      .where("id", "=", userId)
      .executeTakeFirstOrThrow();
    const session = await agent.sessions.create(userId, body.lang ?? (user.lang === "en" ? "en" : "zh"));
    return reply.status(201).send({ sessionId: session.id, lang: session.lang });
  });

  app.post("/api/sessions/:id/messages", async (request, reply) => {
    const { userId } = await authenticate(context, request);
    const { id } = parseRequest(idParams, request.params, "id");
    const { text } = parseRequest(messageBody, request.body);
    await app.limits.chatPerUser(request, reply, userId);
    const timer = metrics.turnDuration.startTimer();
    if (!wantsSse(request)) {
      const events = await agent.conversation.message(userId, id, text);
      timer();
      return { events: events.map(stamp) };
    }
    // Validate ownership before the stream opens, so a wrong session is a plain 404.
    await agent.sessions.getOwned(userId, id);
    const stream = openSse(request, reply);
    try {
      await agent.conversation.message(userId, id, text, (event: AgentEvent) => stream.send(stamp(event)));
      stream.send({}, "end");
    } catch (error) {
      const body =
        error instanceof Error && "toJSON" in error
          ? (error as { toJSON(): unknown }).toJSON()
          : { code: "internal", message: "internal error" };
      stream.send({ error: body }, "error");
    } finally {
      timer();
      stream.end();
    }
  });

  // A bearer header (the web app reads the stream with fetch) or a single-use ?ticket= (EventSource).
  app.get("/api/events", async (request, reply) => {
    const { userId } = await authenticateStream(context, request);
    const stream = openSse(request, reply);
    const unsubscribe = agent.notifier.subscribe(userId, (event) => stream.send(stamp(event)));
    const heartbeat = setInterval(() => stream.comment("keep-alive"), 15_000);
    request.raw.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  app.get("/api/notifications", async (request) => {
    const { userId } = await authenticate(context, request);
    return agent.notifier.history(userId);
  });
};
