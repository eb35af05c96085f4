import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { Agent } from "../../agent/runtime.ts";
import { type ApiKeyCaller, requireScope } from "../auth/api-keys.ts";
import { errorBody } from "../errors.ts";
import { orderViews, taskView, taskViews } from "../task-views.ts";
import { cardText } from "./card-text.ts";
import { assistantTurn, withConfirmLink } from "./turn.ts";

const taskId = z.string().min(1).max(60).describe("A task id from dimple_chat or dimple_tasks, e.g. task_….");

/**
 * Dimple itself as an MCP server (the SDK's high-level McpServer), for one caller (an API key's user
 * and scopes). It chats, reads tasks and orders, and cancels; it never confirms: a card comes back
 * with `confirmUrl`, the web app's page where the user confirms and pays in person.
 */
export function createAssistantMcpServer(agent: Agent, caller: ApiKeyCaller, baseUrl: string): McpServer {
  const server = new McpServer(
    { name: "dimple-assistant", version: "0.1.0" },
    {
      instructions:
        "Dimple orders, books and hails in a sandbox. Payments are never confirmed here: give the user a card's confirmUrl to confirm in the Dimple app.",
    },
  );
  const { userId } = caller;

  server.registerTool(
    "dimple_chat",
    {
      title: "Chat with Dimple",
      description:
        "Send the user's words to Dimple (中文 or English). Returns Dimple's reply, any task cards (each awaiting card has a confirmUrl the user must open to pay) and the sessionId to continue the conversation.",
      inputSchema: {
        text: z.string().min(1).max(2000).describe("What the user says."),
        sessionId: z.string().min(1).max(60).optional().describe("Continue this conversation."),
      },
      annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: false },
    },
    (input) =>
      run(async () => {
        requireScope(caller, "chat");
        const turn = await assistantTurn(agent, userId, input, baseUrl);
        return {
          text: [turn.reply, ...turn.cards.map((card) => cardText(card, turn.lang))].join("\n\n"),
          data: {
            sessionId: turn.sessionId,
            reply: turn.reply,
            cards: turn.cards,
            notifications: turn.notifications,
          },
        };
      }),
  );

  server.registerTool(
    "dimple_tasks",
    {
      title: "List tasks",
      description: "The user's tasks (orders, tickets, rides, payments), newest first, with their status.",
      inputSchema: {},
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      run(async () => {
        requireScope(caller, "read");
        const tasks = (await taskViews(agent, userId)).map((task) => withConfirmLink(task, baseUrl));
        return { data: { tasks } };
      }),
  );

  server.registerTool(
    "dimple_task",
    {
      title: "Show a task",
      description: "One of the user's tasks with its quote, status, timeline and tracking.",
      inputSchema: { taskId },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      run(async () => {
        requireScope(caller, "read");
        return { data: withConfirmLink(await taskView(agent, userId, input.taskId), baseUrl) };
      }),
  );

  server.registerTool(
    "dimple_orders",
    {
      title: "List orders",
      description: "The user's placed orders, newest first, with amounts paid and refunded (integer fen).",
      inputSchema: {},
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      run(async () => {
        requireScope(caller, "read");
        return { data: { orders: await orderViews(agent, userId) } };
      }),
  );

  server.registerTool(
    "dimple_cancel",
    {
      title: "Cancel a task",
      description: "Cancel one of the user's tasks; a paid order is refunded by its rules.",
      inputSchema: { taskId },
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    },
    (input) =>
      run(async () => {
        requireScope(caller, "cancel");
        const task = await agent.engine.cancel(userId, input.taskId);
        return { data: await agent.engine.eventFor(task) };
      }),
  );

  return server;
}

/** Runs a tool's work: its data as structured content, or our error body (never a stack) with isError. */
async function run(work: () => Promise<{ data: object; text?: string }>): Promise<CallToolResult> {
  try {
    const { data, text } = await work();
    return {
      content: [{ type: "text", text: text ?? JSON.stringify(data) }],
      structuredContent: data as Record<string, unknown>,
    };
  } catch (error) {
    // Our errors as they are; anything else as `internal`, without its message or stack.
    return { isError: true, content: [{ type: "text", text: JSON.stringify(errorBody(error).body) }] };
  }
}
