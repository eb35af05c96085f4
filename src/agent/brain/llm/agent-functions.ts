import { z } from "zod";

/**
 * The functions the model calls to move the conversation towards a change in the world. None of
 * them changes anything: each becomes a brain decision (a task to quote, a question, a cancel
 * request), and the engine quotes with the service and waits for the user's tap on the card.
 */
/**
 * A correction ("make it large", "two seats, not three") replaces the card it corrects instead of
 * leaving two cards; only a card still awaiting confirmation can be replaced (`replacement.ts`).
 */
const ReplacesTaskId = z
  .string()
  .min(1)
  .max(60)
  .optional()
  .describe("Task id of an unconfirmed card (from the context) that this corrects.");

export const ProposeOrder = z.object({
  merchantId: z.string().min(1).max(60),
  lines: z
    .array(
      z.object({
        skuId: z.string().min(1).max(60),
        qty: z.number().int().min(1).max(20),
        options: z.record(z.string().max(30), z.string().max(30)).optional(),
      }),
    )
    .min(1)
    .max(5),
  addressLabel: z
    .string()
    .min(1)
    .max(30)
    .describe("A saved address label from the context, e.g. home or office."),
  replacesTaskId: ReplacesTaskId,
});

export const ProposeTickets = z.object({
  eventId: z.string().min(1).max(60),
  sessionId: z.string().min(1).max(60),
  seatIds: z.array(z.string().min(1).max(80)).min(1).max(6),
  replacesTaskId: ReplacesTaskId,
});

export const ProposeRide = z.object({
  from: z
    .string()
    .min(1)
    .max(60)
    .describe("A saved address label (home, office) or a POI id from maps results."),
  to: z
    .string()
    .min(1)
    .max(60)
    .describe("A saved address label (home, office) or a POI id from maps results."),
  productId: z.enum(["economy", "comfort", "xl"]).default("economy"),
  replacesTaskId: ReplacesTaskId,
});

export const ProposeTransfer = z.object({
  contact: z.string().min(1).max(80).describe("A contact's name or username from the context."),
  amountFen: z.number().int().positive().describe("The amount the user said, in fen (100 fen = 1 yuan)."),
  replacesTaskId: ReplacesTaskId,
});

export const CancelTask = z.object({ taskId: z.string().min(1).max(60) });

export const AskUser = z.object({ question: z.string().min(1).max(300) });

interface AgentFunction {
  description: string;
  schema: z.ZodObject;
  parameters: Record<string, unknown>;
}

function agentFunction(description: string, schema: z.ZodObject): AgentFunction {
  const parameters = z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
  delete parameters.$schema;
  return { description, schema, parameters };
}

/** Every agent function by name, in the one order they are offered in. */
export const AGENT_FUNCTIONS = {
  propose_order: agentFunction(
    "Propose a delivery order for the user to confirm: ids exactly as returned by commerce tools; option values are choice ids.",
    ProposeOrder,
  ),
  propose_tickets: agentFunction(
    "Propose event tickets for the user to confirm: event, session and seat ids exactly as returned by tickets tools.",
    ProposeTickets,
  ),
  propose_ride: agentFunction("Propose a ride for the user to confirm.", ProposeRide),
  propose_transfer: agentFunction(
    "Propose sending money to one of the user's contacts, for the user to confirm.",
    ProposeTransfer,
  ),
  cancel_task: agentFunction("Cancel one of the user's tasks listed in the context.", CancelTask),
  ask_user: agentFunction("Ask the user one short question when something needed is missing.", AskUser),
} satisfies Record<string, AgentFunction>;

export type AgentFunctionName = keyof typeof AGENT_FUNCTIONS;

/** Whether a name is one of the agent's own functions. */
export function isAgentFunction(name: string): name is AgentFunctionName {
  return Object.hasOwn(AGENT_FUNCTIONS, name);
}
