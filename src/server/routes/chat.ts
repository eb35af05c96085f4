import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { AgentEvent } from "../../agent/events.ts";
import { accountLang } from "../../ecosystem/world/users.ts";
import { compareEventIds, EVENT_ID_PATTERN } from "../../store/events/event-log.ts";
import { authenticate, authenticateStream } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";
import { openSse, wantsSse } from "../sse.ts";
import { stampEvent } from "../stamp.ts";

const sessionBody = z.object({ lang: z.enum(["zh", "en"]).optional() });
const messageBody = z.object({
  text: z.string().min(1).max(2000),
  /** The option tapped under a reply, when the message is a tap: it picks from that reply's list. */
  option: z.object({ id: z.string().min(1).max(80), label: z.string().min(1).max(300) }).optional(),
  /** The sending surface's id: the user's other surfaces see the turn, this one skips its echo. */
  origin: z.string().min(1).max(64).optional(),
});
const idParams = z.object({ id: z.string().min(1).max(60) });
const eventsHeaders = z.object({ "last-event-id": z.string().regex(EVENT_ID_PATTERN).optional() });

/** Sessions, messages (JSON or SSE), and the user's live event stream. */
export const chatRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, metrics }) => {
  const context = agent.world.context;
  const stamp = (event: AgentEvent) => stampEvent(event, context.clock.now());

  app.post(
    "/api/sessions",
    routeDoc({ summary: "Start a chat session", tag: "chat", body: sessionBody }),
    async (request, reply) => {
      const { userId } = await authenticate(context, request);
      const body = parseRequest(sessionBody, request.body);
      const session = await agent.sessions.create(userId, body.lang ?? (await accountLang(context, userId)));
      return reply.status(201).send({ sessionId: session.id, lang: session.lang });
    },
  );

  app.post(
    "/api/sessions/:id/messages",
    routeDoc({
      summary: "Send a message (or tap an option); the reply and any cards",
      tag: "chat",
      params: idParams,
      body: messageBody,
    }),
    async (request, reply) => {
      const { userId } = await authenticate(context, request);
      const { id } = parseRequest(idParams, request.params, "id");
      const { text, option, origin } = parseRequest(messageBody, request.body);
      await app.limits.chatPerUser(request, reply, userId);
      const options = { ...(option ? { option } : {}), ...(origin ? { origin } : {}) };
      const timer = metrics.turnDuration.startTimer();
      if (!wantsSse(request)) {
        const events = await agent.conversation.message(userId, id, text, undefined, options);
        timer();
        return { events: events.map(stamp) };
      }
      // Validate ownership before the stream opens, so a wrong session is a plain 404.
      await agent.sessions.getOwned(userId, id);
      const stream = openSse(request, reply);
      try {
        await agent.conversation.message(
          userId,
          id,
          text,
          (event: AgentEvent) => stream.send(stamp(event)),
          options,
        );
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
    },
  );

  // A bearer header (the web app reads the stream with fetch) or a single-use ?ticket= (EventSource).
  app.get(
    "/api/events",
    routeDoc({
      summary: "The user's event stream (SSE), by bearer header or ?ticket=",
      tag: "events",
      headers: eventsHeaders,
    }),
    async (request, reply) => {
      const { userId } = await authenticateStream(context, request);
      const { "last-event-id": lastEventId } = parseRequest(eventsHeaders, request.headers, "Last-Event-ID");
      const stream = openSse(request, reply);
      // Live events that arrive while the missed ones are read wait, so none is sent twice or out of order.
      // Turns said on another surface are named `turn` events, beside the unnamed agent events; they
      // carry their log id too, so a reconnect's Last-Event-ID never asks for an event twice.
      let sentUpTo = lastEventId;
      let waiting: (() => void)[] | undefined = lastEventId ? [] : undefined;
      const send = (id: string, write: () => void) => {
        if (sentUpTo !== undefined && compareEventIds(id, sentUpTo) <= 0) return;
        sentUpTo = id;
        write();
      };
      const sendEvent = (event: AgentEvent, id: string) =>
        send(id, () => stream.send(stamp(event), undefined, id));
      const unsubscribe = agent.notifier.subscribe(userId, (event, id) => {
        if (waiting) waiting.push(() => sendEvent(event, id));
        else sendEvent(event, id);
      });
      const unsubscribeTurns = agent.notifier.subscribeTurns(userId, (turn, id) => {
        const sendTurn = () =>
          send(id, () => stream.send({ ...turn, events: turn.events.map(stamp) }, "turn", id));
        if (waiting) waiting.push(sendTurn);
        else sendTurn();
      });
      const heartbeat = setInterval(() => stream.comment("keep-alive"), 15_000);
      request.raw.on("close", () => {
        clearInterval(heartbeat);
        unsubscribe();
        unsubscribeTurns();
      });
      if (lastEventId) {
        const missed = await agent.notifier.since(userId, lastEventId).catch(() => []);
        for (const { event, id } of missed) sendEvent(event, id);
        for (const sendWaiting of waiting ?? []) sendWaiting();
        waiting = undefined;
      }
    },
  );

  // The conversation so far, for a surface that opens (a reload, a sign-in, a second tab).
  app.get(
    "/api/conversation",
    routeDoc({ summary: "The user's conversation so far", tag: "chat" }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      return agent.conversation.replay(userId);
    },
  );

  app.get(
    "/api/notifications",
    routeDoc({ summary: "The user's notifications", tag: "chat" }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      return agent.notifier.history(userId);
    },
  );
};
