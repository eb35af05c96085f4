import { randomBytes } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { DimpleError } from "../../kernel/errors.ts";
import { turnText } from "../assistant/card-text.ts";
import { rememberHistory, sessionOfHistory, type ThreadMessage } from "../assistant/chat-threads.ts";
import { assistantTurn } from "../assistant/turn.ts";
import { authenticateApiKey, requireScope } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";
import { baseUrlOf } from "./mcp.ts";

const MODEL_ID = "dimple";

const contentPart = z.object({ type: z.string(), text: z.string().optional() }).passthrough();
const message = z
  .object({
    role: z.enum(["system", "developer", "user", "assistant", "tool"]),
    content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
  })
  .passthrough();
// Other OpenAI parameters (temperature, tools …) are accepted and have no effect on Dimple.
const completionBody = z
  .object({
    model: z.string().min(1).max(100),
    messages: z.array(message).min(1).max(200),
    stream: z.boolean().optional(),
  })
  .passthrough();

const textOf = (content: z.infer<typeof message>["content"]) =>
  typeof content === "string"
    ? content
    : (content ?? []).map((part) => (part.type === "text" ? (part.text ?? "") : "")).join("");

/**
 * OpenAI-compatible access to Dimple: `GET /v1/models` and `POST /v1/chat/completions` (streaming
 * or not), for any chat client, with an API key. The newest user message is one Dimple turn; the
 * history before it finds the Dimple session it continues. Cards come back as text with a link to
 * confirm on the web app: nothing here ever confirms a payment.
 */
export const openAiRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, publicUrl }) => {
  const context = agent.world.context;

  app.get(
    "/v1/models",
    routeDoc({ summary: "OpenAI-compatible: the models (Dimple)", tag: "openai", caller: "key" }),
    async (request, reply) => {
      const caller = await authenticateApiKey(context, request);
      await app.limits.perApiKey(request, reply, caller.keyId);
      return {
        object: "list",
        data: [{ id: MODEL_ID, object: "model", created: 1_764_979_200, owned_by: "dimple" }],
      };
    },
  );

  app.post(
    "/v1/chat/completions",
    routeDoc({
      summary: "OpenAI-compatible chat completion (stream or not); cards as text",
      tag: "openai",
      caller: "key",
      body: completionBody,
    }),
    async (request, reply) => {
      const caller = await authenticateApiKey(context, request);
      await app.limits.perApiKey(request, reply, caller.keyId);
      requireScope(caller, "chat");
      const body = parseRequest(completionBody, request.body);
      if (body.model !== MODEL_ID)
        throw new DimpleError("model_not_found", `the only model here is "${MODEL_ID}"`, {
          status: 404,
          field: "model",
        });
      const history: ThreadMessage[] = body.messages.flatMap((each) =>
        each.role === "user" || each.role === "assistant"
          ? [{ role: each.role, text: textOf(each.content) }]
          : [],
      );
      const last = history.at(-1);
      if (last?.role !== "user" || last.text.trim() === "")
        throw new DimpleError("invalid_argument", "the last message must be the user's, with text", {
          field: "messages",
        });
      await app.limits.chatPerUser(request, reply, caller.userId);
      const prior = history.slice(0, -1);
      const sessionId = await sessionOfHistory(context, caller.keyId, caller.userId, prior);
      const turn = await assistantTurn(
        agent,
        caller.userId,
        { text: last.text, sessionId },
        baseUrlOf(request, publicUrl),
      );
      const content = turnText(turn);
      await rememberHistory(
        context,
        caller.keyId,
        caller.userId,
        [...history, { role: "assistant", text: content }],
        turn.sessionId,
      );
      const id = `chatcmpl-${randomBytes(12).toString("hex")}`;
      const created = Math.floor(Date.now() / 1000);
      const dimple = { sessionId: turn.sessionId, cards: turn.cards };
      reply.header("x-dimple-session-id", turn.sessionId);
      if (!body.stream) {
        return {
          id,
          object: "chat.completion",
          created,
          model: MODEL_ID,
          choices: [
            { index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null },
          ],
          usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
          dimple,
        };
      }
      // Streamed as OpenAI's chunks: the role, the text a paragraph at a time, the stop, then [DONE].
      const chunk = (delta: object, finish: string | null, extra: object = {}) =>
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: MODEL_ID, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
      const paragraphs = content.split(/(?<=\n\n)/);
      reply.hijack();
      reply.raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        "x-dimple-session-id": turn.sessionId,
      });
      reply.raw.write(chunk({ role: "assistant", content: "" }, null));
      for (const paragraph of paragraphs) reply.raw.write(chunk({ content: paragraph }, null));
      reply.raw.write(chunk({}, "stop", { dimple }));
      reply.raw.end("data: [DONE]\n\n");
    },
  );
};
